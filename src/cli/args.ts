/**
 * File names that are not valid UTF-8. Node decodes argv as UTF-8, replacing bad bytes
 * with U+FFFD, so such a name no longer names the file. On Linux the raw arguments are in
 * /proc/self/cmdline; an argument that came out with U+FFFD is looked up there by its
 * decoded form and opened by its bytes.
 */
import { readFileSync } from 'node:fs';

const REPLACEMENT = '\uFFFD';

let raw: Map<string, Buffer> | null = null;

/** Decoded argument → raw bytes, for the arguments whose bytes are not valid UTF-8. */
function rawArguments(): Map<string, Buffer> {
  if (raw) return raw;
  raw = new Map();
  try {
    const cmdline = readFileSync('/proc/self/cmdline');
    let start = 0;
    for (let i = 0; i < cmdline.length; i++) {
      if (cmdline[i] !== 0) continue;
      const arg = cmdline.subarray(start, i);
      const text = arg.toString('utf8');
      if (text.includes(REPLACEMENT)) raw.set(text, Buffer.from(arg));
      start = i + 1;
    }
  } catch {
    // No /proc (macOS, Windows): names are used as Node decoded them.
  }
  return raw;
}

/** The path to open for a command-line argument: its raw bytes when it is not valid UTF-8. */
export function rawPath(arg: string): string | Buffer {
  return arg.includes(REPLACEMENT) ? (rawArguments().get(arg) ?? arg) : arg;
}
