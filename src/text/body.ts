/**
 * `bodyText(tree)`: the body of an exhibit as clean paragraphs for NLP. Layout is gone —
 * justification, indentation, line wraps, page markers, "- more -" lines and running
 * heads between pages — a word split by a line-end hyphen is joined where the document
 * uses it unsplit elsewhere, and a paragraph broken by a page break is made whole again.
 * Headings and list items are marked; the headline, subheadlines, dateline and safe
 * harbor are fields apart; tables, contacts and other front matter are not prose.
 *
 * Every block keeps where it came from: `segments` map runs of its text to the source
 * (each is a verbatim copy), so a span found in `text` maps back to the exhibit with
 * {@link sourceOffset}. It reads the tree only: node types, fields, leaf values and
 * their positions.
 */
import { stringify } from '../stringify/index.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { hyphenStem, sourceWords, startsLower, wordKey, type SourceWord } from './words.js';

/** A run of a block's text copied verbatim from the source: `text.slice(at, at + length) === source.slice(offset, offset + length)`. */
export interface TextSegment {
  readonly at: number;
  readonly offset: number;
  readonly length: number;
}

export type BodyBlockKind = 'headline' | 'subheadline' | 'dateline' | 'paragraph' | 'heading' | 'listItem';

/** One block of clean text and where it came from. */
export interface BodyBlock {
  readonly kind: BodyBlockKind;
  readonly text: string;
  /** The list item's marker ("•", "1.", "(a)"), for list items. */
  readonly marker?: string;
  /** Source offsets (UTF-16, like unist's) of the first and past the last character of the block's words. */
  readonly start: number;
  readonly end: number;
  readonly segments: readonly TextSegment[];
}

export interface BodyText {
  readonly headline: BodyBlock | null;
  readonly subheadlines: readonly BodyBlock[];
  readonly dateline: BodyBlock | null;
  /** The body: paragraphs, headings and list items, in order, safe harbor left out. */
  readonly paragraphs: readonly BodyBlock[];
  /** The safe-harbor (forward-looking statements) passage: its heading, paragraphs and items. */
  readonly safeHarbor: readonly BodyBlock[];
}

interface AnyNode {
  readonly type: string;
  readonly children?: readonly AnyNode[];
  readonly value?: unknown;
  readonly position?: { readonly start: { readonly offset?: number; readonly column?: number }; readonly end: { readonly offset?: number; readonly column?: number } };
  readonly [key: string]: unknown;
}

/** A block as read, before joins: its words in source order. */
interface Draft {
  readonly kind: BodyBlockKind;
  readonly words: readonly SourceWord[];
  readonly marker?: string;
  /** A page break (or "- more -") lies between this block and the one before. */
  readonly afterBreak: boolean;
  readonly safeHarbor: boolean;
  /** Columns (1-based) where the block's first line starts and its last line ends. */
  readonly startColumn: number;
  readonly endColumn: number;
}

const startOf = (n: AnyNode): number => n.position?.start.offset ?? 0;
const endOf = (n: AnyNode): number => n.position?.end.offset ?? 0;

/** Node types that are layout or not prose: left out of the text. */
const NOT_PROSE = new Set(['table', 'contact', 'exhibitLabel', 'releaseTitle', 'slugLine', 'editorLine', 'endMarker', 'wireTrailer', 'rule', 'whitespace', 'text']);
/** Node types that end a page: the next block starts a new one. */
const PAGE_ENDS = new Set(['pageBreak', 'continuation']);
/** Page numbers standing alone: "2", "- 2 -", "(2)", "Page 2", "Page 2 of 5". */
const PAGE_NUMBER = /^[-–(]?\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*[-–)]?$/i;
/** Sentence ends: a paragraph ending so is whole. */
const SENTENCE_END = /[.!?:;"”’)\]]$/;

function wordsOf(node: AnyNode, skip: readonly (readonly [number, number])[] = []): SourceWord[] {
  return sourceWords(stringify(node), startOf(node), skip);
}

/** The blocks of a flow of nodes (the root's or a section's children), in order. */
function draftsOf(children: readonly AnyNode[], safeHarbor: boolean, out: Draft[], state: { pageBreak: boolean; datelineSeen: boolean; dateline: SourceWord[] | null }): void {
  const push = (d: Omit<Draft, 'afterBreak' | 'safeHarbor' | 'startColumn' | 'endColumn'>, node: AnyNode): void => {
    if (d.words.length === 0) return;
    out.push({ ...d, afterBreak: state.pageBreak, safeHarbor, startColumn: node.position?.start.column ?? 1, endColumn: node.position?.end.column ?? 1 });
    state.pageBreak = false;
  };
  for (const node of children) {
    if (PAGE_ENDS.has(node.type)) state.pageBreak = true;
    else if (node.type === 'safeHarbor') draftsOf(node.children ?? [], true, out, state);
    else if (node.type === 'list') draftsOf(node.children ?? [], safeHarbor, out, state);
    else if (node.type === 'listItem') push(listItem(node), node);
    else if (node.type === 'heading' && node['role'] === 'financial') continue; // a table's caption
    else if (node.type === 'headline' || node.type === 'subheadline' || node.type === 'heading') push({ kind: node.type, words: wordsOf(node) }, node);
    else if (node.type === 'paragraph') {
      const dateline = state.datelineSeen ? undefined : node.children?.find((c) => c.type === 'dateline');
      if (dateline) {
        state.datelineSeen = true;
        state.dateline = wordsOf(dateline);
      }
      // A page can end inside a paragraph: its marker leaves the text, and what follows it
      // is read block by block (a running head is a block of its own).
      const breaks = (node.children ?? []).filter((c) => c.type === 'pageBreak').map((c) => [startOf(c), endOf(c)] as const);
      const skip = [...(dateline ? [[startOf(dateline), endOf(dateline)] as const] : []), ...breaks];
      for (const part of splitAtBreaks(wordsOf(node, skip), breaks)) {
        if (part.afterBreak) state.pageBreak = true;
        push({ kind: 'paragraph', words: part.words }, node);
      }
    } else if (!NOT_PROSE.has(node.type) && node.children) push({ kind: 'paragraph', words: wordsOf(node) }, node);
  }
}

/** A paragraph's words in parts: cut at page breaks, and after one at blank lines too. */
function splitAtBreaks(words: readonly SourceWord[], breaks: readonly (readonly [number, number])[]): { words: SourceWord[]; afterBreak: boolean }[] {
  const parts: { words: SourceWord[]; afterBreak: boolean }[] = [{ words: [], afterBreak: false }];
  let prev: SourceWord | null = null;
  let paged = false;
  for (const w of words) {
    const crossed = prev !== null && breaks.some(([from]) => (prev as SourceWord).offset < from && w.offset >= from);
    if (crossed) paged = true;
    if (crossed || (paged && w.afterBlankLine)) parts.push({ words: [], afterBreak: crossed });
    parts[parts.length - 1]?.words.push(w);
    prev = w;
  }
  return parts.filter((p) => p.words.length > 0);
}

function listItem(node: AnyNode): Omit<Draft, 'afterBreak' | 'safeHarbor' | 'startColumn' | 'endColumn'> {
  const words = wordsOf(node);
  const marker = typeof node['marker'] === 'string' ? node['marker'] : undefined;
  const first = words[0];
  // The marker opens the item's text; the text is what follows it.
  if (marker && first?.text.startsWith(marker)) {
    const rest = first.text.slice(marker.length);
    const tail = words.slice(1);
    return { kind: 'listItem', marker, words: rest ? [{ text: rest, offset: first.offset + marker.length, afterLineBreak: false }, ...tail] : tail };
  }
  return { kind: 'listItem', words, ...(marker ? { marker } : {}) };
}

const plain = (d: Draft): string => d.words.map((w) => w.text).join(' ');
const isOneLine = (d: Draft): boolean => d.words.slice(1).every((w) => !w.afterLineBreak);

/** Running heads and page numbers: one-line blocks that open pages, repeated (digits aside) or a page number alone. */
function pageFurniture(drafts: readonly Draft[]): Set<Draft> {
  const openers = drafts.filter((d, i) => (d.afterBreak || drafts[i + 1]?.afterBreak) && isOneLine(d) && d.kind !== 'listItem');
  const counts = new Map<string, number>();
  const key = (d: Draft): string => plain(d).replace(/\d+/g, '#').toLowerCase();
  for (const d of openers) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return new Set(openers.filter((d) => PAGE_NUMBER.test(plain(d)) || (d.afterBreak && (counts.get(key(d)) ?? 0) >= 2)));
}

/** Share of one-line prose blocks from which a document is taken as double-spaced (every line a block). */
const DOUBLE_SPACED_SHARE = 0.6;
/** A last line ending at this share of the text width or further was wrapped: the sentence goes on. */
const FULL_LINE = 0.75;

/**
 * For a double-spaced document — a blank line after every line, so the parser sees each
 * line as a block — the column a wrapped line reaches (the text width); null otherwise.
 */
function doubleSpacedWidth(drafts: readonly Draft[]): number | null {
  const prose = drafts.filter((d) => d.kind === 'paragraph' || d.kind === 'heading');
  const oneLine = prose.filter(isOneLine);
  if (prose.length < 5 || oneLine.length < prose.length * DOUBLE_SPACED_SHARE) return null;
  const ends = oneLine.map((d) => d.endColumn).sort((a, b) => a - b);
  return ends[Math.floor(ends.length * 0.9)] ?? null;
}

/** Whether `next` continues the sentence of `prev`, in a double-spaced document `width` columns wide. */
function continuesLine(prev: Draft, next: Draft, width: number): boolean {
  if ((prev.kind !== 'paragraph' && prev.kind !== 'heading') || (next.kind !== 'paragraph' && next.kind !== 'heading')) return false;
  if (prev.safeHarbor !== next.safeHarbor || prev.endColumn < width * FULL_LINE) return false;
  return !SENTENCE_END.test(plain(prev)) || startsLower(next.words[0]?.text ?? '');
}

/** Every word of the prose, as compared: the evidence for joining a hyphenated split. */
function vocabulary(drafts: readonly Draft[]): Set<string> {
  const words = new Set<string>();
  for (const d of drafts) for (const w of d.words) words.add(wordKey(w.text));
  return words;
}

/** Builds a block's text from its words: single spaces, line-end hyphens joined where the vocabulary knows the word. */
function build(kind: BodyBlockKind, words: readonly SourceWord[], known: Set<string>, marker?: string): BodyBlock {
  let text = '';
  const segments: TextSegment[] = [];
  for (const w of words) {
    const last = segments[segments.length - 1];
    const stem = last ? hyphenStem(text.slice(last.at)) : null;
    if (last && stem !== null && w.afterLineBreak && startsLower(w.text)) {
      // "manu-" / "facturing": one word when the document writes "manufacturing" elsewhere,
      // else a compound split at its hyphen ("long-" / "term" → "long-term").
      if (known.has(wordKey(stem.split('-').pop() + w.text))) {
        text = text.slice(0, -1);
        segments[segments.length - 1] = { ...last, length: last.length - 1 };
      }
    } else if (text) text += ' ';
    segments.push({ at: text.length, offset: w.offset, length: w.text.length });
    text += w.text;
  }
  const first = segments[0];
  const end = segments[segments.length - 1];
  return { kind, text, ...(marker ? { marker } : {}), start: first?.offset ?? 0, end: end ? end.offset + end.length : 0, segments };
}

/** The body of an exhibit as clean text blocks, each mapped back to its source. */
export function bodyText(tree: Exhibit): BodyText {
  const drafts: Draft[] = [];
  const state = { pageBreak: false, datelineSeen: false, dateline: null as SourceWord[] | null };
  draftsOf((tree as unknown as AnyNode).children ?? [], false, drafts, state);
  const furniture = pageFurniture(drafts);
  const known = vocabulary(drafts);

  const width = doubleSpacedWidth(drafts.filter((d) => !furniture.has(d)));
  const body: Draft[] = [];
  // A page break stays between the blocks either side of the page furniture dropped at it.
  let broken = false;
  for (const draft of drafts) {
    if (furniture.has(draft)) {
      broken ||= draft.afterBreak;
      continue;
    }
    const d = broken ? { ...draft, afterBreak: true } : draft;
    broken = false;
    const prev = body[body.length - 1];
    // Double spacing: a line that was wrapped goes on in the next block.
    if (prev && width !== null && continuesLine(prev, d, width)) {
      const [head, ...rest] = d.words;
      body[body.length - 1] = { ...prev, kind: 'paragraph', endColumn: d.endColumn, words: [...prev.words, { ...(head as SourceWord), afterLineBreak: true }, ...rest] };
      continue;
    }
    // A paragraph cut by a page break goes on where the next page starts in lower case.
    if (prev && d.afterBreak && prev.kind === 'paragraph' && d.kind === 'paragraph' && prev.safeHarbor === d.safeHarbor && !SENTENCE_END.test(plain(prev)) && startsLower(d.words[0]?.text ?? '')) {
      const [head, ...rest] = d.words;
      body[body.length - 1] = { ...prev, words: [...prev.words, { ...(head as SourceWord), afterLineBreak: true }, ...rest] };
      continue;
    }
    body.push(d);
  }

  const blocks = (pick: (d: Draft) => boolean): BodyBlock[] => body.filter(pick).map((d) => build(d.kind, d.words, known, d.marker));
  const [headline] = blocks((d) => d.kind === 'headline');
  return {
    headline: headline ?? null,
    subheadlines: blocks((d) => d.kind === 'subheadline'),
    dateline: state.dateline ? build('dateline', state.dateline, known) : null,
    paragraphs: blocks((d) => !d.safeHarbor && d.kind !== 'headline' && d.kind !== 'subheadline'),
    safeHarbor: blocks((d) => d.safeHarbor),
  };
}

/** The source offset of the character at `at` in a block's text (a joined space maps to the start of the word after it). */
export function sourceOffset(block: BodyBlock, at: number): number {
  for (const s of block.segments) if (at < s.at + s.length) return s.offset + Math.max(0, at - s.at);
  return block.end;
}
