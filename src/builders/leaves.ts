/**
 * Text to leaves, by the tree's layout rule: a single space between two visible
 * characters belongs to a `text` leaf; every other run of layout is a `whitespace` leaf.
 * Builders write canonical text, so runs of spaces and tabs become one space and runs
 * holding a line break become one line break.
 */
import type { LiteralContent } from '../tree/content.js';
import type { Whitespace } from '../tree/nodes/whitespace.js';

/** A run of layout characters. */
const LAYOUT_RUN = /[ \t\n\v\f\r\uFEFF]+/g;

/** Layout holding a line ending. */
const HAS_LINE_BREAK = /[\n\r]/;

/** `text` without spaces at either end (spaces only: no-break spaces and tabs stay). */
export function trimSpaces(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && text[from] === ' ') from++;
  while (to > from && text[to - 1] === ' ') to--;
  return text.slice(from, to);
}

/** Text on one line: every run of layout one space, none at the ends. */
export function oneLine(text: string): string {
  return trimSpaces(text.replace(LAYOUT_RUN, ' '));
}

/** Runs of layout made canonical: one line break, or one space. */
export function canonicalText(text: string): string {
  return text.replace(LAYOUT_RUN, (run) => (HAS_LINE_BREAK.test(run) ? '\n' : ' '));
}

/** The leaves of `text`, made canonical first. */
export function leavesOf(text: string): LiteralContent[] {
  return rawLeaves(canonicalText(text));
}

/** The leaves of `text` as it is: for laid-out blocks (tables, contact blocks). */
export function rawLeaves(canonical: string): LiteralContent[] {
  const out: LiteralContent[] = [];
  let start = 0;
  for (const m of canonical.matchAll(LAYOUT_RUN)) {
    const at = m.index;
    const run = m[0];
    // One space between two visible characters stays inside the text leaf.
    if (run === ' ' && at > 0 && at + 1 < canonical.length) continue;
    if (at > start) out.push({ type: 'text', value: canonical.slice(start, at) });
    out.push({ type: 'whitespace', value: run });
    start = at + run.length;
  }
  if (start < canonical.length) out.push({ type: 'text', value: canonical.slice(start) });
  return out;
}

/** A layout leaf. */
export function whitespace(value: string): Whitespace {
  return { type: 'whitespace', value };
}
