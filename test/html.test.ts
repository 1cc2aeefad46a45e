/**
 * The HTML exhibit reader: golden fixtures (fixtures/html/<slug>.html → <slug>.text, and the
 * summary the exhibit parser reads from that text → <slug>.summary.json), the HTML sniffer
 * against real text and HTML exhibits, and seeded property tests for totality and the
 * shape of the output.
 *
 * Expected texts are written when missing (failing under CI) and rewritten with
 * `UPDATE=1 npx vitest run test/html.test.ts`; read the diff before keeping them. They end
 * in `.text`, not `.txt`: every `.txt` under fixtures/ is a text-exhibit golden input.
 * Summary files are written by hand and only the fields they name are compared.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../src/html/index.js';
import { MAX_TABLE_NESTING } from '../src/html/render.js';
import { parse, summarize } from '../src/index.js';

const SEED = 20260611;
const runs = (n: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: n });

const fixtureDir = new URL('../fixtures/html/', import.meta.url).pathname;
const corpusDir = new URL('../../shared/corpus/', import.meta.url).pathname;
const update = process.env.UPDATE === '1';

/** The shape every output has; null when it holds, else what is wrong. */
function shapeProblem(text: string): string | null {
  if (text.includes('\r')) return 'has a carriage return';
  if (text !== '' && !text.endsWith('\n')) return 'does not end with a line feed';
  if (text.startsWith('\n')) return 'starts with a blank line';
  if (/[ \t]$/m.test(text)) return 'has trailing white space';
  if (text.includes('\n\n\n')) return 'has two blank lines in a row';
  // A page break prints as a form feed alone on its line, a blank line either side.
  const pages = text.split('\n\n\f\n\n');
  if (pages.length > 1 && pages.some((page) => page === '' || page.startsWith('\n'))) return 'has a page turn with nothing on one side';
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(pages.join(''))) return 'has a control character';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return 'has a lone surrogate';
  return null;
}

/** Never throws; the output has the shape of exhibit text. */
function holds(html: string): boolean {
  const text = htmlToText(html);
  const problem = shapeProblem(text);
  if (problem) throw new Error(`output ${problem} for ${JSON.stringify(html.slice(0, 300))}`);
  return true;
}

const fixtures = existsSync(fixtureDir) ? readdirSync(fixtureDir).filter((f) => f.endsWith('.html')).sort() : [];

describe('HTML fixtures', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of fixtures) {
    const slug = file.replace(/\.html$/, '');
    const html = readFileSync(join(fixtureDir, file), 'utf8');
    const text = htmlToText(html);

    it(`${slug}: renders the expected text`, () => {
      expect(shapeProblem(text)).toBeNull();
      const expectedPath = join(fixtureDir, `${slug}.text`);
      if (update || !existsSync(expectedPath)) {
        if (process.env.CI && !update) throw new Error(`missing ${expectedPath}: run UPDATE=1 npx vitest run test/html.test.ts`);
        writeFileSync(expectedPath, text);
      }
      expect(text).toBe(readFileSync(expectedPath, 'utf8'));
    });

    it(`${slug}: gives the expected summary`, () => {
      const want = JSON.parse(readFileSync(join(fixtureDir, `${slug}.summary.json`), 'utf8')) as Record<string, unknown>;
      const got = summarize(parse(text)) as Record<string, unknown>;
      const picked = Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]));
      expect(picked).toEqual(want);
    });
  }
});

describe('rendering rules', () => {
  it('collapses white space and turns no-break spaces into spaces', () => {
    expect(htmlToText('<p>  a \n\t b&nbsp;&nbsp;c </p>')).toBe('a b  c\n');
  });

  it('breaks lines at <br> and makes a blank line of two', () => {
    expect(htmlToText('<div>one<br>two<br><br>three</div>')).toBe('one\ntwo\n\nthree\n');
  });

  it('keeps plain divs together and spaces paragraphs and margins apart', () => {
    expect(htmlToText('<div>A</div><div>B</div><p>C</p><div style="margin-top:12pt">D</div><p style="margin:0">E</p><p style="margin:0">F</p>')).toBe('A\nB\n\nC\n\nD\nE\nF\n');
  });

  it('makes an empty line box (a paragraph of &nbsp;) a blank line', () => {
    expect(htmlToText('<p style="margin:0">A</p><p style="margin:0">&nbsp;</p><p style="margin:0">B</p>')).toBe('A\n\nB\n');
  });

  it('centres and right-aligns short blocks on the page', () => {
    expect(htmlToText('<center>TITLE</center><div style="text-align:right">99.1</div>', { width: 20 })).toBe('       TITLE\n                99.1\n');
  });

  it('skips hidden content, scripts, styles and the inline XBRL header', () => {
    const html = '<head><title>T</title><style>p{}</style></head><body><script>x()</script><p hidden>h</p><span style="display:none">n</span><ix:header>fact</ix:header><template>t</template>shown</body>';
    expect(htmlToText(html)).toBe('shown\n');
  });

  it('marks list items with bullets and numbers', () => {
    expect(htmlToText('<ul><li>a</li><li>b</li></ul><ol start="3"><li>c</li></ol><ol type="i"><li>d</li></ol>')).toBe('• a\n• b\n\n3. c\n\ni. d\n');
  });

  it('aligns table columns and joins $, ) and % cells to their numbers', () => {
    const html = '<table><tr><td></td><td colspan="2" align="center">2024</td><td></td><td></td></tr><tr><td>Revenue</td><td>$</td><td align="right">1,234</td><td></td></tr><tr><td>Loss</td><td></td><td align="right">(56</td><td>)</td></tr></table>';
    expect(htmlToText(html)).toBe('            2024\nRevenue    $1,234\nLoss         (56)\n');
  });

  it('reads a table holding running text as blocks, and a bullet cell as a list marker', () => {
    const prose = 'word '.repeat(40).trim();
    expect(htmlToText(`<table><tr><td>${prose}</td></tr></table>`, { wrap: false })).toBe(`${prose}\n`);
    expect(htmlToText('<table><tr><td>•</td><td>first item</td></tr><tr><td>•</td><td>second</td></tr></table>')).toBe('• first item\n• second\n');
  });

  it('wraps running text at the width and never a table row', () => {
    expect(htmlToText('<p>aaa bbb ccc ddd</p>', { width: 20 })).toBe('aaa bbb ccc ddd\n');
    expect(htmlToText(`<p>${'abcd '.repeat(6)}</p>`, { width: 20 })).toBe('abcd abcd abcd abcd\nabcd abcd\n');
  });

  it('keeps preformatted text as it is', () => {
    expect(htmlToText('<pre>  a    b\n\tc</pre>')).toBe('  a    b\n        c\n');
  });

  it('drops the EDGAR document header', () => {
    expect(htmlToText('<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>a.htm\n<TEXT>\n<html><body><p>Body</p></body></html>\n</TEXT>\n</DOCUMENT>\n')).toBe('Body\n');
  });

  it('reads character references and symbol-font bullets', () => {
    expect(htmlToText('<p>A&amp;B &#8211; caf&eacute; &#146;s &#61623; x&shy;y</p>')).toBe('A&B – café ’s • xy\n');
  });

  it('applies text-transform', () => {
    expect(htmlToText('<p style="text-transform:uppercase">Acme <b>wins</b> award</p><p style="text-transform:capitalize">new plant opens</p>')).toBe('ACME WINS AWARD\n\nNew Plant Opens\n');
  });

  it('returns nothing for nothing', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<html><head><title>x</title></head><body>  </body></html>')).toBe('');
  });
});

describe('page breaks', () => {
  it('print as a form feed alone on its line, as a typed exhibit turns its pages', () => {
    const html = '<p>one</p><hr style="page-break-after:always"/><p>two</p><p style="break-before:page">three</p><p style="page-break-after:always">four</p>';
    expect(htmlToText(html)).toBe('one\n\n\f\n\ntwo\n\n\f\n\nthree\n\nfour\n');
  });
  it('let a list item cut by the page go on after the turn, the page number set apart', () => {
    const item = (text: string): string => `<div style="padding-left:36pt;text-indent:-18pt">&#183; ${text}</div>`;
    const html = [
      '<p>ACME SOFTWARE REPORTS RESULTS</p>',
      '<p>WALTHAM, Mass.--(BUSINESS WIRE)--July 26, 2016--Acme Software, Inc. today announced results.</p>',
      '<p>This release contains forward-looking statements. Actual results could differ materially. Risks that could affect our results include:</p>',
      item('our ability to convert customers to subscriptions;'),
      item('our reliance on third-party data centers that could harm our reputation'),
      '<div style="text-align:center">3</div><hr style="page-break-after:always"/>',
      '<div style="padding-left:36pt">and expose us to liability; and</div>',
      item('our ability to retain qualified personnel.'),
    ].join('');
    expect(summarize(parse(htmlToText(html))).safeHarbor?.risks).toEqual([
      'our ability to convert customers to subscriptions',
      'our reliance on third-party data centers that could harm our reputation and expose us to liability',
      'our ability to retain qualified personnel',
    ]);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<html><body>x</body></html>'],
    ['\uFEFF  \n<!DOCTYPE html>\n<html>'],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'],
    ['<BODY BGCOLOR="white"><P ALIGN=CENTER>News</P>'],
    ['<div style="margin-bottom:9pt">Exhibit 99.1</div>'],
    ['<p style="margin:0">x</p>'],
    ['<font size=2>x</font>'],
    ['<TABLE WIDTH="100%"><TR><TD>x</TD></TR></TABLE>'],
    ['<table>\n<tr><td>x</td></tr></table>'],
    ['<xbrl xmlns="http://www.xbrl.org/2003/instance">'],
    ['<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n<HTML>\n<BODY>'],
  ])('is true for %j', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    [''],
    ['Exhibit 99.1\n\n                PRESS RELEASE\n'],
    ['<PAGE>\n\nExhibit 99\n'],
    ['<TABLE>\n<CAPTION>\n               Three Months Ended\n<S>               <C>\nRevenues         $12,050\n</TABLE>\n'],
    ['text with <FN> and <S> and <C> tags and <Page> 2'],
    ['<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>3\n<TEXT>\n                         NEWS RELEASE\n'],
    ['Visit <www.example.com> or write to <ir@example.com>.'],
    ['a < b and c > d'],
  ])('is false for %j', (text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });

  const dir = (name: string): string[] => {
    const d = join(corpusDir, name);
    return existsSync(d) ? readdirSync(d).map((f) => join(d, f)) : [];
  };

  it.skipIf(!existsSync(corpusDir))('tells the corpus text exhibits from the HTML ones', () => {
    const text = dir('dev').filter((f) => f.endsWith('.txt'));
    const html = dir('raw/html').filter((f) => f.endsWith('.htm'));
    const wrongText = text.filter((f) => looksLikeHtml(readFileSync(f, 'latin1')));
    const wrongHtml = html.filter((f) => !looksLikeHtml(readFileSync(f, 'latin1')));
    expect([wrongText, wrongHtml]).toEqual([[], []]);
    expect(text.length + html.length).toBeGreaterThan(50);
  });

  it.skipIf(!existsSync(corpusDir))('tells SGML blocks wrapping text from those wrapping HTML', () => {
    for (const f of dir('raw/sgml').filter((p) => p.endsWith('.txt'))) {
      const body = readFileSync(f, 'latin1');
      const wrapsHtml = /<TEXT>\s*(?:<!DOCTYPE|<HTML|<\?xml)/i.test(body);
      expect([f, looksLikeHtml(body)]).toEqual([f, wrapsHtml]);
    }
  });
});

/** Pieces of HTML-ish tag soup: real tags, broken ones, entities, odd characters. */
const piece = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div>', '</div>', '<br>', '<br/>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td colspan="3">',
    '<td colspan="99999">', '<td rowspan="0">', '<th>', '<ul>', '<ol start="-5">', '<ol type="i">', '<li>', '</li>', '<pre>', '</pre>',
    '<center>', '<p align=center>', '<p style="margin:0">', '<div style="margin-bottom:9pt;text-align:right">', '<span style="display:none">',
    '<font size=2>', '<b>', '</b>', '<ix:header>', '</ix:header>', '<script>', '</script>', '<style>', '<!--', '-->', '<!DOCTYPE html>',
    '<html>', '<body>', '<head>', '<title>', '<hr>', '<caption>', '<h1>', '<dl><dt>', '<dd>', '<blockquote>', '<xmp>', '<plaintext>',
    '&nbsp;', '&amp;', '&#13;&#10;', '&#0;', '&#xD800;', '&#61623;', '&shy;', '&bogus;', '&', '<', '>', '"', "'", '$', ')', '%', '•',
    ' ', '  ', '\n', '\r\n', '\r', '\t', '\f', '\u0000', '\uFEFF', '\uD800', '\uDFFF', '\u00A0', '\u2028', '\u200B',
    '<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n', '<PAGE>', '<S>', '<C>', 'Exhibit 99.1', 'NEW YORK, March 3, 2005 --', '(NYSE: ABC)', '###',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const soup = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

describe('totality and output shape', () => {
  it('holds for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), holds), runs(300));
  });

  it('holds for arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holds), runs(200));
  });

  it('holds for HTML-ish tag soup', () => {
    fc.assert(fc.property(soup, holds), runs(400));
  });

  it('holds for any width', () => {
    fc.assert(
      fc.property(soup, fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constantFrom(Number.NaN, Infinity, 0.5)), (html, width) => {
        const problem = shapeProblem(htmlToText(html, { width }));
        if (problem) throw new Error(problem);
        return true;
      }),
      runs(100),
    );
  });

  it('prints tables nested past MAX_TABLE_NESTING as the blocks they hold, every cell kept', () => {
    const depth = 3 * MAX_TABLE_NESTING;
    const cell = (i: number): string => `<table><tr><td>level ${i}</td><td>beside ${i}</td></tr><tr><td>`;
    const html = Array.from({ length: depth }, (_, i) => cell(i)).join('') + '</td></tr></table>'.repeat(depth);
    const text = htmlToText(html);
    for (let i = 0; i < depth; i++) {
      expect(text).toContain(`level ${i}`);
      expect(text).toContain(`beside ${i}`);
    }
    // The innermost tables set their two cells side by side on a line; past the cap they are blocks.
    expect(text).toMatch(new RegExp(`level ${depth - 1}\\s*\\n\\s*beside ${depth - 1}`));
  });

  it('holds for deep nesting and long runs', () => {
    for (const html of ['<div>'.repeat(20000) + 'x', '<table><tr><td>'.repeat(3000) + 'x', '<b>'.repeat(50000), '<'.repeat(100000), '&'.repeat(100000), `<p>${'a '.repeat(100000)}</p>`]) {
      expect(holds(html)).toBe(true);
    }
  });

  it('looksLikeHtml never throws', () => {
    fc.assert(fc.property(soup, (s) => typeof looksLikeHtml(s) === 'boolean'), runs(200));
  });
});
