/** A table's caption lines read into its title, and the scale of each row. */
import { collapse } from '../normalize/text.js';
import { isPerShareLabel, isShareCountLabel, scaleOf, type Scale } from './scale.js';

/** Caption lines that are not the title: the scale, "(unaudited)", a page number, a date line. */
const NOT_TITLE = /^\(?\s*unaudited\s*\)?$|^page\s+\d+$|^\(?\s*(?:dollars|amounts)\b.*\)$|^[a-z]+\.?\s+\d{1,2},\s+\d{4}$/iu;
/** A company name line ("Pericom Semiconductor Corporation", "ASTA FUNDING, INC. AND SUBSIDIARIES"). */
const COMPANY = /\b(?:inc|corp|corporation|co|company|companies|ltd|llc|plc|n\.a|subsidiaries|bancorp|holdings)\.?,?(?:\s+and\s+subsidiaries)?$/iu;

/**
 * The title from caption lines (top to bottom, '' for a blank line): of the block of lines
 * nearest the table, those that are neither the scale, "(unaudited)" nor the company's name.
 */
export function titleOf(lines: readonly string[]): string {
  const blocks: string[][] = [[]];
  for (const raw of lines) {
    const text = collapse(raw);
    if (!text) {
      if ((blocks[blocks.length - 1] as string[]).length) blocks.push([]);
      continue;
    }
    if (scaleOf(text) || NOT_TITLE.test(text)) continue;
    (blocks[blocks.length - 1] as string[]).push(text);
  }
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b] as string[];
    const named = block.filter((t) => !(COMPANY.test(t) && block.length > 1));
    if (named.length) return named.join(' ');
  }
  return '';
}

/** A row's own scale when it differs from the table's: per-share rows, and share counts when the caption excepts them. */
export function rowScale(label: string, tableScale: number, scale: Scale | null): number | undefined {
  if (tableScale === 1) return undefined;
  if (isPerShareLabel(label)) return 1;
  if (scale?.exceptShares && isShareCountLabel(label)) return 1;
  return undefined;
}
