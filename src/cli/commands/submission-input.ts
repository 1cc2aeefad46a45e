/** Submission files for the CLI: telling them from exhibits, and reading them as streams. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { looksLikeSubmission, readSubmission, type SubmissionPart } from '../../index.js';

/** How many bytes decide whether a file is a submission. */
const HEAD_BYTES = 1024;

/** Whether the file at `path` opens like a submission (or a lone `<DOCUMENT>` block). */
export async function isSubmissionFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    return looksLikeSubmission(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** The parts of the submission at `path`, read with bounded memory. */
export function submissionParts(path: string): AsyncGenerator<SubmissionPart> {
  return readSubmission(createReadStream(path));
}
