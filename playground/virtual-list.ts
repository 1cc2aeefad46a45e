/**
 * A scrolling list that renders only the rows in view (plus a margin): a 300 KB exhibit
 * has ~5,000 source lines and tens of thousands of tree nodes, and the page must not build
 * a DOM element for each. Rows have one fixed height, read from CSS (`--row`).
 */
export class VirtualList {
  private count = 0;
  private readonly spacer: HTMLDivElement;
  private readonly rows: HTMLDivElement;
  private frame = 0;

  constructor(
    readonly viewport: HTMLElement,
    private readonly renderRow: (index: number) => HTMLElement,
  ) {
    this.spacer = document.createElement('div');
    this.spacer.className = 'vl-spacer';
    this.rows = document.createElement('div');
    this.rows.className = 'vl-rows';
    this.spacer.append(this.rows);
    viewport.replaceChildren(this.spacer);
    viewport.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(viewport);
  }

  get rowHeight(): number {
    return parseFloat(getComputedStyle(this.viewport).getPropertyValue('--row')) || 20;
  }

  setCount(count: number): void {
    this.count = count;
    this.spacer.style.height = `${count * this.rowHeight}px`;
    this.render();
  }

  /** Renders again (after a change of selection or highlight). */
  refresh(): void {
    this.render();
  }

  /** Scrolls so that row `index` is in view (centred when it was out of view). */
  reveal(index: number): void {
    const h = this.rowHeight;
    const top = index * h;
    const { scrollTop, clientHeight } = this.viewport;
    if (top < scrollTop || top + h > scrollTop + clientHeight) this.viewport.scrollTop = top - clientHeight / 2 + h / 2;
    this.render();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const h = this.rowHeight;
    const margin = 10;
    const first = Math.max(0, Math.floor(this.viewport.scrollTop / h) - margin);
    const last = Math.min(this.count, Math.ceil((this.viewport.scrollTop + this.viewport.clientHeight) / h) + margin);
    this.rows.style.transform = `translateY(${first * h}px)`;
    const children: HTMLElement[] = [];
    for (let i = first; i < last; i++) children.push(this.renderRow(i));
    this.rows.replaceChildren(...children);
  }
}
