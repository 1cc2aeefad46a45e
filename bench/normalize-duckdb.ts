/**
 * npm run normalize:duckdb — the README's DuckDB example, run for real: `normalize` of the
 * corpus (../shared/corpus) as Parquet with the built CLI, then the README's query over
 * the shards, with DuckDB (@duckdb/node-api). Prints rows, columns and the query's result.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const bin = new URL('../dist/src/cli/bin.js', import.meta.url).pathname;
const corpus = new URL('../../shared/corpus', import.meta.url).pathname;
const out = join(mkdtempSync(join(tmpdir(), 'sec-exhibit-duckdb-')), 'records');
const run = spawnSync(process.execPath, [bin, 'normalize', corpus, '--out', out, '--format', 'parquet'], { encoding: 'utf8' });
console.log(run.stderr.trim().split('\n').pop());
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const query = async (sql: string): Promise<void> => {
  console.log(`\n${sql}`);
  console.table((await c.runAndReadAll(sql)).getRowObjectsJson());
};
const files = `'${out}/shards/*/records.parquet'`;
await query(`SELECT count(*) AS rows, count(filingDate) AS with_filing_date, count(*) FILTER (WHERE filingDate IS NOT NULL AND datelineDate IS NOT NULL AND date IS NULL) AS filing_date_but_no_full_date, count(*) FILTER (WHERE yearInferred) AS year_inferred FROM ${files}`);
console.log(`columns: ${(await c.runAndReadAll(`DESCRIBE SELECT * FROM ${files}`)).getRowObjectsJson().length}`);
await query(`SELECT year(date) AS year, coalesce(wire, '(none)') AS wire, count(*) AS exhibits FROM ${files} WHERE date IS NOT NULL GROUP BY ALL ORDER BY year DESC, exhibits DESC LIMIT 8`);
await query(`SELECT cik, companyName, accession, filingDate, date, yearInferred, headline FROM ${files} WHERE yearInferred ORDER BY filingDate LIMIT 3`);
c.closeSync();
rmSync(join(out, '..'), { recursive: true, force: true });
