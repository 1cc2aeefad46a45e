/**
 * `sec-exhibit check FILE...` (`-` for stdin): reads each file through `read` and checks
 * that its bytes come back exactly from the lossless tree and that every exhibit tree
 * passes its schemas. One JSON line per file, `{"file", "ok": true, "kind", "exhibits"}` or
 * `{"file", "error"}` — an input with no exhibit (empty, binary, a submission without
 * EX-99) is an error too. Exit 1 on any error.
 */
import { encode } from '../../bytes/index.js';
import { parse } from '../../parse/parse.js';
import { readBytes } from '../../node/read-file.js';
import type { ReadResult } from '../../read/schema.js';
import { stringify, stringifyBytes } from '../../stringify/index.js';
import { parseSubmission } from '../../submission/parse.js';
import { validate } from '../../tree/validate.js';
import { readInput, reason, writeLine } from '../io.js';

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether the input's lossless tree gives its bytes back: the exhibit tree for exhibit
 * text, the submission tree for a submission; HTML, which is rendered before it is parsed,
 * must decode and encode exactly and round-trip as text through `parse`.
 */
function roundTrips(result: ReadResult, bytes: Uint8Array): boolean {
  const encoding = result.encoding;
  if (result.kind === 'exhibit') return sameBytes(stringifyBytes(result.exhibits[0]?.tree ?? { type: 'exhibit', children: [] }), bytes);
  if (result.kind === 'html') return sameBytes(encode(result.text, encoding), bytes) && stringify(parse(result.text)) === result.text;
  return sameBytes(encode(stringify(parseSubmission(result.text)), encoding), bytes);
}

async function checkBytes(bytes: Uint8Array): Promise<{ error: string } | { kind: string; exhibits: number }> {
  let result: ReadResult;
  try {
    result = await readBytes(bytes);
  } catch (e) {
    return { error: reason(e) };
  }
  if (result.exhibits.length === 0) return { error: `no EX-99 exhibit in this ${result.kind}` };
  if (!roundTrips(result, bytes)) return { error: 'round trip differs' };
  for (const x of result.exhibits) {
    const valid = validate(x.tree);
    if (!valid.ok) return { error: `schema: ${valid.issue.where}: ${valid.issue.message}` };
  }
  return { kind: result.kind, exhibits: result.exhibits.length };
}

export async function checkCommand(files: readonly string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const input = await readInput(file);
    const outcome = input.ok ? await checkBytes(input.bytes) : { error: input.error };
    if ('error' in outcome) failed++;
    await writeLine(JSON.stringify('error' in outcome ? { file, ...outcome } : { file, ok: true, ...outcome }));
  }
  return failed === 0 ? 0 : 1;
}
