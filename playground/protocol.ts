/**
 * Messages between the page and the parse worker. Offsets are UTF-16 offsets into the
 * exhibit's own text (`source`), whatever the input was: for an exhibit inside a
 * submission the worker subtracts where the exhibit starts.
 */

/** The outputs the page offers, computed by the worker when asked (Markdown of 300 KB takes a while). */
export type OutputName = 'summary' | 'tree' | 'format' | 'markdown';

/**
 * What the page asks: parse this text (pasted) or these bytes (a dropped file); or one
 * output of an exhibit of the latest parse.
 */
export type WorkerRequest =
  | { readonly kind: 'parse'; readonly id: number; readonly input: string | Uint8Array }
  | { readonly kind: 'output'; readonly id: number; readonly parse: number; readonly exhibit: number; readonly name: OutputName };

/** One node of the tree, flattened in document order (pre-order). */
export interface FlatNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly depth: number;
  /** Index of the parent, -1 for the root. */
  readonly parent: number;
  /** Index of the node's last descendant (itself when it has none): a subtree is `[i, last]`. */
  readonly last: number;
  /**
   * The node's semantic fields (everything but `type`, `position`, `children`, `value`) as
   * JSON: a string crosses to the page far faster than tens of thousands of small objects,
   * and only the rows in view parse theirs.
   */
  readonly fields: string;
  /** A leaf's value (`text`, `whitespace`), cut for display. */
  readonly value: string | null;
}

export interface WarningView {
  readonly ruleId: string;
  readonly reason: string;
  readonly start: number;
  readonly end: number;
}

export interface BlockView {
  readonly reading: string;
  readonly section: string | null;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  readonly rules: readonly { readonly id: string; readonly says: string }[];
}

export interface ExhibitView {
  /** "EX-99.1 (a8-kex991.htm)" for a document of a submission, else the input's kind. */
  readonly label: string;
  readonly format: string;
  readonly source: string;
  readonly nodes: readonly FlatNode[];
  /**
   * For each character of `source`, the index of the innermost node covering it that is not
   * a plain `text` or `whitespace` leaf (-1 for none): what the source view paints and what a
   * click there selects.
   */
  readonly owner: Int32Array;
  readonly summary: Record<string, unknown>;
  readonly warnings: readonly WarningView[];
  readonly blocks: readonly BlockView[];
}

export type ParseResponse =
  | { readonly kind: 'parse'; readonly id: number; readonly ok: true; readonly input: string; readonly encoding: string; readonly exhibits: readonly ExhibitView[]; readonly parseMs: number }
  | { readonly kind: 'parse'; readonly id: number; readonly ok: false; readonly error: string };

export type OutputResponse =
  | { readonly kind: 'output'; readonly id: number; readonly ok: true; readonly text: string }
  | { readonly kind: 'output'; readonly id: number; readonly ok: false; readonly error: string };

export type WorkerResponse = ParseResponse | OutputResponse;

/** Leaves whose span belongs, for painting and clicking, to their parent. */
export const PLAIN_LEAVES: ReadonlySet<string> = new Set(['text', 'whitespace']);
