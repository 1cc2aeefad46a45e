/**
 * `sec-exhibit/cli`: the command line as a library — `run(argv)` does what the
 * `sec-exhibit` binary does, `program()` gives the commander program to embed or extend.
 */
export { run } from './run.js';
export { program } from './program.js';
