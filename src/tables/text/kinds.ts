/**
 * What each line of a laid-out table is: blank, a rule, an EDGAR table tag, a page break,
 * a data line (a label and figures at its right), or text.
 */
import { isFigure, isYear } from '../figures.js';
import { segments, type LineWindow, type Segment, type SourceLine, type SourceLines } from './lines.js';

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

/*
 * The shapes below are padded as the lexer pads a line: spaces, tabs, vertical tabs and
 * byte-order marks are all trivia to it (grammars/tokens/text.ts, `Spaces`), so "-5-\uFEFF"
 * is the page footer "-5-" here as it is to the parser.
 */
/** A rule: dashes, equals signs or underscores (three or more), spaces between. */
const RULE = /^[ \t\v\uFEFF]*[-=_]{3,}(?:[ \t\v\uFEFF]+[-=_]{2,})*[ \t\v\uFEFF]*$/u;
/** EDGAR's table markup: <TABLE>, </TABLE>, <CAPTION>, <S>, <C>, <FN>. */
const TAG = /^[ \t\v\uFEFF]*<\/?(?:table|caption|s|c|fn)>/iu;
/** A page break: <PAGE>, a form feed, or a page footer such as "- 5 -" / "-5-". */
const PAGE = /^[ \t\v\uFEFF]*(?:<page>|\f|-\s?\d{1,3}\s?-[ \t\v\uFEFF]*$)/iu;
/** End marks and continuation notes that close a table ("###", "- MORE -", "- END -"). */
const CLOSER = /^[ \t\v\uFEFF]*(?:#{3,}|-\s*(?:more|end)\s*-|\(more\))/iu;

/** Whether `text` holds at least `n` words (runs of non-space characters); counts no further. */
function hasWords(text: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count >= n) return true;
    }
  }
  return false;
}

/** EDGAR's <TABLE> and </TABLE> lines (leading spaces allowed). */
const OPEN_TAG = /^[ \t]*<table>/iu;
const CLOSE_TAG = /^[ \t]*<\/table>/iu;
/** Characters of a line enough to find a tag after its indentation. */
const TAG_HEAD = 40;

export type TableTag = 'open' | 'close' | null;

/** Whether a line opens or closes an EDGAR table (looked for in its first {@link TAG_HEAD} characters). */
function tableTag(line: SourceLine): TableTag {
  const head = line.text.length > TAG_HEAD ? line.text.slice(0, TAG_HEAD) : line.text;
  return CLOSE_TAG.test(head) ? 'close' : OPEN_TAG.test(head) ? 'open' : null;
}

/**
 * A document's lines as a table reader sees them, each classified the first time any read
 * asks for it: a table split into many blocks is read once per block, from the same lines.
 */
export class ClassifiedLines {
  private readonly kinds: Array<TableLine | undefined> = [];
  private readonly tags: Array<TableTag | undefined> = [];

  constructor(readonly lines: SourceLines) {}

  at(g: number): TableLine {
    return (this.kinds[g] ??= classify(this.lines.line(g)));
  }

  tag(g: number): TableTag {
    let t = this.tags[g];
    if (t === undefined) this.tags[g] = t = tableTag(this.lines.line(g));
    return t;
  }
}

/** Table lines read by window index (see {@link LineWindow}). */
export interface Lines {
  /** Whether line `i` exists. */
  has(i: number): boolean;
  at(i: number): TableLine;
  /** Lines `from` to `to` (exclusive). */
  range(from: number, to: number): TableLine[];
  /** Whether line `i` opens or closes an EDGAR table. */
  tag(i: number): TableTag;
}

/** The window's lines, classified through the document's shared lines. */
export function windowLines(doc: ClassifiedLines, raw: LineWindow): Lines {
  // A window's partial first line (an empty line at the LF of a CRLF) is its own.
  let partial: TableLine | undefined;
  const at = (i: number): TableLine => {
    const g = raw.global(i);
    return g >= 0 ? doc.at(g) : (partial ??= classify(raw.line(i)));
  };
  return {
    has: (i) => raw.has(i),
    at,
    range: (from, to) => {
      const out: TableLine[] = [];
      for (let i = from; i < to && raw.has(i); i++) out.push(at(i));
      return out;
    },
    tag: (i) => {
      const g = raw.global(i);
      return g >= 0 ? doc.tag(g) : null;
    },
  };
}

export function classify(line: SourceLine): TableLine {
  const text = line.text;
  const segs = segments(line);
  // One shape for every line (no spread copies): a reader classifies every line near a table.
  const make = (kind: LineKind, label: readonly Segment[] = segs, cells: readonly Segment[] = NO_CELLS, prose = false): TableLine => ({ line, kind, segments: segs, label, cells, prose });
  if (segs.length === 0) return make('blank');
  if (RULE.test(text)) return make('rule');
  if (TAG.test(text)) return make('tag');
  if (PAGE.test(text) || CLOSER.test(text)) return make('page');
  let k = segs.length;
  while (k > 0 && isFigure((segs[k - 1] as Segment).text)) k--;
  const prose = segs.some((s) => s.text.length >= 55 && hasWords(s.text, 9));
  if (k === segs.length) return make('text', segs, NO_CELLS, prose);
  const cells = segs.slice(k);
  // Years only are a header ("2004   2003", "(millions)   2004   2003", "data)  2008  Change  2007"), not figures.
  if (cells.every((c) => isYear(c.text))) return make('text', segs, NO_CELLS, prose);
  return make('data', segs.slice(0, k), cells, prose);
}

/** The cells of a line with no figures (shared, never mutated). */
const NO_CELLS: readonly Segment[] = Object.freeze([]);
