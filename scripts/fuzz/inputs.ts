/**
 * What the fuzzer feeds the library: one input, its category and its kind, and the JSON form
 * reproducers are kept in under fixtures/fuzz/ (bytes as base64, text as a JSON string, so
 * NUL, lone surrogates and U+2028 survive the file).
 */

/** The families of generated input; the fuzzer counts inputs and failures per category. */
export const CATEGORIES = ['string', 'bytes', 'unicode', 'fixture', 'grammar', 'html', 'submission'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How an input is fed: an exhibit as text or as bytes, an HTML exhibit, a whole submission. */
export type FuzzInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'submission'; readonly bytes: Uint8Array; readonly chunk: number };

/** A failed check on one input. */
export interface Failure {
  readonly check: string;
  readonly message: string;
}

/** A reproducer as stored in fixtures/fuzz/<check>-<digest>.json. */
export interface Reproducer {
  readonly category: Category;
  readonly check: string;
  readonly message: string;
  readonly kind: FuzzInput['kind'];
  readonly text?: string;
  readonly base64?: string;
  readonly chunk?: number;
  /** For a large input kept small on disk: the text is `head` + `text` repeated `repeat` times. */
  readonly head?: string;
  readonly repeat?: number;
  /** Set while the failure is known and not yet fixed: the regression test expects it to fail. */
  readonly known?: string;
}

export function toReproducer(category: Category, input: FuzzInput, failure: Failure): Reproducer {
  const base = { category, check: failure.check, message: failure.message.slice(0, 300), kind: input.kind };
  switch (input.kind) {
    case 'text':
      return { ...base, text: input.text };
    case 'html':
      return { ...base, text: input.html };
    case 'bytes':
      return { ...base, base64: Buffer.from(input.bytes).toString('base64') };
    case 'submission':
      return { ...base, base64: Buffer.from(input.bytes).toString('base64'), chunk: input.chunk };
  }
}

export function fromReproducer(r: Reproducer): FuzzInput {
  const bytes = (): Uint8Array => new Uint8Array(Buffer.from(r.base64 ?? '', 'base64'));
  switch (r.kind) {
    case 'text':
      return { kind: 'text', text: (r.head ?? '') + (r.text ?? '').repeat(r.repeat ?? 1) };
    case 'html':
      return { kind: 'html', html: (r.head ?? '') + (r.text ?? '').repeat(r.repeat ?? 1) };
    case 'bytes':
      return { kind: 'bytes', bytes: bytes() };
    case 'submission':
      return { kind: 'submission', bytes: bytes(), chunk: r.chunk ?? 4096 };
  }
}

/** The input's size in UTF-16 units or bytes, for reports. */
export function inputSize(input: FuzzInput): number {
  return input.kind === 'text' ? input.text.length : input.kind === 'html' ? input.html.length : input.bytes.length;
}
