/**
 * Inline `style` attributes: the few declarations that decide how an exhibit lays out
 * (display, visibility, text-align, margins and paddings, page breaks, white-space).
 * Stylesheets in `<style>` are not read: filing agents put layout inline.
 */

/** Declarations of one `style` attribute, property names lower-cased, values trimmed. */
export type Declarations = ReadonlyMap<string, string>;

const EMPTY: Declarations = new Map();

/** Parses `a: b; c: d` (no selectors, no nesting); unreadable parts are skipped. */
export function parseStyle(style: unknown): Declarations {
  if (typeof style !== 'string' || style.length === 0) return EMPTY;
  const out = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim()
      .toLowerCase();
    if (name && value) out.set(name, value);
  }
  return out;
}

/** Points per unit of the CSS lengths exhibits use (em taken at a 12pt font). */
const POINTS: Readonly<Record<string, number>> = { pt: 1, px: 0.75, in: 72, cm: 28.35, mm: 2.835, pc: 12, em: 12, rem: 12, ex: 6, ch: 6 };

/** A CSS length as written: a number and an optional unit. */
const LENGTH = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))([a-z%]*)$/;

/**
 * A length in points, or null when it is not a length (`auto`, `inherit`, percentages,
 * which depend on a containing block we do not have).
 */
export function points(value: string): number | null {
  const m = LENGTH.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  if (unit === '') return n === 0 ? 0 : n * 0.75;
  const per = POINTS[unit];
  return per === undefined ? null : n * per;
}

/** The four sides of a `margin` / `padding` shorthand: top, right, bottom, left. */
function sides(value: string): [string, string, string, string] | null {
  const parts = value.split(/\s+/).filter(Boolean);
  const [a, b = a, c = a, d = b] = parts;
  if (a === undefined || b === undefined || c === undefined || d === undefined || parts.length > 4) return null;
  return [a, b, c, d];
}

/** Where each side sits in a shorthand's four values. */
const SIDE_INDEX = { top: 0, right: 1, bottom: 2, left: 3 } as const;

/** The length of one side of a box property, longhand over shorthand; null when not set. */
export function side(style: Declarations, property: 'margin' | 'padding', which: keyof typeof SIDE_INDEX): number | null {
  const longhand = style.get(`${property}-${which}`);
  if (longhand !== undefined) return points(longhand);
  const shorthand = style.get(property);
  if (shorthand === undefined) return null;
  const all = sides(shorthand);
  if (!all) return null;
  return points(all[SIDE_INDEX[which]]);
}

/** Whether the declarations put a page break on one side of the box. */
export function breaksPage(style: Declarations, which: 'before' | 'after'): boolean {
  for (const name of [`page-break-${which}`, `break-${which}`]) {
    const value = style.get(name);
    if (value === 'always' || value === 'page' || value === 'left' || value === 'right') return true;
  }
  return false;
}

/** Whether the declarations hide the box and its text. */
export function hides(style: Declarations): boolean {
  const display = style.get('display');
  const visibility = style.get('visibility');
  return display === 'none' || visibility === 'hidden' || visibility === 'collapse';
}
