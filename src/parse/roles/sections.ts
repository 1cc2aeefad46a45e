/**
 * Sections: the safe-harbor passage and the wire trailer, as ranges of planned blocks.
 */
import * as T from '../../../grammars/tokens/text.js';
import { assign, blockTokens, contentLines, planned, type DocView, type Planned, type Section } from './plan.js';
import { isCautionaryText, isSafeHarborText } from './cues.js';
import { RISK_WORDS } from '../inline/risks.js';
import { OPEN_CUES } from '../lexicon/index.js';


const textOf = (view: DocView, b: Planned): string => view.doc.source.slice(b.start, b.end);

/**
 * A safe-harbor section opens at a safe-harbor heading or at a paragraph about
 * forward-looking statements and their risks, and goes on over paragraphs and lists that
 * keep to cautionary language (page breaks inside are kept).
 */
export function findSafeHarbors(view: DocView, blocks: readonly Planned[], bodyStart: number, limit: number): Section[] {
  const out: Section[] = [];
  for (let i = Math.max(0, bodyStart); i < limit; i++) {
    const b = blocks[i];
    if (!b) continue;
    const opensWithHeading = b.role === 'heading' && b.headingRole === 'safeHarbor';
    const opensWithText = b.role === 'paragraph' && !b.dateline && isSafeHarborText(textOf(view, b));
    if (!opensWithHeading && !opensWithText) continue;
    let to = i;
    for (let j = i + 1; j < limit; j++) {
      const n = blocks[j];
      if (!n) break;
      if (n.role === 'pageBreak' || n.role === 'continuation') continue;
      const previous = blocks[to];
      const introducesList = previous !== undefined && announcesList(view, previous);
      if (n.role === 'list' && (introducesList || isCautionaryText(textOf(view, n)))) {
        // A list introduced as risks ("… differ materially include:") is the risk list.
        if (introducesList && previous && RISK_WORDS.test(textOf(view, previous))) assign(n, 'riskList', 'risk-list-introduced');
        to = j;
      }
      else if (n.role === 'paragraph' && isCautionaryText(textOf(view, n))) to = j;
      else if (n.role === 'paragraph' && opensWithHeading && to === i) to = j;
      else break;
    }
    // A heading alone is no passage.
    if (opensWithHeading && to === i) continue;
    for (let k = i; k <= to; k++) blocks[k]?.rules.push('safe-harbor-passage');
    out.push({ kind: 'safeHarbor', from: i, to });
    i = to;
  }
  return out;
}

/**
 * Whether a block ends by announcing what follows: a colon, or a cue left open ("… differ
 * include, but are not limited to,", "… such as", "… including").
 *
 * > | Factors that could cause actual results to differ include, but are not limited to,
 */
function announcesList(view: DocView, b: Planned): boolean {
  const toks = blockTokens(view, b);
  const last = toks[toks.length - 1];
  if (last?.tokenType === T.Colon) return true;
  const words = toks.slice(last?.tokenType === T.Comma ? -4 : -3, last?.tokenType === T.Comma ? -1 : undefined).map((t) => t.image.toLowerCase());
  const tail = words.join(' ');
  return OPEN_CUES.words.some((cue) => tail === cue || tail.endsWith(` ${cue}`));
}

/**
 * PR Newswire's trailer: from a line opening with "SOURCE" in capitals to the end of the
 * release. Its "/CONTACT: …/" lines become a contact block; the trailer's first block is
 * marked `trailer`.
 */
export function findWireTrailer(view: DocView, blocks: readonly Planned[]): Planned[] {
  const from = blocks.findIndex((b, i) => i > 0 && b.role === 'paragraph' && startsWithSource(view, b));
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

function startsWithSource(view: DocView, b: Planned): boolean {
  const first = view.doc.lines[b.first]?.tokens[0];
  if (first?.tokenType !== T.KwSource || first.image !== 'SOURCE') return false;
  return contentLines(view, b).length <= 12;
}
