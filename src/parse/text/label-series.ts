/**
 * Labels in series — "1" then "2", "a" then "b", "i" then "ii" — as lists and run-in
 * enumerations number their items. Labels are given bare and in lower case ("c", "iv", "12").
 */

/** Roman numerals up to 20, in order. */
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** Whether a bare label is a roman numeral up to 20. */
export const isRomanLabel = (label: string): boolean => ROMAN.includes(label);

/**
 * The labels that may come before this one in its series: "2" before "3", "b" before "c",
 * "ii" before "iii". "i", "v" and "x" may be letters or numerals: both readings are kept.
 * None for a first label ("1", "a", "i").
 */
export function predecessors(label: string): string[] {
  if (/^\d+$/.test(label)) return Number(label) > 1 ? [String(Number(label) - 1)] : [];
  const lower = label.toLowerCase();
  const out: string[] = [];
  const roman = ROMAN.indexOf(lower);
  if (roman > 0) out.push(ROMAN[roman - 1] ?? '');
  if (lower.length === 1 && lower !== 'a' && lower !== 'i') out.push(String.fromCharCode(lower.charCodeAt(0) - 1));
  return out;
}

/** The labels that may come after this one: "2" after "1", "b" after "a", "ii" after "i". */
export function successors(label: string): string[] {
  if (/^\d+$/.test(label)) return [String(Number(label) + 1)];
  const lower = label.toLowerCase();
  const out: string[] = [];
  const roman = ROMAN.indexOf(lower);
  if (roman >= 0 && roman + 1 < ROMAN.length) out.push(ROMAN[roman + 1] ?? '');
  if (lower.length === 1) out.push(String.fromCharCode(lower.charCodeAt(0) + 1));
  return out;
}
