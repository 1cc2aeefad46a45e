/**
 * The parse worker: `read` any input, then flatten each exhibit's tree for the views and
 * compute every output up front, so the page thread only renders.
 */
import { explain, format, read, stringify, toMarkdown, type Exhibit } from '../src/index.js';
import { PLAIN_LEAVES, type ExhibitView, type FlatNode, type OutputName, type ParseResponse, type WorkerRequest, type WorkerResponse } from './protocol.js';

/** The worker's global scope, typed with just what this file uses (the project's lib is DOM). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
};

/** Longest leaf value kept for the tree view. */
const VALUE_CUT = 120;

interface UnistLike {
  type: string;
  position?: { start: { offset: number }; end: { offset: number } };
  children?: UnistLike[];
  value?: unknown;
  [field: string]: unknown;
}

function flatten(root: UnistLike, base: number, length: number): { nodes: FlatNode[]; owner: Int32Array } {
  const nodes: FlatNode[] = [];
  const owner = new Int32Array(length).fill(-1);
  const visit = (node: UnistLike, depth: number, parent: number): void => {
    const index = nodes.length;
    const start = (node.position?.start.offset ?? base) - base;
    const end = (node.position?.end.offset ?? base) - base;
    const fields: Record<string, unknown> = {};
    for (const [key, val] of Object.entries(node)) {
      if (key !== 'type' && key !== 'position' && key !== 'children' && key !== 'value') fields[key] = val;
    }
    const value = typeof node.value === 'string' ? node.value.slice(0, VALUE_CUT) : null;
    const flat = { type: node.type, start, end, depth, parent, last: index, fields: JSON.stringify(fields), value };
    nodes.push(flat);
    // Pre-order: a child paints over its parent, so each character ends with its innermost node.
    if (depth > 0 && !PLAIN_LEAVES.has(node.type)) owner.fill(index, Math.max(0, start), Math.min(length, end));
    for (const child of node.children ?? []) visit(child, depth + 1, index);
    flat.last = nodes.length - 1;
  };
  visit(root, 0, -1);
  return { nodes, owner };
}

function view(tree: Exhibit, summary: Record<string, unknown>, label: string, exhibitFormat: string): ExhibitView {
  const source = stringify(tree);
  const base = tree.position?.start.offset ?? 0;
  const { nodes, owner } = flatten(tree as unknown as UnistLike, base, source.length);
  // `explain` on the exhibit's own text: its warnings are there even for a document of a
  // submission (where `read` keeps none), with offsets into `source`.
  const explanation = explain(source);
  return {
    label,
    format: exhibitFormat,
    source,
    nodes,
    owner,
    summary,
    warnings: explanation.warnings.map((w) => ({ ruleId: w.ruleId, reason: w.reason, start: w.position.start.offset, end: w.position.end.offset })),
    blocks: explanation.blocks.map((b) => ({ reading: b.reading, section: b.section, start: b.position.start.offset, end: b.position.end.offset, excerpt: b.excerpt, rules: b.rules })),
  };
}

/** The latest parse's exhibits, for the outputs the page asks for afterwards. */
let latest: { parse: number; exhibits: readonly { tree: Exhibit; summary: unknown }[] } = { parse: -1, exhibits: [] };

function output(tree: Exhibit, summary: unknown, name: OutputName): string {
  switch (name) {
    case 'summary': return JSON.stringify(summary, null, 2);
    case 'tree': return JSON.stringify(tree, null, 2);
    case 'format': return format(tree);
    case 'markdown': return toMarkdown(tree);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function parse(id: number, input: string | Uint8Array): void {
  const started = performance.now();
  try {
    const result = read(input);
    latest = { parse: id, exhibits: result.exhibits };
    const exhibits = result.exhibits.map((exhibit) => {
      const { documentType, filename } = exhibit.context;
      const label = documentType ? `${documentType}${filename ? ` (${filename})` : ''}` : `${result.kind} exhibit`;
      return view(exhibit.tree, exhibit.summary, label, exhibit.format);
    });
    const response: ParseResponse = { kind: 'parse', id, ok: true, input: result.kind, encoding: result.encoding, exhibits, parseMs: performance.now() - started };
    scope.postMessage(response, exhibits.map((e) => e.owner.buffer as ArrayBuffer));
  } catch (error) {
    scope.postMessage({ kind: 'parse', id, ok: false, error: describe(error) }, []);
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'parse') return parse(request.id, request.input);
  const exhibit = request.parse === latest.parse ? latest.exhibits[request.exhibit] : undefined;
  try {
    if (!exhibit) throw new Error('that exhibit is no longer on show');
    scope.postMessage({ kind: 'output', id: request.id, ok: true, text: output(exhibit.tree, exhibit.summary, request.name) }, []);
  } catch (error) {
    scope.postMessage({ kind: 'output', id: request.id, ok: false, error: describe(error) }, []);
  }
};
