/**
 * `sec-exhibit format FILE [--width N]`: the canonical text of one exhibit on stdout, as
 * UTF-8 — paragraphs re-flowed, layout made plain, the meaning kept.
 */
import { format, parse } from '../../index.js';
import { readInput } from '../io.js';

/** A width the printer can work with: a whole number of columns, at least this many. */
const MIN_WIDTH = 20;

export async function formatCommand(file: string, flags: { readonly width?: string }): Promise<number> {
  const width = flags.width === undefined ? undefined : Number(flags.width);
  if (width !== undefined && (!Number.isInteger(width) || width < MIN_WIDTH)) {
    process.stderr.write(`sec-exhibit: --width must be a whole number of columns, ${MIN_WIDTH} or more\n`);
    return 2;
  }
  const input = await readInput(file);
  if (!input.ok) {
    process.stderr.write(`sec-exhibit: cannot read ${file}: ${input.error}\n`);
    return 1;
  }
  process.stdout.write(format(parse(input.bytes), width === undefined ? {} : { width }));
  return 0;
}
