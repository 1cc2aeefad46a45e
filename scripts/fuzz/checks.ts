/**
 * The checks the fuzzer makes on every input. Each returns the first failure, named by the
 * check that failed (`throw:parse`, `roundtrip:bytes`, `format:idempotent` …), or null.
 */
import {
  documentExhibit,
  format,
  htmlToText,
  parse,
  parseSubmission,
  stringify,
  stringifyBytes,
  SubmissionSchema,
  summarize,
  validate,
  type Document,
  type Exhibit,
} from '../../src/index.js';
import { readSubmission, type SubmissionPart } from '../../src/node/index.js';
import type { Failure, FuzzInput } from './inputs.js';

/** Runs `f`; a throw becomes a `throw:<name>` failure. */
function attempt<T>(name: string, f: () => T): T | Failure {
  try {
    return f();
  } catch (e) {
    return { check: `throw:${name}`, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
const failed = (x: unknown): x is Failure => typeof x === 'object' && x !== null && 'check' in x && 'message' in x && !('type' in x);

/** A surrogate not paired (UTF-8 cannot carry it, so there is no byte round trip to check). */
const LONE_SURROGATE = /\p{Cs}/u;

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The first summary field that differs, with both values. */
function summaryChange(before: string, after: string): string {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  const key = Object.keys({ ...a, ...b }).find((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])) ?? '?';
  return `summary.${key} changed: ${JSON.stringify(a[key]).slice(0, 150)} → ${JSON.stringify(b[key]).slice(0, 150)}`;
}

interface AnyNode {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly AnyNode[];
}

/** The first or last leaf under `node`. */
function edgeLeaf(node: AnyNode, last: boolean): AnyNode {
  let n = node;
  while (n.children?.length) n = n.children[last ? n.children.length - 1 : 0] ?? n;
  return n;
}

/**
 * The README's layout rule: a block spans from its first to its last visible character,
 * so no block of the exhibit opens or closes with a whitespace leaf.
 */
function layoutProblem(tree: Exhibit): Failure | null {
  for (const block of tree.children as readonly AnyNode[]) {
    // A form-feed page break is layout through and through: nothing visible to span.
    if (!block.children || block.type === 'pageBreak') continue;
    for (const last of [false, true]) {
      if (edgeLeaf(block, last).type === 'whitespace') return { check: 'layout:block-edges', message: `a ${block.type} ${last ? 'ends' : 'starts'} with a whitespace leaf` };
    }
  }
  return null;
}

/** What holds for every exhibit tree: valid, laid out by the rule, summarized, and formatted idempotently with its meaning kept. */
function checkTree(tree: Exhibit): Failure | null {
  const v = validate(tree);
  if (!v.ok) return { check: 'validate', message: `${v.issue.where}: ${v.issue.message}` };
  const layout = layoutProblem(tree);
  if (layout) return layout;
  const summary = attempt('summarize', () => JSON.stringify(summarize(tree)));
  if (failed(summary)) return summary;
  const once = attempt('format', () => format(tree));
  if (failed(once)) return once;
  const again = attempt('parse', () => parse(once));
  if (failed(again)) return again;
  const twice = attempt('format', () => format(again));
  if (failed(twice)) return twice;
  if (twice !== once) return { check: 'format:idempotent', message: 'format(parse(format(t))) !== format(t)' };
  const meaning = attempt('summarize', () => JSON.stringify(summarize(again)));
  if (failed(meaning)) return meaning;
  if (meaning !== summary) return { check: 'format:meaning', message: summaryChange(summary, meaning) };
  return null;
}

function checkText(text: string): Failure | null {
  const tree = attempt('parse', () => parse(text));
  if (failed(tree)) return tree;
  if (stringify(tree) !== text) return { check: 'roundtrip:string', message: 'stringify(parse(x)) !== x' };
  if (!LONE_SURROGATE.test(text)) {
    const bytes = new TextEncoder().encode(text);
    const back = attempt('parse', () => stringifyBytes(parse(bytes)));
    if (failed(back)) return back;
    if (!sameBytes(back, bytes)) return { check: 'roundtrip:bytes', message: 'stringifyBytes(parse(utf8(x))) differs' };
  }
  return checkTree(tree);
}

function checkBytes(bytes: Uint8Array): Failure | null {
  const tree = attempt('parse', () => parse(bytes));
  if (failed(tree)) return tree;
  if (!sameBytes(stringifyBytes(tree), bytes)) return { check: 'roundtrip:bytes', message: 'stringifyBytes(parse(b)) !== b' };
  return checkTree(tree);
}

function checkHtml(html: string): Failure | null {
  const text = attempt('htmlToText', () => htmlToText(html));
  if (failed(text)) return text;
  if (typeof text !== 'string') return { check: 'htmlToText', message: 'not a string' };
  return checkText(text);
}

/** `bytes` in chunks of `size` bytes, as a stream would hand them on. */
export async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * A tree without positions (streamed parts count positions from their own start), table
 * cells' source offsets included: they count from the same origin as the positions.
 */
export const bare = (node: unknown): string => JSON.stringify(node, (k, v: unknown) => (k === 'position' || ((k === 'start' || k === 'end') && typeof v === 'number') ? undefined : v));

/** The summary of the exhibit a document holds, or null: what `summary` and `normalize` report. */
const exhibitSummary = (d: Document): string | null => {
  const ex = documentExhibit(d);
  return ex ? JSON.stringify(summarize(ex.tree)) : null;
};

async function checkSubmission(bytes: Uint8Array, chunk: number): Promise<Failure | null> {
  const whole = attempt('parseSubmission', () => parseSubmission(bytes));
  if (failed(whole)) return whole;
  if (!sameBytes(stringifyBytes(whole), bytes)) return { check: 'roundtrip:submission', message: 'stringifyBytes(parseSubmission(b)) !== b' };
  const schema = SubmissionSchema.safeParse(whole);
  if (!schema.success) return { check: 'validate:submission', message: JSON.stringify(schema.error.issues[0]).slice(0, 200) };
  const documents = whole.children.filter((c): c is Document => c.type === 'document');
  const wholeExhibits = attempt('documentExhibit', () => documents.map(exhibitSummary));
  if (failed(wholeExhibits)) return wholeExhibits;
  // The exhibits' own checks (format among them) run in the text categories: an exhibit
  // inside a submission may date its dateline by the filing, which its text alone cannot.
  const parts: SubmissionPart[] = [];
  try {
    for await (const p of readSubmission(chunks(bytes, chunk))) parts.push(p);
  } catch (e) {
    return { check: 'throw:readSubmission', message: String(e) };
  }
  const rebuilt = Buffer.concat(parts.map((p) => p.bytes));
  if (!sameBytes(rebuilt, bytes)) return { check: 'stream:bytes', message: `parts do not rebuild the input (chunks of ${chunk})` };
  const streamed: (Document | null)[] = [];
  const streamedExhibits: (string | null)[] = [];
  for (const p of parts) {
    if (p.kind === 'header') {
      const header = whole.children.find((c) => c.type === 'secHeader') ?? null;
      if (bare(p.header) !== bare(header)) return { check: 'stream:header', message: 'header part differs from parseSubmission' };
    }
    if (p.kind === 'document') {
      streamed.push(p.document);
      streamedExhibits.push(exhibitSummary(p.document));
    }
    if (p.kind === 'documentStart') {
      streamed.push(p.document);
      streamedExhibits.push(null);
    }
  }
  const keys = (ds: readonly (Document | null)[]): string => JSON.stringify(ds.map((d) => d && [d.documentType, d.sequence, d.filename]));
  if (keys(streamed) !== keys(documents)) return { check: 'stream:documents', message: `${keys(streamed).slice(0, 100)} vs ${keys(documents).slice(0, 100)}` };
  for (const [i, d] of streamed.entries()) {
    if (parts.some((p) => p.kind === 'document' && p.document === d) && bare(d) !== bare(documents[i])) return { check: 'stream:document', message: `document ${i} differs from parseSubmission's` };
  }
  if (JSON.stringify(streamedExhibits) !== JSON.stringify(wholeExhibits)) return { check: 'stream:exhibits', message: 'exhibits streamed differ from exhibits parsed whole' };
  return null;
}

/**
 * The checks a large reproducer (hundreds of KB, kept as a repeated unit) is held to:
 * parse, the exact round trip, validation, the layout rule, summarize and format — not
 * the re-parses of its bytes and of its formatted text, which triple the time and add
 * nothing to what such an input reproduces (a throw, a stack overflow, a super-linear pass).
 */
export function checkLarge(text: string): Failure | null {
  const tree = attempt('parse', () => parse(text));
  if (failed(tree)) return tree;
  if (stringify(tree) !== text) return { check: 'roundtrip:string', message: 'stringify(parse(x)) !== x' };
  const v = validate(tree);
  if (!v.ok) return { check: 'validate', message: `${v.issue.where}: ${v.issue.message}` };
  const layout = layoutProblem(tree);
  if (layout) return layout;
  const summary = attempt('summarize', () => summarize(tree));
  if (failed(summary)) return summary;
  const printed = attempt('format', () => format(tree));
  return failed(printed) ? printed : null;
}

/** Every check on one input; the first failure, or null. */
export async function checkInput(input: FuzzInput): Promise<Failure | null> {
  switch (input.kind) {
    case 'text':
      return checkText(input.text);
    case 'bytes':
      return checkBytes(input.bytes);
    case 'html':
      return checkHtml(input.html);
    case 'submission':
      return checkSubmission(input.bytes, input.chunk);
  }
}
