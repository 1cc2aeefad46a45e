/** The `sec-exhibit` command line. */
import { Command, Option } from 'commander';
import { parseCommand, type ParseFormat } from './commands/parse.js';
import { summaryCommand } from './commands/summary.js';
import { checkCommand } from './commands/check.js';
import { normalizeCommand, type NormalizeFlags } from './commands/normalize.js';

export function program(setExitCode: (code: number) => void): Command {
  const cli = new Command('sec-exhibit')
    .description('Lossless, typed syntax trees for SEC EDGAR press-release exhibits (EX-99).')
    .version('0.1.0');

  cli
    .command('parse')
    .description('parse one exhibit and print its tree, JSON or summary; warnings go to stderr')
    .argument('<file>', 'exhibit text (UTF-8 or Windows-1252)')
    .addOption(new Option('-f, --format <format>', 'output').choices(['tree', 'json', 'summary']).default('tree'))
    .action(async (file: string, opts: { format: ParseFormat }) => setExitCode(await parseCommand(file, opts.format)));

  cli
    .command('summary')
    .description('print one JSON line per file: {"file", "summary"} or {"file", "error"}')
    .argument('<files...>', 'exhibit files')
    .action(async (files: string[]) => setExitCode(await summaryCommand(files)));

  cli
    .command('check')
    .description('check that each file round-trips to its exact bytes and its tree is valid')
    .argument('<files...>', 'exhibit files')
    .action(async (files: string[]) => setExitCode(await checkCommand(files)));

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
    .action(async (inputs: string[], flags: NormalizeFlags) => setExitCode(await normalizeCommand(inputs, flags)));

  return cli;
}
