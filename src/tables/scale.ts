/**
 * The scale a table states: "(In thousands, except per share data)", "(in 000s)",
 * "($ in millions)", "(Amounts in Thousands Except Per Share Amounts)".
 */

export interface Scale {
  readonly scale: number;
  /** The phrase as printed. */
  readonly text: string;
  /** The phrase excepts per-share figures ("except per share data"). */
  readonly exceptPerShare: boolean;
  /** The phrase excepts share counts ("except share data", "except share amounts"). */
  readonly exceptShares: boolean;
}

/** A scale word with what it multiplies by. */
const SCALE_WORD = /\b(?:in\s+|\$\s*)?(thousands|000s|000's|\$000|millions|billions)\b|\(\s*(000s?|millions|thousands|billions)\s*\)|\bin\s+(000s?)\b/iu;

const FACTOR: Record<string, number> = { thousands: 1000, '000s': 1000, "000's": 1000, $000: 1000, '000': 1000, millions: 1000000, billions: 1000000000 };

/** "per share data", "per common share amounts": what `exceptShares` must not count. */
const PER_SHARE_PHRASE = /per[\s-]+(?:common\s+)?share(?:\s+(?:data|amounts))?/giu;

/** The scale a caption line states, or null. Only short lines count: prose mentioning "millions" is not a caption. */
export function scaleOf(line: string): Scale | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return null;
  // A caption is parenthesised or says "in"/"amounts in"/"$": "(In thousands …)", "$ in millions", "in 000s".
  if (!/^\(|\bin\b|\bamounts\b|^\$|\(\$/iu.test(text)) return null;
  const m = SCALE_WORD.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const scale = FACTOR[word] ?? (word.startsWith('000') ? 1000 : undefined);
  if (scale === undefined) return null;
  const except = /\bexcept\b(?<rest>.*)$/iu.exec(text)?.groups?.['rest'] ?? '';
  return {
    scale,
    text,
    exceptPerShare: /per[\s-]+share|\beps\b/iu.test(except),
    exceptShares: /\bshares?\b/iu.test(except.replace(PER_SHARE_PHRASE, '')),
  };
}

/** Labels of per-share rows ("Basic earnings per share", "Diluted", "EPS - Diluted"). */
export const isPerShareLabel = (label: string): boolean => /per\s+(?:common\s+)?share|\beps\b|^(?:basic|diluted)\b/iu.test(label);

/** Labels of share-count rows ("Shares used in computing …", "Weighted average shares"). */
export const isShareCountLabel = (label: string): boolean => /\bshares\b/iu.test(label) && !/per\s+share/iu.test(label);
