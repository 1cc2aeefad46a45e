/**
 * The filing keys of an exhibit: from the submission's header and the enclosing document,
 * or — for a lone exhibit file — from what its path gives (EDGAR's `data/CIK/ACCESSION/`
 * layout, an accession number in a file name) and `--filing-date`.
 */
import { basename } from 'node:path';
import type { Document } from '../tree/nodes/document.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';
import type { FilingCompany, FilingKeys } from './record.js';

/** An accession number, dashed or as EDGAR's 18 digits, standing alone in a path. */
const ACCESSION_IN_PATH = /(?:^|\D)(\d{10})-?(\d{2})-?(\d{6})(?!\d)/;
/** EDGAR's archive layout: `…/data/CIK/…`. */
const CIK_IN_PATH = /(?:^|\/)data\/(\d{1,10})\//;

/** Header groups in the order records list them: the subject company first. */
const ROLE_ORDER = ['SUBJECT COMPANY', 'FILER', 'FILED BY'];
const roleRank = (role: string | null): number => {
  const i = ROLE_ORDER.indexOf(role ?? '');
  return i < 0 ? ROLE_ORDER.length : i;
};

/** The keys of the header alone (document fields empty); `filingDate` falls back to `fallbackDate`. */
export function headerKeys(header: SecHeader | null, fallbackDate: string | null): FilingKeys {
  const companies: FilingCompany[] = (header?.filers ?? [])
    .map((f, i) => ({ company: { role: f.role, cik: f.cik, name: f.companyName }, i }))
    .sort((a, b) => roleRank(a.company.role) - roleRank(b.company.role) || a.i - b.i)
    .map((x) => x.company);
  return {
    accession: header?.accessionNumber ?? null,
    cik: companies[0]?.cik ?? null,
    companyName: companies[0]?.name ?? null,
    companies,
    formType: header?.formType ?? null,
    filingDate: header?.filedAsOf ?? fallbackDate,
    period: header?.period ?? null,
    sequence: null,
    documentType: null,
    filename: null,
    description: null,
  };
}

/** The keys of an exhibit inside `document` of a filing whose header keys are `keys`. */
export function documentKeys(keys: FilingKeys, document: Document): FilingKeys {
  return { ...keys, sequence: document.sequence, documentType: document.documentType, filename: document.filename, description: document.description };
}

/** The keys of a lone exhibit file: what its path says, and `filingDate` when given. */
export function pathKeys(path: string, filingDate: string | null): FilingKeys {
  const unixPath = path.replaceAll('\\', '/');
  const a = ACCESSION_IN_PATH.exec(unixPath);
  // Padded to ten digits, as headers write it, so records join on one spelling.
  const cik = CIK_IN_PATH.exec(unixPath)?.[1]?.padStart(10, '0') ?? null;
  return {
    ...headerKeys(null, filingDate),
    accession: a ? `${a[1]}-${a[2]}-${a[3]}` : null,
    cik,
    companies: cik ? [{ role: null, cik, name: null }] : [],
    filename: basename(unixPath),
  };
}
