/**
 * The smaller panels: the summary record (each field linked to the node it came from),
 * the warnings and the explain view (each entry jumps to its place), the selected node's
 * details with the reading of its block, and the legend of node types.
 */
import { paint } from './colors.js';
import type { BlockView } from './protocol.js';
import type { PlaygroundState } from './state.js';

/** Where each summary field is read from, by node type (first match in document order). */
export const SUMMARY_SOURCES: Readonly<Record<string, readonly string[]>> = {
  exhibit: ['exhibitLabel'],
  title: ['releaseTitle'],
  headline: ['headline'],
  tickers: ['ticker'],
  dateline: ['dateline'],
  contacts: ['contact', 'wireTrailer'],
  releaseNumber: ['contact'],
  safeHarbor: ['safeHarbor', 'riskList'],
  endMarker: ['endMarker'],
};

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

export function renderSummary(container: HTMLElement, state: PlaygroundState): void {
  const summary = state.exhibit?.summary ?? {};
  const list = document.createElement('dl');
  for (const [key, value] of Object.entries(summary)) {
    const types = SUMMARY_SOURCES[key] ?? [key];
    const entry = document.createElement('div');
    entry.className = 'sum-entry';
    entry.dataset['field'] = key;
    entry.dataset['types'] = types.join(' ');
    const dt = document.createElement('dt');
    const node = state.firstOfType(types);
    if (node >= 0) {
      dt.append(button(key, 'link', () => state.select(node)));
      entry.addEventListener('mouseenter', () => state.hover(node));
      entry.addEventListener('mouseleave', () => state.hover(-1));
    } else dt.textContent = key;
    const dd = document.createElement('dd');
    dd.textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    if (value === null || (Array.isArray(value) && value.length === 0)) dd.classList.add('empty');
    entry.append(dt, dd);
    list.append(entry);
  }
  container.replaceChildren(list);
}

/** Marks the summary fields read from the selected or hovered node. */
export function markSummary(container: HTMLElement, state: PlaygroundState): void {
  const typeOf = (i: number): string => state.exhibit?.nodes[i]?.type ?? '';
  const sel = typeOf(state.selected);
  const hov = typeOf(state.hovered);
  for (const entry of container.querySelectorAll<HTMLElement>('.sum-entry')) {
    const types = (entry.dataset['types'] ?? '').split(' ');
    entry.classList.toggle('selected', sel !== '' && types.includes(sel));
    entry.classList.toggle('hovered', hov !== '' && types.includes(hov));
  }
}

export function renderWarnings(container: HTMLElement, state: PlaygroundState, where: (offset: number) => string, jump: (offset: number) => void): void {
  const warnings = state.exhibit?.warnings ?? [];
  if (warnings.length === 0) {
    container.textContent = 'No warnings: the parser did not have to guess.';
    return;
  }
  const list = document.createElement('ul');
  for (const w of warnings) {
    const li = document.createElement('li');
    li.append(button(`${where(w.start)}`, 'link', () => jump(w.start)), ` ${w.ruleId}: ${w.reason}`);
    list.append(li);
  }
  container.replaceChildren(list);
}

function blockText(b: BlockView): string {
  return `${b.reading}${b.section ? ` (in ${b.section})` : ''} — “${b.excerpt}”`;
}

function rulesList(b: BlockView): HTMLElement {
  const rules = document.createElement('ol');
  rules.className = 'rules';
  for (const r of b.rules) {
    const li = document.createElement('li');
    const id = document.createElement('code');
    id.textContent = r.id;
    li.append(id, ` ${r.says}`);
    rules.append(li);
  }
  return rules;
}

/** Blocks the explain list shows at first, and adds at each "more": a long exhibit has hundreds. */
const EXPLAIN_PAGE = 100;

export function renderExplain(container: HTMLElement, state: PlaygroundState, where: (offset: number) => string, jump: (offset: number) => void, shown = EXPLAIN_PAGE): void {
  const blocks = state.exhibit?.blocks ?? [];
  const list = document.createElement('ul');
  for (const b of blocks.slice(0, shown)) {
    const li = document.createElement('li');
    const head = button(where(b.start), 'link', () => jump(b.start));
    const reading = document.createElement('span');
    reading.className = 'seg';
    reading.textContent = b.reading;
    paint(reading, b.reading);
    li.append(head, ' ', reading, ` ${blockText(b).slice(b.reading.length)}`, rulesList(b));
    list.append(li);
  }
  const rest = blocks.length - shown;
  if (rest <= 0) return container.replaceChildren(list);
  const more = button(`Show ${Math.min(rest, EXPLAIN_PAGE)} more of ${rest} blocks`, 'more', () => renderExplain(container, state, where, jump, shown + EXPLAIN_PAGE));
  container.replaceChildren(list, more);
}

export function renderDetails(container: HTMLElement, state: PlaygroundState, where: (offset: number) => string): void {
  const node = state.exhibit?.nodes[state.selected];
  if (!node) {
    container.textContent = 'Select a node (click the source, a tree row or a summary field).';
    return;
  }
  const head = document.createElement('p');
  const type = document.createElement('span');
  type.className = 'seg';
  type.textContent = node.type;
  paint(type, node.type);
  head.append(type, ` ${where(node.start)}–${where(node.end)} (offsets ${node.start}–${node.end})`);
  const fields = document.createElement('pre');
  fields.textContent = node.value === null ? JSON.stringify(JSON.parse(node.fields), null, 2) : JSON.stringify(node.value);
  const parts: HTMLElement[] = [head, fields];
  const block = state.exhibit?.blocks.find((b) => node.start >= b.start && node.start < b.end);
  if (block) {
    const why = document.createElement('div');
    why.className = 'why';
    const title = document.createElement('p');
    title.textContent = `Why: its block was read as ${blockText(block)}`;
    why.append(title, rulesList(block));
    parts.push(why);
  }
  container.replaceChildren(...parts);
}

export function renderLegend(container: HTMLElement, state: PlaygroundState): void {
  const counts = new Map<string, number>();
  for (const n of state.exhibit?.nodes ?? []) if (n.type !== 'text' && n.type !== 'whitespace' && n.depth > 0) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const items = [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([type, count]) => {
    const item = document.createElement('li');
    const chip = document.createElement('span');
    chip.className = 'seg';
    chip.textContent = type;
    paint(chip, type);
    item.append(chip, ` ${count}`);
    return item;
  });
  container.replaceChildren(...items);
}
