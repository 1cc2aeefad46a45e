import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValid, InvalidTreeError, parse, parseWithWarnings, stringify, summarize, toString, validate, type Exhibit } from '../src/index.js';

const seedPath = new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');

describe('parse, stringify, toString', () => {
  it('reads the same text alike every time, and any text after it', () => {
    // The lexer remembers where the next "@" is while it moves through a text; reading the
    // text again, or a part of it, must not reuse a stale answer.
    const text = `Contact: Ann Vries, (303) 555-0142, ann@acme.com\n\nDENVER -- Acme said so.${' It grew.'.repeat(12)} Write bob@acme.com.\n`;
    const emails = (t: string): string[] => JSON.stringify(parse(t)).match(/"address":"[^"]+"/g) ?? [];
    const first = emails(text);
    expect(first.length).toBeGreaterThan(0);
    expect(emails(text)).toEqual(first);
    expect(emails(text.slice(0, 60))).toEqual(first.slice(0, 1));
  });

  it('gives each node its exact source slice', () => {
    const tree = parse(seed);
    const headline = tree.children.find((n) => n.type === 'headline');
    expect(headline && toString(headline)).toBe('AMERICAN LOCKER GROUP INCORPORATED\nPOSTAL CONTRACT EXTENSION');
    const p = headline?.position;
    expect(p && seed.slice(p.start.offset, p.end.offset)).toBe(toString(headline!));
  });

  it('stringifies a hand-built tree from its leaves only', () => {
    const tree: Exhibit = {
      type: 'exhibit',
      children: [
        { type: 'headline', text: 'Acme Wins', children: [{ type: 'text', value: 'Acme Wins' }] },
        { type: 'whitespace', value: '\n\n' },
        { type: 'paragraph', children: [{ type: 'text', value: 'Body.' }] },
      ],
    };
    expect(validate(tree).ok).toBe(true);
    expect(stringify(tree)).toBe('Acme Wins\n\nBody.');
  });

  it('reports guesses as warnings with positions', () => {
    const { warnings } = parseWithWarnings('ACME WINS CONTRACT\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. today said it won a large contract.\n');
    const rule = warnings.map((w) => w.ruleId);
    expect(rule).toContain('dateline-without-wire');
    const w = warnings.find((x) => x.ruleId === 'dateline-without-wire');
    expect(w?.position.start).toEqual({ line: 3, column: 1, offset: 20 });
  });

  it('warns when there is no dateline', () => {
    const { warnings } = parseWithWarnings('Just some words that run on as a paragraph of text without any opener at all.');
    expect(warnings.map((w) => w.ruleId)).toContain('dateline-missing');
  });

  it('warns when a risk cue opens no enumeration', () => {
    const text = 'ACME WINS\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. today said it won.\n\nForward-looking statements involve risks and uncertainties, including that we may not be able to buy portfolios at all.\n';
    const w = parseWithWarnings(text).warnings.find((x) => x.ruleId === 'risk-list-unsplit');
    expect(w).toBeDefined();
    expect(text.slice(w!.position.start.offset, w!.position.end.offset)).toBe('that we may not be able to buy portfolios at all');
  });

  it('warns when a contact has no person', () => {
    const text = 'Contact:\n  Investor Relations Desk, (212) 555-0100\n\nACME WINS\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. today said it won.\n';
    expect(parseWithWarnings(text).warnings.map((w) => w.ruleId)).toContain('contact-without-name');
  });

  it('calls onWarning for each warning', () => {
    const seen: string[] = [];
    parse('no dateline here, just words', { onWarning: (w) => seen.push(w.ruleId) });
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('front matter shapes', () => {
  it.each([
    ['EXHIBIT 99.1 - PRESS RELEASE', '99.1'],
    ['Exhibit 99.2: Press release dated March 3, 2005', '99.2'],
  ])('reads the exhibit label in %s', (line, number) => {
    expect(summarize(parse(`${line}\n\nACME WINS\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. said it won today.\n`)).exhibit).toBe(number);
  });

  it.each(['FOR RELEASE AT 4:05 P.M. EST', 'MEDIA RELEASE', 'NEWS BULLETIN', 'Earnings Release'])('reads the release title %s', (title) => {
    expect(summarize(parse(`${title}\n\nACME WINS\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. said it won today.\n`)).title).toBe(title);
  });
});

describe('validate', () => {
  it('names the path of the first bad node', () => {
    const bad = { type: 'exhibit', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'ok' }, { type: 'whitespace', value: 'not layout' }] }] };
    const r = validate(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.path).toEqual(['children', 0, 'children', 1, 'value']);
      expect(r.issue.where).toBe('exhibit > children[0] (paragraph) > children[1] (whitespace) > value');
    }
  });

  it('rejects unknown node types and wrong fields', () => {
    expect(validate({ type: 'exhibit', children: [{ type: 'banner', children: [] }] }).ok).toBe(false);
    expect(validate({ type: 'exhibit', children: [{ type: 'ticker', exchange: 'NYSE', children: [] }] }).ok).toBe(false);
    expect(() => assertValid({ type: 'nope' })).toThrow(InvalidTreeError);
  });
});

describe('summary of the seed', () => {
  it('equals its label field for field', () => {
    const want = JSON.parse(readFileSync(new URL('../fixtures/seed/american-locker-2004.summary.json', import.meta.url), 'utf8'));
    expect(summarize(parse(seed))).toEqual(want);
  });

  const shared = new URL('../../shared/corpus/dev/seed-american-locker-2004.json', import.meta.url);
  it.skipIf(!existsSync(shared))('equals the corpus label', () => {
    const { _notes, ...want } = JSON.parse(readFileSync(shared, 'utf8'));
    void _notes;
    expect(summarize(parse(seed))).toEqual(want);
  });
});
