/**
 * The `sec-exhibit` command line. Every command that takes files reads `-` as standard
 * input. Command modules are imported when their command runs, so a start pays only for
 * the command it runs (bulk normalization, Markdown and extraction stay unloaded otherwise).
 */
import { Command, Option } from 'commander';
import type { ParseFormat } from './commands/parse.js';
import type { ExtractFlags } from './commands/extract.js';
import type { NormalizeFlags } from './commands/normalize.js';
import { fail } from './io.js';

/** A width the printer can work with: a whole number of columns in this range. */
const MIN_WIDTH = 20;
const MAX_WIDTH = 1000;

/** `--width` as a number, undefined when not given, or null (after a one-line error) when it is no width. */
function widthOption(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const width = Number(value);
  if (/^\d+$/.test(value.trim()) && width >= MIN_WIDTH && width <= MAX_WIDTH) return width;
  fail(`--width ${JSON.stringify(value)}: must be a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}`);
  return null;
}

export function program(setExitCode: (code: number) => void): Command {
  const cli = new Command('sec-exhibit')
    .description('Lossless, typed syntax trees for SEC EDGAR press-release exhibits (EX-99).')
    .version('0.1.0');

  cli
    .command('parse')
    .description('parse the exhibit(s) of one file — exhibit text, HTML, SGML block or submission — and print tree, JSON, summary or Markdown; warnings go to stderr')
    .argument('<file>', 'input file, - for stdin')
    .addOption(new Option('-f, --format <format>', 'output').choices(['tree', 'json', 'summary', 'markdown']).default('tree'))
    .option('--explain', "print each block's reading and the rules behind it instead")
    .action(async (file: string, opts: { format: ParseFormat; explain?: boolean }) => {
      if (opts.explain) {
        const { explainCommand } = await import('./commands/explain.js');
        setExitCode(await explainCommand(file));
        return;
      }
      const { parseCommand } = await import('./commands/parse.js');
      setExitCode(await parseCommand(file, opts.format));
    });

  cli
    .command('format')
    .description('print the canonical text of the exhibit(s) of one file: paragraphs re-flowed, layout made plain, meaning kept')
    .argument('<file>', 'input file, - for stdin')
    .option('-w, --width <columns>', `width paragraphs are re-flowed to, ${MIN_WIDTH}-${MAX_WIDTH} (default: 72)`)
    .action(async (file: string, flags: { width?: string }) => {
      const width = widthOption(flags.width);
      if (width === null) return setExitCode(2);
      const { formatCommand } = await import('./commands/format.js');
      setExitCode(await formatCommand(file, width));
    });

  cli
    .command('summary')
    .description('print one JSON line per exhibit: {"file", "summary"}, per exhibit of a submission {"file", "accession", "sequence", "type", "context", "summary"}; {"file", "error"} for a file with no exhibit (exit 1)')
    .argument('<files...>', 'input files (exhibit text, HTML, SGML block or submission), - for stdin')
    .action(async (files: string[]) => {
      const { summaryCommand } = await import('./commands/summary.js');
      setExitCode(await summaryCommand(files));
    });

  cli
    .command('extract')
    .description("write the chosen documents' <TEXT> exactly as stored, one file each under --out (or to stdout)")
    .argument('<submission>', 'EDGAR submission file (or a lone <DOCUMENT> block), - for stdin')
    .option('-t, --type <pattern>', 'document type to extract, * for any characters, repeatable (default: EX-99*)', (v: string, prev: string[] = []) => [...prev, v])
    .option('-o, --out <dir>', 'folder for the files, named by sequence and file name (002-ex99-1.txt)')
    .action(async (file: string, flags: ExtractFlags) => {
      const { extractCommand } = await import('./commands/extract.js');
      setExitCode(await extractCommand(file, flags));
    });

  cli
    .command('check')
    .description('check that each file gives its exact bytes back and its exhibit trees are valid: one JSON line per file, {"file", "ok"} or {"file", "error"}')
    .argument('<files...>', 'input files, - for stdin')
    .action(async (files: string[]) => {
      const { checkCommand } = await import('./commands/check.js');
      setExitCode(await checkCommand(files));
    });

  cli
    .command('normalize')
    .description('normalize an archive: one JSON record per exhibit in shards under --out, resumable; failures listed')
    .argument('[inputs...]', 'files, folders (walked recursively) or globs')
    .option('-o, --out <dir>', 'output folder (shards/, failures.jsonl)')
    .option('-j, --jobs <n>', 'worker threads (default: available cores)')
    .option('--tree', 'include each exhibit tree in its record')
    .option('--text', 'include each exhibit canonical text in its record')
    .option('-q, --quiet', 'no progress and no closing account')
    .option('--stdin', 'read input paths from stdin, one per line; write records to stdout')
    .action(async (inputs: string[], flags: NormalizeFlags) => {
      const { normalizeCommand } = await import('./commands/normalize.js');
      setExitCode(await normalizeCommand(inputs, flags));
    });

  return cli;
}
