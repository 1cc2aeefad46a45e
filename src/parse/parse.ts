/**
 * The entry point: text → tokens → lines → line kinds → raw blocks → roles → tree.
 * Total: any string gives a tree whose leaves concatenate to it, plus warnings.
 */
import { positioner } from '../position/index.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import { lex } from './lex.js';
import { classify } from './classify.js';
import { rawBlocks } from './blocks.js';
import { decide } from './decide/index.js';
import { buildTree } from './build/tree.js';
import type { Warning } from './warning.js';
import type { Plan } from './decide/index.js';
import type { Position } from '../tree/unist.js';
import { decode } from '../bytes/index.js';
import { looksLikeHtml } from '../html/detect.js';

export interface ParseOptions {
  /** Called for every guess the parser makes. */
  readonly onWarning?: (warning: Warning) => void;
}

export interface ParseResult {
  readonly tree: Exhibit;
  readonly warnings: readonly Warning[];
}

/** Everything one run of the parser knows: the tree, its warnings and the decisions behind it. */
export interface Analysis extends ParseResult {
  readonly source: string;
  readonly plan: Plan;
  readonly at: (start: number, end: number) => Position;
}

/** Runs the parser, keeping the plan of decisions the tree was built from. */
export function analyse(input: string | Uint8Array): Analysis {
  const decoded = typeof input === 'string' ? null : decode(input);
  const source = decoded ? decoded.text : String(input);
  const warnings: Warning[] = [];
  const at = positioner(source);
  const doc = lex(source);
  const { tokens, kinds, width, margin, lineRules, evidence } = classify(doc);
  const { blocks: raw, fellBack } = rawBlocks(tokens, doc.lines.length, (i) => {
    const l = doc.lines[i];
    return !l || (l.blank && !l.formFeed);
  });
  const view = { doc, kinds, width, margin, lineRules, evidence };
  // HTML is read as text like any string (the round trip holds); `read` renders it first.
  if (looksLikeHtml(source)) warnings.push({ ruleId: 'looks-like-html', reason: 'This looks like HTML, read here as plain text: read(input) renders HTML exhibits before parsing', position: at(0, source.length) });
  if (fellBack) warnings.push({ ruleId: 'grammar-fallback', reason: 'The block grammar stopped; every line was read as a paragraph', position: at(0, source.length) });
  const { plan, guesses } = decide(view, raw);
  for (const g of guesses) warnings.push({ ruleId: g.ruleId, reason: g.reason, position: at(g.start, g.end) });
  const tree = buildTree({ source, doc, at, warn: (w) => warnings.push(w) }, view, plan);
  warnings.sort((a, b) => a.position.start.offset - b.position.start.offset);
  // Bytes remember how they were written, so stringifyBytes can write them back.
  if (decoded) tree.data = { ...tree.data, encoding: decoded.encoding };
  return { tree, warnings, source, plan, at };
}

/** Parses exhibit text (or its bytes) into a tree and the parser's warnings. */
export function parseWithWarnings(input: string | Uint8Array): ParseResult {
  const { tree, warnings } = analyse(input);
  return { tree, warnings };
}

/**
 * Parses exhibit text into a tree. Bytes are decoded first (UTF-8 when valid, else
 * Windows-1252) and the encoding is kept in `tree.data.encoding`.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Exhibit {
  const { tree, warnings } = parseWithWarnings(input);
  if (options.onWarning) for (const w of warnings) options.onWarning(w);
  return tree;
}
