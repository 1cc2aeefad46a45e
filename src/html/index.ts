/**
 * The HTML exhibit reader: renders an HTML EX-99 exhibit as the plain text of a 1990s–2000s
 * EDGAR text exhibit (blank lines between blocks, centred titles, column-aligned tables,
 * bullet lines), so that `parse` and `summarize` read it like any text exhibit.
 */
import { fromHtml } from 'hast-util-from-html';
import { unwrapEdgar } from './edgar.js';
import { fallbackLines } from './fallback.js';
import { BLANK, type Line } from './line.js';
import { printPage } from './page.js';
import { renderNodes } from './render.js';
import { LineWriter } from './writer.js';

export { looksLikeHtml } from './detect.js';

/** Options of {@link htmlToText}. */
export interface HtmlToTextOptions {
  /** Page width in columns, for centring and wrapping (default {@link HTML_WIDTH}). */
  width?: number;
  /** Wrap running text at the width (default true). */
  wrap?: boolean;
}

/** The default page width: 80 columns, as EDGAR text exhibits are set. */
export const HTML_WIDTH = 80;

/** A usable width from an option: a whole number in [20, 1000]. */
function widthOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return HTML_WIDTH;
  return Math.min(1000, Math.max(20, Math.round(value)));
}

/** The lines of an HTML document, as a browser would lay them out. */
function render(html: string, width: number): Line[] {
  const tree = fromHtml(unwrapEdgar(html), { onerror: undefined });
  const w = new LineWriter('left');
  renderNodes(tree.children, w, { width, lists: [], transform: 'none', tables: 0 });
  return w.finish().lines;
}

/**
 * Renders HTML as plain exhibit text: `\n` line endings, no trailing spaces, at most one
 * blank line in a row, a final line feed ('' when nothing prints). Never throws; any string
 * is accepted, and markup the HTML parser cannot take falls back to plain tag stripping.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const width = widthOf(options?.width);
  const wrap = options?.wrap !== false;
  const input = typeof html === 'string' ? html : String(html ?? '');
  let lines: Line[];
  try {
    lines = render(input, width);
  } catch {
    lines = fallbackLines(input).map((text) => (text === '' ? BLANK : { text, kind: 'flow', align: 'left' }));
  }
  return printPage(lines, { width, wrap });
}
