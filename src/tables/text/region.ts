/**
 * Where a laid-out table begins and ends around a block the parser called a table: the
 * `<TABLE>`…`</TABLE>` span when EDGAR's tags enclose it, otherwise the run of table lines
 * around it (data lines, label lines, rules, short blank gaps), up to prose, a page break or
 * the header of the next table.
 */
import type { TableLine } from './kinds.js';

export interface Region {
  /** Indices of the first and last line of the table's body and header (tags excluded). */
  readonly first: number;
  readonly last: number;
  /** The table was enclosed in `<TABLE>` tags. */
  readonly tagged: boolean;
}

/** Lines a tagged table may run to; past that a lone tag is not trusted. */
const MAX_TAGGED = 400;
/** Blank lines in a row that still keep a table together. */
const MAX_GAP = 2;

const isOpenTag = (l: TableLine): boolean => l.kind === 'tag' && /^\s*<table>/iu.test(l.line.text);
const isCloseTag = (l: TableLine): boolean => l.kind === 'tag' && /^\s*<\/table>/iu.test(l.line.text);

/** The `<TABLE>` span holding line `at`, or null. */
function taggedRegion(lines: readonly TableLine[], at: number): Region | null {
  let open = -1;
  for (let i = at; i >= 0 && at - i < MAX_TAGGED; i--) {
    const l = lines[i] as TableLine;
    if (isCloseTag(l) && i !== at) return null;
    if (isOpenTag(l)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let j = Math.max(at, open + 1); j < lines.length && j - open < MAX_TAGGED; j++) {
    const l = lines[j] as TableLine;
    if (isOpenTag(l)) return null;
    if (isCloseTag(l)) return { first: open + 1, last: j - 1, tagged: true };
  }
  return null;
}

/** A prose line belongs to a table only when a data line follows it at once (a long wrapped label). */
function proseInTable(lines: readonly TableLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const l = lines[j] as TableLine;
    if (l.kind === 'data') return true;
    if (l.kind !== 'text' || l.prose) return false;
  }
  return false;
}

/** Where a label column ends at the least: cells right of it are column cells. */
const LABEL_COLUMN = 16;

/** A text line with two cells or more right of a label column and no figures: the header of a table. */
const isHeaderLike = (l: TableLine): boolean => l.kind === 'text' && !l.prose && l.segments.filter((s) => s.from >= LABEL_COLUMN).length >= 2;

/** The table around lines `from..to` (the parser's block), or null when it holds no data line. */
export function regionAround(lines: readonly TableLine[], from: number, to: number): Region | null {
  for (let i = from; i <= to; i++) {
    const tagged = taggedRegion(lines, i);
    if (tagged) return tagged;
  }
  let firstData = -1;
  for (let i = from; i <= to; i++) if ((lines[i] as TableLine).kind === 'data') {
    firstData = i;
    break;
  }
  if (firstData < 0) return null;
  // Down: through data, label lines, rules and short gaps; stop at prose, a page break, a tag or the next table's header.
  let last = firstData;
  let gap = 0;
  for (let i = firstData + 1; i < lines.length; i++) {
    const l = lines[i] as TableLine;
    if (l.kind === 'blank') {
      if (++gap > MAX_GAP) break;
      continue;
    }
    gap = 0;
    if (l.kind === 'page' || l.kind === 'tag') break;
    if (l.kind === 'data') {
      last = i;
      continue;
    }
    if (l.kind === 'rule') continue;
    if (l.prose && !proseInTable(lines, i)) break;
    if (isHeaderLike(l)) break;
  }
  // Trailing rules belong to the last row.
  while (last + 1 < lines.length && (lines[last + 1] as TableLine).kind === 'rule') last++;
  // Up: through the header, label lines, rules and short gaps; stop at prose, a page break or a tag.
  // Once past a header, a data line above is the previous table's.
  let first = firstData;
  let seenHeader = false;
  gap = 0;
  for (let i = firstData - 1; i >= 0; i--) {
    const l = lines[i] as TableLine;
    if (l.kind === 'blank') {
      if (++gap > MAX_GAP) break;
      continue;
    }
    gap = 0;
    if (l.kind === 'page' || l.kind === 'tag' || (l.prose && !proseInTable(lines, i))) break;
    if (l.kind === 'data' && seenHeader) break;
    if (isHeaderLike(l)) seenHeader = true;
    first = i;
  }
  return { first, last, tagged: false };
}
