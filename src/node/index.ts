/**
 * `sec-exhibit/node`: the parts that need Node — files, standard input, streams. The main
 * entry (`sec-exhibit`) runs anywhere, browsers included.
 */
export { readFile, readBytes, readStdin, STDIN, type FileRead, type FilePath } from './read-file.js';
export { readSubmission, type ReadSubmissionOptions } from '../submission/stream/reader.js';
export type { SubmissionPart, HeaderPart, DocumentPart, DocumentStartPart, ChunkPart, DocumentEndPart } from '../submission/stream/parts.js';
