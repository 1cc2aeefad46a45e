import type { IToken } from 'chevrotain';

/** Whether every token with letters is written in capitals ("BUSINESS EDITORS"). */
export function isUpperCaseWords(tokens: readonly IToken[]): boolean {
  let letters = false;
  for (const t of tokens) {
    const img = t.image;
    if (img.toUpperCase() !== img) return false;
    if (img.toLowerCase() !== img) letters = true;
  }
  return letters;
}

/** Share of letters that are capitals, over the given text (0 when it has no letters). */
export function upperShare(text: string): number {
  let upper = 0;
  let total = 0;
  for (const ch of text) {
    const u = ch.toUpperCase();
    const l = ch.toLowerCase();
    if (u === l) continue;
    total++;
    if (ch === u) upper++;
  }
  return total === 0 ? 0 : upper / total;
}
