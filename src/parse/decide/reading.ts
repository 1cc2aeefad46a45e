/**
 * A candidate reading of a block, as a construct proposes it: the role it would give the
 * block, the rule that says so, what it costs, and how it acts in the document grammar.
 */
import type { Heading } from '../../tree/nodes/heading.js';
import type { RuleId } from '../rules.js';
import type { Role } from './plan.js';

export interface Reading {
  readonly role: Role;
  /** The rule behind the reading; null when the block keeps what the block grammar made it. */
  readonly rule: RuleId | null;
  readonly headingRole?: Heading['role'];
  /**
   * How the block acts on the run of headline blocks: it is one of them (`head`), a
   * headline-like block left as letterhead above them (`letterhead`), may stand between
   * them (`between`: plain paragraphs, rules, page breaks) or ends the run (`closes`).
   */
  readonly run: 'head' | 'letterhead' | 'between' | 'closes';
  /** A headline read already (a slug line's): the run holds subheadlines only. */
  readonly headline?: boolean;
  /** The block is read as contact information: a block after it may go on with it. */
  readonly contact: boolean;
  /** Only right after a contact block (page turns between). */
  readonly needsContact: boolean;
  /** A page turn: what the block before it was, the block after it sees. */
  readonly keepsContact: boolean;
  /** The body opens here. */
  readonly opensBody: boolean;
  /** Front matter only / body only. */
  readonly front: boolean;
  readonly body: boolean;
}
