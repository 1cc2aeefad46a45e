/**
 * Line hazards. The parser reads some shapes at the start of a line as structure — a
 * list marker ("1.", "(a)", "-", "U." of "U.S."), a wire-trailer line ("/CONTACT"), an
 * SGML tag, an end marker, a contact label ("Media:"), an exhibit label, a release
 * title, an editor line ("BUSINESS EDITORS") — and a trailing date line as a block of its
 * own. Re-flowed text must never put such a word at the start of a line it did not start
 * in the source, or the text would re-parse into other blocks. The checks are wider than
 * the parser's rules: a break moved one word earlier costs nothing.
 */

/** Characters that open a marker, rule, tag, trailer line or end marker: - * • · # = _ / < ( [ + */
const MARKER_CHAR = /^[-*•·#=_/<([+]/u;

/** A short word closed by "." or ")" — "1.", "a)", "iv.", "U.S.", "Inc.'s", "No." */
const CLOSED_SHORT_WORD = /^[\p{L}\p{N}]{1,5}[.)]/u;

/** Words that open a release title: "PRESS RELEASE", "NEWS", "IMMEDIATE RELEASE". */
const TITLE_WORD = /^(?:press|news|immediate)\b/i;

/** "FOR RELEASE", "MEDIA RELEASE", "EARNINGS RELEASE": a word the parser reads before "RELEASE". */
const RELEASE_KIND = /^(?:for|media|earnings|investor|corporate|financial)$/i;
const RELEASE_WORD = /^releases?\b/i;

/** "FOR IMMEDIATE RELEASE". */
const FOR = /^for$/i;
const IMMEDIATE = /^immediate\b/i;

/** "Exhibit 99.1", "EX-99", "Ex. 99". */
const EXHIBIT_WORD = /^ex(?:hibit|[.-]|$)/i;

/** Words a contact label is made of, before its colon ("Media Contact:", "Investors:"). */
const CONTACT_WORD = /^(?:contacts?|media|investors?|press|analysts?|inquiries|enquiries|information|relations)\b/i;

/** The opening of a date line: a month or weekday name, or a number ("7 March", "10/26/2006"). */
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d)/i;

/** A desk in an editor line ("BUSINESS EDITORS", "HIGH-TECH WRITERS"). */
const DESK_WORD = /EDITOR|WRITER/;

/** A word without lower-case letters. */
const NO_LOWER_CASE = /^\P{Ll}+$/u;

/** A date line is short: "Monday March 7, 8:31 am ET" has nine tokens or fewer. */
const MAX_DATE_LINE_WORDS = 9;

/** How far a contact label's colon may come. */
const MAX_LABEL_WORDS = 6;

function opensContactLabel(words: readonly string[], at: number): boolean {
  for (let i = at; i < Math.min(words.length, at + MAX_LABEL_WORDS); i++) {
    const w = words[i] ?? '';
    if (CONTACT_WORD.test(w)) return true;
    if (w.endsWith(':')) return false;
  }
  return false;
}

/** An editor line is upper case through and names a desk. */
function opensEditorLine(words: readonly string[], at: number): boolean {
  for (let i = at; i < words.length && NO_LOWER_CASE.test(words[i] ?? ''); i++) if (DESK_WORD.test(words[i] ?? '')) return true;
  return false;
}

/**
 * A word that opens a list item as the parser reads one: a bullet ("-", "*", "•", "o"), a
 * number up to 50 or a letter or roman numeral closed by "." or ")", or one of those in
 * parentheses ("(1)", "(iv)").
 */
const LIST_OPENER = /^(?:[-•]|\*(?!\*)|o$|(?:[1-4]?\d|50)[.)]|\((?:[1-4]?\d|50|[a-z]|[ivx]{2,})\)|(?:[a-z]|[ivx]{2,})[.)])/i;

/**
 * Whether a block that starts with these words is what it is by the shape of its first
 * line — it opens like a list item, a rule, a tag, a label or a title — so re-flowing,
 * which changes where that line ends, could make it something else.
 */
export function opensWithStructure(words: readonly string[]): boolean {
  const w = words[0] ?? '';
  return LIST_OPENER.test(w) || MARKER_CHAR.test(w) || TITLE_WORD.test(w) || EXHIBIT_WORD.test(w);
}

/** Whether a line must not start at `words[at]` (a line that starts later in the block). */
export function isLineStartHazard(words: readonly string[], at: number): boolean {
  const w = words[at];
  if (w === undefined) return false;
  if (MARKER_CHAR.test(w) || CLOSED_SHORT_WORD.test(w) || w === 'o') return true;
  if (TITLE_WORD.test(w) || EXHIBIT_WORD.test(w)) return true;
  const next = words[at + 1] ?? '';
  if (RELEASE_KIND.test(w) && RELEASE_WORD.test(next)) return true;
  if (FOR.test(w) && IMMEDIATE.test(next)) return true;
  if (opensContactLabel(words, at) || opensEditorLine(words, at)) return true;
  // A date as the last line of a block would be split off as a date line.
  return DATE_WORD.test(w) && words.length - at <= MAX_DATE_LINE_WORDS;
}

/** Opening and closing characters of a jump line ("- More -", "(continued)", "[more]"). */
const OPENS_JUMP = /^[-([]/;
const CLOSES_JUMP = /[-)\]]$/;

/** The words that make a jump line. */
const JUMP_WORD = /\b(?:more|continued|follows?)\b/i;

/** Jump lines are short. */
const MAX_JUMP_WORDS = 10;

/** An end marker: "###", "# # #", "-30-", "-0-", "- END -" (a date may follow PR Newswire's). */
const END_MARKER = /^(?:#+(?: #+)*|-+ ?(?:0|30|end) ?-+(?: \S+)?)$/i;

/**
 * Whether a whole line reads as a line of its own kind: a jump line ("- More -risks and
 * uncertainties-" would), an end marker, or a dash-framed subhead rather than a bullet.
 * Wrapping must not end a line where it makes that shape.
 */
export function isLineShapeHazard(line: readonly string[]): boolean {
  const first = line[0] ?? '';
  const last = line[line.length - 1] ?? '';
  // "- SUBHEAD -": a line between dashes is no bullet, however long.
  if (first.startsWith('-') && last.endsWith('-')) return true;
  const text = line.join(' ');
  if (END_MARKER.test(text)) return true;
  return line.length <= MAX_JUMP_WORDS && OPENS_JUMP.test(first) && CLOSES_JUMP.test(last) && JUMP_WORD.test(text);
}
