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

/**
 * Where an editor line could open: from each word, a run of words without lower-case
 * letters that names a desk. One pass from the end, so a block of capitals costs no more
 * than its length however many breaks are weighed in it.
 */
export function editorLineStarts(words: readonly string[]): boolean[] {
  const starts = new Array<boolean>(words.length).fill(false);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    starts[i] = NO_LOWER_CASE.test(w) && (DESK_WORD.test(w) || (starts[i + 1] ?? false));
  }
  return starts;
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

/**
 * Whether a line must not start at `words[at]` (a line that starts later in the block).
 * `editorLines` is {@link editorLineStarts} of `words`, computed once by a caller that asks
 * about many breaks.
 */
export function isLineStartHazard(words: readonly string[], at: number, editorLines: readonly boolean[] = editorLineStarts(words)): boolean {
  const w = words[at];
  if (w === undefined) return false;
  if (MARKER_CHAR.test(w) || CLOSED_SHORT_WORD.test(w) || w === 'o') return true;
  if (TITLE_WORD.test(w) || EXHIBIT_WORD.test(w)) return true;
  const next = words[at + 1] ?? '';
  if (RELEASE_KIND.test(w) && RELEASE_WORD.test(next)) return true;
  if (FOR.test(w) && IMMEDIATE.test(next)) return true;
  if (opensContactLabel(words, at) || editorLines[at] === true) return true;
  // A date as the last line of a block would be split off as a date line.
  return DATE_WORD.test(w) && words.length - at <= MAX_DATE_LINE_WORDS;
}

/** Opening and closing characters of a jump line ("- More -", "(continued)", "[more]"). */
const OPENS_JUMP = /^[-([]/;
const CLOSES_JUMP = /[-)\]]$/;

/** The words that make a jump line. */
const JUMP_WORD = /\b(?:more|continued|follows?)\b/i;

/** A word of "#" only, as end markers are made of. */
const HASHES = /^#+$/;

/** Jump lines are short (and so are end markers other than "# # #": "- END -", "-0- 10/26/2006"). */
const MAX_JUMP_WORDS = 10;

/** An end marker: "###", "# # #", "-30-", "-0-", "- END -" (a date may follow PR Newswire's). */
const END_MARKER = /^(?:#+(?: #+)*|-+ ?(?:0|30|end) ?-+(?: \S+)?)$/i;

/**
 * Whether a whole line (`words` from `start` to `end`) reads as a line of its own kind: a jump line ("- More -risks and
 * uncertainties-" would), an end marker, or a dash-framed subhead rather than a bullet.
 * Wrapping must not end a line where it makes that shape.
 */
export function isLineShapeHazard(words: readonly string[], start = 0, end = words.length): boolean {
  const first = words[start] ?? '';
  const last = words[end - 1] ?? '';
  // "- SUBHEAD -": a line between dashes is no bullet, however long.
  if (first.startsWith('-') && last.endsWith('-')) return true;
  if (first.startsWith('#')) {
    // "# # #": every word a run of "#" (checked word by word, never joined: the caller
    // weighs many ends of one line).
    let i = start;
    while (i < end && HASHES.test(words[i] ?? '')) i++;
    if (i === end) return true;
  }
  // The other shapes are short: join only a line that could be one.
  if (end - start > MAX_JUMP_WORDS) return false;
  const text = words.slice(start, end).join(' ');
  if (END_MARKER.test(text)) return true;
  return OPENS_JUMP.test(first) && CLOSES_JUMP.test(last) && JUMP_WORD.test(text);
}
