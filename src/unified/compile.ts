/**
 * The compiler plugins: `secExhibitStringify` writes the tree's text back exactly (the
 * concatenation of its leaves); `secExhibitFormat` writes the canonical text of `format`.
 */
import type { Plugin } from 'unified';
import { format, type FormatOptions } from '../format/index.js';
import { stringify } from '../stringify/index.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';

export const secExhibitStringify: Plugin<[], Exhibit, string> = function () {
  this.compiler = (tree) => stringify(tree as Exhibit);
};

export const secExhibitFormat: Plugin<[(FormatOptions | null | undefined)?], Exhibit, string> = function (options) {
  this.compiler = (tree) => format(tree as Exhibit, options ?? {});
};
