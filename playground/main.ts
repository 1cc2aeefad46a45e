/**
 * The playground page: input (paste, drop, samples) → the parse worker → three linked
 * views (source, tree, summary) with warnings, the explain view and the outputs.
 * Nothing leaves the page: the library runs in the worker.
 */
import { copy, download, OUTPUTS } from './outputs.js';
import { markSummary, renderDetails, renderExplain, renderLegend, renderSummary, renderWarnings } from './panels.js';
import type { OutputName, ParseResponse, WorkerRequest, WorkerResponse } from './protocol.js';
import { SAMPLES } from './samples.js';
import { SourceView } from './source-view.js';
import { PlaygroundState } from './state.js';
import { TreeView } from './tree-view.js';

function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`playground: #${id} is missing from index.html`);
  return element;
}

const state = new PlaygroundState();
const source = new SourceView($('source'), state);
const where = (offset: number): string => source.where(offset);
const tree = new TreeView($('tree'), state, where);
const status = $('status');
const input = $('input') as HTMLTextAreaElement;
const exhibitPicker = $('exhibit') as HTMLSelectElement;

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let latest = 0;
let startedAt = 0;
let response: Extract<ParseResponse, { ok: true }> | null = null;

function say(text: string): void {
  status.textContent = text;
}

/** Sends input to the worker; `t0` is when the user acted (drop, paste, click). */
function parse(text: string | Uint8Array, what: string, t0 = performance.now()): void {
  latest += 1;
  startedAt = t0;
  status.dataset['state'] = 'parsing';
  say(`Reading ${what}…`);
  const request: WorkerRequest = { kind: 'parse', id: latest, input: text };
  worker.postMessage(request, typeof text === 'string' ? [] : [text.buffer]);
}

/** Jumps to a place of the source: scrolls there and selects the node at it. */
function jump(offset: number): void {
  source.reveal(offset);
  const node = state.nodeAt(offset);
  if (node >= 0) state.select(node);
}

/** The explain list is built when its section is open: a big exhibit has hundreds of blocks. */
let explainShown: unknown = null;
function showExplain(): void {
  if (explainShown === state.exhibit) return;
  explainShown = state.exhibit;
  renderExplain($('explain'), state, where, jump);
}
$('explain-section').addEventListener('toggle', () => {
  if (($('explain-section') as HTMLDetailsElement).open) showExplain();
});

/** Which exhibit of the latest parse is on show. */
let shownExhibit = 0;

function showExhibit(index: number): void {
  shownExhibit = index;
  state.show(response?.exhibits[index] ?? null);
  renderSummary($('summary'), state);
  renderWarnings($('warnings'), state, where, jump);
  explainShown = null;
  if (($('explain-section') as HTMLDetailsElement).open) showExplain();
  renderLegend($('legend'), state);
  renderDetails($('details'), state, where);
  $('warnings-count').textContent = String(state.exhibit?.warnings.length ?? 0);
}

/** Outputs asked of the worker and not yet given, by request id. */
const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
let outputRequests = 0;

/** One output of the exhibit on show, computed by the worker. */
function outputOf(name: OutputName): Promise<string> {
  const exhibit = shownExhibit;
  if (!response || !state.exhibit) return Promise.reject(new Error('Nothing is on show yet.'));
  outputRequests += 1;
  const request: WorkerRequest = { kind: 'output', id: outputRequests, parse: response.id, exhibit, name };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    worker.postMessage(request);
  });
}

worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
  const received = performance.now();
  const message = event.data;
  if (message.kind === 'output') {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.text);
    else waiting?.reject(new Error(message.error));
    return;
  }
  if (message.id !== latest) return; // A newer input is on its way.
  if (!message.ok) {
    response = null;
    state.show(null);
    status.dataset['state'] = 'error';
    say(message.error);
    return;
  }
  response = message;
  exhibitPicker.replaceChildren(
    ...message.exhibits.map((e, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.textContent = e.label;
      return option;
    }),
  );
  exhibitPicker.hidden = message.exhibits.length < 2;
  showExhibit(0);
  status.dataset['renderMs'] = (performance.now() - received).toFixed(0);
  // Two frames: the first runs before layout and paint, the second after them.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const total = performance.now() - startedAt;
      status.dataset['state'] = 'done';
      status.dataset['parseMs'] = message.parseMs.toFixed(0);
      status.dataset['totalMs'] = total.toFixed(0);
      const found = message.exhibits.length === 0 ? 'no EX-99 press release in it' : `${message.exhibits.length} exhibit(s)`;
      say(`${message.input}, ${message.encoding}: ${found}. Read in ${message.parseMs.toFixed(0)} ms (worker); on screen ${total.toFixed(0)} ms after input.`);
    }),
  );
};
worker.onerror = (event) => {
  status.dataset['state'] = 'error';
  say(`The parse worker failed: ${event.message}`);
};

exhibitPicker.addEventListener('change', () => showExhibit(Number(exhibitPicker.value)));

state.on((change) => {
  if (change === 'selection') {
    renderDetails($('details'), state, where);
    const node = state.exhibit?.nodes[state.selected];
    if (node) source.reveal(node.start);
  }
  if (change !== 'exhibit') markSummary($('summary'), state);
});

// Input: typing or pasting (debounced), a file picked or dropped, a sample.
let typing = 0;
input.addEventListener('input', () => {
  clearTimeout(typing);
  const t0 = performance.now();
  typing = window.setTimeout(() => {
    if (input.value.trim() !== '') parse(input.value, 'the pasted text', t0);
  }, 250);
});

async function readFile(file: File, t0: number): Promise<void> {
  say(`Loading ${file.name}…`);
  // The file's bytes go to the worker as they are (it decodes them as `read` does); the box
  // is for pasting, and says what is on show.
  input.value = '';
  input.placeholder = `${file.name} is shown below. Paste an exhibit here, or drop another file, to replace it.`;
  parse(new Uint8Array(await file.arrayBuffer()), `${file.name} (${file.size.toLocaleString()} bytes)`, t0);
}

const picker = $('file') as HTMLInputElement;
picker.addEventListener('change', () => {
  const file = picker.files?.[0];
  if (file) void readFile(file, performance.now());
});
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  const t0 = performance.now();
  const file = e.dataTransfer?.files[0];
  if (file) void readFile(file, t0);
  else {
    const text = e.dataTransfer?.getData('text/plain');
    if (text) parse(text, 'the dropped text', t0);
  }
});

const samples = $('samples');
for (const sample of SAMPLES) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = sample.label;
  b.dataset['sample'] = sample.id;
  b.addEventListener('click', () => {
    input.value = sample.text;
    parse(sample.text, sample.label);
  });
  samples.append(b);
}

($('leaves') as HTMLInputElement).addEventListener('change', (e) => tree.setShowLeaves((e.target as HTMLInputElement).checked));

const outputs = $('outputs');
for (const output of OUTPUTS) {
  const group = document.createElement('span');
  group.className = 'output';
  group.append(`${output.label}: `);
  const copyButton = document.createElement('button');
  copyButton.type = 'button';
  copyButton.textContent = 'Copy';
  copyButton.setAttribute('aria-label', `Copy ${output.label}`);
  copyButton.addEventListener('click', () => {
    outputOf(output.name).then(copy, (error: Error) => error.message).then(say, say);
  });
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = 'Download';
  save.setAttribute('aria-label', `Download ${output.label}`);
  save.dataset['output'] = output.name;
  save.addEventListener('click', () => {
    outputOf(output.name).then((text) => download(text, output.file, output.mime), (error: Error) => say(error.message));
  });
  group.append(copyButton, ' ', save);
  outputs.append(group);
}

// Start on the seed, so the first view shows what the page does.
const seed = SAMPLES[0];
if (seed) {
  input.value = seed.text;
  parse(seed.text, seed.label);
}
