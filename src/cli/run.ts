/** Running the command line: quiet on a closed pipe, one-line errors, an exit code. */
import { program } from './program.js';
import { fail } from './io.js';

/** A reader that went away (`| head -1`) is a normal end, not an error. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}

export async function run(argv: readonly string[]): Promise<void> {
  quietOnClosedPipe();
  try {
    await program((code) => {
      process.exitCode = code;
    }).parseAsync([...argv]);
  } catch (e) {
    // A failure nothing below expected: still one line, never a stack trace.
    fail(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
