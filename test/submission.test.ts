/**
 * parseSubmission on small submissions written here: the header's typed fields and groups,
 * documents and their bodies, positions of embedded exhibits, and totality.
 */
import { describe, expect, it } from 'vitest';
import {
  documentText,
  parse,
  parseSubmission,
  stringify,
  submissionExhibits,
  submissionHeader,
  summarize,
  toString,
  type Document,
  type HeaderGroup,
  type Submission,
} from '../src/index.js';
import { nearestYear } from '../src/submission/year.js';
import { submissionProblem } from './helpers/invariants.js';

const exhibit = `                                                    Exhibit 99.1

ACME WIDGETS POSTS RECORD QUARTER

DALLAS, Texas, March 3 /PRNewswire/ -- Acme Widgets Inc. (NASDAQ: ACME) today
reported record sales.

                                     ###
`;

const classic = `-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR

<SEC-DOCUMENT>0000000000-05-000007.txt : 20050304
<SEC-HEADER>0000000000-05-000007.hdr.sgml : 20050304
<ACCEPTANCE-DATETIME>20050304091500
ACCESSION NUMBER:\t\t0000000000-05-000007
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t3
CONFORMED PERIOD OF REPORT:\t20050303
ITEM INFORMATION:\t\tResults of Operations and Financial Condition
ITEM INFORMATION:\t\t
ITEM INFORMATION:\t\tFinancial Statements and Exhibits
FILED AS OF DATE:\t\t20050304
FAVORITE COLOR:\t\t\tblue

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGETS INC
\t\tCENTRAL INDEX KEY:\t\t\t0000000042
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tMISC INDUSTRIAL & COMMERCIAL MACHINERY [3590]
\t\tSTATE OF INCORPORATION:\t\t\tDE
\t\tFISCAL YEAR END:\t\t\t0630

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t1 MAIN ST
\t\tCITY:\t\t\tDALLAS
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>form8k.txt
<DESCRIPTION>CURRENT REPORT
<TEXT>
Item 2.02. Results of Operations.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex99-1.txt
<DESCRIPTION>PRESS RELEASE
<TEXT>
${exhibit}</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>3
<FILENAME>logo.gif
<TEXT>
begin 644 logo.gif
M1TE&.#EA/P!!/P#_/P#___A^00!/P!!/P!!/P!!/P!!/P!!
 
end
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
-----END PRIVACY-ENHANCED MESSAGE-----
`;

/** The one-line form EDGAR also serves: tags instead of `KEY:` lines, nothing indented. */
const oneLine =
  '<SUBMISSION>\n<ACCESSION-NUMBER>0000000000-25-000001<TYPE>8-K<PUBLIC-DOCUMENT-COUNT>1<PERIOD>20250109<ITEMS>2.02<FILING-DATE>20250110' +
  '<FILER><COMPANY-DATA><CONFORMED-NAME>ACME WIDGETS INC<CIK>0000000042<ASSIGNED-SIC>3590<STATE-OF-INCORPORATION>DE<FISCAL-YEAR-END>1231</COMPANY-DATA>' +
  '<BUSINESS-ADDRESS><CITY>DALLAS</BUSINESS-ADDRESS></FILER>' +
  '<DOCUMENT><TYPE>EX-99.1<SEQUENCE>1<FILENAME>ex.htm<TEXT><HTML><BODY>Hi</BODY></HTML></TEXT></DOCUMENT></SUBMISSION>\n';

const documents = (tree: Submission): Document[] => tree.children.filter((c): c is Document => c.type === 'document');
const groups = (children: readonly { type: string }[]): HeaderGroup[] => children.filter((c): c is HeaderGroup => c.type === 'headerGroup');

describe('parseSubmission: the SEC header', () => {
  const tree = parseSubmission(classic);
  const header = submissionHeader(tree);

  it('is lossless and sound', () => {
    expect(stringify(tree)).toBe(classic);
    expect(submissionProblem(tree, classic)).toBeNull();
  });

  it('reads the typed fields', () => {
    expect(header).toMatchObject({
      accessionNumber: '0000000000-05-000007',
      formType: '8-K',
      documentCount: 3,
      period: '2005-03-03',
      filedAsOf: '2005-03-04',
      acceptedAt: '2005-03-04T09:15:00',
      items: ['Results of Operations and Financial Condition', 'Financial Statements and Exhibits'],
    });
    expect(header?.filers).toEqual([
      {
        role: 'FILER',
        companyName: 'ACME WIDGETS INC',
        cik: '0000000042',
        sic: '3590',
        industry: 'MISC INDUSTRIAL & COMMERCIAL MACHINERY',
        stateOfIncorporation: 'DE',
        fiscalYearEnd: '--06-30',
      },
    ]);
  });

  it('keeps FILER > COMPANY DATA / BUSINESS ADDRESS as nested groups, labels inside', () => {
    const [filer] = groups(header?.children ?? []);
    expect(filer?.key).toBe('FILER');
    expect(groups(filer?.children ?? []).map((g) => g.key)).toEqual(['COMPANY DATA', 'BUSINESS ADDRESS']);
    const address = groups(filer?.children ?? [])[1];
    expect(toString(address!)).toBe('BUSINESS ADDRESS:\t\n\t\tSTREET 1:\t\t1 MAIN ST\n\t\tCITY:\t\t\tDALLAS');
  });

  it('keeps unknown keys and empty values as fields', () => {
    const fields = header?.children.filter((c) => c.type === 'headerField') ?? [];
    expect(fields.find((f) => f.type === 'headerField' && f.key === 'FAVORITE COLOR')).toMatchObject({ text: 'blue' });
    expect(fields.filter((f) => f.type === 'headerField' && f.key === 'ITEM INFORMATION').map((f) => f.type === 'headerField' && f.text)).toEqual([
      'Results of Operations and Financial Condition',
      '',
      'Financial Statements and Exhibits',
    ]);
  });

  it('keeps the envelope and the SEC-DOCUMENT tags at the root', () => {
    const tags = tree.children.filter((c) => c.type === 'sgmlTag');
    expect(tags.map((t) => t.type === 'sgmlTag' && [t.name, t.closing, t.text])).toEqual([
      ['SEC-DOCUMENT', false, '0000000000-05-000007.txt : 20050304'],
      ['SEC-DOCUMENT', true, null],
    ]);
    expect(tree.children[0]).toMatchObject({ type: 'text', value: '-----BEGIN PRIVACY-ENHANCED MESSAGE-----' });
  });

  it('reads the one-line form: tags nest by their end tags', () => {
    const t = parseSubmission(oneLine);
    expect(submissionProblem(t, oneLine)).toBeNull();
    const h = submissionHeader(t);
    expect(h).toMatchObject({ accessionNumber: '0000000000-25-000001', formType: '8-K', documentCount: 1, period: '2025-01-09', filedAsOf: '2025-01-10', items: ['2.02'] });
    expect(h?.filers).toEqual([{ role: 'FILER', companyName: 'ACME WIDGETS INC', cik: '0000000042', sic: '3590', industry: null, stateOfIncorporation: 'DE', fiscalYearEnd: '--12-31' }]);
    const [filer] = groups(h?.children ?? []);
    expect(groups(filer?.children ?? []).map((g) => g.key)).toEqual(['COMPANY-DATA', 'BUSINESS-ADDRESS']);
    expect(documents(t).map((d) => [d.documentType, d.sequence, d.filename])).toEqual([['EX-99.1', 1, 'ex.htm']]);
  });

  it('closes indented groups by end tags that come at the margin', () => {
    const text = '<SEC-HEADER>\nFILER:\n\n\tCOMPANY DATA:\n\t\tCENTRAL INDEX KEY:\t1\n</COMPANY-DATA>\n\t\tFILING VALUES:\n\t\t\tFORM TYPE:\t8-K\n</FILING-VALUES>\n</FILER>\n</SEC-HEADER>\n';
    const h = submissionHeader(parseSubmission(text));
    const [filer] = groups(h?.children ?? []);
    expect(groups(filer?.children ?? []).map((g) => g.key)).toEqual(['COMPANY DATA', 'FILING VALUES']);
    expect(filer?.children.at(-1)).toMatchObject({ type: 'sgmlTag', name: 'FILER', closing: true });
  });
});

describe('parseSubmission: documents', () => {
  const tree = parseSubmission(classic);
  const [form, ex, graphic] = documents(tree);

  it('reads type, sequence, file name and description', () => {
    expect(documents(tree).map((d) => [d.documentType, d.sequence, d.filename, d.description])).toEqual([
      ['8-K', 1, 'form8k.txt', 'CURRENT REPORT'],
      ['EX-99.1', 2, 'ex99-1.txt', 'PRESS RELEASE'],
      ['GRAPHIC', 3, 'logo.gif', null],
    ]);
  });

  it('parses an EX-99 text body as the exhibit it is alone', () => {
    const embedded = ex?.children.find((c) => c.type === 'exhibit');
    expect(embedded && toString(embedded)).toBe(exhibit);
    const alone = parse(exhibit);
    expect(embedded && summarize(embedded)).toEqual({ ...summarize(alone), dateline: { ...summarize(alone).dateline, date: '2005-03-03', yearInferred: true } });
  });

  it('gives exhibit nodes positions in the whole submission', () => {
    const embedded = submissionExhibits(tree)[0]?.exhibit;
    const headline = embedded?.children.find((c) => c.type === 'headline');
    const p = headline?.position;
    expect(p && classic.slice(p.start.offset, p.end.offset)).toBe('ACME WIDGETS POSTS RECORD QUARTER');
    const line = classic.slice(0, p?.start.offset).split('\n').length;
    expect(p?.start).toMatchObject({ line, column: 1 });
  });

  it('keeps other text documents as one text leaf, payloads as opaque leaves', () => {
    expect(form?.children.filter((c) => c.type === 'text').map((c) => c.type === 'text' && c.value)).toEqual(['Item 2.02. Results of Operations.\n']);
    const payload = graphic?.children.find((c) => c.type === 'payload');
    expect(payload).toMatchObject({ type: 'payload', format: 'uuencoded', filename: 'logo.gif' });
    expect(payload?.type === 'payload' && payload.value.startsWith('begin 644 logo.gif\n')).toBe(true);
  });

  it('gives back a body as stored with documentText', () => {
    expect(ex && documentText(ex)).toBe(exhibit);
    expect(form && documentText(form)).toBe('Item 2.02. Results of Operations.\n');
  });

  it('reads a lone <DOCUMENT> block, with a filing date from the caller', () => {
    const block = `<DOCUMENT>\r\n<TYPE>EX-99\r\n<SEQUENCE>4\r\n<TEXT>\r\n${exhibit.replace(/\n/g, '\r\n')}</TEXT>\r\n</DOCUMENT>\r\n`;
    const t = parseSubmission(block, { filingDate: '2006-03-01' });
    expect(submissionProblem(t, block)).toBeNull();
    expect(submissionHeader(t)).toBeNull();
    const [only] = submissionExhibits(t);
    expect(only?.document).toMatchObject({ documentType: 'EX-99', sequence: 4 });
    expect(only && summarize(only.exhibit).dateline?.date).toBe('2006-03-03');
    expect(only && documentText(only.document)).toBe(exhibit.replace(/\n/g, '\r\n'));
    expect(summarize(submissionExhibits(parseSubmission(block))[0]!.exhibit).dateline?.date).toBe('--03-03');
  });

  it('does not read HTML exhibits as plain text', () => {
    const d = documents(parseSubmission(oneLine))[0];
    expect(d?.children.some((c) => c.type === 'exhibit')).toBe(false);
    expect(d?.children.find((c) => c.type === 'text')).toMatchObject({ value: '<HTML><BODY>Hi</BODY></HTML>' });
  });

  it('keeps a uuencoded PDF copy opaque, whatever its type', () => {
    const text = '<DOCUMENT>\n<TYPE>EX-99.1\n<FILENAME>ex.pdf\n<TEXT>\n<PDF>\nbegin 644 ex.pdf\nM86)C\n`\nend\n</PDF>\n</TEXT>\n</DOCUMENT>\n';
    const d = documents(parseSubmission(text))[0];
    expect(d?.children.find((c) => c.type === 'payload')).toMatchObject({ format: 'uuencoded', filename: 'ex.pdf' });
    expect(d?.children.some((c) => c.type === 'exhibit')).toBe(false);
  });

  it('ends a body only at upper-case </TEXT>: an SVG </text> is body', () => {
    const text = '<DOCUMENT>\n<TYPE>EX-99.1\n<FILENAME>ex.htm\n<TEXT>\n<svg><text>x</text></svg>\n</TEXT>\n</DOCUMENT>\n';
    const d = documents(parseSubmission(text))[0];
    expect(d && documentText(d)).toBe('<svg><text>x</text></svg>\n');
  });
});

describe('parseSubmission is total', () => {
  const cases = [
    '',
    '<',
    '</',
    '<DOCUMENT>',
    '<TEXT>',
    '</TEXT></DOCUMENT></SEC-HEADER>',
    '<SEC-HEADER>',
    '<SEC-HEADER>\nFILER:\n\tCOMPANY DATA:\n',
    '<SEC-HEADER>\n</COMPANY-DATA>\n</SEC-HEADER>',
    '<SUBMISSION><FILER><FILER><COMPANY-DATA></FILER>',
    '<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nDALLAS, March 3 -- text with no end',
    '<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n\n\n</TEXT>',
    '<DOCUMENT><DOCUMENT><TEXT><DOCUMENT></DOCUMENT>',
    '<DOCUMENT>\n<TYPE>GRAPHIC\n<TEXT>\n</DOCUMENT>',
    '<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nA\n</TEXT>\n<TEXT>\r\nB\n</TEXT>\n</DOCUMENT>',
    '<SEC-HEADER>\n]\t\tIRS NUMBER:\t1\n<DOCUMENT>\n',
    '\uFEFF<SEC-DOCUMENT>x\r<SEC-HEADER>\rACCESSION NUMBER:\t1\r</SEC-HEADER>\r',
    classic.slice(0, 700),
    classic.slice(0, 1500),
    classic.replace(/\n/g, '\r\n'),
    classic.replace(/\n/g, '\r'),
    oneLine.slice(0, 250),
  ];
  it.each(cases.map((c, i) => [`${i} ${JSON.stringify(c.slice(0, 40))}`, c]))('%s', (_, text) => {
    const tree = parseSubmission(text);
    expect(submissionProblem(tree, text)).toBeNull();
  });
});

describe('years for yearless datelines', () => {
  it('picks the year that puts the date nearest the filing date', () => {
    expect(nearestYear('--03-03', '2005-03-04')).toBe('2005-03-03');
    expect(nearestYear('--12-30', '2005-01-04')).toBe('2004-12-30');
    expect(nearestYear('--01-02', '2004-12-30')).toBe('2005-01-02');
    expect(nearestYear('--02-29', '2004-03-01')).toBe('2004-02-29');
    expect(nearestYear('--02-29', '2006-03-01')).toBeNull();
    expect(nearestYear('2005-03-03', '2005-03-04')).toBeNull();
  });

  it('marks the dateline and the summary, and leaves full dates alone', () => {
    const [only] = submissionExhibits(parseSubmission(classic));
    const walk = (n: { type: string; children?: readonly unknown[] }): unknown[] => [n, ...(n.children ?? []).flatMap((c) => walk(c as typeof n))];
    const dateline = only && walk(only.exhibit).find((n) => (n as { type: string }).type === 'dateline');
    expect(dateline).toMatchObject({ date: '2005-03-03', yearInferred: true, dateText: 'March 3' });
    const dated = classic.replace('March 3 /PRNewswire/', 'March 3, 2005 /PRNewswire/');
    const summary = summarize(submissionExhibits(parseSubmission(dated))[0]!.exhibit);
    expect(summary.dateline).toEqual({ city: 'DALLAS', region: 'Texas', wire: 'PR Newswire', date: '2005-03-03' });
  });
});
