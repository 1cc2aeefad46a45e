/**
 * Element categories, after the HTML user-agent stylesheet: which elements print nothing,
 * which start a new line, and which have a default margin (a blank line around them).
 */

/** Elements whose content is never on the page (metadata, scripts, embedded objects). */
export const SKIPPED: ReadonlySet<string> = new Set([
  'head', 'title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template', 'iframe', 'object',
  'embed', 'applet', 'frameset', 'frame', 'noframes', 'svg', 'math', 'canvas', 'audio', 'video', 'map',
  'img', 'input', 'select', 'textarea', 'button', 'option', 'datalist', 'param', 'source', 'track',
  // Inline XBRL keeps its contexts, units and hidden facts in <ix:header>.
  'ix:header', 'ix:hidden', 'ix:references', 'ix:resources', 'xbrli:context', 'xbrli:unit',
]);

/** Elements that are blocks: they start and end a line. */
export const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre',
  'section', 'summary', 'ul', 'xmp', 'caption', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
  'multicol', 'page',
]);

/** Blocks with a default vertical margin (1em, or more for headings): a blank line. */
export const SPACED: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dir', 'menu', 'blockquote', 'pre', 'listing',
  'xmp', 'plaintext', 'figure', 'hr', 'table', 'fieldset',
]);

/** Blocks whose text keeps its white space and line breaks. */
export const PREFORMATTED: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext', 'textarea']);

/** List containers. */
export const LISTS: ReadonlySet<string> = new Set(['ul', 'ol', 'dir', 'menu']);

/** The lower-cased tag name (hast keeps HTML names lower case already; XML-ish names too). */
export function nameOf(tagName: string): string {
  return tagName.toLowerCase();
}
