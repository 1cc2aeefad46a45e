/**
 * The table model: a financial table as data. Text exhibits read it from the laid-out lines
 * (every cell's `text` is a slice of the source, at `start`..`end`); HTML exhibits from the
 * HTML's own cells.
 */
import { z } from 'zod';

/** One figure: its text as printed and its signed number (null for blank, dash, N/A). */
export const TableCellSchema = z.object({
  /** The printed text, "$" and "%" with their figure ("$ (1,234)", "12%"); '' for an empty cell. */
  text: z.string(),
  /** The signed number as printed, before any scale: "(1,234)" → -1234; null when none. */
  value: z.number().nullable(),
  /** Source offsets of `text` (text exhibits only; absent for empty and HTML cells). */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
export type TableCell = z.infer<typeof TableCellSchema>;

export const TableRowSchema = z.object({
  /** The line item: wrapped parts joined, leader dots, colons and footnote marks off ('' for an unlabelled total). */
  label: z.string(),
  /** Nesting level from indentation (0 outermost). */
  depth: z.number().int().min(0),
  /** One cell per column (a row with no figures is a section label: every cell empty). */
  cells: z.array(TableCellSchema),
  /** Set when this row is not in the table's scale, e.g. per-share rows of "(in thousands, except per share data)": 1. */
  scale: z.number().positive().optional(),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableColumnSchema = z.object({
  /** The full header, spanning headers joined onto each column below them ("Three Months Ended Dec 31, 2004"). */
  header: z.string(),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

export const TableModelSchema = z.object({
  /** The caption or heading above the table, '' when none was found. */
  title: z.string(),
  /** What the figures are multiplied by: 1, 1000, 1000000 or 1000000000. */
  scale: z.number().positive(),
  /** The scale phrase as printed ("(In thousands, except per share data)"), '' when none. */
  scaleText: z.string(),
  columns: z.array(TableColumnSchema),
  rows: z.array(TableRowSchema),
  /** Source offsets of the table's first and last line (text exhibits), or of the `<table>` element (HTML). */
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable(),
});
export type TableModel = z.infer<typeof TableModelSchema>;
