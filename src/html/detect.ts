/**
 * Whether a text is an HTML document (or an EDGAR block wrapping one) rather than a
 * plain-text exhibit. Old text exhibits hold SGML-ish markup of their own — `<PAGE>`,
 * `<TABLE>`, `<CAPTION>`, `<S>`, `<C>`, `<FN>` — which must not count as HTML.
 */

/** How much of the start is looked at. */
const WINDOW = 1024;

/** Tags that only HTML (or XHTML, inline XBRL) documents open with. */
const DOCUMENT = /<(?:!doctype\s+html|html|head|body|xbrl|ix:|meta\s|title>)/;

/** Tags of HTML body markup that plain-text exhibits never use. */
const MARKUP = /<(?:div|p|font|span|br|center|h[1-6]|[abiu]|strong|em|ul|ol|li|hr|img|t[dhr])[\s/>]/;

/** An HTML table: one with attributes (text exhibits write a bare `<TABLE>`), or rows in it. */
const TABLE = /<table\s+[a-z]/;

/** Whether `text` looks like HTML, judged from its first kilobyte. */
export function looksLikeHtml(text: string): boolean {
  if (typeof text !== 'string') return false;
  let start = 0;
  // Skip a byte-order mark and leading layout (spaces, tabs, line breaks, form feeds).
  while (start < text.length && start < WINDOW && /\s/.test(text.charAt(start))) start++;
  const head = text.slice(start, start + WINDOW).toLowerCase();
  return DOCUMENT.test(head) || MARKUP.test(head) || TABLE.test(head);
}
