/** `sec-exhibit parse FILE [--format tree|json|summary]`: one file, one tree or summary. */
import { inspect, parseWithWarnings, summarize, type Warning } from '../../index.js';
import { readInput, writeLine } from '../io.js';
import { writeJson } from '../json-stream.js';

export type ParseFormat = 'tree' | 'json' | 'summary';

export function formatWarning(file: string, w: Warning): string {
  return `${file}:${w.position.start.line}:${w.position.start.column}: warning: ${w.reason} [${w.ruleId}]`;
}

export async function parseCommand(file: string, format: ParseFormat): Promise<number> {
  const input = await readInput(file);
  if (!input.ok) {
    process.stderr.write(`sec-exhibit: cannot read ${file}: ${input.error}\n`);
    return 1;
  }
  const { tree, warnings } = parseWithWarnings(input.bytes);
  if (format === 'tree') process.stdout.write(inspect(tree));
  else if (format === 'json') await writeJson(tree);
  else await writeLine(JSON.stringify(summarize(tree), null, 2));
  for (const w of warnings) process.stderr.write(`${formatWarning(file, w)}\n`);
  return 0;
}
