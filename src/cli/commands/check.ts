/**
 * `sec-exhibit check FILE...`: parses each file and checks that its bytes come back
 * exactly and that the tree passes its schemas. One line per file; exit 1 on any failure.
 */
import { parse, stringifyBytes, validate } from '../../index.js';
import { readInput, writeLine } from '../io.js';

export async function checkCommand(files: readonly string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const input = await readInput(file);
    if (!input.ok) {
      failed++;
      await writeLine(`FAIL ${file}: ${input.error}`);
      continue;
    }
    const tree = parse(input.bytes);
    const back = stringifyBytes(tree);
    const same = back.length === input.bytes.length && back.every((b, i) => b === input.bytes[i]);
    const valid = validate(tree);
    if (same && valid.ok) {
      await writeLine(`ok   ${file}`);
      continue;
    }
    failed++;
    await writeLine(`FAIL ${file}: ${same ? '' : 'round trip differs; '}${valid.ok ? '' : `schema: ${valid.issue.where}: ${valid.issue.message}`}`);
  }
  return failed === 0 ? 0 : 1;
}
