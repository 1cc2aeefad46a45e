/** The exhibits of a submission tree, with the documents that hold them. */
import { htmlToText } from '../html/index.js';
import { documentExhibitWith, type DocumentExhibit } from './document-exhibit.js';
import { submissionHeader } from './header.js';
import type { Document } from '../tree/nodes/document.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { Submission } from '../tree/nodes/submission.js';
import { inferYears } from './year.js';

export interface EmbeddedExhibit {
  readonly document: Document;
  /** The exhibit: for `html`, the tree of its rendering as text (see {@link documentExhibit}). */
  readonly exhibit: Exhibit;
  readonly format: 'text' | 'html';
}

/**
 * Every EX-99 press release of a submission, in order: documents whose body was parsed as
 * an exhibit, and HTML EX-99 documents, read through their rendering as text.
 */
export function submissionExhibits(tree: Submission): EmbeddedExhibit[] {
  const out: EmbeddedExhibit[] = [];
  const filed = submissionHeader(tree)?.filedAsOf ?? null;
  for (const d of tree.children) {
    if (d.type !== 'document') continue;
    const found = documentExhibit(d);
    // parseSubmission dated the plain-text exhibits; a rendered one is dated here.
    if (found?.format === 'html' && filed) inferYears(found.tree, filed);
    if (found) out.push({ document: d, exhibit: found.tree, format: found.format });
  }
  return out;
}

export { submissionHeader };

export type { DocumentExhibit } from './document-exhibit.js';

/**
 * The press release a document holds: its plain-text exhibit tree, or — for an EX-99
 * document in HTML — the tree of its rendering as text. Null for any other document.
 */
export function documentExhibit(document: Document): DocumentExhibit | null {
  return documentExhibitWith(document, htmlToText);
}
