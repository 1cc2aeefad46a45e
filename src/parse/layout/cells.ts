import type { IToken } from 'chevrotain';
import type { Line } from '../lex.js';
import { cells, GUTTER, type Cell } from './geometry.js';

/** Whether the line has a gap of `gutter` blank columns or more between two tokens. */
export function hasGutter(line: Line, gutter: number = GUTTER): boolean {
  const { tokens, columns } = line;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (prev && (columns[i] ?? 0) - ((columns[i - 1] ?? 0) + prev.image.length) >= gutter) return true;
  }
  return false;
}

/** A line's cells (token runs separated by gutters), with their tokens. */
export interface LineCell extends Cell {
  readonly tokens: readonly IToken[];
}

/**
 * Splits a line into cells at gutters of `gutter` blank columns or more. Several rules ask
 * about the same line, so the answer is kept on the line, per gutter (shared; do not mutate).
 */
export function lineCells(line: Line, gutter: number = GUTTER): readonly LineCell[] {
  const found = line.cellCache[gutter];
  if (found) return found;
  const computed = computeCells(line, gutter);
  line.cellCache[gutter] = computed;
  return computed;
}

function computeCells(line: Line, gutter: number): LineCell[] {
  // Most lines are running text with no gutter: one cell, no allocation beyond it.
  if (!hasGutter(line, gutter)) {
    const last = line.tokens[line.tokens.length - 1];
    const lastCol = line.columns[line.columns.length - 1] ?? 0;
    return [{ from: 0, to: line.tokens.length, left: line.indent, right: last ? lastCol + last.image.length : 0, tokens: line.tokens }];
  }
  return cells(line.columns, (i) => line.tokens[i]?.image.length ?? 0, gutter).map((c) => ({
    from: c.from,
    to: c.to,
    left: c.left,
    right: c.right,
    tokens: line.tokens.slice(c.from, c.to),
  }));
}
