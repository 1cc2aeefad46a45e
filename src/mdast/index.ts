/** The Markdown bridge: exhibit tree ⇄ mdast ⇄ Markdown. */
export { toMdast, type ToMdastOptions } from './to-mdast.js';
export { fromMdast, fromMdastWithWarnings } from './from-mdast.js';
export { mdastToText } from './to-text.js';
export { toMarkdown, parseMarkdown } from './markdown.js';
export type { ExhibitFields } from './data.js';
