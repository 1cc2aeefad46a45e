/** Whole EDGAR submissions: parsing and reading them back (the streaming reader is node-only: `sec-exhibit/node`). */
export { parseSubmission, type ParseSubmissionOptions } from './parse.js';
export { submissionExhibits, submissionHeader, documentExhibit, type EmbeddedExhibit, type DocumentExhibit } from './exhibits.js';
export { documentText } from './text.js';
export { looksLikeSubmission } from './detect.js';
