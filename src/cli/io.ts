/** File input and output for the CLI: bytes in, lines out, errors as values. */
import { readFile } from 'node:fs/promises';

export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: string };

/** Reads a file's bytes; a missing or unreadable file is an error value, not a throw. */
export async function readInput(path: string): Promise<ReadResult> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, error: err.message ?? String(err) };
  }
}

/** Writes a line to stdout, waiting when the pipe is full. */
export function writeLine(line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}
