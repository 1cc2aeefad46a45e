/**
 * EDGAR wraps each document of a filing in SGML: `<DOCUMENT>`, then one line each of
 * `<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>`, then `<TEXT>` before the document
 * itself. An HTML parser would take those tags for elements holding the whole page, so
 * the header lines are cut off before parsing (the closing `</TEXT>` and `</DOCUMENT>` are
 * unknown end tags, which HTML ignores).
 */

/** One header line of the wrapper, at the start of the text (leading layout allowed). */
const HEADER_LINE = /^[ \t\r\n\f\uFEFF]*<(document|type|sequence|filename|description|text)>[^\n<]*/i;

/** The text after an EDGAR document header, or the text itself when it has none. */
export function unwrapEdgar(text: string): string {
  let at = 0;
  let cut = 0;
  for (let n = 0; n < 8; n++) {
    const m = HEADER_LINE.exec(text.slice(at, at + 4096));
    if (!m) break;
    at += m[0].length;
    cut = at;
    if ((m[1] ?? '').toLowerCase() === 'text') break;
  }
  return cut === 0 ? text : text.slice(cut);
}
