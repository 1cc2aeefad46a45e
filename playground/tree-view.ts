/**
 * The tree: one row per node in document order, collapsible, each with its span and its
 * semantic fields; only rows in view are built. Keyboard: ↑/↓ move, ←/→ collapse/expand
 * (or go to the parent/first child), Home/End, Enter/Space toggle. Plain `text` and
 * `whitespace` leaves are hidden unless asked for.
 */
import { paint } from './colors.js';
import { PLAIN_LEAVES, type FlatNode } from './protocol.js';
import type { PlaygroundState } from './state.js';
import { VirtualList } from './virtual-list.js';

/** Longest inline rendering of a node's fields. */
const FIELDS_CUT = 160;

export class TreeView {
  private readonly list: VirtualList;
  private readonly collapsed = new Set<number>();
  private rows: number[] = [];
  private rowOf = new Map<number, number>();
  showLeaves = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly state: PlaygroundState,
    private readonly where: (offset: number) => string,
  ) {
    this.list = new VirtualList(viewport, (i) => this.row(i));
    state.on((change) => {
      if (change === 'exhibit') {
        this.collapsed.clear();
        viewport.scrollTo(0, 0);
        this.rebuild();
      } else if (change === 'selection') {
        this.expandTo(state.selected);
        const row = this.rowOf.get(state.selected);
        if (row !== undefined) this.list.reveal(row);
        viewport.setAttribute('aria-activedescendant', row === undefined ? '' : `tree-row-${state.selected}`);
      } else this.list.refresh();
    });
    viewport.addEventListener('mouseover', (e) => state.hover(nodeOfEvent(e)));
    viewport.addEventListener('mouseleave', () => state.hover(-1));
    viewport.addEventListener('click', (e) => {
      const index = nodeOfEvent(e);
      if (index < 0) return;
      if (e.target instanceof HTMLElement && e.target.classList.contains('toggle')) this.toggle(index);
      else state.select(index);
    });
    viewport.addEventListener('keydown', (e) => this.key(e));
  }

  setShowLeaves(show: boolean): void {
    this.showLeaves = show;
    this.rebuild();
  }

  private visibleNode(node: FlatNode): boolean {
    return this.showLeaves || !PLAIN_LEAVES.has(node.type);
  }

  private hasChildren(index: number): boolean {
    const nodes = this.state.exhibit?.nodes ?? [];
    const node = nodes[index];
    if (!node) return false;
    for (let i = index + 1; i <= node.last; i++) if (nodes[i]?.parent === index && this.visibleNode(nodes[i] as FlatNode)) return true;
    return false;
  }

  private rebuild(): void {
    const nodes = this.state.exhibit?.nodes ?? [];
    this.rows = [];
    this.rowOf = new Map();
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as FlatNode;
      if (!this.visibleNode(node)) continue;
      this.rowOf.set(i, this.rows.length);
      this.rows.push(i);
      if (this.collapsed.has(i)) i = node.last;
    }
    this.list.setCount(this.rows.length);
  }

  private toggle(index: number): void {
    if (this.collapsed.has(index)) this.collapsed.delete(index);
    else if (this.hasChildren(index)) this.collapsed.add(index);
    this.rebuild();
  }

  private expandTo(index: number): void {
    const nodes = this.state.exhibit?.nodes ?? [];
    let changed = false;
    if (!this.showLeaves && PLAIN_LEAVES.has(nodes[index]?.type ?? '')) {
      this.showLeaves = true;
      changed = true;
    }
    for (let p = nodes[index]?.parent ?? -1; p >= 0; p = nodes[p]?.parent ?? -1) if (this.collapsed.delete(p)) changed = true;
    if (changed) this.rebuild();
  }

  private key(e: KeyboardEvent): void {
    const nodes = this.state.exhibit?.nodes ?? [];
    if (nodes.length === 0) return;
    const current = this.rowOf.get(this.state.selected) ?? -1;
    const go = (row: number): void => {
      const index = this.rows[Math.max(0, Math.min(this.rows.length - 1, row))];
      if (index !== undefined) this.state.select(index);
    };
    const selected = this.state.selected;
    switch (e.key) {
      case 'ArrowDown': go(current + 1); break;
      case 'ArrowUp': go(current - 1); break;
      case 'Home': go(0); break;
      case 'End': go(this.rows.length - 1); break;
      case 'ArrowRight':
        if (this.collapsed.has(selected)) this.toggle(selected);
        else if (this.hasChildren(selected)) go(current + 1);
        break;
      case 'ArrowLeft':
        if (this.hasChildren(selected) && !this.collapsed.has(selected)) this.toggle(selected);
        else if ((nodes[selected]?.parent ?? -1) >= 0) this.state.select(nodes[selected]?.parent ?? 0);
        break;
      case 'Enter':
      case ' ':
        if (selected >= 0) this.toggle(selected);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private row(r: number): HTMLElement {
    const index = this.rows[r] ?? -1;
    const node = this.state.exhibit?.nodes[index];
    const row = document.createElement('div');
    row.className = 'tree-row';
    if (!node) return row;
    row.id = `tree-row-${index}`;
    row.dataset['node'] = String(index);
    row.setAttribute('role', 'treeitem');
    row.setAttribute('aria-level', String(node.depth + 1));
    row.setAttribute('aria-selected', String(index === this.state.selected));
    if (index === this.state.selected) row.classList.add('selected');
    if (index === this.state.hovered) row.classList.add('hovered');
    row.style.paddingLeft = `${node.depth * 14 + 4}px`;
    const toggle = document.createElement('span');
    toggle.className = 'toggle';
    if (this.hasChildren(index)) {
      const open = !this.collapsed.has(index);
      row.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? '▾' : '▸';
    }
    const type = document.createElement('span');
    type.className = 'type seg';
    type.textContent = node.type;
    paint(type, node.type);
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${this.where(node.start)}–${this.where(node.end)}`;
    const fields = document.createElement('span');
    fields.className = 'fields';
    fields.textContent = node.value === null ? inlineFields(JSON.parse(node.fields) as Record<string, unknown>) : JSON.stringify(node.value);
    row.append(toggle, type, where, fields);
    return row;
  }
}

/** `key=value …` of a node's fields on one line, cut. */
export function inlineFields(fields: Record<string, unknown>): string {
  const text = Object.entries(fields)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  return text.length > FIELDS_CUT ? `${text.slice(0, FIELDS_CUT - 1)}…` : text;
}

function nodeOfEvent(e: Event): number {
  const target = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-node]') : null;
  return target ? Number(target.dataset['node']) : -1;
}
