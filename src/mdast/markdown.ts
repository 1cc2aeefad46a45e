/**
 * Markdown both ways, for callers outside a unified pipeline: remark-stringify and
 * remark-parse with GFM tables.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { fromMdast } from './from-mdast.js';
import { toMdast, type ToMdastOptions } from './to-mdast.js';

/** The exhibit as Markdown (GFM). */
export function toMarkdown(tree: Exhibit, options: ToMdastOptions = {}): string {
  return unified().use(remarkGfm).use(remarkStringify).stringify(toMdast(tree, options));
}

/** An exhibit archived as Markdown, read back into an exhibit tree. */
export function parseMarkdown(markdown: string): Exhibit {
  const root: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return fromMdast(root);
}
