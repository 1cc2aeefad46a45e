/**
 * `sec-exhibit normalize INPUT... --out DIR [--jobs N] [--tree] [--text] [--quiet]` and
 * `sec-exhibit normalize --stdin`: bulk normalization of an archive (see src/bulk).
 */
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { expandInputs, type Found } from '../../bulk/inputs.js';
import { normalizeToFolder, normalizeToLines, type BulkAccount, type BulkOptions } from '../../bulk/run.js';
import { writeLine } from '../io.js';

export interface NormalizeFlags {
  readonly out?: string;
  readonly jobs?: string;
  readonly tree?: boolean;
  readonly text?: boolean;
  readonly quiet?: boolean;
  readonly stdin?: boolean;
}

async function* stdinPaths(): AsyncGenerator<Found> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const path = line.trim();
    if (path) yield { path };
  }
}

function account(a: BulkAccount): string {
  return `normalize: ${a.inputs} inputs, ${a.exhibits} exhibits, ${a.failures} failures, ${a.alreadyDone} already done, ${a.skipped} not exhibit text, ${a.seconds.toFixed(1)}s`;
}

export async function normalizeCommand(inputs: readonly string[], flags: NormalizeFlags): Promise<number> {
  const jobs = flags.jobs ? Number(flags.jobs) : Math.max(1, availableParallelism());
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`sec-exhibit: --jobs must be a whole number of 1 or more\n`);
    return 2;
  }
  const progress: BulkOptions['progress'] = flags.quiet ? 'quiet' : process.stderr.isTTY && !flags.stdin ? 'bar' : 'lines';
  const options: BulkOptions = { jobs, tree: Boolean(flags.tree), text: Boolean(flags.text), progress };
  if (flags.stdin) {
    const result = await normalizeToLines(stdinPaths(), writeLine, options);
    if (!flags.quiet) process.stderr.write(`${account(result)}\n`);
    return result.failures > 0 ? 1 : 0;
  }
  if (!flags.out) {
    process.stderr.write('sec-exhibit: normalize needs --out DIR (or --stdin)\n');
    return 2;
  }
  if (inputs.length === 0) {
    process.stderr.write('sec-exhibit: normalize needs at least one INPUT\n');
    return 2;
  }
  const result = await normalizeToFolder(expandInputs(inputs), flags.out, options);
  if (!flags.quiet) process.stderr.write(`${account(result)}\n`);
  return result.failures > 0 ? 1 : 0;
}
