/**
 * The visible words of a node: as one line (layout collapsed), or line by line as the
 * source broke them. Page breaks are left out: pagination is layout, not text.
 */

/** Any node of an exhibit tree, as far as the printer needs to know. */
export interface PrintableNode {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly PrintableNode[];
}

/** A line ending: CRLF, CR or LF. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * A run of the characters the parser counts as layout (the no-break space among them). Other
 * white space (the Unicode spaces) is text to the parser, so it stays: `String#trim` would drop it.
 */
const LAYOUT_RUN = /[ \t\n\v\f\r\u00A0\uFEFF]+/g;

/** Layout that takes room on the line: space, tab, line endings. */
const ROOMY = /[ \t\n\r]/;

/**
 * Layout runs to one space, none at either end. A run of form feeds, vertical tabs or
 * byte-order marks alone stays as it is: it parts two words yet takes no room, and the
 * parser measures lines.
 */
export function squash(text: string): string {
  const s = text.replace(LAYOUT_RUN, (run) => (ROOMY.test(run) ? ' ' : run));
  const from = s.startsWith(' ') ? 1 : 0;
  const to = s.length > from && s.endsWith(' ') ? s.length - 1 : s.length;
  return s.slice(from, to);
}

/** The leaves under `node`, a page break standing as a line break. */
export function textWithoutPages(node: PrintableNode): string {
  if (node.type === 'pageBreak') return '\n';
  if (node.children) return node.children.map(textWithoutPages).join('');
  return typeof node.value === 'string' ? node.value : '';
}

/** The words of `node` on one line, single spaces. */
export function words(node: PrintableNode): string {
  return squash(textWithoutPages(node));
}

/** The words of each non-blank source line of `node`. */
export function lineWords(node: PrintableNode): string[] {
  return textWithoutPages(node)
    .split(LINE_BREAK)
    .map(squash)
    .filter((l) => l !== '');
}

/** `line` without the spaces at its end (spaces only; see {@link squash}). */
export function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  return line.slice(0, end);
}
