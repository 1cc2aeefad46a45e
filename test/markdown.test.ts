/**
 * Markdown both ways: `toMdast`/`toMarkdown` write an exhibit as Markdown and
 * `fromMdast`/`parseMarkdown` read it back. What must survive is the summary, on every
 * labelled real exhibit and every fixture; where an exhibit has no list and no table the
 * text read back is exactly the canonical text of `format`, and the Markdown written
 * again is the same Markdown.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { List, Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { format, fromMdast, mdastToText, parse, parseMarkdown, stringify, summarize, toMarkdown, toMdast, type Exhibit } from '../src/index.js';
import { tableRows } from '../src/mdast/table.js';

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const fixtureRoot = new URL('../fixtures/', import.meta.url).pathname;
const devRoot = new URL('../../shared/corpus/dev/', import.meta.url).pathname;
const files = [...(existsSync(devRoot) ? walk(devRoot) : []), ...walk(fixtureRoot)].filter((f) => f.endsWith('.txt'));
const name = (f: string): string => (f.startsWith(devRoot) ? `dev/${relative(devRoot, f)}` : relative(fixtureRoot, f));

interface AnyNode {
  readonly type: string;
  readonly children?: readonly AnyNode[];
}
const holds = (node: AnyNode, types: readonly string[]): boolean => types.includes(node.type) || (node.children ?? []).some((c) => holds(c, types));

describe('Markdown round trip over real exhibits and fixtures', () => {
  const results = files.map((f) => {
    const tree = parse(new Uint8Array(readFileSync(f)));
    const markdown = toMarkdown(tree);
    const back = parseMarkdown(markdown);
    return { file: name(f), tree, markdown, back };
  });

  it('keeps the summary of every exhibit (text → tree → Markdown → tree)', () => {
    const changed = results.filter((r) => JSON.stringify(summarize(r.back)) !== JSON.stringify(summarize(r.tree))).map((r) => r.file);
    expect(changed).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(existsSync(devRoot) ? 93 : 55);
  });

  it('reads back the canonical text exactly where there is no list and no table', () => {
    const plain = results.filter((r) => !holds(r.tree as AnyNode, ['list', 'table']) && !r.tree.children.some((c) => c.type === 'riskList' || (c.type === 'safeHarbor' && c.children.some((k) => k.type === 'riskList'))));
    const differ = plain.filter((r) => stringify(r.back) !== format(r.tree)).map((r) => r.file);
    expect(differ).toEqual([]);
    expect(plain.length).toBeGreaterThan(50);
  });

  it('writes the same Markdown again where there is no table', () => {
    const plain = results.filter((r) => !holds(r.tree as AnyNode, ['table']));
    const differ = plain.filter((r) => toMarkdown(r.back) !== r.markdown).map((r) => r.file);
    expect(differ).toEqual([]);
  });
});

describe('toMdast', () => {
  const seed: Exhibit = parse(readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url)));
  const mdast = toMdast(seed);

  it('maps the headline, headings, contact block, dateline and label', () => {
    expect(mdast.children.map((n) => (n.type === 'heading' ? `h${n.depth}` : n.type))).toEqual(['paragraph', 'paragraph', 'code', 'h1', 'paragraph', 'paragraph', 'paragraph', 'h2', 'paragraph', 'paragraph']);
    expect(mdast.children[0]?.data?.secExhibit).toEqual({ type: 'exhibitLabel', number: '99.1' });
    expect(mdast.children[4]?.data?.secExhibit).toEqual({ type: 'editorLine', desks: ['BUSINESS EDITOR'] });
  });

  it('lists risk items in the data of their paragraph, and makes GFM tables and lists', () => {
    const harbor = mdast.children[8];
    expect(harbor?.type).toBe('paragraph');
    expect(harbor?.data?.secExhibit).toMatchObject({
      type: 'paragraph',
      riskLists: [{ type: 'riskList', style: 'roman', items: [{ label: '(i)' }, { label: '(ii)' }, { label: '(iii)' }, { label: '(iv)' }] }],
    });
    const table = parse('Revenue       $12.0    $10.1\nNet income      1.2      0.9\n');
    const node = toMdast(table).children[0] as Table;
    expect(node.type).toBe('table');
    expect(node.align).toEqual(['left', 'right', 'right']);
    expect(node.children.map((row) => row.children.map((cell) => mdastToText({ type: 'root', children: [{ type: 'paragraph', children: cell.children }] }).trim()))).toEqual([
      ['Revenue', '$12.0', '$10.1'],
      ['Net income', '1.2', '0.9'],
    ]);
    const list = toMdast(parse('Highlights:\n\n- one thing\n- another thing\n')).children.find((n): n is List => n.type === 'list');
    expect(list?.children.map((i) => i.data?.secExhibit)).toEqual([
      { type: 'listItem', marker: '-' },
      { type: 'listItem', marker: '-' },
    ]);
  });
});

describe('GFM tables from laid-out lines', () => {
  it('puts headings over their figures, joins a "$" to its figure, drops rules and table tags', () => {
    const lines = [
      '<TABLE>',
      '                               Three Months Ended',
      '                              2003          2002',
      '                             ------        ------',
      'Revenue                   $  1,234       $   987',
      'Net income                     120            98',
      'Expenses:',
      '</TABLE>',
    ];
    expect(tableRows(lines)).toEqual([
      ['', '', 'Three Months Ended'],
      ['', '2003', '2002'],
      ['Revenue', '$ 1,234', '$ 987'],
      ['Net income', '120', '98'],
      ['Expenses:', '', ''],
    ]);
    expect(tableRows(['', '-----'])).toEqual([]);
  });
});

describe('reading Markdown that people wrote', () => {
  it('reads a plain Markdown release into an exhibit tree', () => {
    const markdown = [
      'Exhibit 99.1',
      '',
      '**PRESS RELEASE**',
      '',
      '# Acme Wins City Contract',
      '',
      '**DALLAS, Texas, March 3, 2005 --** Acme Corp. (NYSE: ACME) today said it won a [large](http://example.com) contract from the city of Dallas.',
      '',
      '> Quoted text stays text.',
      '',
      '1. first',
      '2. second',
      '',
      '\\###',
      '',
    ].join('\n');
    const tree = parseMarkdown(markdown);
    expect(summarize(tree)).toMatchObject({
      exhibit: '99.1',
      title: 'PRESS RELEASE',
      headline: 'Acme Wins City Contract',
      tickers: [{ exchange: 'NYSE', symbol: 'ACME' }],
      dateline: { city: 'DALLAS', region: 'Texas', wire: null, date: '2005-03-03' },
    });
    expect(stringify(tree)).toContain('\n\nQuoted text stays text.\n\n1. first\n2. second\n\n###\n');
    expect(summarize(tree).endMarker).toBe('###');
  });

  it('gives an empty tree for empty Markdown', () => {
    const empty: Root = { type: 'root', children: [] };
    expect(stringify(fromMdast(empty))).toBe('');
  });
});
