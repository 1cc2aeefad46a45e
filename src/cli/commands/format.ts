/**
 * `sec-exhibit format FILE [--width N]`: the canonical text of the exhibit(s) of one file
 * (`-` for stdin), through `read`, on stdout as UTF-8 — paragraphs re-flowed, layout made
 * plain, the meaning kept. A submission's exhibits print one after the other.
 */
import { format } from '../../format/index.js';
import { write } from '../io.js';
import { exhibitHeading, exhibitsOf } from './exhibits.js';

export async function formatCommand(file: string, width: number | undefined): Promise<number> {
  const result = await exhibitsOf(file);
  if (!result) return 1;
  const options = width === undefined ? {} : { width };
  for (const [i, x] of result.exhibits.entries()) await write(exhibitHeading(result, i, (t) => `# ${t}`) + format(x.tree, options));
  return 0;
}
