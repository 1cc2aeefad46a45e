/**
 * The line writer: turns the renderer's stream of text, line breaks and block boundaries
 * into lines, the way a browser fills line boxes.
 *
 * - Text collapses as in HTML: runs of collapsible white space are one space, and none is
 *   kept at the start or end of a line. Hard spaces (`&nbsp;`) are kept, one column each.
 * - `<br>` ends the current line; on an empty line it makes an empty line box (a blank line).
 * - A block boundary ends the current line and asks for a new line (1) or a blank line (2)
 *   before the next line; requests collapse to the largest, like adjoining margins.
 * - A line box that holds only hard spaces prints as a blank line (`<p>&nbsp;</p>`).
 *
 * Who owns blank lines: the writer alone. Nothing else inserts '' lines into its output
 * except through {@link LineWriter.blank} or {@link LineWriter.push}.
 */
import type { Align, Space } from './box.js';
import { isCollapsible, isHardSpace, isInvisible, mapGlyphs } from './characters.js';
import { BLANK, isBlank, type Line, type LineKind } from './line.js';

/** The line a page break prints as: a form feed alone. */
const PAGE_TURN: Line = { text: '\f', kind: 'fixed', align: 'left' };

/** The no-break space, as lines hold hard spaces until the page prints them. */
export const NBSP = '\u00A0';

/** The tab stops of preformatted text. */
const TAB = 8;

export class LineWriter {
  private readonly lines: Line[] = [];
  /** Characters of the current line (hard spaces as no-break spaces). */
  private parts: string[] = [];
  /** Columns used on the current line. */
  private width = 0;
  /** A line box has started (content, hard space, or an explicit empty line). */
  private open = false;
  /** A collapsible space waits for the next visible character. */
  private space = false;
  /** Break asked for before the next line: 0 none yet, 1 new line, 2 blank line, 3 page turn. */
  private pending: 0 | Space = 0;
  /** Hanging indent of the current line (the width of its list marker). */
  private lineHang = 0;
  /** Alignment of the current line, fixed when it opens. */
  private lineAlign: Align = 'left';
  private readonly aligns: Align[] = [];
  /** Space asked for before the first line and after the last (for tables of blocks). */
  leading: 0 | 1 | 2 = 0;
  private preDepth = 0;
  /** A list marker waiting for the next line to open. */
  private marker: string | null = null;

  constructor(align: Align = 'left') {
    this.aligns.push(align);
  }

  /** The alignment in force. */
  get align(): Align {
    return this.aligns[this.aligns.length - 1] ?? 'left';
  }

  /** The kind of line being written: preformatted lines are fixed. */
  private get kind(): LineKind {
    return this.preDepth > 0 ? 'fixed' : 'flow';
  }

  /** Enters a block with its own alignment (or the inherited one). */
  enter(align: Align | null, pre: boolean): void {
    this.aligns.push(align ?? this.align);
    if (pre) this.preDepth++;
  }

  /** Leaves the block entered last. */
  leave(pre: boolean): void {
    if (this.aligns.length > 1) this.aligns.pop();
    if (pre && this.preDepth > 0) this.preDepth--;
  }

  /**
   * Adds text as HTML lays it out: collapsed, or kept as is inside preformatted blocks.
   * A carriage return can only be in the tree as `&#13;` (the HTML parser turns raw ones
   * into line feeds): converters write it to keep a source line break, so it ends the line.
   */
  text(raw: string): void {
    const value = mapGlyphs(raw);
    if (this.preDepth > 0) {
      this.preformatted(value);
      return;
    }
    let from = -1;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (isCollapsible(code) || isHardSpace(code) || isInvisible(code)) {
        if (from >= 0) this.word(value.slice(from, i));
        from = -1;
        if (code === 0x0d) this.br();
        else if (isCollapsible(code)) this.space = this.open;
        else if (isHardSpace(code)) this.hard();
      } else if (from < 0) from = i;
    }
    if (from >= 0) this.word(value.slice(from));
  }

  /** A run of visible characters. */
  private word(word: string): void {
    this.start();
    if (this.space) {
      this.parts.push(' ');
      this.width++;
    }
    this.space = false;
    this.parts.push(word);
    this.width += word.length;
  }

  /** One hard space: kept, even at the start of a line. */
  private hard(): void {
    this.start();
    if (this.space) {
      this.parts.push(' ');
      this.width++;
    }
    this.space = false;
    // Kept as a no-break space until the page is printed, so wrapping never breaks there.
    this.parts.push(NBSP);
    this.width++;
  }

  /** Text of a preformatted block: its line feeds end lines, its tabs go to the next stop. */
  private preformatted(value: string): void {
    let from = 0;
    for (let i = 0; i <= value.length; i++) {
      const code = i < value.length ? value.charCodeAt(i) : -1;
      const plain = code >= 0x20 && !isInvisible(code) && !isHardSpace(code);
      if (plain) continue;
      if (i > from) this.run(value.slice(from, i));
      from = i + 1;
      if (code === 0x0a) this.br();
      else if (code === 0x09) this.run(' '.repeat((Math.floor(this.width / TAB) + 1) * TAB - this.width));
      else if (isHardSpace(code)) this.run(' ');
      // Other controls (CR, form feed, NUL) and invisible characters print nothing.
    }
  }

  /** Characters of a preformatted line, as they are. */
  private run(text: string): void {
    this.start();
    this.parts.push(text);
    this.width += text.length;
  }

  /** Opens a line box if none is open. */
  private start(): void {
    if (this.open) return;
    this.open = true;
    this.lineAlign = this.align;
    this.lineHang = 0;
    if (this.marker !== null) {
      this.lineHang = this.marker.length;
      this.parts.push(this.marker);
      this.width += this.marker.length;
      this.marker = null;
    }
  }

  /** A list item's marker ("• ", "2. "): it starts the item's first line. */
  mark(marker: string): void {
    this.end(this.kind);
    this.marker = marker;
  }

  /** Drops a marker no line took (an empty list item), so it cannot mark what follows. */
  unmark(): void {
    this.marker = null;
  }

  /** `<br>`: ends the line; an empty line box becomes a blank line. */
  br(): void {
    if (!this.open) this.start();
    this.end(this.kind);
  }

  /** A block boundary: ends the line and asks for a new line or a blank line. */
  block(space: Space): void {
    this.end(this.kind);
    if (space > this.pending) this.pending = space;
  }

  /** A blank line (an empty line box), as `<br>` on an empty line makes. */
  blank(): void {
    this.block(1);
    this.push(BLANK);
  }

  /** Puts finished lines (a table row, a cell's lines) on the page as they are. */
  push(line: Line): void {
    this.end(this.kind);
    if (this.lines.length === 0 && isBlank(line)) {
      // Nothing above: a blank line here is space before the first line.
      this.leading = 2;
      this.pending = 0;
      return;
    }
    if (this.lines.length === 0) {
      // A page turn before anything printed is space before the first line.
      if (Math.min(this.pending, 2) > this.leading) this.leading = Math.min(this.pending, 2) as 1 | 2;
    } else if (this.pending === 3 && !isBlank(line)) {
      // A page break: the form feed a typed exhibit turns its pages with, on a line of its own.
      if (!isBlank(this.lines[this.lines.length - 1] ?? BLANK)) this.lines.push(BLANK);
      this.lines.push(PAGE_TURN, BLANK);
    } else if (this.pending === 2 && !isBlank(line) && !isBlank(this.lines[this.lines.length - 1] ?? BLANK)) {
      this.lines.push(BLANK);
    }
    this.pending = 0;
    if (isBlank(line) && isBlank(this.lines[this.lines.length - 1] ?? line)) return;
    this.lines.push(line);
  }

  /** Ends the current line box, if one is open. */
  private end(kind: LineKind): void {
    if (!this.open) return;
    const text = this.parts.join('').trimEnd();
    const line: Line = text === '' ? BLANK : kind === 'fixed' ? { text, kind, align: 'left' } : { text, kind, align: this.lineAlign, ...(this.lineHang > 0 ? { hang: this.lineHang } : {}) };
    this.parts = [];
    this.width = 0;
    this.open = false;
    this.space = false;
    this.push(line);
  }

  /** The lines written, without blank lines at either end; `trailing` is the space asked for after them. */
  finish(): { lines: Line[]; leading: 0 | 1 | 2; trailing: 0 | 1 | 2 } {
    this.end(this.kind);
    // A page break at the end of a table cell has no page to turn inside the cell.
    let trailing: 0 | 1 | 2 = this.pending === 3 ? 2 : this.pending;
    while (this.lines.length > 0 && isBlank(this.lines[this.lines.length - 1] ?? BLANK)) {
      this.lines.pop();
      trailing = 2;
    }
    return { lines: this.lines, leading: this.leading, trailing };
  }
}
