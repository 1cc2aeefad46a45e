/**
 * Where a laid-out table begins and ends around a block the parser called a table: the
 * `<TABLE>`…`</TABLE>` span when EDGAR's tags enclose it, otherwise the run of table lines
 * around it (data lines, label lines, rules, short blank gaps), up to prose, a page break or
 * the header of the next table.
 */
import type { Lines, TableLine } from './kinds.js';

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

/** The `<TABLE>` span that encloses lines `from..to` (or ends inside them), or null. */
function taggedRegion(lines: Lines, from: number, to: number): Region | null {
  let open = -1;
  for (let i = to; i >= 0 && to - i < MAX_TAGGED; i--) {
    const tag = lines.tag(i);
    if (tag === 'close' && i < from) return null;
    if (tag === 'open') {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let j = open + 1; lines.has(j) && j - open < MAX_TAGGED; j++) {
    const tag = lines.tag(j);
    if (tag === 'open') return null;
    if (tag === 'close') return j >= from ? { first: open + 1, last: j - 1, tagged: true } : null;
  }
  return null;
}

/** A prose line belongs to a table only when a data line follows it at once (a long wrapped label). */
function proseInTable(lines: Lines, i: number): boolean {
  for (let j = i + 1; lines.has(j) && j <= i + 2; j++) {
    const l = lines.at(j);
    if (l.kind === 'data') return true;
    if (l.kind !== 'text' || l.prose) return false;
  }
  return false;
}

/** Where a label column ends at the least: cells right of it are column cells. */
const LABEL_COLUMN = 16;

/** A text line with two cells or more right of a label column and no figures: the header of a table. */
const isHeaderLike = (l: TableLine): boolean => l.kind === 'text' && !l.prose && l.segments.filter((s) => s.from >= LABEL_COLUMN).length >= 2;

/**
 * The table around lines `from..to` (the parser's block), or null when it holds no data line
 * — or, with `ownerOnly`, when an untagged table has data lines above the block (an earlier
 * block reads it).
 */
export function regionAround(lines: Lines, from: number, to: number, ownerOnly = false): Region | null {
  const tagged = taggedRegion(lines, from, to);
  if (tagged) return tagged;
  let firstData = -1;
  for (let i = from; i <= to; i++) if (lines.at(i).kind === 'data') {
    firstData = i;
    break;
  }
  if (firstData < 0) return null;
  // Up: through the header, label lines, rules and short gaps; stop at prose, a page break or a tag.
  // Once past a header, a data line above is the previous table's.
  let first = firstData;
  let seenHeader = false;
  let gap = 0;
  for (let i = firstData - 1; i >= 0; i--) {
    const l = lines.at(i);
    if (l.kind === 'blank') {
      if (++gap > MAX_GAP) break;
      continue;
    }
    gap = 0;
    if (l.kind === 'page' || l.kind === 'tag' || (l.prose && !proseInTable(lines, i))) break;
    if (l.kind === 'data' && seenHeader) break;
    // A data line above in the same table: the table starts in an earlier block, which reads it.
    if (l.kind === 'data' && ownerOnly) return null;
    if (isHeaderLike(l)) seenHeader = true;
    first = i;
  }
  // Down: through data, label lines, rules and short gaps; stop at prose, a page break, a tag or the next table's header.
  let last = firstData;
  gap = 0;
  for (let i = firstData + 1; lines.has(i); i++) {
    const l = lines.at(i);
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
  while (lines.has(last + 1) && lines.at(last + 1).kind === 'rule') last++;
  return { first, last, tagged: false };
}
