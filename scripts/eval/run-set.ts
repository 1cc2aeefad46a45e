/**
 * The evaluation sets of eval/sets/manifest.json: labelled sets scored field by field against
 * their labels and held to their ratchet, raw sets checked for round trip, schemas, totality
 * and time. Used by scripts/eval.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { decode, htmlToText, parse, read, stringify, summarize, validate, type ExhibitSummary } from '../../src/index.js';
import { ExhibitSummarySchema } from '../../src/summary/schema.js';
import { FIELDS, misses, type Field } from './compare.js';
import { checkRatchet, readRatchet, writeRatchet, type Miss } from './ratchet.js';

export type EvalFlag = 'update-ratchet' | 'no-ratchet' | 'json' | 'show';

export interface SetOptions {
  /** Folder of the exhibits. */
  readonly root: string;
  readonly mode: 'labels' | 'raw';
  /** The ratchet file, or null for none. */
  readonly ratchetPath: string | null;
  readonly flag: (f: EvalFlag) => boolean;
}

interface FileResult {
  file: string;
  bytes: number;
  ms: number;
  roundTrip: boolean;
  valid: boolean;
  error: string | null;
  misses?: Field[];
  got?: ExhibitSummary;
  want?: ExhibitSummary;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** A labelled exhibit: plain text, or HTML (read as `read` reads it: the tree of its rendering). */
const LABELLED = /\.(?:txt|html?)$/;
const isHtml = (path: string): boolean => /\.html?$/.test(path);

function check(path: string, label: ExhibitSummary | null): FileResult {
  const bytes = readFileSync(path);
  // A labelled HTML exhibit is scored on the tree `read` gives it; its round trip is that of its rendering.
  const html = label !== null && isHtml(path);
  const text = html ? htmlToText(decode(bytes).text) : decode(bytes).text;
  const t0 = performance.now();
  try {
    const tree = html ? (read(bytes).exhibits[0]?.tree ?? parse(text)) : parse(bytes);
    const ms = performance.now() - t0;
    const result: FileResult = { file: path, bytes: text.length, ms, roundTrip: stringify(tree) === text, valid: validate(tree).ok, error: null };
    if (label) {
      const got = summarize(tree);
      result.got = got;
      result.want = label;
      result.misses = misses(got, label);
    }
    return result;
  } catch (e) {
    return { file: path, bytes: text.length, ms: performance.now() - t0, roundTrip: false, valid: false, error: String((e as Error).stack ?? e) };
  }
}

export function evaluate(o: SetOptions): boolean {
const { root, flag, ratchetPath: RATCHET } = o;
const files = walk(root);
const labelled = o.mode === 'labels';
const results: FileResult[] = [];
for (const f of files) {
  if (labelled) {
    if (!LABELLED.test(f)) continue;
    let label: ExhibitSummary | null = null;
    try {
      // Corpus labels are <id>.json; fixtures keep theirs in <slug>.summary.json.
      const labelPath = [f.replace(LABELLED, '.json'), f.replace(LABELLED, '.summary.json')].find((p) => files.includes(p)) ?? '';
      const raw = JSON.parse(readFileSync(labelPath, 'utf8')) as Record<string, unknown>;
      delete raw['_notes'];
      label = ExhibitSummarySchema.parse(raw);
    } catch {
      continue;
    }
    results.push(check(f, label));
  } else {
    results.push(check(f, null));
  }
}

const rel = (f: string): string => relative(root, f);
const roundTripFails = results.filter((r) => !r.roundTrip);
const invalid = results.filter((r) => !r.valid);
const thrown = results.filter((r) => r.error);
const totalMs = results.reduce((a, r) => a + r.ms, 0);
const totalBytes = results.reduce((a, r) => a + r.bytes, 0);

const perField = labelled
  ? FIELDS.map((field) => {
      const hit = results.filter((r) => r.misses && !r.misses.includes(field)).length;
      return { field, hit, total: results.length, accuracy: results.length ? hit / results.length : 1 };
    })
  : [];
const mean = perField.length ? perField.reduce((a, f) => a + f.accuracy, 0) / perField.length : null;
const actualMisses: Miss[] = results.flatMap((r) => (r.misses ?? []).map((field) => ({ file: basename(r.file), field })));

let ratchetOk = true;
let ratchetReport = '';
const useRatchet = labelled && !flag('no-ratchet') && RATCHET !== null;
if (useRatchet) {
  if (flag('update-ratchet')) {
    writeRatchet(RATCHET as string, actualMisses);
    ratchetReport = `ratchet rewritten: ${actualMisses.length} allowed misses`;
  } else {
    const v = checkRatchet(readRatchet(RATCHET as string), actualMisses);
    ratchetOk = v.ok;
    ratchetReport = v.ok
      ? `ratchet: ok (${actualMisses.length} allowed misses)`
      : [
          'ratchet: FAILED',
          ...v.added.map((m) => `  new miss:   ${m.file}  ${m.field}`),
          ...v.fixed.map((m) => `  now passes: ${m.file}  ${m.field}  (remove it: npm run eval -- NAME --update-ratchet)`),
        ].join('\n');
  }
}

const ok = roundTripFails.length === 0 && invalid.length === 0 && thrown.length === 0 && ratchetOk;

if (flag('json')) {
  console.log(
    JSON.stringify(
      {
        dir: root,
        files: results.length,
        roundTrip: { ok: results.length - roundTripFails.length, failed: roundTripFails.map((r) => rel(r.file)) },
        valid: { ok: results.length - invalid.length, failed: invalid.map((r) => rel(r.file)) },
        thrown: thrown.map((r) => rel(r.file)),
        msPerFile: results.length ? totalMs / results.length : 0,
        mbPerSecond: totalMs ? totalBytes / 1e6 / (totalMs / 1000) : 0,
        fields: perField,
        mean,
        misses: actualMisses,
        ratchetOk,
      },
      null,
      2,
    ),
  );
} else {
  console.log(`${rel(root) || root}: ${results.length} files, ${(totalBytes / 1e6).toFixed(2)} MB`);
  console.log(`round trip  ${results.length - roundTripFails.length}/${results.length}   schemas ${results.length - invalid.length}/${results.length}   threw ${thrown.length}`);
  console.log(`time        ${(totalMs / Math.max(1, results.length)).toFixed(2)} ms per file (${(totalBytes / 1e6 / Math.max(1e-9, totalMs / 1000)).toFixed(2)} MB/s, first run included)`);
  for (const r of [...roundTripFails, ...invalid, ...thrown]) console.log(`  FAIL ${rel(r.file)}${r.error ? `: ${r.error.split('\n')[0]}` : ''}`);
  if (labelled) {
    console.log('\nfield              accuracy');
    for (const f of perField) console.log(`${f.field.padEnd(18)} ${(f.accuracy * 100).toFixed(1).padStart(6)}%  ${f.hit}/${f.total}`);
    console.log(`${'mean'.padEnd(18)} ${((mean ?? 0) * 100).toFixed(1).padStart(6)}%`);
  }
  if (flag('show')) {
    for (const r of results) {
      for (const field of r.misses ?? []) {
        const pick = (s: ExhibitSummary | undefined): unknown => {
          if (!s) return undefined;
          if (field.startsWith('dateline.')) return s.dateline ? s.dateline[field.slice(9) as 'city'] : null;
          if (field === 'risks') return s.safeHarbor?.risks ?? null;
          if (field === 'safeHarbor') return s.safeHarbor === null ? null : 'present';
          return s[field as keyof ExhibitSummary];
        };
        console.log(`\n- ${basename(r.file)}  ${field}\n    got:  ${JSON.stringify(pick(r.got))}\n    want: ${JSON.stringify(pick(r.want))}`);
      }
    }
  }
  if (ratchetReport) console.log(`\n${ratchetReport}`);
}
return ok;
}
