/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an
 * argument, and an input-sized array (a paragraph's leaves, a long document's lines)
 * overflows the call stack; this never does.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
