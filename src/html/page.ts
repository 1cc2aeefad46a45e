/**
 * The page: lines placed on a page `width` columns wide, as a plain-text exhibit sets them.
 * Centred lines are indented to the middle, right-aligned ones pushed to the right margin
 * (when they fit), running text is wrapped at the width when asked, table rows and
 * preformatted lines are left as they are. Blank lines never come two in a row, no line ends
 * in a space, a page break is a form feed alone on its line, and the text ends with a line feed.
 */
import { columns, wellFormed } from './characters.js';
import { wrapText } from './wrap.js';
import { isBlank, type Line } from './line.js';

export interface PageOptions {
  readonly width: number;
  /** Wrap running text longer than the width at spaces. */
  readonly wrap: boolean;
}

/**
 * A line that starts with a list marker ("• ", "● ", "1. ", "(a) ") typed as text — lists
 * drawn with a bullet character and an indent rather than `<li>` — hangs its continuation
 * lines under its text, as a list item does.
 */
const TYPED_MARKER = /^[ \u00A0]*(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u27a2\u2756\u2713\u00b7*-]|\d{1,2}[.)]|\([a-z\d]{1,3}\))[ \u00A0]+/i;

/** The hanging indent of a line: its own, or that of a typed list marker. */
function hangOf(line: Line): number {
  if (line.hang !== undefined) return line.hang;
  return TYPED_MARKER.exec(line.text)?.[0].length ?? 0;
}

/** One line placed on the page. */
function place(text: string, line: Line, width: number): string {
  if (line.kind === 'fixed' || line.align === 'left') return text;
  const body = text.trim();
  const room = width - columns(body);
  if (room <= 0) return body;
  return ' '.repeat(line.align === 'center' ? Math.floor(room / 2) : room) + body;
}

/** The text of the page. */
export function printPage(lines: readonly Line[], options: PageOptions): string {
  const out: string[] = [];
  let blank = true;
  for (const line of lines) {
    if (isBlank(line)) {
      if (!blank) out.push('');
      blank = true;
      continue;
    }
    const pieces = line.kind === 'flow' && options.wrap ? wrapText(line.text, options.width, hangOf(line)) : [line.text];
    for (const piece of pieces) {
      // A form feed (a page break) is layout trimEnd would take: it stays, alone on its line.
      const text = piece === '\f' ? piece : place(piece, line, options.width).replaceAll('\u00A0', ' ').trimEnd();
      if (text === '') {
        if (!blank) out.push('');
        blank = true;
      } else {
        out.push(text);
        blank = false;
      }
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length === 0 ? '' : wellFormed(`${out.join('\n')}\n`);
}
