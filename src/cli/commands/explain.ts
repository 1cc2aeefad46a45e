/** `sec-exhibit parse --explain FILE`: each block's reading and the rules behind it. */
import { explain, type BlockReading } from '../../index.js';
import { readInput, writeLine } from '../io.js';
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
  const input = await readInput(file);
  if (!input.ok) {
    process.stderr.write(`sec-exhibit: cannot read ${file}: ${input.error}\n`);
    return 1;
  }
  const { blocks, warnings } = explain(input.bytes);
  for (const b of blocks) await writeLine(formatReading(b));
  for (const w of warnings) process.stderr.write(`${formatWarning(file, w)}\n`);
  return 0;
}
