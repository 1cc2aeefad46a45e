/**
 * A value built on first use and the same ever after: a grammar or lexer that a start which
 * never needs it does not pay for. Nothing about any input is kept: the value depends on
 * nothing but the code.
 */
export function lazily<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
