/**
 * Real submissions next door (../shared/corpus/raw/submission and raw/sgml) through
 * parseSubmission: exact bytes back and a sound tree for every file, the header's fields,
 * and — for every exhibit that also exists standalone in corpus/dev — the same summary
 * from the exhibit inside the submission as from the exhibit alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, parse, parseSubmission, stringifyBytes, submissionExhibits, submissionHeader, summarize, type ExhibitSummary } from '../../src/index.js';
import { submissionProblem } from '../helpers/invariants.js';

const root = new URL('../../../shared/corpus/', import.meta.url).pathname;
const dirs = ['raw/submission', 'raw/sgml'].map((d) => join(root, d));
const list = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : []);
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

/** An accession number in a file name or manifest note. */
const ACCESSION = /(\d{10}-\d{2}-\d{6})/;

describe.skipIf(!existsSync(root))('submission corpus', () => {
  const [submissions, sgml] = dirs.map(list) as [string[], string[]];

  it('round-trips every submission and SGML block byte for byte, with a sound tree', () => {
    const failures: string[] = [];
    for (const f of [...submissions, ...sgml]) {
      const bytes = read(f);
      const tree = parseSubmission(bytes);
      if (!Buffer.from(stringifyBytes(tree)).equals(Buffer.from(bytes))) failures.push(`${f}: bytes differ`);
      const problem = submissionProblem(tree, decode(bytes).text);
      if (problem) failures.push(`${f}: ${problem}`);
    }
    expect(failures).toEqual([]);
    expect(submissions.length).toBeGreaterThanOrEqual(70);
    expect(sgml.length).toBeGreaterThanOrEqual(70);
  });

  it('reads every header: accession (as in the file name), form, filing date, filers; every document', () => {
    for (const f of submissions) {
      const text = decode(read(f)).text;
      const tree = parseSubmission(text);
      const h = submissionHeader(tree);
      expect(h?.accessionNumber, f).toBe(ACCESSION.exec(f)?.[1]);
      expect(h?.formType, f).toBeTruthy();
      expect(h?.filedAsOf, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(h?.filers.length, f).toBeGreaterThan(0);
      expect(h?.filers.every((x) => x.cik && x.companyName), f).toBe(true);
      const documents = tree.children.filter((c) => c.type === 'document');
      expect(documents.length, f).toBe(text.split('<DOCUMENT>').length - 1);
      expect(documents.every((d) => d.type === 'document' && d.documentType && d.sequence), f).toBe(true);
    }
  });

  /**
   * Standalone (dev/) against embedded (raw/sgml/<id>.txt, and the submission with the
   * accession number of the dev file's manifest row). The comparison rule: the summaries
   * are deeply equal, except that an embedded dateline without a year in its text carries
   * the year of the filing (`yearInferred: true`) where the standalone one says `--MM-DD`;
   * for those, the date must agree on month and day and the year must be the filing's
   * year or one either side, and nothing else may differ.
   */
  it('summarizes each exhibit inside a submission or SGML block as it does the exhibit alone', () => {
    const manifest = readFileSync(join(root, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    let pairs = 0;
    let inferred = 0;
    const differences: string[] = [];
    for (const row of manifest) {
      const [id, kind] = row;
      const notes = row[12] ?? '';
      const exhibitType = row[8];
      if (kind !== 'txt' || !id || !existsSync(join(root, 'dev', `${id}.txt`))) continue;
      const alone = summarize(parse(read(join(root, 'dev', `${id}.txt`))));
      const accession = ACCESSION.exec(notes)?.[1];
      const filename = /filename ([^;,\s]+)/.exec(notes)?.[1];
      const containers = [join(root, 'raw/sgml', `${id}.txt`), ...submissions.filter((s) => accession && s.endsWith(`-${accession}.txt`))].filter((p) => existsSync(p));
      for (const path of containers) {
        const tree = parseSubmission(read(path));
        const found = submissionExhibits(tree);
        const hit = found.find((e) => filename && e.document.filename === filename) ?? found.find((e) => e.document.documentType === exhibitType);
        if (!hit) {
          differences.push(`${id} in ${path}: no exhibit`);
          continue;
        }
        pairs++;
        const embedded = summarize(hit.exhibit);
        if (embedded.dateline?.yearInferred) {
          inferred++;
          const filed = submissionHeader(tree)?.filedAsOf ?? '';
          const year = Number(embedded.dateline.date?.slice(0, 4));
          expect(Math.abs(year - Number(filed.slice(0, 4))), id).toBeLessThanOrEqual(1);
          expect(`--${embedded.dateline.date?.slice(5)}`, id).toBe(alone.dateline?.date);
          const { city, region, wire } = embedded.dateline;
          const same: ExhibitSummary = { ...embedded, dateline: { city, region, wire, date: alone.dateline?.date ?? null } };
          if (JSON.stringify(same) !== JSON.stringify(alone)) differences.push(`${id} in ${path}`);
        } else if (JSON.stringify(embedded) !== JSON.stringify(alone)) differences.push(`${id} in ${path}`);
      }
    }
    expect(differences).toEqual([]);
    // 36 SGML blocks and 34 submissions hold a dev exhibit; 12 of the 34 datelines give no year.
    expect(pairs).toBeGreaterThanOrEqual(70);
    expect(inferred).toBeGreaterThanOrEqual(12);
  });
});
