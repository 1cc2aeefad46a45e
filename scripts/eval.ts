/**
 * npm run eval [NAME | DIR] [--show] [--json] [--raw] [--ratchet FILE] [--update-ratchet] [--no-ratchet]
 *
 * With no argument: every set of eval/sets/manifest.json in turn (what CI runs). With a set's
 * NAME: that set, held to eval/sets/NAME/ratchet.json. With a DIR: the exhibits there, labelled
 * when <id>.json labels stand beside them (held to --ratchet FILE if given), else raw.
 *
 * Labelled mode: parse every <id>.txt, check the round trip and the schemas, time it, compare
 * summarize() with <id>.json field by field, print per-field accuracy, hold it to the ratchet.
 * Raw mode: round trip, totality and time for every file under the folder, recursively.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { evaluate, type EvalFlag } from './eval/run-set.js';

const USAGE = 'usage: npm run eval -- [NAME | DIR] [--show] [--json] [--raw] [--ratchet FILE] [--update-ratchet] [--no-ratchet]';

const ManifestSchema = z.object({
  sets: z.array(
    z.object({
      name: z.string(),
      files: z.string(),
      mode: z.enum(['labels', 'raw']),
      origin: z.enum(['real', 'synthetic']),
      blind: z.string().optional(),
    }),
  ),
});
type SetEntry = z.infer<typeof ManifestSchema>['sets'][number];

function readArgs() {
  try {
    return parseArgs({
      options: {
        ratchet: { type: 'string' },
        'update-ratchet': { type: 'boolean' },
        'no-ratchet': { type: 'boolean' },
        raw: { type: 'boolean' },
        json: { type: 'boolean' },
        show: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
}

const { values: opts, positionals } = readArgs();
if (opts.help === true) {
  console.log(USAGE);
  process.exit(0);
}
const flag = (f: EvalFlag): boolean => opts[f] === true;
const manifest = ManifestSchema.parse(JSON.parse(readFileSync('eval/sets/manifest.json', 'utf8')));
const ratchetOf = (set: SetEntry): string | null => (set.mode === 'labels' ? join('eval/sets', set.name, 'ratchet.json') : null);

function runSet(set: SetEntry): boolean {
  const root = resolve(set.files);
  if (!existsSync(root)) {
    console.log(`${set.name}: SKIPPED, ${set.files} is not there (the real filings sit in ../shared beside the clone)`);
    return !process.env['CI'];
  }
  const origin = set.origin === 'synthetic' ? `synthetic${set.blind ? `, ${set.blind} when first run blind` : ''}` : 'real filings';
  if (!flag('json')) console.log(`\n== ${set.name} (${origin})`);
  return evaluate({ root, mode: set.mode, ratchetPath: ratchetOf(set), flag });
}

const arg = positionals[0];
let ok = true;
if (arg === undefined) {
  for (const set of manifest.sets) ok = runSet(set) && ok;
} else {
  const named = manifest.sets.find((s) => s.name === arg);
  if (named) ok = runSet(named);
  else {
    const root = resolve(arg);
    const labelled = opts.raw !== true && readdirSync(root).some((f) => f.endsWith('.json'));
    ok = evaluate({ root, mode: labelled ? 'labels' : 'raw', ratchetPath: opts.ratchet ?? null, flag });
  }
}
process.exitCode = ok ? 0 : 1;
