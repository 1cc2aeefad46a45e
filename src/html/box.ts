/**
 * The box an element makes: hidden or shown, block or inline, its alignment, and whether a
 * blank line goes before and after it. Only inline attributes and styles are read.
 */
import type { Element } from 'hast';
import { BLOCKS, PREFORMATTED, SKIPPED, SPACED, nameOf } from './elements.js';
import { breaksPage, hides, parseStyle, side, type Declarations } from './style.js';

export type Align = 'left' | 'center' | 'right';

/** Space between blocks: 1 a new line, 2 a blank line, 3 a page turn (a form feed between blank lines). */
export type Space = 1 | 2 | 3;

export type Transform = 'uppercase' | 'lowercase' | 'capitalize' | 'none';

/** A `text-transform` value, or null when not set or not one of the four. */
function transformOf(value: string | undefined): Transform | null {
  return value === 'uppercase' || value === 'lowercase' || value === 'capitalize' || value === 'none' ? value : null;
}

/** How an element lays out. */
export interface Box {
  readonly name: string;
  readonly style: Declarations;
  /** Starts and ends a line. */
  readonly block: boolean;
  /** What goes before it: 1 a new line only, 2 a blank line, 3 a page turn. */
  readonly before: Space;
  /** What goes after it. */
  readonly after: Space;
  /** Its own text alignment, or null to inherit. */
  readonly align: Align | null;
  /** Keeps white space and line breaks. */
  readonly pre: boolean;
  /** Its `text-transform` (uppercase, lowercase, capitalize, none), or null to inherit. */
  readonly transform: Transform | null;
  /** An inline box with visible horizontal space before or after its text. */
  readonly spaceLeft: boolean;
  readonly spaceRight: boolean;
}

/**
 * Vertical space (points) from which a margin or padding shows as a blank line: a quarter
 * of a 12pt line. Word's `margin-bottom:.0001pt` and 1–2px cell paddings are below it.
 */
export const VISIBLE_SPACE = 2.5;

/** Whether an element and everything in it stays off the page. */
export function isHidden(element: Element, style: Declarations): boolean {
  if (SKIPPED.has(nameOf(element.tagName))) return true;
  const props = element.properties;
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true;
  return hides(style);
}

/** The declared alignment of an element (`align` attribute, `text-align`, `<center>`). */
export function alignOf(name: string, element: Element, style: Declarations): Align | null {
  if (name === 'center') return 'center';
  const declared = style.get('text-align') ?? (typeof element.properties.align === 'string' ? element.properties.align.toLowerCase() : undefined);
  switch (declared?.trim()) {
    case 'center':
    case 'middle':
    case '-webkit-center':
    case '-moz-center':
      return 'center';
    case 'right':
    case 'end':
    case '-webkit-right':
      return 'right';
    case 'left':
    case 'start':
    case 'justify':
    case '-webkit-left':
      return 'left';
    default:
      return null;
  }
}

/** Whether one side of the box has visible vertical space (margin or padding). */
function spaced(name: string, style: Declarations, which: 'top' | 'bottom', table: boolean): boolean {
  const margin = side(style, 'margin', which);
  // Cell paddings are inside the table's grid: they never separate blocks.
  const padding = table ? 0 : side(style, 'padding', which);
  const byMargin = margin === null ? SPACED.has(name) : margin >= VISIBLE_SPACE;
  return byMargin || (padding !== null && padding >= VISIBLE_SPACE);
}

/** Whether one side of an inline box has visible horizontal space (margin or padding). */
function gap(style: Declarations, which: 'left' | 'right'): boolean {
  const margin = side(style, 'margin', which) ?? 0;
  const padding = side(style, 'padding', which) ?? 0;
  return Math.max(margin, padding) >= VISIBLE_SPACE;
}

/** Table parts lay out in the grid, not as blocks of running text. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'col', 'colgroup']);

/** The box of an element that is not hidden. */
export function boxOf(element: Element): Box {
  const name = nameOf(element.tagName);
  const style = parseStyle(element.properties.style);
  const display = style.get('display');
  const block = display === undefined ? BLOCKS.has(name) : !display.startsWith('inline') && display !== 'contents';
  const table = TABLE_PARTS.has(name);
  const pageBefore = breaksPage(style, 'before');
  const pageAfter = breaksPage(style, 'after');
  const whiteSpace = style.get('white-space');
  return {
    name,
    style,
    block: block || pageBefore || pageAfter,
    before: pageBefore ? 3 : block && spaced(name, style, 'top', table) ? 2 : 1,
    after: pageAfter ? 3 : block && spaced(name, style, 'bottom', table) ? 2 : 1,
    align: alignOf(name, element, style),
    pre: whiteSpace === undefined ? PREFORMATTED.has(name) : whiteSpace.startsWith('pre'),
    transform: transformOf(style.get('text-transform')),
    spaceLeft: !block && gap(style, 'left'),
    spaceRight: !block && gap(style, 'right'),
  };
}

