/**
 * Re-flowing: words filled into lines no wider than the page, greedily, as a typewriter
 * would — except that no line may start with a word the parser would read as structure
 * (see hazards.ts): the break moves one word earlier, or, when the line has no earlier
 * place to break, later. A word longer than the line stands alone on its line.
 */
import { editorLineStarts, isLineShapeHazard, isLineStartHazard } from './hazards.js';
import { trimSpacesEnd } from './words.js';

/** How to indent the lines of a wrapped block. */
export interface WrapIndent {
  /** Text in front of the first line (a list marker, or blocks sharing the line). */
  readonly first: string;
  /** Text in front of every other line (spaces as wide as a list marker). */
  readonly rest: string;
  /** Words the first line holds at least: a list marker never ends a line on its own. */
  readonly keep?: number;
}

const NO_INDENT: WrapIndent = { first: '', rest: '' };

/**
 * Fills `text` (words separated by single spaces) into lines of at most `width`
 * characters; null when the last line cannot help a shape of its own (the caller keeps
 * the source lines then).
 */
export function wrap(text: string, width: number, indent: WrapIndent = NO_INDENT): string[] | null {
  const words = text.split(' ').filter((w) => w !== '');
  if (words.length === 0) {
    const lead = trimSpacesEnd(indent.first);
    return lead ? [lead] : [];
  }
  const lines: string[] = [];
  const editorLines = editorLineStarts(words);
  let start = 0;
  while (start < words.length) {
    const prefix = lines.length === 0 ? indent.first : indent.rest;
    let end = start + 1;
    let length = prefix.length + (words[start]?.length ?? 0);
    while (end < words.length && length + 1 + (words[end]?.length ?? 0) <= width) {
      length += 1 + (words[end]?.length ?? 0);
      end++;
    }
    const least = start + (lines.length === 0 ? Math.max(1, indent.keep ?? 1) : 1);
    if (end < words.length) end = safeBreak(words, editorLines, start, least, Math.max(end, least));
    // The last line: it must not take a shape of its own either.
    if (end >= words.length && isLineShapeHazard(words, start)) {
      const split = splitBreak(words, editorLines, start, least);
      if (split === undefined) return null;
      end = split;
    }
    lines.push(prefix + words.slice(start, end).join(' '));
    start = end;
  }
  return lines;
}

/** A break that splits the last line (which has a shape of its own) in two safe lines, if any. */
function splitBreak(words: readonly string[], editorLines: readonly boolean[], start: number, least: number): number | undefined {
  for (let b = words.length - 1; b >= least; b--) {
    if (!isLineStartHazard(words, b, editorLines) && !isLineShapeHazard(words, start, b)) return b;
  }
  return undefined;
}

/**
 * Where the line that starts at `start` ends: the break nearest before `end`, not before
 * `least`, that neither starts the next line with a hazard nor gives this line a shape of
 * its own; else the first such break after `end`.
 */
function safeBreak(words: readonly string[], editorLines: readonly boolean[], start: number, least: number, end: number): number {
  const safe = (b: number): boolean => !isLineStartHazard(words, b, editorLines) && !isLineShapeHazard(words, start, b);
  for (let b = end; b >= least; b--) if (safe(b)) return b;
  let b = end + 1;
  while (b < words.length && !safe(b)) b++;
  return b;
}
