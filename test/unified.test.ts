/**
 * The unified plugins in a pipeline: parse with messages, compile back exactly or
 * canonically, bridge to Markdown and back; unist utilities on the exhibit tree.
 */
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { select, selectAll } from 'unist-util-select';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Heading, Strong } from 'mdast';
import { format, parse, summarize, type Exhibit, type ExhibitFields } from '../src/index.js';
import { secExhibitFormat, secExhibitFromMdast, secExhibitParse, secExhibitStringify, secExhibitToMdast } from '../src/unified/index.js';

const seedBytes = new Uint8Array(readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url)));
const seed = new TextDecoder().decode(seedBytes);
const noYear = readFileSync(new URL('../fixtures/datelines/no-year.txt', import.meta.url), 'utf8');
const cp1252 = new Uint8Array(readFileSync(new URL('../fixtures/edge/windows-1252-punctuation.txt', import.meta.url)));

describe('secExhibitParse and the compilers', () => {
  it('round-trips text exactly through parse and stringify', async () => {
    const file = await unified().use(secExhibitParse).use(secExhibitStringify).process(seed);
    expect(String(file)).toBe(seed);
  });

  it('reads Windows-1252 bytes as the parser does', () => {
    const tree = unified().use(secExhibitParse).parse(new VFile(cp1252));
    expect(tree).toEqual(parse(cp1252));
  });

  it('compiles canonical text with secExhibitFormat, options passed on', async () => {
    expect(String(await unified().use(secExhibitParse).use(secExhibitFormat).process(seed))).toBe(format(parse(seed)));
    const narrow = String(await unified().use(secExhibitParse).use(secExhibitFormat, { width: 50 }).process(seed));
    expect(narrow).toBe(format(parse(seed), { width: 50 }));
    expect(narrow).not.toBe(format(parse(seed)));
  });

  it('reports parser warnings as vfile messages with place, rule and source', () => {
    const file = new VFile({ path: 'no-year.txt', value: noYear });
    unified().use(secExhibitParse).parse(file);
    const message = file.messages.find((m) => m.ruleId === 'dateline-without-wire');
    expect(message).toBeDefined();
    expect(message?.source).toBe('sec-exhibit');
    expect(message?.fatal).toBe(false);
    expect(message?.place).toMatchObject({ start: { line: expect.any(Number), column: 1 } });
    expect(String(message)).toMatch(/^no-year\.txt:\d+:1-\d+:\d+: Dateline names no wire service$/);
  });
});

describe('the mdast bridge in a pipeline', () => {
  it('prints Markdown: headline as a depth-1 heading, dateline in bold, contact as code', async () => {
    const markdown = String(await unified().use(secExhibitParse).use(secExhibitToMdast).use(remarkGfm).use(remarkStringify).process(seed));
    expect(markdown).toContain('POSTAL CONTRACT EXTENSION\n=========================\n');
    expect(markdown).toContain('**JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004** American Locker Group');
    expect(markdown).toContain('```\n                      For further information contact:  Edward F. Ruttenberg\n');
    expect(markdown).toContain('## Safe Harbor Statement');
  });

  it('reads that Markdown back to the same summary', async () => {
    const markdown = String(await unified().use(secExhibitParse).use(secExhibitToMdast).use(remarkGfm).use(remarkStringify).process(seed));
    const processor = unified().use(remarkParse).use(remarkGfm).use(secExhibitFromMdast).use(secExhibitStringify);
    const file = await processor.process(markdown);
    expect(summarize(parse(String(file)))).toEqual(summarize(parse(seed)));
    const tree = await processor.run(processor.parse(markdown));
    expect(tree.type).toBe('exhibit');
  });

  it('keeps semantic fields in mdast data', async () => {
    const processor = unified().use(secExhibitParse).use(secExhibitToMdast);
    const mdast = await processor.run(processor.parse(seed));
    const strong: Array<ExhibitFields | undefined> = [];
    visit(mdast, 'strong', (node: Strong) => {
      strong.push(node.data?.secExhibit);
    });
    expect(strong).toEqual([
      { type: 'releaseTitle', text: 'PRESS RELEASE' },
      { type: 'dateline', city: 'JAMESTOWN', region: 'NY', wire: 'Business Wire', date: '2004-10-13', dateText: 'October 13, 2004' },
    ]);
    const code = mdast.children.find((n) => n.type === 'code');
    expect(code?.data?.secExhibit).toMatchObject({ type: 'contact', releaseNumber: '2004-05' });
    const heading = mdast.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
    expect(heading?.data?.secExhibitGroup?.map((f) => f.type)).toEqual(['slugLine', 'headline']);
  });
});

describe('unist utilities on the exhibit tree', () => {
  const tree: Exhibit = parse(seed);

  it('unist-util-visit walks every node, with parents', () => {
    const tickers: string[] = [];
    visit(tree, 'ticker', (node, _index, parent) => {
      if (node.type === 'ticker') tickers.push(`${node.exchange}:${node.symbol} in ${parent?.type}`);
    });
    expect(tickers).toEqual(['NASDAQ:ALGI in slugLine']);
    let leaves = 0;
    visit(tree, (node) => {
      if ('value' in node) leaves++;
    });
    expect(leaves).toBeGreaterThan(100);
  });

  it('unist-util-select queries by type, field and nesting', () => {
    expect(select('paragraph > dateline', tree)).toMatchObject({ city: 'JAMESTOWN', wire: 'Business Wire' });
    expect(selectAll('safeHarbor riskItem', tree).map((n) => (n as unknown as { label: string }).label)).toEqual(['(i)', '(ii)', '(iii)', '(iv)']);
    expect(select('heading[role=safeHarbor]', tree)).toBeDefined();
    expect(select('contact[releaseNumber="2004-05"] phone', tree)).toMatchObject({ number: '(412) 422-2377' });
  });
});
