/**
 * Runs the block grammar over the classified lines and flattens its CST into raw blocks:
 * line ranges with the kind the grammar gave them. Roles (headline, dateline paragraph,
 * safe harbor …) are assigned later, on these raw blocks.
 */
import type { CstNode, IToken, TokenType } from 'chevrotain';
import { blockGrammar } from '../../grammars/block.js';
import * as B from '../../grammars/tokens/block.js';

export type RawKind =
  | 'pageBreak'
  | 'exhibitLabel'
  | 'releaseTitle'
  | 'endMarker'
  | 'continuation'
  | 'rule'
  | 'editorLine'
  | 'slugLine'
  | 'contact'
  | 'list'
  | 'table'
  | 'paragraph';

/** A run of lines the block grammar grouped. Line indices are inclusive. */
export interface RawBlock {
  kind: RawKind;
  first: number;
  last: number;
  /** For lists: the first line of each item. */
  items?: number[];
}

const SINGLE_LINE: ReadonlyMap<TokenType, RawKind> = new Map([
  [B.ExhibitLabelLine, 'exhibitLabel'],
  [B.ReleaseTitleLine, 'releaseTitle'],
  [B.EndMarkerLine, 'endMarker'],
  [B.ContinuationLine, 'continuation'],
  [B.RuleLine, 'rule'],
  [B.EditorLine, 'editorLine'],
]);

/**
 * Groups block tokens into raw blocks. The grammar accepts every sequence of block
 * tokens, so the whole input is always covered.
 */
export function rawBlocks(tokens: readonly IToken[], lineCount: number, isBlank: (line: number) => boolean): { blocks: RawBlock[]; fellBack: boolean } {
  blockGrammar.input = tokens as IToken[];
  const cst = blockGrammar.exhibit() as CstNode | undefined;
  // The grammar accepts every sequence of line kinds; should that ever fail, the lines it
  // did not group become paragraphs below (coverRest), and nothing is lost.
  if (!cst || blockGrammar.errors.length > 0) return { blocks: coverRest([], lineCount, isBlank), fellBack: true };
  const out: RawBlock[] = [];
  const inner = (n: CstNode, name: string): CstNode[] => (n.children[name] ?? []).filter((c): c is CstNode => !('image' in c));

  // Children of `exhibit` in document order: BlankRun tokens, pageBreak and block nodes,
  // each with its line span computed once.
  const top: Array<{ el: IToken | CstNode; first: number; last: number }> = [];
  for (const el of cst.children['BlankRun'] ?? []) if ('image' in el) top.push({ el, first: el.startLine ?? 0, last: el.endLine ?? 0 });
  for (const el of [...(cst.children['pageBreak'] ?? []), ...(cst.children['block'] ?? [])]) {
    if (!('image' in el)) top.push({ el, ...lineSpan(el) });
  }
  top.sort((a, b) => a.first - b.first);

  for (const { el, first, last } of top) {
    if ('image' in el) continue; // blank runs become layout between blocks
    if (el.name === 'pageBreak') {
      out.push({ kind: 'pageBreak', first, last });
      continue;
    }
    const child = firstChild(el);
    if (!child) continue;
    if ('image' in child) {
      out.push({ kind: SINGLE_LINE.get(child.tokenType) ?? 'paragraph', first, last });
      continue;
    }
    switch (child.name) {
      case 'slug':
        out.push({ kind: 'slugLine', first, last });
        break;
      case 'contact':
        out.push({ kind: 'contact', first, last });
        break;
      case 'list':
        out.push({ kind: 'list', first, last, items: inner(child, 'item').map((it) => lineSpan(it).first).sort((a, b) => a - b) });
        break;
      case 'table':
        out.push({ kind: 'table', first, last });
        break;
      default:
        out.push({ kind: 'paragraph', first, last });
    }
  }
  return { blocks: coverRest(out, lineCount, isBlank), fellBack: false };
}

/** First and last line a CST node covers (its tokens carry line indices). */
function lineSpan(node: CstNode): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  const walk = (n: CstNode): void => {
    for (const key in n.children) {
      for (const el of n.children[key] ?? []) {
        if ('image' in el) {
          if ((el.startLine ?? first) < first) first = el.startLine ?? first;
          if ((el.endLine ?? last) > last) last = el.endLine ?? last;
        } else walk(el);
      }
    }
  };
  walk(node);
  return { first, last };
}

/**
 * Safety net: should the grammar ever stop early, every non-blank line it left out becomes
 * part of a paragraph, so no text is lost.
 */
function coverRest(blocks: RawBlock[], lineCount: number, isBlank: (line: number) => boolean): RawBlock[] {
  const covered = new Uint8Array(lineCount);
  for (const b of blocks) covered.fill(1, b.first, b.last + 1);
  const extra: RawBlock[] = [];
  for (let i = 0; i < lineCount; i++) {
    if (covered[i] || isBlank(i)) continue;
    const prev = extra[extra.length - 1];
    if (prev && prev.last === i - 1) prev.last = i;
    else extra.push({ kind: 'paragraph', first: i, last: i });
  }
  if (extra.length === 0) return blocks;
  return [...blocks, ...extra].sort((a, b) => a.first - b.first);
}

/** The first element under a node's first name (a block node holds one). */
function firstChild(node: CstNode): CstNode | IToken | undefined {
  for (const key in node.children) return node.children[key]?.[0];
  return undefined;
}
