/** An exhibit's filing context from the SEC header and `<DOCUMENT>` around it. */
import type { Document } from '../tree/nodes/document.js';
import type { SecHeader } from '../tree/nodes/sec-header.js';
import type { ExhibitContext } from './schema.js';

/** The context of an exhibit read on its own: nothing known. */
export const NO_CONTEXT: ExhibitContext = {
  documentType: null,
  sequence: null,
  filename: null,
  description: null,
  accession: null,
  formType: null,
  filingDate: null,
  period: null,
  filers: [],
};

/** The context of the exhibit in `document`, under `header` when the input has one. */
export function exhibitContext(header: SecHeader | null, document: Document): ExhibitContext {
  return {
    documentType: document.documentType,
    sequence: document.sequence,
    filename: document.filename,
    description: document.description,
    accession: header?.accessionNumber ?? null,
    formType: header?.formType ?? null,
    filingDate: header?.filedAsOf ?? null,
    period: header?.period ?? null,
    filers: (header?.filers ?? []).map((f) => ({ cik: f.cik, name: f.companyName })),
  };
}
