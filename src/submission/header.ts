import type { SecHeader } from '../tree/nodes/sec-header.js';
import type { Submission } from '../tree/nodes/submission.js';

/** The submission's SEC header, or null (a lone `<DOCUMENT>` block has none). */
export function submissionHeader(tree: Submission): SecHeader | null {
  for (const c of tree.children) if (c.type === 'secHeader') return c;
  return null;
}
