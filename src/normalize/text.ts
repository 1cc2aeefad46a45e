/** Layout characters collapsed by {@link collapse}: spaces, tabs, line endings, form feeds. */
const LAYOUT_RUN = /[ \t\n\v\f\r\uFEFF]+/g;

/** Collapses runs of layout to one space and trims: how every semantic string is stored. */
export function collapse(text: string): string {
  return text.replace(LAYOUT_RUN, ' ').trim();
}
