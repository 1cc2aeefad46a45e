/**
 * Run-on labels: a numbered series written into a paragraph ("including (1) …, (2) …," or
 * "1) …; 2) …;") can wrap so that a label such as "(3)" or "3)" opens a line. Such a line is
 * not a list item: it goes on with the sentence above. The test is the series itself — the label before it, "(2)", stands
 * inside the same paragraph a little above, or for a first label "(a)" the next one, "(b)",
 * follows inside the same line or a line a little below — and a previous line that did not
 * end a sentence.
 */
import type { IToken, TokenType } from 'chevrotain';
import * as B from '../../grammars/tokens/block.js';
import * as T from '../../grammars/tokens/text.js';
import type { Line } from './lex.js';
import { isRomanLabel, predecessors, successors } from './text/label-series.js';

/** How far up the paragraph the previous label may stand. */
const LOOK_BACK_LINES = 6;

/** Turns list-item lines that carry on an inline series back into text lines. */
export function markRunOnLabels(lines: readonly Line[], kinds: TokenType[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i] !== B.ListItemLine || kinds[i - 1] !== B.TextLine) continue;
    const line = lines[i];
    const prev = lines[i - 1];
    if (!line || !prev) continue;
    const label = parenLabel(line.tokens, 0);
    if (label === null) continue;
    const lastPrev = prev.tokens[prev.tokens.length - 1];
    // After a stop or a colon a label opens a list, unless the next label follows on the same
    // line ("include:" / "(1) …; (2) the"): the series runs on in the sentence.
    const sameLine = predecessors(label).length === 0 && successors(label).some((n) => labelLater(line.tokens, n));
    if (!lastPrev || ((lastPrev.tokenType === T.Period || lastPrev.tokenType === T.Colon) && !sameLine)) continue;
    const before = predecessors(label);
    const runsOn = before.length > 0 ? before.some((p) => labelAbove(lines, kinds, i, p)) : successors(label).some((n) => labelLater(line.tokens, n) || labelBelow(lines, kinds, i, n));
    if (runsOn) kinds[i] = B.TextLine;
  }
}

/** "(3)", "(c)", "3)" or "c)" at token k: the inner text, or null. */
export function parenLabel(toks: readonly IToken[], k: number): string | null {
  const open = toks[k];
  // The half-parenthesised form opens at its label: "3)" with no "(" before it.
  const bare = open?.tokenType !== T.LParen && toks[k - 1]?.tokenType !== T.LParen;
  const inner = bare ? open : toks[k + 1];
  const close = bare ? toks[k + 1] : toks[k + 2];
  if (close?.tokenType !== T.RParen || !inner) return null;
  if (inner.tokenType === T.Number && /^\d{1,2}$/.test(inner.image)) return inner.image;
  return /^[a-z]$/i.test(inner.image) || isRomanLabel(inner.image.toLowerCase()) ? inner.image.toLowerCase() : null;
}

/** Whether `(next)` stands further along the same line: "(a) … , (b) …". */
function labelLater(toks: readonly IToken[], next: string): boolean {
  for (let k = 2; k < toks.length - 1; k++) if (parenLabel(toks, k) === next) return true;
  return false;
}

/**
 * Whether `(next)` stands inside a text line a little below, in the same paragraph: the
 * series runs on ("… including" / "(a) the ability to …" / "… 820), (b) market …"). Opening a
 * line, it would make a list instead.
 */
function labelBelow(lines: readonly Line[], kinds: readonly TokenType[], i: number, next: string): boolean {
  for (let j = i + 1; j < lines.length && j <= i + LOOK_BACK_LINES && kinds[j] === B.TextLine; j++) {
    const toks = lines[j]?.tokens ?? [];
    for (let k = 1; k < toks.length - 1; k++) if (parenLabel(toks, k) === next) return true;
  }
  return false;
}

/** Whether `(before)` stands in a text line of the same paragraph. */
function labelAbove(lines: readonly Line[], kinds: readonly TokenType[], i: number, before: string): boolean {
  for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK_LINES && kinds[j] === B.TextLine; j--) {
    const toks = lines[j]?.tokens ?? [];
    // A line that opens with the label counts too: it was turned back into text just before.
    for (let k = 0; k < toks.length - 1; k++) {
      if (parenLabel(toks, k) === before) return true;
    }
  }
  return false;
}

/** How far up a letter label's predecessor may stand ("b." under "a." and its wrapped lines). */
const SERIES_LOOK_BACK = 12;

/** "J." or "IV." at token 0: a letter or a roman numeral and a period, lower-cased; else null. */
function seriesPeriodLabel(toks: readonly IToken[]): string | null {
  const [label, period] = toks;
  if (!label || period?.tokenType !== T.Period) return null;
  const lower = label.image.toLowerCase();
  return /^[a-z]$/.test(lower) || isRomanLabel(lower) ? lower : null;
}

/**
 * Initials: a line opening with a capital letter and a period ("J. Peter Corliss") reads like
 * a list item "J." — but a list's letters come in series: its first is "a" (or "i"), and
 * every later one has the one before it among the list lines above. A letter out of series
 * is a name's initial, and the line is text.
 */
export function markInitials(lines: readonly Line[], kinds: TokenType[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== B.ListItemLine) continue;
    const label = seriesPeriodLabel(lines[i]?.tokens ?? []);
    // Only a single letter may be an initial; "a" and "i" open a series of their own.
    if (label === null || label.length !== 1 || label === 'a' || label === 'i') continue;
    const before = predecessors(label);
    let inSeries = false;
    for (let j = i - 1; j >= 0 && j >= i - SERIES_LOOK_BACK && !inSeries; j--) {
      if (kinds[j] !== B.ListItemLine) continue;
      const above = seriesPeriodLabel(lines[j]?.tokens ?? []);
      inSeries = above !== null && before.includes(above);
    }
    if (!inSeries) kinds[i] = B.TextLine;
  }
}

/** The last "(3)" / "3)" label among `toks`, bare and lower-case, or null. */
export function lastParenLabel(toks: readonly IToken[]): string | null {
  for (let k = toks.length - 2; k >= 0; k--) {
    const label = parenLabel(toks, k);
    if (label !== null) return label;
  }
  return null;
}
