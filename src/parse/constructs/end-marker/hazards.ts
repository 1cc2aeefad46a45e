/**
 * End markers: "###", "# # #", "-30-", "-0-", "- END -" (a date may follow PR Newswire's).
 * A line must not open with "#", nor be one whole.
 *
 * > | -30-
 */
import type { FormatHazard } from '../hazard.js';

/** A word of "#" only, as end markers are made of. */
const HASHES = /^#+$/;

/** End markers other than "# # #" are short. */
const MAX_MARKER_WORDS = 10;

const END_MARKER = /^(?:#+(?: #+)*|-+ ?(?:0|30|end) ?-+(?: \S+)?)$/i;

export const endMarkerHazard: FormatHazard = {
  opensLine: (words, at) => (words[at] ?? '').startsWith('#'),
  opensBlock: (w) => w.startsWith('#'),
  isLine: (words, start, end) => {
    if ((words[start] ?? '').startsWith('#')) {
      // "# # #": every word a run of "#" (checked word by word, never joined: the caller
      // weighs many ends of one line).
      let i = start;
      while (i < end && HASHES.test(words[i] ?? '')) i++;
      if (i === end) return true;
    }
    return end - start <= MAX_MARKER_WORDS && END_MARKER.test(words.slice(start, end).join(' '));
  },
};
