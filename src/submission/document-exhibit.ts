/**
 * The press release a document holds, with the HTML renderer passed in: the CLI loads the
 * HTML reader only when an input may hold HTML, so a start on plain text never pays for it.
 */
import { looksLikeHtml } from '../html/detect.js';
import { parse } from '../parse/parse.js';
import type { Document } from '../tree/nodes/document.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { isExhibit99 } from './build/body.js';
import { documentText } from './text.js';

/** Renders an HTML exhibit as plain exhibit text (`htmlToText`). */
export type HtmlRenderer = (html: string) => string;

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

/** {@link documentExhibit} with the renderer given. */
export function documentExhibitWith(document: Document, render: HtmlRenderer): DocumentExhibit | null {
  for (const c of document.children) if (c.type === 'exhibit') return { tree: c, format: 'text' };
  // An encoded body (a uuencoded file under an EX-99 type) is opaque: the streaming reader
  // passes it through unread, so reading it here as HTML would make the two disagree.
  if (!isExhibit99(document.documentType) || document.children.some((c) => c.type === 'payload')) return null;
  const body = documentText(document);
  if (body === null || !looksLikeHtml(body)) return null;
  return { tree: parse(render(body)), format: 'html' };
}
