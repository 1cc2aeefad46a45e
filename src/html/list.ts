/**
 * List markers: a bullet for unordered lists, the item's number (or letter, or roman
 * numeral) for ordered ones, as plain-text exhibits write them.
 */
import type { Element } from 'hast';
import type { Declarations } from './style.js';

export type MarkerStyle = 'bullet' | 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman' | 'none';

/** An open list: how its items are marked and the number of the next one. */
export interface ListState {
  readonly style: MarkerStyle;
  next: number;
}

/** The bullet plain-text exhibits use. */
export const BULLET = '\u2022';

/** The marker style a `list-style-type` value or `type` attribute names, or null. */
function styleNamed(value: string | undefined): MarkerStyle | null {
  if (value === undefined) return null;
  if (value === 'none') return 'none';
  if (value === '1' || value === 'decimal' || value === 'decimal-leading-zero') return 'decimal';
  if (value === 'a' || value === 'lower-alpha' || value === 'lower-latin') return 'lower-alpha';
  if (value === 'A' || value === 'upper-alpha' || value === 'upper-latin') return 'upper-alpha';
  if (value === 'i' || value === 'lower-roman') return 'lower-roman';
  if (value === 'I' || value === 'upper-roman') return 'upper-roman';
  if (value === 'disc' || value === 'circle' || value === 'square') return 'bullet';
  return null;
}

/** The `list-style-type` of a style (longhand or inside the `list-style` shorthand). */
function declaredStyle(style: Declarations): MarkerStyle | null {
  const longhand = styleNamed(style.get('list-style-type'));
  if (longhand) return longhand;
  const shorthand = style.get('list-style');
  if (shorthand === undefined) return null;
  for (const word of shorthand.split(/\s+/)) {
    const named = styleNamed(word);
    if (named) return named;
  }
  return null;
}

/** A whole number from an attribute, or null. */
function integer(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

/** The state of a list element that opens. */
export function openList(name: string, element: Element, style: Declarations): ListState {
  const ordered = name === 'ol';
  const type = element.properties.type;
  const byType = typeof type === 'string' ? styleNamed(type) : null;
  const marker = declaredStyle(style) ?? byType ?? (ordered ? 'decimal' : 'bullet');
  return { style: marker, next: (ordered ? integer(element.properties.start) : null) ?? 1 };
}

/** Roman numeral of `n` (1–3999; other numbers as digits). */
function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: ReadonlyArray<readonly [number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Letters of `n` in bijective base 26 (1 → a, 27 → aa). */
function alpha(n: number): string {
  if (n < 1) return String(n);
  let out = '';
  let rest = n;
  while (rest > 0 && out.length < 8) {
    rest--;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/**
 * The marker of the next item of `list` (a stray `<li>` gets a bullet) and advances the
 * count; `value` is the item's own `value` attribute. Null when items are unmarked.
 */
export function nextMarker(list: ListState | undefined, item: Element, style: Declarations): string | null {
  const own = declaredStyle(style);
  const kind = own ?? list?.style ?? 'bullet';
  const value = integer(item.properties.value);
  const n = value ?? list?.next ?? 1;
  if (list) list.next = n + 1;
  switch (kind) {
    case 'none':
      return null;
    case 'bullet':
      return BULLET;
    case 'decimal':
      return `${n}.`;
    case 'lower-alpha':
      return `${alpha(n)}.`;
    case 'upper-alpha':
      return `${alpha(n).toUpperCase()}.`;
    case 'lower-roman':
      return `${roman(n)}.`;
    case 'upper-roman':
      return `${roman(n).toUpperCase()}.`;
  }
}
