/** Layout characters collapsed by {@link collapse}: spaces, no-break spaces, tabs, line endings, form feeds. */
const LAYOUT_RUN = /[ \t\n\v\f\r\u00A0\uFEFF]+/g;

/** What `String.prototype.trim` removes. */
const EDGE_SPACE = /^\s$/;

/** Collapses runs of layout to one space and trims: how every semantic string is stored. */
export function collapse(text: string): string {
  return isCollapsed(text) ? text : text.replace(LAYOUT_RUN, ' ').trim();
}

/** Whether `text` is already collapsed: no layout but single spaces between visible characters (most strings are). */
function isCollapsed(text: string): boolean {
  const n = text.length;
  // trim() takes every Unicode space at the ends (no-break, ideographic …), not only layout.
  if (n > 0 && (EDGE_SPACE.test(text.charAt(0)) || EDGE_SPACE.test(text.charAt(n - 1)))) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 32) return false;
    } else if ((c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff) return false;
  }
  return true;
}
