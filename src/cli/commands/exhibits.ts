/** The exhibits of one file for the commands that print them: read whole, through `read`. */
import { readBytes } from '../../node/read-file.js';
import type { ReadResult } from '../../read/schema.js';
import { fail, readInput, reason } from '../io.js';

/** A file read by `read` and holding at least one exhibit, or null after a one-line error on stderr. */
export async function exhibitsOf(file: string): Promise<ReadResult | null> {
  const input = await readInput(file);
  if (!input.ok) {
    fail(`${file}: ${input.error}`);
    return null;
  }
  let result: ReadResult;
  try {
    result = await readBytes(input.bytes);
  } catch (e) {
    fail(`${file}: ${reason(e)}`);
    return null;
  }
  if (result.exhibits.length === 0) {
    fail(`${file}: no EX-99 exhibit in this ${result.kind}`);
    return null;
  }
  return result;
}

/** A line that introduces an exhibit of a submission in text output; '' for an exhibit file. */
export function exhibitHeading(result: ReadResult, index: number, comment: (text: string) => string): string {
  if (result.kind === 'exhibit' || result.kind === 'html') return '';
  const c = result.exhibits[index]?.context;
  const name = [c?.documentType ?? 'document', c?.sequence === null ? null : `sequence ${c?.sequence}`, c?.filename].filter(Boolean).join(', ');
  return `${index > 0 ? '\n' : ''}${comment(name)}\n`;
}
