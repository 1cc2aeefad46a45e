/**
 * One hue per node type, the same on every load. The types an exhibit is mostly made of get
 * hues chosen far apart, so neighbours in the source are told apart; any other type is hashed.
 */
const HUES: Readonly<Record<string, number>> = {
  exhibitLabel: 270,
  releaseTitle: 140,
  headline: 215,
  subheadline: 190,
  dateline: 300,
  ticker: 160,
  slugLine: 250,
  editorLine: 325,
  paragraph: 55,
  heading: 0,
  contact: 345,
  phone: 20,
  email: 95,
  url: 185,
  safeHarbor: 280,
  riskList: 230,
  riskItem: 175,
  list: 310,
  listItem: 245,
  table: 35,
  rule: 110,
  pageBreak: 75,
  endMarker: 150,
  wireTrailer: 10,
  continuation: 30,
};

export function hueOf(type: string): number {
  const chosen = HUES[type];
  if (chosen !== undefined) return chosen;
  let hash = 0;
  for (let i = 0; i < type.length; i++) hash = (hash * 31 + type.charCodeAt(i)) | 0;
  return ((hash % 360) + 360) % 360;
}

/** Paints an element in its type's colour (the shade comes from CSS, per colour scheme). */
export function paint(element: HTMLElement, type: string): void {
  element.style.setProperty('--hue', String(hueOf(type)));
}
