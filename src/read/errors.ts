/** The one error {@link read} throws: for input that holds no text to read. */

/** Why an input could not be read: nothing but layout, or bytes that are not text. */
export type ReadErrorCode = 'empty' | 'binary';

const MESSAGES: Record<ReadErrorCode, string> = {
  empty: 'empty input: no text',
  binary: 'binary input: not text',
};

/** Thrown by `read` for an input that is no text: `code` says which way. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  constructor(readonly code: ReadErrorCode) {
    super(MESSAGES[code]);
  }
}
