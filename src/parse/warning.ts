import type { Position } from '../tree/unist.js';
import type { RuleId } from './rules.js';

/** Machine-readable reasons the parser had to guess: the ids of the rules that guessed. */
export type WarningRule = Extract<
  RuleId,
  | 'dateline-without-wire'
  | 'dateline-missing'
  | 'dateline-unparsed-date'
  | 'risk-list-unsplit'
  | 'headline-missing'
  | 'contact-without-name'
  | 'grammar-fallback'
  | 'looks-like-html'
>;

/** A note that the parser had to guess, at a place in the source. */
export interface Warning {
  readonly ruleId: WarningRule;
  readonly reason: string;
  readonly position: Position;
}
