/**
 * Section headings of the body: a one- or two-line block of mostly capitalised words that
 * does not end a sentence and is followed by body text.
 *
 * > | ABOUT ACME WIDGETS
 * > | Acme Widgets makes …
 */
import * as T from '../../../../grammars/tokens/text.js';
import { collapse } from '../../../normalize/text.js';
import type { Heading } from '../../../tree/nodes/heading.js';
import { blockTokens, contentLines, type DocView, type Planned } from '../../decide/plan.js';
import { capitalisedShare, endsSentence, words } from '../../text/signals.js';
import { isSafeHarborHeading } from '../safe-harbor/cues.js';

/** Longest heading, in characters. */
const MAX_HEADING = 90;

/** What the block grammar may put under a heading. */
const BODY_TEXT = new Set<Planned['role']>(['paragraph', 'list', 'table', 'contact']);

/** The role of the heading block `i` would be, or null when it reads as no heading. */
export function headingEvidence(view: DocView, blocks: readonly Planned[], i: number): Heading['role'] | null {
  const b = blocks[i];
  if (!b || b.role !== 'paragraph' || b.dateline) return null;
  const next = nextContent(blocks, i);
  if (!next || !BODY_TEXT.has(next.role)) return null;
  if (contentLines(view, b).length > 2) return null;
  const toks = blockTokens(view, b);
  const text = collapse(view.doc.source.slice(b.start, b.end));
  const ws = words(toks);
  if (text.length > MAX_HEADING || ws.length === 0) return null;
  const last = toks[toks.length - 1];
  if (last && (last.tokenType === T.Comma || last.tokenType === T.Semicolon)) return null;
  // "Asta Funding, Inc." may end in an abbreviation's period; longer blocks may not.
  if (endsSentence(toks) && ws.length > 5) return null;
  if (capitalisedShare(toks) < 0.6) return null;
  return headingRole(text);
}

function nextContent(blocks: readonly Planned[], i: number): Planned | undefined {
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j];
    if (b && b.role !== 'pageBreak') return b;
  }
  return undefined;
}

/** What a heading announces, by its words. */
export function headingRole(text: string): Heading['role'] {
  const t = text.toLowerCase();
  if (isSafeHarborHeading(t)) return 'safeHarbor';
  if (/^about\b/.test(t)) return 'about';
  if (/conference call|webcast|teleconference/.test(t)) return 'conferenceCall';
  if (/^(?:media |investor |press )?contacts?\b/.test(t)) return 'contact';
  if (/outlook|guidance/.test(t)) return 'outlook';
  if (/balance sheets?|statements? of (?:operations|income|cash flows)|financial (?:highlights|results|data)/.test(t)) return 'financial';
  return 'other';
}
