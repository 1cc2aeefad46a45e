/**
 * The source: the exhibit's text, one row per line (only rows in view are built), each
 * character painted in the colour of the innermost node covering it. Hover and click act
 * on that node; the selected and hovered nodes' spans are outlined.
 */
import { paint } from './colors.js';
import type { PlaygroundState } from './state.js';
import { VirtualList } from './virtual-list.js';

/** Start offsets of the lines of `text` (line endings stay with their line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The line (0-based) holding `offset`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class SourceView {
  private starts: number[] = [0];
  private readonly list: VirtualList;

  constructor(
    viewport: HTMLElement,
    private readonly state: PlaygroundState,
  ) {
    this.list = new VirtualList(viewport, (i) => this.row(i));
    state.on((change) => {
      if (change === 'exhibit') {
        this.starts = lineStarts(state.exhibit?.source ?? '');
        viewport.scrollTo(0, 0);
        this.list.setCount(state.exhibit ? this.starts.length : 0);
      } else this.list.refresh();
    });
    viewport.addEventListener('mouseover', (e) => state.hover(nodeOfEvent(e)));
    viewport.addEventListener('mouseleave', () => state.hover(-1));
    viewport.addEventListener('click', (e) => {
      const index = nodeOfEvent(e);
      if (index >= 0) state.select(index);
    });
  }

  /** Scrolls the source to `offset`. */
  reveal(offset: number): void {
    this.list.reveal(lineOf(this.starts, offset));
  }

  /** 1-based line and column of `offset`, as the views print positions. */
  where(offset: number): string {
    const line = lineOf(this.starts, offset);
    return `${line + 1}:${offset - (this.starts[line] ?? 0) + 1}`;
  }

  private row(i: number): HTMLElement {
    const exhibit = this.state.exhibit;
    const row = document.createElement('div');
    row.className = 'src-row';
    const gutter = document.createElement('span');
    gutter.className = 'gutter';
    gutter.textContent = String(i + 1);
    row.append(gutter);
    if (!exhibit) return row;
    const from = this.starts[i] ?? 0;
    const to = this.starts[i + 1] ?? exhibit.source.length;
    const sel = exhibit.nodes[this.state.selected];
    const hov = exhibit.nodes[this.state.hovered];
    let at = from;
    while (at < to) {
      const owner = exhibit.owner[at] ?? -1;
      let end = at + 1;
      while (end < to && exhibit.owner[end] === owner) end++;
      const span = document.createElement('span');
      span.textContent = exhibit.source.slice(at, end).replace(/\r?\n|\r/, '');
      const node = exhibit.nodes[owner];
      if (node) {
        span.className = 'seg';
        span.dataset['node'] = String(owner);
        paint(span, node.type);
        span.title = node.type;
      }
      // A run never crosses the boundary of a painted node; a plain leaf's may fall inside one.
      if (sel && at < sel.end && end > sel.start) span.classList.add('in-sel');
      if (hov && at < hov.end && end > hov.start) span.classList.add('in-hov');
      row.append(span);
      at = end;
    }
    return row;
  }
}

function nodeOfEvent(e: Event): number {
  const target = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-node]') : null;
  return target ? Number(target.dataset['node']) : -1;
}
