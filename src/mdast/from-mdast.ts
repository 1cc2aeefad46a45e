/**
 * mdast → exhibit tree: the Markdown's text (see to-text.ts) parsed by the exhibit
 * parser, so the tree is a real exhibit tree over that text — lossless with respect to
 * it, with every semantic field read the usual way.
 */
import type { Root } from 'mdast';
import { parseWithWarnings, type ParseResult } from '../parse/parse.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { mdastToText } from './to-text.js';

/** The exhibit tree of an mdast tree (of Markdown `toMarkdown` or `toMdast` wrote). */
export function fromMdast(root: Root): Exhibit {
  return fromMdastWithWarnings(root).tree;
}

/** Like {@link fromMdast}, with the parser's warnings. */
export function fromMdastWithWarnings(root: Root): ParseResult {
  return parseWithWarnings(mdastToText(root));
}
