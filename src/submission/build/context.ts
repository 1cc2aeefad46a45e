import type { Positioner } from '../../position/index.js';

/** What the submission builders share: the whole source and its positioner. */
export interface SubmissionContext {
  readonly source: string;
  readonly at: Positioner;
}
