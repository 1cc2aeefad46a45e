/**
 * Typed fields of an SEC header, read from its entries. Both spellings of EDGAR's headers
 * are known: the classic `KEY: value` lines and the one-line form's tags
 * (`CENTRAL INDEX KEY:` / `<CIK>`). Keys compare upper case with hyphens as spaces.
 */
import type { HeaderContent } from '../tree/content.js';
import type { Filer, SecHeader } from '../tree/nodes/sec-header.js';
import { isoDate } from '../normalize/date.js';
import { collapse } from '../normalize/text.js';

/** A key as compared: upper case, hyphens and underscores as spaces, spaces collapsed. */
export function normalizeKey(key: string): string {
  return collapse(key.toUpperCase().replace(KEY_JOINERS, ' '));
}
/** Hyphens and underscores inside a key or tag name. */
const KEY_JOINERS = /[-_]/g;

/** `YYYYMMDD`. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** `YYYYMMDDhhmmss`. */
const COMPACT_DATE_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
/** `MMDD` (a fiscal year end). */
const MONTH_DAY = /^(\d{2})(\d{2})$/;
/** The code of an industry classification: `ELECTRIC SERVICES [4911]`, `[3281`, `2911`. */
const SIC_CODE = /(?:^|\[)(\d{3,4})\]?$/;
/** Digits only. */
const DIGITS = /^\d+$/;

const KEYS = {
  accessionNumber: ['ACCESSION NUMBER'],
  formType: ['CONFORMED SUBMISSION TYPE', 'TYPE'],
  documentCount: ['PUBLIC DOCUMENT COUNT'],
  period: ['CONFORMED PERIOD OF REPORT', 'PERIOD'],
  filedAsOf: ['FILED AS OF DATE', 'FILING DATE'],
  acceptedAt: ['ACCEPTANCE DATETIME'],
  items: ['ITEM INFORMATION', 'ITEMS'],
  companyName: ['COMPANY CONFORMED NAME', 'CONFORMED NAME'],
  cik: ['CENTRAL INDEX KEY', 'CIK'],
  sic: ['STANDARD INDUSTRIAL CLASSIFICATION', 'ASSIGNED SIC'],
  stateOfIncorporation: ['STATE OF INCORPORATION'],
  fiscalYearEnd: ['FISCAL YEAR END'],
} as const satisfies Record<string, readonly string[]>;

type Key = keyof typeof KEYS;
type Entry = { readonly key: string; readonly value: string };

/** The key/value entries directly among `children` (fields, and tags with a value). */
function entriesOf(children: readonly HeaderContent[]): Entry[] {
  const out: Entry[] = [];
  for (const c of children) {
    if (c.type === 'headerField') out.push({ key: normalizeKey(c.key), value: c.text });
    else if (c.type === 'sgmlTag' && !c.closing && c.text !== null) out.push({ key: normalizeKey(c.name), value: c.text });
  }
  return out;
}

/** Every key/value entry under `children`, groups included, in document order. */
function deepEntriesOf(children: readonly HeaderContent[]): Entry[] {
  return children.flatMap((c) => (c.type === 'headerGroup' ? deepEntriesOf(c.children) : entriesOf([c])));
}

const valuesOf = (entries: readonly Entry[], key: Key): string[] =>
  entries.filter((e) => (KEYS[key] as readonly string[]).includes(e.key) && e.value !== '').map((e) => e.value);
const firstOf = (entries: readonly Entry[], key: Key): string | null => valuesOf(entries, key)[0] ?? null;

/** `20050125` → `2005-01-25`; null when it is not a calendar date. */
export function compactDate(value: string | null): string | null {
  const m = value ? COMPACT_DATE.exec(value) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function compactDateTime(value: string | null): string | null {
  const m = value ? COMPACT_DATE_TIME.exec(value) : null;
  if (!m) return null;
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  return date && h < 24 && min < 60 && s < 60 ? `${date}T${m[4]}:${m[5]}:${m[6]}` : null;
}

function filerOf(role: string, children: readonly HeaderContent[]): Filer | null {
  const entries = deepEntriesOf(children);
  const companyName = firstOf(entries, 'companyName');
  const cik = firstOf(entries, 'cik');
  if (companyName === null && cik === null) return null;
  const sic = firstOf(entries, 'sic');
  const code = sic ? SIC_CODE.exec(sic) : null;
  const industry = sic ? collapse(sic.split('[')[0] ?? '') : '';
  const fye = firstOf(entries, 'fiscalYearEnd');
  const md = fye ? MONTH_DAY.exec(fye) : null;
  return {
    role,
    companyName,
    cik,
    sic: code?.[1] ?? null,
    industry: industry && !DIGITS.test(industry) ? industry : null,
    stateOfIncorporation: firstOf(entries, 'stateOfIncorporation'),
    fiscalYearEnd: md ? isoDate(null, Number(md[1]), Number(md[2])) : null,
  };
}

type HeaderFields = Omit<SecHeader, 'type' | 'children' | 'position' | 'data'>;

/** The typed fields of a header whose children are `children`. */
export function headerFields(children: readonly HeaderContent[]): HeaderFields {
  const top = entriesOf(children);
  const count = firstOf(top, 'documentCount');
  const filers: Filer[] = [];
  for (const c of children) {
    if (c.type !== 'headerGroup') continue;
    const filer = filerOf(normalizeKey(c.key), c.children);
    if (filer) filers.push(filer);
  }
  return {
    accessionNumber: firstOf(top, 'accessionNumber'),
    formType: firstOf(top, 'formType'),
    documentCount: count && DIGITS.test(count) ? Number(count) : null,
    period: compactDate(firstOf(top, 'period')),
    filedAsOf: compactDate(firstOf(top, 'filedAsOf')),
    acceptedAt: compactDateTime(firstOf(top, 'acceptedAt')),
    items: valuesOf(top, 'items'),
    filers,
  };
}
