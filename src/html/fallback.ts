/**
 * The last resort, for input the HTML parser or the renderer cannot take (a tree nested too
 * deep for the call stack): tags are dropped, a few entities decoded, block-level tags end
 * lines. Linear, and it cannot throw.
 */
import { isCollapsible, isHardSpace, isInvisible } from './characters.js';

/** Tag names whose start or end tag ends a line. */
const BREAKING = /^\/?(?:p|div|br|tr|li|h[1-6]|table|center|blockquote|pre|hr|ul|ol|dd|dt)$/;

/** Named entities worth decoding; others are kept as written. */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '\u2013', mdash: '\u2014', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', bull: '\u2022', reg: '\u00ae', trade: '\u2122', copy: '\u00a9' };

/** An entity at the start of a string: `&name;`, `&#123;`, `&#x1F;`. */
const ENTITY = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/i;

/** Decodes one entity at `text[0]`: [characters, length], or null. */
function entity(text: string): [string, number] | null {
  const m = ENTITY.exec(text);
  if (!m) return null;
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? Number.parseInt(m[2], 16) : -1;
  if (code >= 0) return [code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD', m[0].length];
  const named = NAMED[(m[3] ?? '').toLowerCase()];
  return named === undefined ? null : [named, m[0].length];
}

/** Plain lines of `html` (not yet placed on a page). */
export function fallbackLines(html: string): string[] {
  const lines: string[] = [];
  let line = '';
  let space = false;
  const flush = (): void => {
    lines.push(line.trimEnd());
    line = '';
    space = false;
  };
  let i = 0;
  // Once no '>' is left, every later '<' is text (and we stop looking: no quadratic rescans).
  let closing = true;
  while (i < html.length) {
    const ch = html.charAt(i);
    const code = html.charCodeAt(i);
    const close = ch === '<' && closing ? html.indexOf('>', i + 1) : -1;
    if (ch === '<' && close < 0) closing = false;
    if (close >= 0) {
      const name = /^\/?[a-z][a-z0-9]*/i.exec(html.slice(i + 1, Math.min(close, i + 40)))?.[0].toLowerCase() ?? '';
      if (BREAKING.test(name)) flush();
      i = close + 1;
      continue;
    }
    if (ch === '&') {
      const decoded = entity(html.slice(i, i + 12));
      if (decoded) {
        const [value, length] = decoded;
        line += value === ' ' ? ' ' : (space && line !== '' ? ' ' : '') + value;
        space = false;
        i += length;
        continue;
      }
    }
    if (isCollapsible(code) || isHardSpace(code)) space = true;
    else if (!isInvisible(code)) {
      line += (space && line !== '' ? ' ' : '') + ch;
      space = false;
    }
    i++;
  }
  flush();
  return lines;
}
