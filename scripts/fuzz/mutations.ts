/**
 * Mutations of real exhibit text, the edits that layout and archiving make to filings:
 * lines spliced, duplicated or joined, blank lines deleted, page markers, form feeds and
 * tabs inserted, line endings changed, truncation, double spacing, upper-casing, and
 * paragraphs shuffled. Each takes the text and fractions in [0, 1) that place the edit.
 */
import fc from 'fast-check';

type Mutation = (text: string, a: number, b: number) => string;

const lines = (t: string): string[] => t.split('\n');
const at = (n: number, f: number): number => Math.min(n - 1, Math.max(0, Math.floor(f * n)));

/** The mutations by name; a fixture input gets one to three of them, in order. */
export const MUTATIONS: Record<string, Mutation> = {
  spliceLines: (t, a, b) => {
    const ls = lines(t);
    const from = at(ls.length, a);
    const to = at(ls.length, b);
    return [...ls.slice(0, from), ...ls.slice(to, to + 5), ...ls.slice(from)].join('\n');
  },
  duplicate: (t, a, b) => {
    const from = at(t.length + 1, a);
    return t.slice(0, from) + t.slice(from, from + Math.floor(b * 2000)) + t.slice(from);
  },
  deleteBlankLines: (t) => t.replace(/\n[ \t]*\n/g, '\n'),
  joinLines: (t, a) => (a < 0.5 ? t.replace(/\r?\n/g, ' ') : t.replace(/\r?\n(?=\S)/g, ' ')),
  insertPage: (t, a, b) => {
    const ls = lines(t);
    const i = at(ls.length, a);
    const marker = ['<PAGE>', `<PAGE> ${Math.floor(b * 40)}`, '\f', '<PAGE>\n\n', '-2-', '\f<PAGE>'][at(6, b)] ?? '<PAGE>';
    return [...ls.slice(0, i), marker, ...ls.slice(i)].join('\n');
  },
  insertTabs: (t, a, b) => {
    const i = at(t.length + 1, a);
    return t.slice(0, i) + '\t'.repeat(1 + Math.floor(b * 4)) + t.slice(i);
  },
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  cr: (t) => t.replace(/\r?\n/g, '\r'),
  truncate: (t, a) => t.slice(0, at(t.length + 1, a)),
  doubleSpace: (t) => t.replace(/\n/g, '\n\n'),
  upperCase: (t, a) => {
    if (a < 0.5) return t.toUpperCase();
    const ls = lines(t);
    return ls.map((l, i) => (i % 2 === 0 ? l.toUpperCase() : l)).join('\n');
  },
  shuffleParagraphs: (t, a, b) => {
    const ps = t.split(/\n[ \t]*\n/);
    const i = at(ps.length, a);
    const j = at(ps.length, b);
    const p = ps[i];
    const q = ps[j];
    if (p === undefined || q === undefined) return t;
    ps[i] = q;
    ps[j] = p;
    return ps.join('\n\n');
  },
  indent: (t, a) => t.replace(/\n/g, `\n${' '.repeat(1 + Math.floor(a * 30))}`),
  deleteRange: (t, a, b) => {
    const i = at(t.length + 1, a);
    return t.slice(0, i) + t.slice(i + Math.floor(b * 300));
  },
  repeatWhole: (t, a) => t.repeat(2 + Math.floor(a * 4)),
};

const names = Object.keys(MUTATIONS);
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** One to three named mutations with their placing fractions. */
export const mutationPlan = fc.array(fc.tuple(fc.constantFrom(...names), unit, unit), { minLength: 1, maxLength: 3 });

export function applyPlan(text: string, plan: readonly (readonly [string, number, number])[]): string {
  return plan.reduce((t, [name, a, b]) => MUTATIONS[name]?.(t, a, b) ?? t, text);
}
