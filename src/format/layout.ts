/**
 * Blocks whose meaning is in their columns — contact blocks laid out side by side, tables
 * — keep their lines: only tabs are expanded and trailing spaces, page markers and
 * repeated blank lines dropped. Columns are counted as the parser counts them (see
 * columns.ts). Other blocks take their lines from here too, each line's indentation off.
 */
import { TAB_WIDTH } from '../parse/layout/geometry.js';
import { trimSpacesEnd, type PrintableNode } from './words.js';

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

/**
 * How far in a printed line's text stands: the spaces before its first visible character.
 * Layout that takes no room (a vertical tab, a form feed, a BOM) may stand among them
 * ("\v        A" stands 8 columns in, as the parser measures it).
 */
export function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n++;
    else if (!ZERO_WIDTH.has(ch)) break;
  }
  return n;
}

/**
 * `line` with `n` of its indentation's spaces taken off (all of them by default): the layout
 * that takes no room stays where it stood (a form feed opening a line reads as a page turn),
 * and the text moves left as far as the spaces went.
 */
export function outdent(line: string, n = Infinity): string {
  let out = '';
  let cut = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === ' ' && cut < n) cut++;
    else if (ch === ' ' || ZERO_WIDTH.has(ch)) out += ch;
    else break;
  }
  return out + line.slice(i);
}

/** What happens to indentation: kept, or every line's own taken away (inner spacing stays either way). */
export type Indentation = 'keep' | 'each';

/** A source line of a block, and whether a page turn stood on it (the marker's line, see sourceLines). */
interface SourceLine {
  readonly text: string;
  readonly page: boolean;
}

/**
 * The lines of a block as the source broke them, page markers left out: a page break stands
 * as a line break (as textWithoutPages has it), and the lines it touches are marked.
 */
function sourceLines(node: PrintableNode, column: number): SourceLine[] {
  const out: Array<{ text: string; page: boolean }> = [{ text: ' '.repeat(column), page: false }];
  const visit = (n: PrintableNode): void => {
    const last = out[out.length - 1] as { text: string; page: boolean };
    if (n.type === 'pageBreak') {
      last.page = true;
      out.push({ text: '', page: true });
      return;
    }
    if (n.children) {
      for (const c of n.children) visit(c);
      return;
    }
    if (typeof n.value !== 'string') return;
    const [head = '', ...rest] = n.value.split(LINE_BREAK);
    last.text += head;
    for (const text of rest) out.push({ text, page: false });
  };
  visit(node);
  return out;
}

/** How a run of blank lines inside a block prints: as one blank line, or not at all where a page turn stood in it. */
export type Blanks = 'blank' | 'pageless';

/**
 * The lines of a block that starts at `column`, blank-line runs cut to one. In a
 * double-spaced document (`doubleSpaced`, see isDoubleSpaced in src/parse/lex.ts) one
 * blank line is line spacing, so it goes — the block prints single-spaced, as the rest of
 * the canonical text does — and a wider run still parts what it parted. With `pageless`
 * blanks, a run a page turn stood in prints no blank line: the parser read the block on
 * across the page, as if the page were not there.
 */
export function layoutLines(node: PrintableNode, column: number, indentation: Indentation, doubleSpaced = false, blanks: Blanks = 'blank'): string[] {
  const spacing = doubleSpaced ? 1 : 0;
  const lines: string[] = [];
  let run = 0;
  let page = false;
  for (const raw of sourceLines(node, column)) {
    const line = visualLine(raw.text);
    if (line === '') {
      run++;
      page ||= raw.page;
      continue;
    }
    if (lines.length > 0 && run > spacing && !(page && blanks === 'pageless')) lines.push('');
    lines.push(line);
    run = 0;
    page = false;
  }
  return indentation === 'keep' ? lines : lines.map((l) => outdent(l));
}
