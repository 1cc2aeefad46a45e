/** Whole EDGAR submissions: parsing, streaming, and reading them back. */
export { parseSubmission, type ParseSubmissionOptions } from './parse.js';
export { readSubmission, type ReadSubmissionOptions } from './stream/reader.js';
export type { SubmissionPart, HeaderPart, DocumentPart, DocumentStartPart, ChunkPart, DocumentEndPart } from './stream/parts.js';
export { submissionExhibits, submissionHeader, documentExhibit, type EmbeddedExhibit, type DocumentExhibit } from './exhibits.js';
export { documentText } from './text.js';
export { looksLikeSubmission } from './detect.js';
