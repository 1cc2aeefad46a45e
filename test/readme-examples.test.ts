/**
 * The README's examples, run. Each region between `// example: NAME` and
 * `// end example: NAME` must be the code of the block after `<!-- example: NAME -->` in
 * README.md, and every name that block imports must be imported here from the same
 * module (the README imports `sec-exhibit`, this file the sources); each block after
 * `<!-- output: NAME -->` must be what the example prints. Edit one without the other and
 * this file fails.
 */
/* eslint-disable @typescript-eslint/no-unused-expressions -- the README examples show values as bare expressions, "x // result" */
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { b, bodyText, format, htmlToText, looksLikeHtml, parse, parseMarkdown, read, secExhibitFormat, secExhibitFromMdast, secExhibitParse, secExhibitStringify, secExhibitToMdast, sourceOffset, stringify, summarize, toMarkdown, validate } from '../src/index.js';
import { exhibitSerializer, goldenTests } from '../src/vitest/index.js';

/** The backticks that open a fenced block. */
const FENCE = /^`{3,}/;

/** The module names the README uses for the files this test imports. */
const MODULES: Readonly<Record<string, string>> = { '../src/index.js': 'sec-exhibit', '../src/vitest/index.js': 'sec-exhibit/vitest' };

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const self = readFileSync(new URL(import.meta.url), 'utf8');

/** The fenced block that follows `<!-- KIND: NAME -->` in the README (fences of any length). */
function readmeBlock(kind: 'example' | 'output', name: string): string | undefined {
  const start = readme.indexOf(`<!-- ${kind}: ${name} -->`);
  if (start < 0) return undefined;
  const lines = readme.slice(start).split('\n');
  const openAt = lines.findIndex((l) => l.startsWith('```'));
  const fence = (lines[openAt] ?? '').match(FENCE)?.[0] ?? '```';
  const closeAt = lines.findIndex((l, i) => i > openAt && l === fence);
  return openAt < 0 || closeAt < 0 ? undefined : `${lines.slice(openAt + 1, closeAt).join('\n')}\n`;
}

/** The region of this file between the example markers, dedented. */
function ownRegion(name: string): string | undefined {
  const open = self.indexOf(`// example: ${name}\n`);
  const close = self.indexOf(`// end example: ${name}\n`);
  if (open < 0 || close < 0) return undefined;
  const lines = self.slice(self.indexOf('\n', open) + 1, close).split('\n').slice(0, -1);
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return `${lines.map((l) => l.slice(indent)).join('\n')}\n`;
}

/** An import line: `import x from 'm'`, `import { a, b } from 'm'`. */
const IMPORT = /^import (?:(\w+)|\{([^}]*)\}) from '([^']+)';?$/;

/** Names imported by the import lines of `code`, as "module name". */
function importsOf(code: string, rename: (module: string) => string = (m) => m): string[] {
  return code.split('\n').flatMap((line) => {
    const m = IMPORT.exec(line.trim());
    if (!m) return [];
    const names = m[1] ? [m[1]] : (m[2] ?? '').split(',').map((n) => n.trim()).filter(Boolean);
    return names.map((n) => `${rename(m[3] ?? '')} ${n}`);
  });
}

/** A README block split into its import lines and the code after them. */
function splitImports(block: string): { imports: string[]; code: string } {
  const lines = block.split('\n');
  let at = 0;
  while (at < lines.length && (IMPORT.test(lines[at] ?? '') || (lines[at] === '' && at > 0 && IMPORT.test(lines[at - 1] ?? '')))) at++;
  return { imports: importsOf(lines.slice(0, at).join('\n')), code: lines.slice(at).join('\n') };
}

const outputs = new Map<string, string>();

describe('README examples', () => {
  it('read: one call for any input', () => {
    // example: read
    const { kind, encoding, exhibits } = read(readFileSync('fixtures/seed/american-locker-2004.txt'))
    kind // 'exhibit' (or 'html', 'sgml', 'submission')
    encoding // 'utf-8'
    exhibits[0]?.summary.dateline // { city: 'JAMESTOWN', region: 'NY', wire: 'Business Wire', date: '2004-10-13' }
    exhibits[0]?.context.accession // null: an exhibit read on its own has no filing around it

    const html = read('<html><body><p align="center"><b>ACME REPORTS RECORD SALES</b></p></body></html>')
    html.exhibits[0]?.format // 'html'
    html.exhibits[0]?.summary.headline // 'ACME REPORTS RECORD SALES'
    // end example: read
    expect([kind, encoding]).toEqual(['exhibit', 'utf-8']);
    expect(exhibits[0]?.summary.dateline).toEqual({ city: 'JAMESTOWN', region: 'NY', wire: 'Business Wire', date: '2004-10-13' });
    expect(exhibits[0]?.context.accession).toBeNull();
    expect(html.exhibits[0]?.format).toBe('html');
    expect(html.exhibits[0]?.summary.headline).toBe('ACME REPORTS RECORD SALES');
  });

  it('body-text: paragraphs for NLP, mapped back to the source', () => {
    // example: body-text
    const source = readFileSync('fixtures/seed/american-locker-2004.txt', 'latin1')
    const body = bodyText(parse(source))
    body.dateline?.text // 'JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004'
    body.paragraphs[1]?.text // 'On October 8, 2004 the Company and the USPS agreed to contract modifications that …'

    for (const p of body.paragraphs.filter((b) => b.text.includes('USPS'))) {
      const at = sourceOffset(p, p.text.indexOf('USPS'))
      source.slice(at, at + 4) // 'USPS', where the exhibit has it
    }
    // end example: body-text
    expect(body.dateline?.text).toBe('JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004');
    expect(body.paragraphs[1]?.text.startsWith('On October 8, 2004 the Company and the USPS agreed to contract modifications that ')).toBe(true);
    for (const p of body.paragraphs.filter((b) => b.text.includes('USPS'))) {
      const at = sourceOffset(p, p.text.indexOf('USPS'));
      expect(source.slice(at, at + 4)).toBe('USPS');
    }
  });

  it('unified-parse: parse with messages, stringify back exactly', async () => {
    // example: unified-parse
    const path = 'fixtures/datelines/no-year.txt'
    const file = new VFile({ path, value: readFileSync(path) })
    const result = await unified().use(secExhibitParse).use(secExhibitStringify).process(file)

    String(result) === readFileSync(path, 'utf8') // true: the compiler writes the leaves back
    result.messages.map(String) // ['fixtures/datelines/no-year.txt:7:1-7:24: Dateline names no wire service']
    // end example: unified-parse
    expect(String(result)).toBe(readFileSync(path, 'utf8'));
    expect(result.messages.map(String)).toEqual(['fixtures/datelines/no-year.txt:7:1-7:24: Dateline names no wire service']);
  });

  it('markdown-out: exhibit → mdast → Markdown', async () => {
    // example: markdown-out
    const markdown = String(
      await unified()
        .use(secExhibitParse)
        .use(secExhibitToMdast)
        .use(remarkGfm)
        .use(remarkStringify)
        .process(readFileSync('fixtures/seed/american-locker-2004.txt')),
    )
    // end example: markdown-out
    outputs.set('markdown-out', markdown);
  });

  it('markdown-in: Markdown → exhibit tree → canonical text, same summary', async () => {
    // example: markdown-in
    const tree = parse(readFileSync('fixtures/seed/american-locker-2004.txt'))
    const markdown = toMarkdown(tree)

    const text = String(
      await unified().use(remarkParse).use(remarkGfm).use(secExhibitFromMdast).use(secExhibitFormat).process(markdown),
    )
    text === format(tree) // true
    summarize(parseMarkdown(markdown)).headline // 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION'
    // end example: markdown-in
    expect(text).toBe(format(tree));
    expect(summarize(parseMarkdown(markdown))).toEqual(summarize(tree));
  });

  it('format: canonical text, idempotent, same meaning', () => {
    // example: format
    const tree = parse(readFileSync('fixtures/seed/american-locker-2004.txt'))
    const text = format(tree)

    format(parse(text)) === text // true
    summarize(parse(text)) // deep-equals summarize(tree)
    // end example: format
    expect(format(parse(text))).toBe(text);
    expect(summarize(parse(text))).toEqual(summarize(tree));
    outputs.set('format', text);
  });

  it('html: an HTML exhibit read through its rendering as text', () => {
    // example: html
    const raw =
      '<html><body><p align="center"><b>ACME REPORTS RECORD SALES</b></p>' +
      '<p>DENVER, Colo., May 2, 2005 -- Acme Corp. (NYSE: ACM) said today that sales for its ' +
      'first quarter rose 12 percent, to $41.2 million.</p><p align="center">###</p></body></html>'
    const text = looksLikeHtml(raw) ? htmlToText(raw) : raw
    summarize(parse(text)).headline // 'ACME REPORTS RECORD SALES'
    summarize(parse(text)).dateline // { city: 'DENVER', region: 'Colo.', wire: null, date: '2005-05-02' }
    // end example: html
    expect(summarize(parse(text)).headline).toBe('ACME REPORTS RECORD SALES');
    expect(summarize(parse(text)).dateline).toEqual({ city: 'DENVER', region: 'Colo.', wire: null, date: '2005-05-02' });
    outputs.set('html', text);
  });

  it('builders: a tree by hand, valid, stringified', () => {
    // example: builders
    const tree = b.exhibit(
      b.releaseTitle('PRESS RELEASE'),
      b.headline('Acme Wins City Contract'),
      b.paragraph(
        b.dateline({ city: 'NEW YORK', region: 'N.Y.', wire: 'Business Wire', date: '2005-03-03' }),
        ' Acme Corp. (',
        b.ticker('NYSE', 'ACME'),
        ') today said it won a contract to supply the city with widgets.',
      ),
      b.contact([{ role: 'Media', name: 'Jane Doe', phones: ['(212) 555-0100'] }]),
      b.endMarker('###'),
    )

    validate(tree).ok // true
    summarize(parse(stringify(tree))).dateline // { city: 'NEW YORK', region: 'N.Y.', wire: 'Business Wire', date: '2005-03-03' }
    // end example: builders
    expect(validate(tree).ok).toBe(true);
    expect(summarize(parse(stringify(tree)))).toEqual(summarize(tree));
    outputs.set('builders', stringify(tree));
  });

  it('every example and output in the README is the code here, and its output', () => {
    const here = new Set(importsOf(self, (m) => MODULES[m] ?? m));
    for (const name of ['read', 'body-text', 'unified-parse', 'markdown-out', 'markdown-in', 'format', 'html', 'builders', 'vitest']) {
      const block = readmeBlock('example', name);
      expect(block, `README has no example "${name}"`).toBeDefined();
      const { imports, code } = splitImports(block ?? '');
      expect(code, `README example "${name}" differs from test/readme-examples.test.ts`).toBe(ownRegion(name));
      expect(imports.filter((i) => !here.has(i)), `README example "${name}" imports what this file does not`).toEqual([]);
    }
    for (const [name, actual] of outputs) {
      const block = readmeBlock('output', name);
      expect(block, `README has no output "${name}"`).toBeDefined();
      expect(actual.startsWith(block ?? '\0'), `README output "${name}" is not what the example prints`).toBe(true);
    }
  });
});

// example: vitest
expect.addSnapshotSerializer(exhibitSerializer)
goldenTests(new URL('../fixtures/seed/', import.meta.url))
// end example: vitest
