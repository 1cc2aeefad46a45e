/** `sec-exhibit parse FILE --format markdown`: one exhibit as Markdown (GFM); warnings on stderr. */
import { parseWithWarnings, toMarkdown } from '../../index.js';
import { readInput } from '../io.js';
import { formatWarning } from './parse.js';

export async function markdownCommand(file: string): Promise<number> {
  const input = await readInput(file);
  if (!input.ok) {
    process.stderr.write(`sec-exhibit: cannot read ${file}: ${input.error}\n`);
    return 1;
  }
  const { tree, warnings } = parseWithWarnings(input.bytes);
  process.stdout.write(toMarkdown(tree));
  for (const w of warnings) process.stderr.write(`${formatWarning(file, w)}\n`);
  return 0;
}
