/**
 * The root and the sections: blocks one blank line apart, as canonical text has them.
 */
import type { FlowContent, SectionContent } from '../tree/content.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { SafeHarbor } from '../tree/nodes/safe-harbor.js';
import { whitespace } from './leaves.js';

/** Blocks with a blank line between each two. */
function apart<T>(blocks: readonly T[], gap: () => T): T[] {
  return blocks.flatMap((block, i) => (i === 0 ? [block] : [gap(), block]));
}

/** The forward-looking-statements passage; a heading as its first block names it. */
export function safeHarbor(...blocks: SectionContent[]): SafeHarbor {
  const first = blocks[0];
  const heading = first?.type === 'heading' ? first.text : null;
  return { type: 'safeHarbor', heading, children: apart<SectionContent>(blocks, () => whitespace('\n\n')) };
}

/** A whole exhibit: blocks a blank line apart, a line break at the end. */
export function exhibit(...blocks: FlowContent[]): Exhibit {
  const children = apart<FlowContent>(blocks, () => whitespace('\n\n'));
  if (children.length) children.push(whitespace('\n'));
  return { type: 'exhibit', children };
}
