/** The `sec-exhibit` command line. */
import { Command, Option } from 'commander';
import { parseCommand, type ParseFormat } from './commands/parse.js';
import { summaryCommand } from './commands/summary.js';
import { checkCommand } from './commands/check.js';
import { extractCommand, type ExtractFlags } from './commands/extract.js';
import { normalizeCommand, type NormalizeFlags } from './commands/normalize.js';
import { markdownCommand } from './commands/markdown.js';
import { formatCommand } from './commands/format.js';
import { addTablesCommand } from './commands/tables.js';

export function program(setExitCode: (code: number) => void): Command {
  const cli = new Command('sec-exhibit')
    .description('Lossless, typed syntax trees for SEC EDGAR press-release exhibits (EX-99).')
    .version('0.1.0');

  cli
    .command('parse')
    .description('parse one exhibit and print its tree, JSON, summary or Markdown; warnings go to stderr')
    .argument('<file>', 'exhibit text (UTF-8 or Windows-1252)')
    .addOption(new Option('-f, --format <format>', 'output').choices(['tree', 'json', 'summary', 'markdown']).default('tree'))
    .action(async (file: string, opts: { format: ParseFormat | 'markdown' }) =>
      setExitCode(opts.format === 'markdown' ? await markdownCommand(file) : await parseCommand(file, opts.format)),
    );

  cli
    .command('format')
    .description('print the canonical text of one exhibit: paragraphs re-flowed, layout made plain, meaning kept')
    .argument('<file>', 'exhibit text (UTF-8 or Windows-1252)')
    .option('-w, --width <columns>', 'width paragraphs are re-flowed to (default: 72)')
    .action(async (file: string, flags: { width?: string }) => setExitCode(await formatCommand(file, flags)));

  cli
    .command('summary')
    .description('print one JSON line per file: {"file", "summary"} or {"file", "error"}; per exhibit for submission files: {"file", "accession", "sequence", "type", "summary"}')
    .argument('<files...>', 'exhibit or submission files')
    .action(async (files: string[]) => setExitCode(await summaryCommand(files)));

  cli
    .command('extract')
    .description("write the chosen documents' <TEXT> exactly as stored, one file each under --out (or to stdout)")
    .argument('<submission>', 'EDGAR submission file (or a lone <DOCUMENT> block)')
    .option('-t, --type <pattern>', 'document type to extract, * for any characters, repeatable (default: EX-99*)', (v: string, prev: string[] = []) => [...prev, v])
    .option('-o, --out <dir>', 'folder for the files, named by sequence and file name (002-ex99-1.txt)')
    .action(async (file: string, flags: ExtractFlags) => setExitCode(await extractCommand(file, flags)));

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

  addTablesCommand(cli, setExitCode);

  return cli;
}
