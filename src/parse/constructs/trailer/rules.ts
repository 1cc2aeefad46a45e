/**
 * The wire trailer: PR Newswire's closing lines, from "SOURCE" to the end of the release.
 *
 * > | SOURCE  Acme Widgets, Inc.
 * > |     /CONTACT: Jane Roe of Acme Widgets, +1-212-555-0100/
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../../grammars/tokens/text.js';
import { blockTokens, contentLines, planned, SAMPLE_TOKENS, type DocView, type Planned } from '../../decide/plan.js';
import { words } from '../../text/signals.js';
import { inLowerCase } from '../dateline/rules.js';

/**
 * PR Newswire's trailer: from a line opening with "SOURCE" in capitals to the end of the
 * release. Its "/CONTACT: …/" lines become a contact block; the trailer's first block is
 * marked `trailer`.
 */
export function findWireTrailer(view: DocView, blocks: readonly Planned[]): Planned[] {
  // Running text must come before it: a trailer closes a release's body. A "SOURCE:" line
  // in the front matter (Marketwire's, over the date and the headline) opens no trailer.
  const firstText = blocks.findIndex((b) => isRunningText(view, b));
  const from = firstText < 0 ? -1 : blocks.findIndex((b, i) => i > firstText && b.role === 'paragraph' && startsWithSource(view, b));
  if (from < 0) return [...blocks];
  // Split trailer paragraphs at lines that open with "/" so "/CONTACT: …/" stands alone.
  const head = blocks.slice(0, from);
  const tail: Planned[] = [];
  for (const b of blocks.slice(from)) {
    if (b.role !== 'paragraph' && b.role !== 'contact') {
      tail.push(b);
      continue;
    }
    let start = b.first;
    let inContact = false;
    const flush = (last: number, role: 'paragraph' | 'contact'): void => {
      if (last >= start) tail.push(planned(view, role, start, last, [...b.rules, role === 'contact' ? 'wire-trailer-contact' : 'wire-trailer']));
      start = last + 1;
    };
    for (let i = b.first; i <= b.last; i++) {
      const line = view.doc.lines[i];
      const first = line?.tokens[0];
      const opensSlash = first?.tokenType === T.Slash && i > b.first;
      if (opensSlash && !inContact) {
        flush(i - 1, 'paragraph');
      }
      if (first?.tokenType === T.Slash) {
        const second = line?.tokens[1];
        inContact = /^(?:contact|for)$/i.test(second?.image ?? '');
      }
      const lastTok = line?.tokens[line.tokens.length - 1];
      if (inContact && lastTok?.tokenType === T.Slash) {
        flush(i, 'contact');
        inContact = false;
      }
    }
    // A "CONTACT:" block read as one before the trailer was found stays one.
    flush(b.last, inContact || (b.role === 'contact' && start === b.first) ? 'contact' : 'paragraph');
  }
  if (tail[0]) tail[0].trailer = true;
  return [...head, ...tail];
}

/** Whether a token opens PR Newswire's trailer: "SOURCE", in capitals. */
export function isTrailerSource(first: IToken | undefined): boolean {
  return first?.tokenType === T.KwSource && first.image === 'SOURCE';
}

function startsWithSource(view: DocView, b: Planned): boolean {
  if (!isTrailerSource(view.doc.lines[b.first]?.tokens[0])) return false;
  return contentLines(view, b).length <= 12;
}

/** Fewest words of a paragraph of running text. */
const RUNNING_TEXT_WORDS = 12;

/** A paragraph of running text: words enough, mostly in lower case. */
function isRunningText(view: DocView, b: Planned): boolean {
  if (b.role !== 'paragraph') return false;
  const sample = blockTokens(view, b, SAMPLE_TOKENS);
  return words(sample).length >= RUNNING_TEXT_WORDS && inLowerCase(sample);
}
