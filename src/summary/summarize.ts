/**
 * From tree to ExhibitSummary: the first of each front-matter node, every ticker and
 * contact in order, the risks of the safe-harbor passage.
 */
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { ContactEntry } from '../tree/unist.js';
import { collapse } from '../normalize/text.js';
import type { ExhibitSummary, SummaryContact } from './schema.js';

interface Walkable {
  type: string;
  children?: Walkable[];
  [key: string]: unknown;
}

/** Every node in document order (pre-order). */
function* nodes(node: Walkable): Generator<Walkable> {
  yield node;
  if (node.children) for (const c of node.children) yield* nodes(c);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? collapse(v) || null : null);

export function summarize(tree: Exhibit): ExhibitSummary {
  const all = [...nodes(tree as unknown as Walkable)];
  const first = (type: string): Walkable | undefined => all.find((n) => n.type === type);

  const tickers: ExhibitSummary['tickers'] = [];
  const seen = new Set<string>();
  for (const n of all) {
    if (n.type !== 'ticker') continue;
    const key = `${String(n['exchange'])}:${String(n['symbol'])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tickers.push({ exchange: String(n['exchange']), symbol: String(n['symbol']) });
  }

  const d = first('dateline');
  const contacts = mergeContacts(all.filter((n) => n.type === 'contact').flatMap((n) => (n['entries'] as ContactEntry[]) ?? []));
  const releaseNumber = all.filter((n) => n.type === 'contact').map((n) => str(n['releaseNumber'])).find((r) => r !== null) ?? null;

  const harbors = all.filter((n) => n.type === 'safeHarbor');
  const safeHarbor = harbors.length
    ? { risks: harbors.flatMap((h) => [...nodes(h)].filter((n) => n.type === 'riskItem').map((n) => str(n['text']) ?? '')).filter(Boolean) }
    : null;

  // Typed by the schema's inferred type; the tests check values against the schema itself
  // (property tests), so a start need not load zod to summarize.
  return {
    exhibit: str(first('exhibitLabel')?.['number']),
    title: str(first('releaseTitle')?.['text']),
    headline: str(first('headline')?.['text']),
    tickers,
    dateline: d
      ? {
          city: str(d['city']),
          region: str(d['region']),
          wire: str(d['wire']),
          date: str(d['date']),
          // Only when inferred, so summaries of exhibits read alone stay as they were.
          ...(d['yearInferred'] === true ? { yearInferred: true as const } : {}),
        }
      : null,
    contacts,
    releaseNumber,
    safeHarbor,
    endMarker: str(first('endMarker')?.['text']),
  };
}

/** One entry per person: a person named twice (top block and trailer) is merged. */
function mergeContacts(entries: readonly ContactEntry[]): SummaryContact[] {
  const out: SummaryContact[] = [];
  const byName = new Map<string, SummaryContact>();
  for (const e of entries) {
    const name = e.name ? collapse(e.name) : null;
    const existing = name ? byName.get(name.toLowerCase()) : undefined;
    if (existing) {
      for (const p of e.phones) if (!existing.phones.includes(p)) existing.phones.push(p);
      for (const f of e.faxes) if (!existing.faxes.includes(f)) existing.faxes.push(f);
      for (const m of e.emails) if (!existing.emails.includes(m)) existing.emails.push(m);
      continue;
    }
    const c: SummaryContact = { name, phones: [...e.phones], faxes: [...e.faxes], emails: [...e.emails] };
    out.push(c);
    if (name) byName.set(name.toLowerCase(), c);
  }
  return out;
}
