/**
 * `sec-exhibit parse --explain FILE`: each block's reading and the rules behind it, for every
 * exhibit of the file (read through `read`; positions are in each exhibit's own text).
 */
import { explain } from '../../parse/explain.js';
import type { BlockReading } from '../../parse/explain.js';
import { stringify } from '../../stringify/index.js';
import { write } from '../io.js';
import { exhibitHeading, exhibitsOf } from './exhibits.js';
import { formatWarning } from './parse.js';

/** One block as a line, then one indented line per rule: `12:1-14:40  headline  "ACME …"`. */
export function formatReading(b: BlockReading): string {
  const { start, end } = b.position;
  const where = `${start.line}:${start.column}-${end.line}:${end.column}`;
  const reading = b.section ? `${b.reading} (in ${b.section})` : b.reading;
  const rules = b.rules.map((r) => `    ${r.id}: ${r.says}`);
  return [`${where.padEnd(14)} ${reading.padEnd(14)} ${JSON.stringify(b.excerpt)}`, ...rules].join('\n');
}

export async function explainCommand(file: string): Promise<number> {
  const result = await exhibitsOf(file);
  if (!result) return 1;
  for (const [i, x] of result.exhibits.entries()) {
    const { blocks, warnings } = explain(stringify(x.tree));
    await write(exhibitHeading(result, i, (t) => `# ${t}`) + blocks.map((b) => `${formatReading(b)}\n`).join(''));
    for (const w of warnings) process.stderr.write(`${formatWarning(file, w)}\n`);
  }
  return 0;
}
