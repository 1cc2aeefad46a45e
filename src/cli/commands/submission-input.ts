/** Submission files for the CLI, read as streams (`-`: standard input). */
import { createReadStream } from 'node:fs';
import { readSubmission } from '../../submission/stream/reader.js';
import type { SubmissionPart } from '../../submission/stream/parts.js';
import { STDIN } from '../../node/read-file.js';
import { pathOf } from '../io.js';

/** The parts of the submission at `file` (or on stdin for `-`), read with bounded memory. */
export function submissionParts(file: string): AsyncGenerator<SubmissionPart> {
  const path = pathOf(file);
  return readSubmission(path === STDIN ? process.stdin : createReadStream(path));
}
