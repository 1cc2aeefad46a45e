/**
 * Figures as printed in financial tables: "$ (1,234)", "12.5%", "(0.07)", "—", "N/A".
 * Pure string functions shared by the text and HTML readers.
 */

/**
 * A signed figure: optional currency, optional sign or opening parenthesis, digits with grouping commas, optional decimals, closing parenthesis, percent.
 * Groups by number (named groups cost an object per match, and every cell of a table is matched).
 */
const FIGURE = /^(?:[$€£¥]\s*)?(\()?([-−–])?(?:[$€£¥]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(\))?(?:\s?%)?(\))?$/u;

/** The groups of {@link FIGURE}: "(", the minus sign, the digits, and ")" before or after a percent sign. */
const OPEN = 1;
const MINUS = 2;
const NUM = 3;
const CLOSE = 4;
const CLOSE_AFTER_PERCENT = 5;

/** Marks that stand for "no figure": dashes, N/A, NM, an asterisk. */
const NO_FIGURE = /^(?:[$€£¥]\s*)?(?:[-–—−_]{1,3}|n\/?a|nm|n\/m|\*)$/iu;

/** The signed number of a figure, null when the text is not one. */
export function figureValue(text: string): number | null {
  const m = FIGURE.exec(text.trim());
  if (!m) return null;
  const open = m[OPEN] !== undefined;
  const close = m[CLOSE] !== undefined || m[CLOSE_AFTER_PERCENT] !== undefined;
  // An unbalanced parenthesis is not a figure ("(1" alone, "1)" alone are layout of an HTML cell pair, joined before this).
  if (open !== close) return null;
  const num = m[NUM] ?? '';
  const n = Number(num.includes(',') ? num.replace(/,/g, '') : num);
  if (!Number.isFinite(n)) return null;
  const negative = (open && close) || m[MINUS] !== undefined;
  return negative ? (n === 0 ? 0 : -n) : n;
}

/** Whether the text is a figure or a "no figure" mark. */
export function isFigure(text: string): boolean {
  return figureValue(text) !== null || NO_FIGURE.test(text.trim());
}

/** Whether the text is a "no figure" mark (a dash, N/A …). */
export function isNoFigure(text: string): boolean {
  return NO_FIGURE.test(text.trim());
}

/** A lone currency sign, printed apart from its figure. */
export const isCurrency = (text: string): boolean => /^[$€£¥]$/u.test(text.trim());

/** A year as a column header prints it ("2004"), not a figure of the table. */
export const isYear = (text: string): boolean => /^(?:19|20)\d\d$/.test(text.trim());
