/**
 * A paragraph left unwrapped: a line longer than any printed page that ends a sentence ends
 * its paragraph (the parser's `line-lead` rule, src/parse/classify.ts). Re-flowed text that
 * finds no safe break within the page may run past it, but must not stop after a sentence
 * there, or the text would re-parse as two paragraphs.
 *
 * > | Sales rose. 1. 1. 1. 1. … (170 columns) … 1. 1.     <- ends a paragraph
 * > | n
 */
import type { FormatHazard } from '../hazard.js';

/** Columns beyond the widest printed page (132): a line this long was never wrapped. */
export const UNWRAPPED_LINE = 160;

/** Room kept for what stands in front of a re-flowed line (a list marker, a lead). */
const LEAD_ROOM = 12;

/** A word that ends a sentence as the parser reads one: on a period or a quote. */
const ENDS_SENTENCE = /[."'`\u2018\u2019\u201c\u201d]$/;

export const unwrappedLineHazard: FormatHazard = {
  isLine: (words, start, end) => {
    if (end >= words.length || !ENDS_SENTENCE.test(words[end - 1] ?? '')) return false;
    // Counted from the end, and only as far as the limit: a break search asks at every word.
    let length = -1;
    for (let i = end - 1; i >= start; i--) {
      length += (words[i] ?? '').length + 1;
      if (length + LEAD_ROOM > UNWRAPPED_LINE) return true;
    }
    return false;
  },
};
