/** File input and output for the CLI: bytes in (a file or `-` for stdin), lines out, errors as values. */
import { readStdin, readWhole, STDIN, type FilePath } from '../node/read-file.js';
import { rawPath } from './args.js';

export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: string };

/** Short reasons for the file-system errors a user meets, by code. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
};

/** One line saying why an operation failed: the reason, without stack or repeated path. */
export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException | undefined;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (code && REASONS[code]) return REASONS[code];
  const message = err instanceof Error ? err.message : String(e);
  return message.split('\n')[0] ?? message;
}

/** The path to open for a file argument: stdin's `-`, or the file's raw name. */
export function pathOf(file: string): FilePath {
  return file === STDIN ? STDIN : rawPath(file);
}

/** Reads a file's bytes (`-`: standard input); a missing or unreadable file is an error value, not a throw. */
export async function readInput(file: string): Promise<ReadResult> {
  try {
    const path = pathOf(file);
    if (path === STDIN) return { ok: true, bytes: await readStdin() };
    return { ok: true, bytes: await readWhole(path) };
  } catch (e) {
    return { ok: false, error: reason(e) };
  }
}

/** Writes a line to stdout, waiting when the pipe is full. */
export function writeLine(line: string): Promise<void> {
  return write(`${line}\n`);
}

/** Writes text to stdout, waiting when the pipe is full. */
export function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}

/** Prints `sec-exhibit: MESSAGE` on stderr: one line, no stack. */
export function fail(message: string): void {
  process.stderr.write(`sec-exhibit: ${message}\n`);
}
