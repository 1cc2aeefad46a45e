/** One hue per node type, the same on every load: types are hashed, not numbered. */
export function hueOf(type: string): number {
  let hash = 0;
  for (let i = 0; i < type.length; i++) hash = (hash * 31 + type.charCodeAt(i)) | 0;
  return ((hash % 360) + 360) % 360;
}

/** Paints an element in its type's colour (the shade comes from CSS, per colour scheme). */
export function paint(element: HTMLElement, type: string): void {
  element.style.setProperty('--hue', String(hueOf(type)));
}
