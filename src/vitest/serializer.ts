/**
 * A snapshot serializer for exhibit trees and their nodes: `toMatchSnapshot()` and
 * `toMatchInlineSnapshot()` print the compact dump of `inspect` — one node per line with
 * its span and fields, leaves as JSON strings — instead of a deep object listing.
 *
 *   expect.addSnapshotSerializer(exhibitSerializer)
 */
import type { SnapshotSerializer } from 'vitest';
import { inspect } from '../inspect/index.js';

/** Every node type of an exhibit tree. */
const NODE_TYPES = new Set([
  'exhibit', 'exhibitLabel', 'releaseTitle', 'contact', 'slugLine', 'headline', 'subheadline', 'editorLine',
  'paragraph', 'heading', 'list', 'listItem', 'table', 'safeHarbor', 'riskList', 'riskItem', 'endMarker',
  'continuation', 'rule', 'wireTrailer', 'pageBreak', 'dateline', 'ticker', 'phone', 'email', 'url', 'text', 'whitespace',
]);

interface Candidate {
  readonly type?: unknown;
  readonly children?: unknown;
  readonly value?: unknown;
}

/** Whether a value is an exhibit node: a known type, and children or a string value. */
function isExhibitNode(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Candidate;
  return typeof v.type === 'string' && NODE_TYPES.has(v.type) && (Array.isArray(v.children) || typeof v.value === 'string');
}

export const exhibitSerializer: SnapshotSerializer = {
  test: isExhibitNode,
  serialize: (value, config, indentation) => {
    const dump = inspect(value as Parameters<typeof inspect>[0]).trimEnd();
    // Keep the dump's own indentation under whatever nests it in the snapshot.
    return dump
      .split('\n')
      .map((line, i) => (i === 0 ? line : indentation + line))
      .join(config.spacingOuter === '' ? ' ' : '\n');
  },
};
