/** The exhibits of a submission tree, with the documents that hold them. */
import type { Document } from '../tree/nodes/document.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';
import type { Submission } from '../tree/nodes/submission.js';

export interface EmbeddedExhibit {
  readonly document: Document;
  readonly exhibit: Exhibit;
}

/** Every document whose body was parsed as an exhibit, in order. */
export function submissionExhibits(tree: Submission): EmbeddedExhibit[] {
  const out: EmbeddedExhibit[] = [];
  for (const d of tree.children) {
    if (d.type !== 'document') continue;
    for (const c of d.children) if (c.type === 'exhibit') out.push({ document: d, exhibit: c });
  }
  return out;
}

/** The submission's SEC header, or null (a lone `<DOCUMENT>` block has none). */
export function submissionHeader(tree: Submission): SecHeader | null {
  for (const c of tree.children) if (c.type === 'secHeader') return c;
  return null;
}
