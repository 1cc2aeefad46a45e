/**
 * The document grammar the decider reads blocks through. Front matter holds one run of
 * headline blocks (the headline, then its subheadlines), with letterhead, labels, titles and
 * contacts around it; the body opens at the block the decider chose; contact details may
 * go on from one block to the next anywhere.
 *
 * > | front  := (letterhead | front-block)* [headline (subheadline | between)*] front-block*
 * > | body   := opening (paragraph | heading | contact | …)*
 *
 * A state is a number: bits for where the front stands (before the headline run, in it,
 * after it), whether a headline was read (a slug line's, or the run's first block), whether
 * the block before was read as a contact, and whether the body has opened.
 */
import type { Grammar } from './best-path.js';
import type { Reading } from './reading.js';

const BEFORE = 0;
const IN_RUN = 1;
const AFTER = 2;
const PHASE = 3;
const HEADLINE_READ = 4;
const AFTER_CONTACT = 8;
const BODY = 16;

export type State = number;

/** What it costs to leave a headline-like block as plain front matter (letterhead) above the run. */
const LETTERHEAD_COST = 1;

export const documentGrammar: Grammar<State, Reading> = {
  states: 32,
  start: BEFORE,
  step(state, r) {
    const contact = r.contact || (r.keepsContact && (state & AFTER_CONTACT) !== 0) ? AFTER_CONTACT : 0;
    if (r.needsContact && (state & AFTER_CONTACT) === 0) return null;
    if (state & BODY) return r.front ? null : { state: BODY | contact, cost: 0 };
    if (r.opensBody) return { state: BODY | contact, cost: 0 };
    if (r.body) return null;
    const phase = state & PHASE;
    const read = state & HEADLINE_READ;
    switch (r.run) {
      case 'head':
        return phase === AFTER ? null : { state: IN_RUN | HEADLINE_READ | contact, cost: 0 };
      case 'letterhead':
        // Every headline-like block after the run starts belongs to it: none is letterhead.
        return phase === BEFORE ? { state: BEFORE | read | contact, cost: LETTERHEAD_COST } : null;
      case 'between':
        return { state: phase | read | contact, cost: 0 };
      case 'closes':
        return { state: (phase === BEFORE ? BEFORE : AFTER) | read | (r.headline ? HEADLINE_READ : 0) | contact, cost: 0 };
    }
  },
};

/** Whether a headline had been read in `state`: the run's first block is then a subheadline. */
export function headlineRead(state: State): boolean {
  return (state & HEADLINE_READ) !== 0;
}
