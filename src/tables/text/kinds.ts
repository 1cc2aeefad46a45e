/**
 * What each line of a laid-out table is: blank, a rule, an EDGAR table tag, a page break,
 * a data line (a label and figures at its right), or text.
 */
import { isFigure, isYear } from '../figures.js';
import { segments, type LineWindow, type Segment, type SourceLine } from './lines.js';

export type LineKind = 'blank' | 'rule' | 'tag' | 'page' | 'data' | 'text';

export interface TableLine {
  readonly line: SourceLine;
  readonly kind: LineKind;
  readonly segments: readonly Segment[];
  /** Label segments (left) and figure segments (right) of a data line; all segments are `label` otherwise. */
  readonly label: readonly Segment[];
  readonly cells: readonly Segment[];
  /** Prose: a long run of words, not a table line. */
  readonly prose: boolean;
}

/** A rule: dashes, equals signs or underscores (three or more), spaces between. */
const RULE = /^[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{2,})*[ \t]*$/u;
/** EDGAR's table markup: <TABLE>, </TABLE>, <CAPTION>, <S>, <C>, <FN>. */
const TAG = /^[ \t]*<\/?(?:table|caption|s|c|fn)>/iu;
/** A page break: <PAGE>, a form feed, or a page footer such as "- 5 -" / "-5-". */
const PAGE = /^[ \t]*(?:<page>|\f|-\s?\d{1,3}\s?-[ \t]*$)/iu;
/** End marks and continuation notes that close a table ("###", "- MORE -", "- END -"). */
const CLOSER = /^[ \t]*(?:#{3,}|-\s*(?:more|end)\s*-|\(more\))/iu;

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Table lines read by index; each line is classified the first time it is read. */
export interface Lines {
  /** Whether line `i` exists. */
  has(i: number): boolean;
  at(i: number): TableLine;
  /** Lines `from` to `to` (exclusive). */
  range(from: number, to: number): TableLine[];
}

/** A reader looks at a few dozen lines around a table, not at the hundreds in its window: classify on demand. */
export function lazyLines(raw: LineWindow): Lines {
  const done: Array<TableLine | undefined> = [];
  const at = (i: number): TableLine => (done[i] ??= classify(raw.line(i)));
  return {
    has: (i) => raw.has(i),
    at,
    range: (from, to) => {
      const out: TableLine[] = [];
      for (let i = from; i < to && raw.has(i); i++) out.push(at(i));
      return out;
    },
  };
}

export function classify(line: SourceLine): TableLine {
  const text = line.text;
  const segs = segments(line);
  const base = { line, segments: segs, label: segs, cells: [] as Segment[], prose: false };
  if (segs.length === 0) return { ...base, kind: 'blank' };
  if (RULE.test(text)) return { ...base, kind: 'rule' };
  if (TAG.test(text)) return { ...base, kind: 'tag' };
  if (PAGE.test(text) || CLOSER.test(text)) return { ...base, kind: 'page' };
  let k = segs.length;
  while (k > 0 && isFigure((segs[k - 1] as Segment).text)) k--;
  const label = segs.slice(0, k);
  const cells = segs.slice(k);
  const prose = segs.some((s) => s.text.length >= 55 && words(s.text) >= 9);
  // Years only are a header ("2004   2003", "(millions)   2004   2003", "data)  2008  Change  2007"), not figures.
  const years = cells.every((c) => isYear(c.text));
  if (cells.length > 0 && !years) return { ...base, kind: 'data', label, cells, prose };
  return { ...base, kind: 'text', prose };
}
