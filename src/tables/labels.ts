/** A row label as a reader names it: wrapped parts joined, leader dots, colons and footnote marks off. */
import { collapse } from '../normalize/text.js';

/** A footnote mark closing a label or header: "(1)", "(a)", "(Note 3)". */
const FOOTNOTE = /\((?:note\s?\d{1,2}|\d{1,2}|[a-z])\)$/iu;
/** A list dash before the label ("- Basic"). */
const LEAD_DASH = /^[-–—]\s/u;
/** "(unaudited)" over a column says how it was reviewed, not which period it is. */
const UNAUDITED = /\(\s?unaudited\s?\)/giu;

/** Leader dots running to the figures ("Net revenues ......"): two dots or more, spaces among them. */
function dropLeader(s: string): string {
  let i = s.length;
  let dots = 0;
  while (i > 0 && (s[i - 1] === '.' || s[i - 1] === ' ')) if (s[--i] === '.') dots++;
  return dots >= 2 ? s.slice(0, i).trimEnd() : s;
}

/** A footnote mark at the end: "(1)", "(a)", "(Note 3)", asterisks and daggers. */
function dropFootnote(s: string): string {
  let out = s;
  while (out.endsWith('*') || out.endsWith('†')) out = out.slice(0, -1).trimEnd();
  const tail = out.slice(-12);
  const m = FOOTNOTE.exec(tail);
  return m ? out.slice(0, out.length - m[0].length).trimEnd() : out;
}

export function cleanLabel(text: string): string {
  let s = collapse(text);
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = dropFootnote(dropLeader(s));
    if (s.endsWith(':')) s = s.slice(0, -1).trimEnd();
    if (s === before) break;
  }
  return LEAD_DASH.test(s) ? s.slice(2).trimStart() : s;
}

/** A header as printed: spaces collapsed, "(unaudited)" and footnote marks off. */
export function cleanHeader(text: string): string {
  return dropFootnote(collapse(text.replace(UNAUDITED, ' ')));
}
