/**
 * Letterhead: a logo placeholder, a postal address (a ZIP code), or a company's name alone
 * on its line. None of it is a headline or the start of the body.
 *
 * > | [LOGO]
 * > | ACME WIDGETS, INC.
 * > | 100 Main Street, Springfield, IL 62701
 */
import * as T from '../../../../grammars/tokens/text.js';
import { blockTokens, contentLines, type DocView, type Planned } from '../../decide/plan.js';
import { lineCells } from '../../layout/cells.js';
import { isAddressLine } from '../contact/reader/segments.js';
import { words } from '../../text/signals.js';
import { FIRM_ENDINGS } from '../../lexicon/index.js';

/** Most lines a letterhead block spans (logo, name, two address lines, phone, fax, web). */
const LETTERHEAD_LINES = 8;

export function isLetterhead(view: DocView, b: Planned): boolean {
  // A letterhead is a few short lines; a long block is something else.
  if (b.last - b.first >= LETTERHEAD_LINES) return false;
  const toks = blockTokens(view, b);
  if (toks[0]?.tokenType === T.LBracket && toks.some((t) => t.tokenType === T.RBracket)) return true;
  const lines = contentLines(view, b);
  if (lines.some((l) => isAddressLine(l.tokens))) return true;
  if (lines.length !== 1) return false;
  // "ACME WIDGETS, INC." alone, or in the first column ("HOLLOWAY BRANDS, INC.   NYSE: HBR").
  const first = lines[0] ? lineCells(lines[0], 3)[0] : undefined;
  return [toks, first?.tokens ?? []].some((cell) => {
    const ws = words(cell);
    const last = ws[ws.length - 1];
    return ws.length <= 6 && last !== undefined && FIRM_ENDINGS.has(last.image.toLowerCase());
  });
}
