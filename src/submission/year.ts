/**
 * Datelines without a year (`March 3 /PRNewswire/ --`, date `--03-03`) take the year of
 * the filing that carries them: of the filing year and the years either side, the one
 * that puts the date nearest the filing date. The dateline then says `yearInferred: true`.
 */
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { Dateline } from '../tree/nodes/dateline.js';
import { isoDate } from '../normalize/date.js';

/** `--MM-DD`. */
const YEARLESS = /^--(\d{2})-(\d{2})$/;
/** `YYYY-MM-DD`, its year captured. */
const ISO = /^(\d{4})-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The full date nearest `filed` for a yearless `--MM-DD`; null when there is none. */
export function nearestYear(yearless: string, filed: string): string | null {
  const md = YEARLESS.exec(yearless);
  const f = ISO.exec(filed);
  if (!md || !f) return null;
  const year = Number(f[1]);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const date = isoDate(y, Number(md[1]), Number(md[2]));
    if (!date) continue;
    const distance = Math.abs(utc(date) - utc(filed)) / DAY_MS;
    if (distance < bestDistance) [best, bestDistance] = [date, distance];
  }
  return best;
}

interface Walkable {
  type: string;
  children?: Walkable[];
}

/** Gives every yearless dateline in `exhibit` a year from `filed` (ISO); mutates in place. */
export function inferYears(exhibit: Exhibit, filed: string): void {
  const walk = (n: Walkable): void => {
    if (n.type === 'dateline') {
      const d = n as unknown as Dateline;
      const full = d.date ? nearestYear(d.date, filed) : null;
      if (full) {
        d.date = full;
        d.yearInferred = true;
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(exhibit as unknown as Walkable);
}
