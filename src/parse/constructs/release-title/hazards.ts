/**
 * Release titles: "PRESS RELEASE", "NEWS", "FOR IMMEDIATE RELEASE", "EARNINGS RELEASE". A line
 * must not open with the words that start one.
 *
 * > | FOR IMMEDIATE RELEASE
 */
import type { FormatHazard } from '../hazard.js';

/** Words that open a release title: "PRESS RELEASE", "NEWS", "IMMEDIATE RELEASE". */
const TITLE_WORD = /^(?:press|news|immediate)\b/i;

/** "FOR RELEASE", "MEDIA RELEASE", "EARNINGS RELEASE": a word the parser reads before "RELEASE". */
const RELEASE_KIND = /^(?:for|media|earnings|investor|corporate|financial)$/i;
const RELEASE_WORD = /^releases?\b/i;

/** "FOR IMMEDIATE RELEASE". */
const FOR = /^for$/i;
const IMMEDIATE = /^immediate\b/i;

/** Whether words `w`, `next` open a release title. */
const opensTitle = (w: string, next: string): boolean => TITLE_WORD.test(w) || (RELEASE_KIND.test(w) && RELEASE_WORD.test(next)) || (FOR.test(w) && IMMEDIATE.test(next));

export const releaseTitleHazard: FormatHazard = {
  opensLine: (words, at) => opensTitle(words[at] ?? '', words[at + 1] ?? ''),
  // A block opening "FOR IMMEDIATE RELEASE—" over another line is no title, re-flowed onto one line it is.
  opensBlock: opensTitle,
};
