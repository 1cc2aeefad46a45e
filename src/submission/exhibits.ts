/** The exhibits of a submission tree, with the documents that hold them. */
import { htmlToText, looksLikeHtml } from '../html/index.js';
import { parse } from '../parse/parse.js';
import type { Document } from '../tree/nodes/document.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';
import type { Submission } from '../tree/nodes/submission.js';
import { isExhibit99 } from './build/body.js';
import { documentText } from './text.js';
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

/** The submission's SEC header, or null (a lone `<DOCUMENT>` block has none). */
export function submissionHeader(tree: Submission): SecHeader | null {
  for (const c of tree.children) if (c.type === 'secHeader') return c;
  return null;
}

/** An exhibit read from a document: parsed in place (plain text) or rendered from HTML. */
export interface DocumentExhibit {
  /**
   * The exhibit tree. For `text`, the tree inside the submission (positions in the
   * submission's source); for `html`, a tree of the rendered text (`htmlToText` of the
   * body), whose positions are in that text.
   */
  readonly tree: Exhibit;
  readonly format: 'text' | 'html';
}

/**
 * The press release a document holds: its plain-text exhibit tree, or — for an EX-99
 * document in HTML — the tree of its rendering as text. Null for any other document.
 */
export function documentExhibit(document: Document): DocumentExhibit | null {
  for (const c of document.children) if (c.type === 'exhibit') return { tree: c, format: 'text' };
  if (!isExhibit99(document.documentType)) return null;
  const body = documentText(document);
  if (body === null || !looksLikeHtml(body)) return null;
  return { tree: parse(htmlToText(body)), format: 'html' };
}
