/**
 * Evidence once: what each line could start, found one time by the line grammar and read by
 * every later stage (line kinds, column splits, builders) instead of matching again.
 */
import type { Line } from './lex.js';
import { lineCells, type LineCell } from './layout/cells.js';
import type { Match } from './match.js';
import { exhibitLabelMatch, isReleaseTitle, isRule, slugMatch } from './shapes.js';

export interface LineEvidence {
  /** The line's cells, split at column gutters. */
  readonly cells: readonly LineCell[];
  /** The cell holding an exhibit label ("Exhibit 99.1") and the label grammar's match of it. */
  readonly exhibitLabel: { readonly cell: number; readonly match: Match } | null;
  /** The index of the cell holding a release title ("PRESS RELEASE"), or -1. */
  readonly releaseTitle: number;
  /** The slug grammar's match of the line's opening codes ("(BW) (NY-ACME) …"). */
  readonly slug: Match | null;
  /** Whether the line is a rule ("-------", "=====") by the rule grammar. */
  readonly rule: boolean;
}

/** Most cells a line holding a label or a title has (the label, a logo, a date). */
const LABEL_LINE_CELLS = 3;

/** Gathers a line's evidence. */
export function gatherEvidence(line: Line, source: string): LineEvidence {
  const cells = lineCells(line);
  const few = cells.length <= LABEL_LINE_CELLS;
  let exhibitLabel: LineEvidence['exhibitLabel'] = null;
  let releaseTitle = -1;
  // Index loops: this runs on every line, and an entries() iterator allocates per step.
  if (few) {
    for (let cell = 0; cell < cells.length && exhibitLabel === null; cell++) {
      const match = exhibitLabelMatch(cells[cell] as LineCell);
      if (match) exhibitLabel = { cell, match };
    }
    for (let cell = 0; cell < cells.length && releaseTitle < 0; cell++) if (isReleaseTitle(cells[cell] as LineCell, source)) releaseTitle = cell;
  }
  return { cells, exhibitLabel, releaseTitle, slug: slugMatch(line.tokens), rule: isRule(line.tokens) };
}
