/**
 * The bridges to and from mdast. `secExhibitToMdast` turns the exhibit tree into mdast,
 * so `remark-stringify` (with `remark-gfm` for tables) writes Markdown;
 * `secExhibitFromMdast` turns mdast (from `remark-parse`) back into an exhibit tree by
 * parsing the text the Markdown stands for. The parser's warnings on that text are
 * reported without a place: it is not the file's own text.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { fromMdastWithWarnings } from '../mdast/from-mdast.js';
import { toMdast, type ToMdastOptions } from '../mdast/to-mdast.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { report } from './parse.js';

export const secExhibitToMdast: Plugin<[(ToMdastOptions | null | undefined)?], Exhibit, Root> = function (options) {
  return (tree) => toMdast(tree, options ?? {});
};

export const secExhibitFromMdast: Plugin<[], Root, Exhibit> = function () {
  return (tree, file) => {
    const { tree: exhibit, warnings } = fromMdastWithWarnings(tree);
    report(file, warnings, false);
    return exhibit;
  };
};
