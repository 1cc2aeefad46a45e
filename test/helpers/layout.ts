/**
 * Layout-only rewrites of an exhibit: each changes how the text is laid out, never what it
 * says, so the summary of the result must equal the summary of the original.
 */
import { parse } from '../../src/index.js';
import type { Node, Parent } from 'unist';

/** A line ending: CRLF, lone CR or LF. */
const LINE_END = /\r\n|\r|\n/;

const linesOf = (text: string): { lines: string[]; eol: string } => {
  const m = LINE_END.exec(text);
  return { lines: text.split(/\r\n|\r|\n/), eol: m ? m[0] : '\n' };
};

/** A blank line after every line (typewritten double spacing). */
export function doubleSpace(text: string): string {
  const { lines, eol } = linesOf(text);
  const last = lines.pop() ?? '';
  return lines.map((l) => l + eol + eol).join('') + last;
}

/** Every line ending made CRLF. */
export const toCrlf = (text: string): string => text.replace(/\r\n|\r|\n/g, '\r\n');

/** Every line ending made a lone CR (old Mac files). */
export const toCr = (text: string): string => text.replace(/\r\n|\r|\n/g, '\r');

/** Every non-blank line moved right by four columns. */
export const reindent = (text: string): string => text.replace(/^(?=[^\r\n])/gm, '    ');

/** Trailing spaces and a tab on every line. */
export const trailingSpace = (text: string): string => `${text.replace(/(?=\r\n|\r|(?<!\r)\n)/g, '  \t')}  \t`;

/** Each blank line becomes a blank line, a `<PAGE>` marker and a blank line (every third one a form feed instead). */
export function pageBreaks(text: string): string {
  const { lines, eol } = linesOf(text);
  let n = 0;
  return lines
    .map((l, i) => {
      if (l.trim() !== '' || i === 0 || i === lines.length - 1) return l;
      n++;
      if (n % 4 !== 0) return l;
      return n % 8 === 0 ? `${l}${eol}\f${eol}` : `${l}${eol}<PAGE>   ${n}${eol}`;
    })
    .join(eol);
}

/**
 * The paragraphs the parser found, each joined into one line (wrapping undone): every line
 * break inside a paragraph's or a risk item's own text becomes one space. Breaks between
 * list items and around page breaks are structure, not wrapping, and stay.
 */
export function unwrapParagraphs(text: string): string {
  const cuts: Array<{ start: number; end: number }> = [];
  const visit = (node: Node): void => {
    if (node.type === 'pageBreak') return;
    const kids = (node as Partial<Parent>).children ?? [];
    kids.forEach((child, k) => {
      const beside = kids[k - 1]?.type === 'pageBreak' || kids[k + 1]?.type === 'pageBreak';
      if (child.type === 'whitespace' && (node.type === 'paragraph' || node.type === 'riskItem') && !beside && child.position) {
        cuts.push({ start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0 });
      }
      visit(child);
    });
  };
  visit(parse(text));
  let out = '';
  let at = 0;
  for (const { start, end } of cuts) {
    const gap = text.slice(start, end);
    out += text.slice(at, start) + (/^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(gap) ? ' ' : gap);
    at = end;
  }
  return out + text.slice(at);
}

export const LAYOUT_TRANSFORMS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['double-spaced', doubleSpace],
  ['CRLF', toCrlf],
  ['lone CR', toCr],
  ['re-indented', reindent],
  ['trailing spaces and tabs', trailingSpace],
  ['page breaks at blank lines', pageBreaks],
  ['paragraphs unwrapped', unwrapParagraphs],
];
