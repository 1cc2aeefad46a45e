/**
 * JSON text written piece by piece: the same characters as `JSON.stringify(value, null,
 * 2)`, never built as one string, so a tree of any size prints (one string of a 50 MB
 * exhibit's tree passes V8's string limit: "Invalid string length").
 */
import { once } from 'node:events';

/** The pieces of `JSON.stringify(value, null, 2)`, in order. */
export function* jsonPieces(value: unknown, indent = ''): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (const [i, item] of value.entries()) {
      yield `${i ? ',' : ''}\n${inner}`;
      // As JSON.stringify: what JSON cannot hold (undefined, a function) is null in an array.
      yield* jsonPieces(item === undefined || typeof item === 'function' ? null : item, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  // An object with its own toJSON (a Date) is what toJSON gives.
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') {
    yield* jsonPieces(json.call(value), indent);
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(item, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** Pieces gathered into strings of about this many characters before each write. */
const BATCH = 64 * 1024;

/** Writes `value` as indented JSON and a line break to `out`, waiting when it is full. */
export async function writeJson(value: unknown, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  let batch = '';
  const flush = async (): Promise<void> => {
    if (batch && !out.write(batch)) await once(out, 'drain');
    batch = '';
  };
  for (const piece of jsonPieces(value)) {
    batch += piece;
    if (batch.length >= BATCH) await flush();
  }
  batch += '\n';
  await flush();
}
