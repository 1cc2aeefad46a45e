/**
 * The readings each construct proposes for a block, with their costs. The decider chooses
 * among them once, for the whole document (`bestPath` through `documentGrammar`).
 */
import type { Candidate } from './best-path.js';
import type { Reading } from './reading.js';
import type { DocView, Planned } from './plan.js';
import { continuesContact, frontContact, isContactCard, isPersonOverDetails, isContactSentence, isLabelledDetails, isUnderContactHeading } from '../constructs/contact/rules.js';
import { isHeadlineLike, isKicker } from '../constructs/headline/rules.js';
import { headingEvidence } from '../constructs/heading/rules.js';

/** Roles that may stand between the blocks of a headline run. */
const BETWEEN_HEADLINES = new Set<Planned['role']>(['paragraph', 'pageBreak', 'rule']);

/** Blocks a contact rule may look ahead at. */
const LOOKAHEAD = 4;

/** Lower is better: a contact that goes on beats a heading, which beats a contact sentence, which beats a paragraph. */
const COST = { continues: -3, heading: -2, sentence: -1, plain: 0, kicker: 2 } as const;

/** The reading a block keeps when no construct claims it: what the block grammar made it. */
function keep(b: Planned, place: 'front' | 'body'): Reading {
  return {
    role: b.role,
    rule: null,
    run: BETWEEN_HEADLINES.has(b.role) ? 'between' : 'closes',
    headline: b.role === 'headline',
    contact: b.role === 'contact',
    needsContact: false,
    keepsContact: b.role === 'pageBreak',
    opensBody: false,
    front: place === 'front',
    body: place === 'body',
  };
}

/**
 * The reading "goes on with the contact block above" when the evidence allows it. Only
 * looked at when a reading of the block above (page turns skipped) is a contact; the
 * grammar then keeps it to paths where that reading was chosen (`needsContact`).
 */
function continuation(view: DocView, blocks: readonly Planned[], i: number, base: Reading, contactAbove: boolean): Candidate<Reading> | null {
  const b = blocks[i];
  const prev = previousContent(blocks, i);
  const rule = contactAbove && b && prev ? continuesContact(view, prev, b, following(blocks, i)) : null;
  return rule ? { reading: { ...base, role: 'contact', rule, contact: true, needsContact: true }, cost: COST.continues } : null;
}

/** The blocks after `i` a contact rule may look ahead at, page breaks skipped. */
function following(blocks: readonly Planned[], i: number): Planned[] {
  return blocks.slice(i + 1, i + 1 + LOOKAHEAD).filter((n) => n.role !== 'pageBreak');
}

/** The next block that is no page break, blank lines aside. */
function nextContent(blocks: readonly Planned[], i: number): number | undefined {
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j]?.role !== 'pageBreak') return j;
  return undefined;
}

/** Whether block `i`, above the body, reads as a headline (a paragraph, not text beside a label). */
export function headlineEvidence(view: DocView, blocks: readonly Planned[], bodyIndex: number): (i: number) => boolean {
  const known = new Map<number, boolean>();
  return (i) => {
    let like = known.get(i);
    if (like === undefined) {
      const b = blocks[i];
      like = i < bodyIndex && b !== undefined && b.role === 'paragraph' && !b.aside && isHeadlineLike(view, b);
      known.set(i, like);
    }
    return like;
  };
}

/** Readings of a front-matter block. */
export function frontReadings(view: DocView, blocks: readonly Planned[], i: number, contactAbove: boolean, headlineLike: (j: number) => boolean): Array<Candidate<Reading>> {
  const b = blocks[i];
  if (!b) return [];
  const base = keep(b, 'front');
  const contactRule = frontContact(view, b);
  if (contactRule) return [{ reading: { ...base, role: 'contact', rule: contactRule, run: 'closes', contact: true }, cost: COST.plain }];
  // A contact card: its first line, or a line going on with the card above.
  const card: Array<Candidate<Reading>> = isPersonOverDetails(view, b, following(blocks, i)) || isContactCard(view, b) ? [{ reading: { ...base, role: 'contact', rule: 'contact-card', run: 'closes', contact: true }, cost: COST.continues }] : [];
  const goesOn = continuation(view, blocks, i, base, contactAbove);
  if (goesOn) card.push(goesOn);
  if (headlineLike(i)) {
    const head: Reading = { ...base, role: 'headline', rule: 'headline-first-above-body', run: 'head' };
    // A kicker over the headline block under it costs more as the headline than as front matter.
    const next = nextContent(blocks, i);
    const under = next !== undefined && headlineLike(next) ? blocks[next] : undefined;
    if (under && isKicker(view, b, under)) {
      return [
        ...card,
        { reading: { ...base, rule: 'kicker-above-headline', run: 'letterhead' }, cost: COST.plain },
        { reading: head, cost: COST.kicker },
      ];
    }
    return [
      ...card,
      { reading: head, cost: COST.plain },
      { reading: { ...base, run: 'letterhead' }, cost: COST.plain },
    ];
  }
  const out: Array<Candidate<Reading>> = [...card];
  // A contact sentence is the release's contact above the headline as below it.
  if (isContactSentence(view, b)) out.push({ reading: { ...base, role: 'contact', rule: 'contact-in-prose', run: 'closes', contact: true }, cost: COST.sentence });
  out.push({ reading: base, cost: COST.plain });
  return out;
}

/** Readings of the block the body opens with. */
export function openingReadings(b: Planned): Array<Candidate<Reading>> {
  return [{ reading: { ...keep(b, 'body'), opensBody: true }, cost: COST.plain }];
}

/** Readings of a body block. */
export function bodyReadings(view: DocView, blocks: readonly Planned[], i: number, contactAbove: boolean): Array<Candidate<Reading>> {
  const b = blocks[i];
  if (!b) return [];
  const base = keep(b, 'body');
  const out: Array<Candidate<Reading>> = [];
  const goesOn = continuation(view, blocks, i, base, contactAbove);
  if (goesOn) out.push(goesOn);
  if (b.role === 'paragraph') {
    const heading = headingEvidence(view, blocks, i);
    if (heading) out.push({ reading: { ...base, role: 'heading', rule: 'heading-capitalised', headingRole: heading }, cost: COST.heading });
    if (isContactSentence(view, b)) out.push({ reading: { ...base, role: 'contact', rule: 'contact-in-prose', contact: true }, cost: COST.sentence });
    if (isLabelledDetails(view, b)) out.push({ reading: { ...base, role: 'contact', rule: 'contact-labelled-details', contact: true }, cost: COST.continues });
    if (isUnderContactHeading(view, previousContent(blocks, i), b)) out.push({ reading: { ...base, role: 'contact', rule: 'contact-under-heading', contact: true }, cost: COST.continues });
    else if (isContactCard(view, b)) out.push({ reading: { ...base, role: 'contact', rule: 'contact-card', contact: true }, cost: COST.continues });
  }
  out.push({ reading: base, cost: COST.plain });
  return out;
}

/** The block before `i` that is no page break. */
function previousContent(blocks: readonly Planned[], i: number): Planned | undefined {
  for (let k = i - 1; k >= 0; k--) if (blocks[k]?.role !== 'pageBreak') return blocks[k];
  return undefined;
}
