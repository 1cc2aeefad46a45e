/**
 * Blocks whose meaning is in their columns — contact blocks laid out side by side, tables
 * — keep their lines: only tabs are expanded and trailing spaces, page markers and
 * repeated blank lines dropped. Columns are counted as the parser counts them (see
 * columns.ts). Other blocks take their lines from here too, each line's indentation off.
 */
import { TAB_WIDTH } from '../parse/layout/geometry.js';
import { textWithoutPages, trimSpacesEnd, type PrintableNode } from './words.js';

/** Layout characters that take no room on the line. */
const ZERO_WIDTH = new Set(['\f', '\v', '\uFEFF']);

/** A line ending: CRLF, CR or LF. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Tabs to spaces (form feeds, vertical tabs and BOMs stay: they take no room), no-break
 * spaces to spaces (the parser reads both alike), trailing spaces off.
 */
function visualLine(line: string): string {
  let out = '';
  let col = 0;
  for (const ch of line) {
    if (ch === '\t') {
      const pad = TAB_WIDTH - (col % TAB_WIDTH);
      out += ' '.repeat(pad);
      col += pad;
    } else if (ch === '\u00A0') {
      out += ' ';
      col += 1;
    } else {
      out += ch;
      if (!ZERO_WIDTH.has(ch)) col += ch.length;
    }
  }
  // A line of nothing but layout is a blank line (a form feed on it would read as a page).
  return out.split('').every((c) => c === ' ' || ZERO_WIDTH.has(c)) ? '' : trimSpacesEnd(out);
}

function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

/** What happens to indentation: kept, or every line's own taken away (inner spacing stays either way). */
export type Indentation = 'keep' | 'each';

/**
 * The lines of a block that starts at `column`, blank-line runs cut to one. In a
 * double-spaced document (`doubleSpaced`, see isDoubleSpaced in src/parse/lex.ts) one
 * blank line is line spacing, so it goes — the block prints single-spaced, as the rest of
 * the canonical text does — and a wider run still parts what it parted.
 */
export function layoutLines(node: PrintableNode, column: number, indentation: Indentation, doubleSpaced = false): string[] {
  const raw = (' '.repeat(column) + textWithoutPages(node)).split(LINE_BREAK).map(visualLine);
  const spacing = doubleSpaced ? 1 : 0;
  const lines: string[] = [];
  let blanks = 0;
  for (const line of raw) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (lines.length > 0 && blanks > spacing) lines.push('');
    lines.push(line);
    blanks = 0;
  }
  return indentation === 'keep' ? lines : lines.map((l) => l.slice(indentOf(l)));
}
