/**
 * Tables as data: the model read from laid-out text tables (tagged and not) and from HTML
 * tables, through the public API; the real corpus read from ../shared at run time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { format, htmlTables, parse, read, stringify, tables, TableModelSchema, toMdast, validate, type TableModel } from '../src/index.js';
import { cli } from './helpers/cli.js';

const SEED = 20261207;
const DEV = '../shared/corpus/dev';

const values = (m: TableModel, label: string): Array<number | null> | undefined => m.rows.find((r) => r.label === label)?.cells.map((c) => c.value);

/** Every cell with offsets is exactly that slice of the source. */
function cellsAreSlices(source: string, models: readonly TableModel[]): void {
  for (const m of models) for (const r of m.rows) for (const c of r.cells) if (c.start !== undefined) expect(source.slice(c.start, c.end)).toBe(c.text);
}

const TAGGED = [
  '                         Harrow Fittings Corporation',
  '              Condensed Consolidated Statements of Operations',
  '                  (In thousands, except per share data)',
  '',
  '<TABLE>',
  '<CAPTION>',
  '                                       Three Months Ended         Six Months Ended',
  '                                   --------------------------   ---------------------',
  '                                      Mar 31,       Mar 31,       Mar 31,    Mar 31,',
  '                                       2006          2005          2006       2005',
  '                                   ------------  ------------  ----------  ---------',
  '<S>                                <C>           <C>           <C>         <C>',
  'Net sales.......................   $    12,410   $    11,002   $  24,100   $ 21,950',
  'Cost of sales                            8,003         7,350      15,820     14,600',
  '                                   ------------  ------------  ----------  ---------',
  '   Gross profit                          4,407         3,652       8,280      7,350',
  'Selling, general and',
  ' administrative (1)                      3,100         2,990       6,150      5,900',
  'Restructuring                               --           412          --        412',
  'Operating income (loss)                  1,307          (150)      2,130      1,038',
  '                                   ============  ============  ==========  =========',
  'Net income (loss) per share:',
  '   Basic                           $      0.21   $     (0.02)  $    0.34   $   0.17',
  '   Diluted                         $      0.20   $     (0.02)  $    0.33   $   0.16',
  '</TABLE>',
  '',
].join('\n');

const UNTAGGED = [
  'Bellmore Savings Bank',
  'STATEMENTS OF FINANCIAL CONDITION',
  '(Dollars in millions)',
  '',
  '                        Dec 31,    Change    Sept 30,',
  '                         2007                 2007',
  ' ----------------------------------------------------',
  ' Cash and due',
  '  from banks          $  23.4       6%     $  22.1',
  ' Total assets           1,472.3     N/A      1,451.3',
  '',
  'About Bellmore',
  'Bellmore Savings Bank is a community bank with eleven branches in the county and has served its depositors since 1921.',
  '',
].join('\n');

describe('tables(tree) from laid-out text', () => {
  it('gives the cells of an exhibit inside a submission offsets into the submission, as its tree has', () => {
    const doc = `<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99.txt\n<TEXT>\nACME REPORTS RESULTS\n\n${TAGGED}</TEXT>\n</DOCUMENT>\n`;
    const text = `<SEC-DOCUMENT>x\n<SEC-HEADER>x\nACCESSION NUMBER:\t0000000000-05-000009\n</SEC-HEADER>\n${doc}`;
    const [exhibit] = read(text).exhibits;
    const [model] = tables(exhibit?.tree ?? parse(''));
    expect(values(model as TableModel, 'Net sales')).toEqual([12410, 11002, 24100, 21950]);
    cellsAreSlices(text, [model as TableModel]);
    expect(text.slice(model?.position?.start, model?.position?.end)).toContain('Net sales');
  });

  it('ends a tagged table at </TABLE>: two tagged tables a blank line apart are two tables, each read', () => {
    // As format prints two tables that stood on consecutive pages: the page turn between them dropped.
    // The second opens at its tag, its title under <CAPTION>.
    const body = TAGGED.slice(TAGGED.indexOf('<CAPTION>\n') + '<CAPTION>\n'.length).replace('Net sales.......................', 'Segment sales...................');
    const second = `<TABLE>\n<CAPTION>\n                         Harrow Fittings Segments\n\n${body}`;
    const text = `${TAGGED}\n${second}`;
    const models = tables(parse(text));
    expect(models.map((m) => values(m, 'Cost of sales'))).toEqual([
      [8003, 7350, 15820, 14600],
      [8003, 7350, 15820, 14600],
    ]);
    expect(values(models[1] as TableModel, 'Segment sales')).toEqual([12410, 11002, 24100, 21950]);
    expect(format(parse(format(parse(text))))).toBe(format(parse(text)));
  });

  it('reads a tagged table: title, scale, spanning headers, signed figures, wrapped labels, per-share rows', () => {
    const tree = parse(TAGGED);
    const [m] = tables(tree);
    expect(m).toBeDefined();
    const model = m as TableModel;
    expect(model.title).toBe('Condensed Consolidated Statements of Operations');
    expect(model.scale).toBe(1000);
    expect(model.scaleText).toBe('(In thousands, except per share data)');
    expect(model.columns.map((c) => c.header)).toEqual(['Three Months Ended Mar 31, 2006', 'Three Months Ended Mar 31, 2005', 'Six Months Ended Mar 31, 2006', 'Six Months Ended Mar 31, 2005']);
    expect(values(model, 'Net sales')).toEqual([12410, 11002, 24100, 21950]);
    expect(values(model, 'Selling, general and administrative')).toEqual([3100, 2990, 6150, 5900]);
    expect(values(model, 'Restructuring')).toEqual([null, 412, null, 412]);
    expect(values(model, 'Operating income (loss)')).toEqual([1307, -150, 2130, 1038]);
    expect(values(model, 'Diluted')).toEqual([0.2, -0.02, 0.33, 0.16]);
    expect(model.rows.find((r) => r.label === 'Diluted')?.scale).toBe(1);
    expect(model.rows.find((r) => r.label === 'Net sales')?.scale).toBeUndefined();
    // Rules are structure, not rows; a heading row has no figures.
    expect(model.rows.map((r) => r.label)).toEqual(['Net sales', 'Cost of sales', 'Gross profit', 'Selling, general and administrative', 'Restructuring', 'Operating income (loss)', 'Net income (loss) per share', 'Basic', 'Diluted']);
    expect(model.rows.find((r) => r.label === 'Gross profit')?.depth).toBe(1);
    expect(model.rows.find((r) => r.label === 'Net income (loss) per share')?.cells.every((c) => c.text === '' && c.value === null)).toBe(true);
    expect(model.rows[0]?.cells[0]?.text).toBe('$    12,410');
    cellsAreSlices(TAGGED, [model]);
    expect(TableModelSchema.parse(model)).toEqual(model);
    expect(validate(tree).ok).toBe(true);
    expect(stringify(tree)).toBe(TAGGED);
  });

  it('reads an untagged table to its end, with percent and N/A cells, and leaves the prose after it alone', () => {
    const [m] = tables(parse(UNTAGGED));
    const model = m as TableModel;
    expect(model.scale).toBe(1000000);
    expect(model.columns.map((c) => c.header)).toEqual(['Dec 31, 2007', 'Change', 'Sept 30, 2007']);
    expect(values(model, 'Cash and due from banks')).toEqual([23.4, 6, 22.1]);
    expect(values(model, 'Total assets')).toEqual([1472.3, null, 1451.3]);
    expect(model.rows).toHaveLength(2);
    cellsAreSlices(UNTAGGED, [model]);
  });

  it('gives no table for prose, and a hand-built table without a model gives none', () => {
    expect(tables(parse('Net income rose to $4.2 million, or $0.31 per share, from $3.9 million.\n'))).toEqual([]);
    expect(tables({ type: 'exhibit', children: [{ type: 'table', rows: [['a', '1']], children: [] }] } as never)).toEqual([]);
  });
});

describe('htmlTables(html) from the HTML cells', () => {
  const html = `<html><body>
<p align="center">Quillon Labs, Inc.</p>
<p align="center">CONDENSED STATEMENTS OF INCOME</p>
<p align="center">(in millions, except per share amounts)</p>
<table>
<tr><td></td><td colspan="6" align="center">Three Months Ended</td></tr>
<tr><td></td><td colspan="3">June 30,<br>2024</td><td colspan="3">June 30,<br>2023</td></tr>
<tr><td>Revenue</td><td>$</td><td>1,204</td><td></td><td>$</td><td>1,100</td><td></td></tr>
<tr><td style="padding-left:10pt">Interest expense</td><td></td><td>(46</td><td>)</td><td></td><td>(40</td><td>)</td></tr>
<tr><td>Net income (loss)</td><td>$</td><td>(12</td><td>)</td><td></td><td>&#8212;</td><td></td></tr>
<tr><td>Diluted</td><td>$</td><td>0.51</td><td></td><td>$</td><td>0.47</td><td></td></tr>
</table></body></html>`;

  it('joins "$", "(46" and ")" cells into their figures and spanning headers onto each column', () => {
    const [m] = htmlTables(html);
    const model = m as TableModel;
    expect(model.title).toBe('CONDENSED STATEMENTS OF INCOME');
    expect(model.scale).toBe(1000000);
    expect(model.columns.map((c) => c.header)).toEqual(['Three Months Ended June 30, 2024', 'Three Months Ended June 30, 2023']);
    expect(values(model, 'Revenue')).toEqual([1204, 1100]);
    expect(values(model, 'Interest expense')).toEqual([-46, -40]);
    expect(values(model, 'Net income (loss)')).toEqual([-12, null]);
    expect(model.rows.find((r) => r.label === 'Interest expense')?.depth).toBe(1);
    expect(model.rows.find((r) => r.label === 'Diluted')?.scale).toBe(1);
    expect(model.position && html.slice(model.position.start, model.position.start + 7)).toBe('<table>');
    expect(TableModelSchema.parse(model)).toEqual(model);
  });

  it('skips tables without figures and never throws', () => {
    expect(htmlTables('<table><tr><td>Contact:</td><td>Jane Roe</td></tr></table>')).toEqual([]);
    expect(htmlTables('')).toEqual([]);
    expect(htmlTables('<table><tr><td>(1</td><td>$</td></tr>')).toEqual([]);
  });
});

describe('property: every cell is a slice of the source', () => {
  const label = fc.constantFrom('Net revenues', 'Cost of revenues', 'Gross profit', 'Selling, general and', ' administrative', 'Total', 'Net income (loss)', 'Basic', '- Diluted', 'Operating expenses:', '');
  const figure = fc.oneof(
    fc.integer({ min: 0, max: 9999999 }).map((n) => n.toLocaleString('en-US')),
    fc.integer({ min: 1, max: 99999 }).map((n) => `(${n.toLocaleString('en-US')})`),
    fc.constantFrom('--', '-', 'N/A', '0.07', '(0.01)', '12%', '$', '2004'),
  );
  const line = fc.oneof(
    fc.tuple(label, fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.boolean(), figure), { maxLength: 5 })).map(([l, cells]) =>
      `${l.padEnd(30)}${cells.map(([gap, dollar, f]) => `${' '.repeat(gap + 1)}${dollar ? '$ ' : ''}${f}`).join('')}`,
    ),
    fc.constantFrom('', '<TABLE>', '</TABLE>', '<S>          <C>        <C>', '------------   ----------', '       (In thousands)', '                  Three Months Ended', '<PAGE>'),
  );
  const table = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => ls.join(eol));

  it('holds for generated tables, and the round trip with them', () => {
    fc.assert(
      fc.property(table, (text) => {
        const tree = parse(text);
        const models = tables(tree);
        cellsAreSlices(text, models);
        for (const m of models) TableModelSchema.parse(m);
        return stringify(tree) === text;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it.runIf(existsSync(DEV))('holds on every corpus/dev exhibit, and its Markdown has no empty table', () => {
    for (const f of readdirSync(DEV).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(DEV, f), 'utf8');
      const tree = parse(text);
      cellsAreSlices(text, tables(tree));
      for (const node of toMdast(tree).children) if (node.type === 'table') expect((node as Table).children.length, f).toBeGreaterThan(0);
    }
  });
});

describe('format keeps the tables', () => {
  const grid = (text: string): string => JSON.stringify(tables(parse(text)).map((m) => m.rows.map((r) => [r.label, r.cells.map((c) => c.value)])));

  it('keeps the lines of a table split into blocks together, so its rows read the same', () => {
    expect(grid(format(parse(TAGGED)))).toBe(grid(TAGGED));
  });

  it('keeps a block the model reads a row of, and which runs on below the table, with the table', () => {
    // The model takes "3" for a row: the end marker between is of the table, and so is the
    // paragraph "3" opens, lest the table end above it once printed apart.
    const text = 'Revenue        1,234     1,100\nNet income       120        98\n## #\n3\nmore text\n';
    const once = format(parse(text));
    expect(once).toBe(text);
    expect(grid(once)).toBe(grid(text));
  });

  it('keeps a gap wider than a table bridge reaches across next to a table', () => {
    // "Segment" touches the rows above; three blank lines part it from those below, out of a bridge's reach.
    const text = 'Revenue        1,234     1,100\nSegment\n\n\n\nNet income       120        98\n';
    const once = format(parse(text));
    expect(once).toContain('Segment\n\n\n\nNet income');
    expect(grid(once)).toBe(grid(text));
  });

  // Horizon Financial: tables the reader does not take (a reserve table its untagged layout hides)
  // are re-flowed by format, and read differently after.
  const KNOWN = new Set(['horizon-financial-20090202-ex-99-1.txt']);
  it.runIf(existsSync(DEV))('on every corpus/dev exhibit but one: same labels and figures after format', () => {
    for (const f of readdirSync(DEV).filter((n) => n.endsWith('.txt') && !KNOWN.has(n))) {
      const text = readFileSync(join(DEV, f), 'utf8');
      expect(grid(format(parse(text))), f).toBe(grid(text));
    }
  });
});

describe.runIf(existsSync(DEV))('a real Pericom statement of operations', () => {
  const file = join(DEV, 'pericom-semiconductor-20050202-ex-99-1.txt');

  it('is one GFM table in the Markdown: a row per line item, a column per period', () => {
    const gfm = toMdast(parse(readFileSync(file, 'utf8'))).children.filter((n): n is Table => n.type === 'table');
    const first = gfm.find((t) => t.children.length > 10) as Table;
    expect(first.children[0]?.children).toHaveLength(6);
    expect(first.children).toHaveLength(1 + 18);
  });

  it('prints as a grid with `sec-exhibit tables`, and as CSV and JSON', async () => {
    const grid = await cli('tables', file);
    expect(grid.code).toBe(0);
    const lines = grid.stdout.split('\n');
    expect(lines[0]).toBe('Consolidated Statements of Operations - GAAP (in thousands; per-share rows as printed)');
    expect(lines[1]).toMatch(/^\s+Three Months Ended Dec 31, 2004 {2}Three Months Ended Sep 30, 2004/u);
    expect(lines.find((l) => l.startsWith('Loss from operations'))?.split(/\s{2,}/u).slice(1)).toEqual(['-1,194', '-568', '-4,475', '-1,762', '-6,982']);
    const csv = await cli('tables', file, '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('table,title,scale,row,label,depth,column,header,text,value');
    expect(csv.stdout).toContain('1,Consolidated Statements of Operations - GAAP,1000,1,Net revenues,0,1,"Three Months Ended Dec 31, 2004","$     19,217",19217');
    const json = await cli('tables', file, '--format', 'json');
    expect((JSON.parse(json.stdout) as TableModel[]).map((t) => t.title)).toHaveLength(4);
  });
});
