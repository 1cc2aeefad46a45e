/**
 * What the three views share: the exhibit on show, the selected node and the hovered one.
 * Every view listens and re-renders what it shows; none talks to another directly.
 */
import type { ExhibitView } from './protocol.js';

export type Change = 'exhibit' | 'selection' | 'hover';

export class PlaygroundState {
  exhibit: ExhibitView | null = null;
  selected = -1;
  hovered = -1;
  private readonly listeners = new Set<(change: Change) => void>();

  on(listener: (change: Change) => void): void {
    this.listeners.add(listener);
  }

  show(exhibit: ExhibitView | null): void {
    this.exhibit = exhibit;
    this.selected = -1;
    this.hovered = -1;
    this.emit('exhibit');
  }

  select(index: number): void {
    this.selected = index;
    this.emit('selection');
  }

  hover(index: number): void {
    if (index === this.hovered) return;
    this.hovered = index;
    this.emit('hover');
  }

  /** The innermost node (not a plain leaf) at `offset` of the source, or -1. */
  nodeAt(offset: number): number {
    const owner = this.exhibit?.owner;
    if (!owner || owner.length === 0) return -1;
    return owner[Math.min(Math.max(0, offset), owner.length - 1)] ?? -1;
  }

  /** The first node of one of `types`, in document order, or -1. */
  firstOfType(types: readonly string[]): number {
    return this.exhibit?.nodes.findIndex((n) => types.includes(n.type)) ?? -1;
  }

  private emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }
}
