/**
 * `format`: canonical text that re-parses to the same meaning and formats to itself —
 * over every labelled real exhibit, every fixture, fuzzed text and built trees — and the
 * rules that keep it so (no structure at the start of a re-flowed line, front matter and
 * columns kept, page markers dropped).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b, decode, format, parse, read, stringify, summarize, validate, type Exhibit } from '../src/index.js';

// Seeded for repeatable runs; FC_SEED=<n> explores other seeds.
const SEED = Number(process.env["FC_SEED"] ?? 20261124);
const runs = (n: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: n });

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const fixtureRoot = new URL('../fixtures/', import.meta.url).pathname;
const devRoot = new URL('../../shared/corpus/dev/', import.meta.url).pathname;
const fixtureFiles = walk(fixtureRoot).filter((f) => f.endsWith('.txt'));
const devFiles = existsSync(devRoot) ? walk(devRoot).filter((f) => f.endsWith('.txt')) : [];
const sgmlRoot = new URL('../../shared/corpus/raw/sgml/', import.meta.url).pathname;
const sgmlFiles = existsSync(sgmlRoot) ? walk(sgmlRoot).filter((f) => f.endsWith('.txt')) : [];
const setsRoot = new URL('../eval/sets/', import.meta.url).pathname;
const validationFiles = readdirSync(setsRoot)
  .filter((d) => d.startsWith('validation-'))
  .flatMap((d) => walk(join(setsRoot, d)))
  .filter((f) => f.endsWith('.txt'));

/** What must hold for a tree: formatting is idempotent and keeps the summary. Null when it does. */
function formatProblem(tree: Exhibit): string | null {
  const once = format(tree);
  const again = parse(once);
  if (format(again) !== once) return 'format(parse(format(t))) differs from format(t)';
  const want = JSON.stringify(summarize(tree));
  const got = JSON.stringify(summarize(again));
  return want === got ? null : `summary changed: ${want} → ${got}`;
}

const holds = (text: string): boolean => {
  const problem = formatProblem(parse(text));
  if (problem) throw new Error(`${problem} for ${JSON.stringify(text)}`);
  return true;
};

describe('format over real exhibits and fixtures', () => {
  it.skipIf(devFiles.length === 0)(`keeps meaning and is idempotent on every corpus/dev exhibit`, () => {
    const failures = devFiles.map((f) => [relative(devRoot, f), formatProblem(parse(new Uint8Array(readFileSync(f))))]).filter(([, p]) => p);
    expect(failures).toEqual([]);
    expect(devFiles.length).toBeGreaterThanOrEqual(38);
  });

  it.skipIf(sgmlFiles.length === 0)('keeps meaning and is idempotent on every exhibit read from a corpus SGML block', () => {
    // Through read(): the exhibit's tree has positions (and table offsets) in the block's text.
    const failures = sgmlFiles.flatMap((f) => read(new Uint8Array(readFileSync(f))).exhibits.map((e) => [relative(sgmlRoot, f), formatProblem(e.tree)])).filter(([, p]) => p);
    expect(failures).toEqual([]);
    expect(sgmlFiles.length).toBeGreaterThanOrEqual(70);
  });

  it('keeps meaning and is idempotent on every exhibit of the validation sets', () => {
    const failures = validationFiles.map((f) => [relative(setsRoot, f), formatProblem(parse(new Uint8Array(readFileSync(f))))]).filter(([, p]) => p);
    expect(failures).toEqual([]);
    expect(validationFiles.length).toBeGreaterThanOrEqual(300);
  });

  it('keeps meaning and is idempotent on every fixture', () => {
    const failures = fixtureFiles.map((f) => [relative(fixtureRoot, f), formatProblem(parse(new Uint8Array(readFileSync(f))))]).filter(([, p]) => p);
    expect(failures).toEqual([]);
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(55);
  });
});

/** Pieces of EDGAR-like text, as in property.test.ts. */
const piece = fc.oneof(
  fc.constantFrom(
    ' ', '  ', '     ', '\t', '\n', '\r\n', '\r', '\f', '\n\n', '\u0000', '\uFEFF', '\u00A0',
    '<PAGE>', '<PAGE> 2', '###', '- More -', '-0-', '(NASDAQ: ABCD)', '(NYSE: A; TSX: A)', '/PRNewswire/', '--', '...',
    'Exhibit 99.1', 'PRESS RELEASE', 'Contact:', 'Tel: (212) 555-0100', 'jane@example.com', 'www.example.com',
    'NEW YORK, N.Y., March 3, 2005 --', 'including', '(i)', '(ii)', ';', ',', ':', '$1,234', '2004', 'Safe Harbor',
    'forward-looking statements', 'risks and uncertainties', '•', 'o ', '1.', '(a)', '-----', '=====', 'BUSINESS EDITORS',
    'U.S.', 'Inc.', 'Media:', 'For Immediate Release', 'Monday March 7, 8:31 am ET',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const edgarish = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));
const fixtureTexts = fixtureFiles.map((f) => decode(readFileSync(f)).text);

/** Words for built trees. */
const word = fc.constantFrom('Acme', 'widgets', 'steel', 'the', 'company', 'said', 'record', 'quarter', 'U.S.', '(a)', '1.', '-', 'revenue', 'rose', '12%', 'Inc.', 'NEWS', 'contact:', '$1.2', 'o');
const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
const builtBlock = fc.oneof(
  sentence.map((s) => b.paragraph(s)),
  sentence.map((s) => b.headline(s)),
  sentence.map((s) => b.heading(s)),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => b.list({}, ...items)),
  fc.array(fc.array(fc.constantFrom('Revenue', '$1,234', '2005', '(12)', 'Net'), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map((rows) => b.table(rows)),
  fc.constantFrom(b.exhibitLabel('99.1'), b.releaseTitle('PRESS RELEASE'), b.endMarker('###'), b.rule()),
  fc.record({ name: fc.constantFrom('Jane Doe', 'John Q. Roe'), phone: fc.constantFrom('(212) 555-0100', '404-506-5333') }).map((c) => b.contact([{ name: c.name, phones: [c.phone] }])),
);
const builtTree = fc.array(builtBlock, { maxLength: 12 }).map((blocks) => b.exhibit(...blocks));

describe('format properties (fast-check, seeded)', () => {
  it('holds for EDGAR-like text', () => {
    fc.assert(fc.property(edgarish, holds), runs(300));
  });

  it('holds for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), holds), runs(200));
  });

  it('holds for fixtures mutated at random', () => {
    const mutation = fc.record({ index: fc.nat({ max: fixtureTexts.length - 1 }), at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 400 }), insert: edgarish });
    fc.assert(
      fc.property(mutation, ({ index, at, cut, insert }) => {
        const base = fixtureTexts[index] ?? '';
        const pos = Math.floor(at * base.length);
        return holds(base.slice(0, pos) + insert + base.slice(pos + cut));
      }),
      runs(200),
    );
  });

  it('holds for the text of built trees (built from many blocks, then parsed)', () => {
    fc.assert(
      fc.property(builtTree, (tree) => {
        expect(validate(tree).ok).toBe(true);
        return holds(stringify(tree));
      }),
      runs(200),
    );
  });
});

describe('the canonical layout', () => {
  const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url), 'utf8');
  const out = format(parse(seed));

  it('re-flows body paragraphs to the width, flush left, one space between words', () => {
    const body = out.split('\n\n').find((block) => block.startsWith('On October 8'));
    expect(body).toBe(
      [
        'On October 8, 2004 the Company and the USPS agreed to contract',
        'modifications that extend the current contracts for both polycarbonate',
        'and aluminum Cluster Box Units (CBUs) through February 28, 2005 and also',
        'lowered prices on all styles of CBU by approximately one percent (1%).',
        'All other terms and conditions of the contracts remain unchanged.',
      ].join('\n'),
    );
    for (const line of format(parse(seed), { width: 40 }).split('\n\n').find((block) => block.startsWith('On October 8'))?.split('\n') ?? []) {
      expect(line.length).toBeLessThanOrEqual(40);
    }
  });

  it('keeps the front matter line for line and the contact block in its columns', () => {
    expect(out.startsWith(`Exhibit 99.1\n\nPRESS RELEASE\n\n${' '.repeat(22)}For further information contact:  Edward F. Ruttenberg\n${' '.repeat(56)}Phone: (412) 422-2377\n`)).toBe(true);
    expect(out).toContain('\n\n(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGI) AMERICAN LOCKER GROUP INCORPORATED\nPOSTAL CONTRACT EXTENSION\n\n');
  });

  it('puts one blank line between blocks, keeps the end marker, ends with one line break', () => {
    expect(out).not.toMatch(/\n\n\n/);
    expect(out.endsWith('\n\n#####\n')).toBe(true);
    expect(format(parse(''))).toBe('');
  });

  it('never starts a re-flowed line with something the parser reads as structure', () => {
    const text = 'DALLAS, Texas, March 3, 2005 -- Acme Corp. today said that it has become the largest maker of widgets in the U.S. market, ahead of (1) Widget Co. and (2) Gadget Inc., and - as before - ahead of all others.\n';
    const lines = format(parse(text)).trimEnd().split('\n');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^(?:U\.|\(\d\)|-|Inc\.)/);
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('prints text that prints as itself where one printing reads otherwise (blank lines taken for line spacing)', () => {
    const tree = parse('Media:    Ann Lee, (314) 555-0144\n\n\nann@acme.com');
    const once = format(tree);
    expect(format(parse(once))).toBe(once);
    expect(summarize(parse(once))).toEqual(summarize(tree));
  });

  it('keeps a contact block\'s rows apart where its printing reads double-spaced', () => {
    // Read single-spaced, the blank lines part the rows: the person, then a desk of its own.
    // Printed with one blank line each, the text reads double-spaced (a lower-case line under a
    // full one), the rows would close up and the desk's number go to the person.
    const text = 'Agency Contact\n\nDana Reed, Maddox Group  (973) 555-0110\n\n\nmedia desk (212) 555-0161\n';
    const tree = parse(text);
    expect(summarize(tree).contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Dana Reed', ['(973) 555-0110']],
      [null, ['(212) 555-0161']],
    ]);
    const once = format(tree);
    expect(summarize(parse(once))).toEqual(summarize(tree));
    expect(format(parse(once))).toBe(once);
  });

  it('prints a contact block typed double-spaced single-spaced, its wider gaps parting its rows', () => {
    // One blank line between its rows is the block's line spacing; three part two desks. Each
    // gap printed as one blank line, the reader would take them all for spacing, or none.
    const text = 'Contact:\n\n(973) 555-0100\n\n(973) 555-0101\n\n\n\n(212) 555-0160\n\nir@acme.com\n';
    const tree = parse(text);
    expect(summarize(tree).contacts.map((c) => c.phones.length)).toEqual([2, 1]);
    expect(format(tree)).toBe('Contact:\n(973) 555-0100\n(973) 555-0101\n\n(212) 555-0160\nir@acme.com\n');
    expect(formatProblem(tree)).toBeNull();
  });

  it('keeps a contact line set in to a column of the rows under it', () => {
    // "ir@acme.com" stands in the column the numbers and addresses open: it is read there, as
    // one more detail of the person to its left, and flush left it would be read otherwise.
    const text = '                  ir@acme.com\nJane Roe          (212) 555-0100\nAcme Advisors     media@acme.com\n';
    const tree = parse(text);
    expect(summarize(tree).contacts.map((c) => c.emails)).toEqual([['ir@acme.com', 'media@acme.com']]);
    expect(format(tree)).toBe(text);
    expect(formatProblem(tree)).toBeNull();
  });

  it('prints a list item\'s source lines kept in their columns where they stood against the marker', () => {
    // The item's line holds a gutter, so its lines keep their columns, counted from the
    // marker's line: hung under the text once more, the "-" below would move right at every printing.
    const text = 'Highlights:\n\n-\tNote\n-\n';
    const once = format(parse(text));
    expect(once).toBe('Highlights:\n\n-       Note\n-\n');
    expect(format(parse(once))).toBe(once);
  });

  it('takes a line\'s indentation off past a vertical tab or a form feed before it, which take no room', () => {
    // The headline set in as a whole ("\tACME WINS" / "\v\tTHE CONTRACT"): flush left, its
    // second line must not keep the tab the vertical tab stood before.
    const text = '\tACME WINS\n\v\tTHE CONTRACT\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. said it won a contract from the city.\n';
    const formatted = format(parse(text));
    expect(formatted.split('\n').slice(0, 2)).toEqual(['ACME WINS', '\vTHE CONTRACT']);
    expect(summarize(parse(formatted))).toEqual(summarize(parse(text)));
  });

  it('drops page markers and keeps text the parser counts as text', () => {
    const text = 'ACME WINS\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. said it won\n<PAGE> 2\na contract. Caf\u00E9\u00A0Noir signed too.\n';
    const formatted = format(parse(text));
    expect(formatted).not.toContain('<PAGE>');
    expect(formatted).toContain('Caf\u00E9\u00A0Noir');
  });

  it('reads a place and a dash by the words after it, not the lines: joined or not, the dated dateline below wins', () => {
    // With no more than a line's words after it, a place and a dash gives way to a dated
    // dateline below, on one line or two.
    const below = '\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. said\n';
    for (const text of [`ATLANTA --\nthe company said.${below}`, `ATLANTA -- the company said.${below}`]) {
      expect(summarize(parse(text)).dateline?.city).toBe('DALLAS');
      expect(formatProblem(parse(text))).toBeNull();
    }
  });

  it('keeps a headline line set in deep under a line above it, where flush left it would open a dateline', () => {
    // The parser reads no dateline in a line set in deep under another; printed flush left, it would.
    const text = `ACME\n${' '.repeat(29)}Dallas Mar 3, 2 -- x\n`;
    const formatted = format(parse(text));
    expect(formatted).toBe(text);
    expect(summarize(parse(formatted))).toMatchObject({ headline: 'Dallas Mar 3, 2 -- x', dateline: null });
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('keeps such a line set in as deep from the margin under a headline set in', () => {
    const text = `${' '.repeat(6)}ACME VALVE REPORTS RESULTS FOR FISCAL YEAR\n${' '.repeat(10)}CLEVELAND, Ohio, August 14, 2003 -- Acme Valve Company\n${' '.repeat(30)}(NASDAQ:ACME)\n`;
    expect(summarize(parse(text)).dateline).toBeNull();
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('keeps a line of a block set in as a whole at its columns, where flush left it would open a dateline', () => {
    // The parser counts "set in deep" from column 0: the block's own indentation is part of it.
    const text = `${' '.repeat(9)}Acme Wins Contract\n${' '.repeat(9)}DALLAS, Texas, March 3, 2005 -- Acme Corp. said it won\n`;
    expect(summarize(parse(text)).dateline).toBeNull();
    expect(format(parse(text))).toBe(`Acme Wins Contract\n${' '.repeat(9)}DALLAS, Texas, March 3, 2005 -- Acme Corp. said it won\n`);
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('keeps the blank line a headline ran on across', () => {
    // Stopping on 'and', the headline goes on in the block under it; its lines touching would
    // be three lines of lower-case words, running text that opens the body.
    const text = 'Acme agrees to buy Beans Unlimited\nfor cash and\n\nshares of its stock\n';
    expect(summarize(parse(text)).headline).toBe('Acme agrees to buy Beans Unlimited for cash and shares of its stock');
    expect(format(parse(text))).toBe(text);
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('keeps a headline typed under a slug line under it', () => {
    // Read with the slug line, one word is the headline; apart, it would be a paragraph.
    const text = `(BW)(NY-ACME)\n${' '.repeat(36)}ACME\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. said today it won a contract.\n`;
    expect(format(parse(text)).startsWith('(BW)(NY-ACME)\nACME\n\n')).toBe(true);
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('keeps a contact the parser cut from a headline by case under it, where apart it would be cut again', () => {
    // "(NEWS)" in brackets under the headline starts a part that names a release number (a
    // contact); apart, the parser would cut it once more, capitals over mixed case.
    const text = 'ACME CORP.\n(NEWS)\nRelease No. 2004-05\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. said today it won a contract.\n';
    expect(format(parse(text)).startsWith('ACME CORP.\n(NEWS)\nRelease No. 2004-05\n\n')).toBe(true);
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('prints a double-spaced text single-spaced in every block, not only in paragraphs', () => {
    // Only the list item's wrapped line shows the spacing; re-flowed, it no longer does, and
    // the contact's blank line, kept, would part the label from the name.
    const text = 'CONTACT:\n\nJane Roe\n\n1. Sales of widgets rose in every region of the\n\ncountry, the company said.\n';
    expect(summarize(parse(text)).contacts.map((c) => c.name)).toEqual(['Jane Roe']);
    expect(format(parse(text)).startsWith('CONTACT:\nJane Roe\n\n1. ')).toBe(true);
    expect(formatProblem(parse(text))).toBeNull();
  });

  it('keeps front matter under the block above only where, flush left, the parser still parts the two at its first line', () => {
    // Parted by alignment, not case: flush left under the line above they would read as a
    // headline over a subheadline, or merge with a headline's lines and take it away.
    const centred = (n: number, s: string): string => `${' '.repeat(n)}${s}\n`;
    const underLine = `ACME CORP.\n${centred(38, 'SALES UP')}${centred(31, '(In thousands of dollars)')}${centred(36, '(Unaudited)')}`;
    const underHeadline = `Acme Widget\n${centred(35, 'HOLDINGS INC.')}${centred(39, 'NOTE')}    the company said its net income for 2019 does not recur in 2020 and is excluded from\n${centred(31, 'adjusted figures.')}`;
    expect(format(parse(underLine))).toBe('ACME CORP.\n\nSALES UP\n(In thousands of dollars)\n(Unaudited)\n');
    expect(summarize(parse(underHeadline)).headline).toBe('Acme Widget HOLDINGS INC.');
    for (const text of [underLine, underHeadline]) expect(formatProblem(parse(text))).toBeNull();
  });

  it('keeps blocks that share a line on one line', () => {
    const text = 'PRESS RELEASE                      Source: Acme Corp.\n\nACME WINS A CONTRACT\n\nDALLAS, Texas, March 3, 2005 -- Acme Corp. today said it won a large contract from the city.\n';
    const formatted = format(parse(text));
    expect(formatted.startsWith('PRESS RELEASE    Source: Acme Corp.\n\nACME WINS A CONTRACT\n')).toBe(true);
    expect(summarize(parse(formatted)).headline).toBe('ACME WINS A CONTRACT');
  });
});

describe('a centred headline with a line that would open a dateline flush left', () => {
  it('keeps the columns the source centred it in, and its reading', () => {
    const text = [
      'Exhibit 99.1',
      '',
      '                  ACME BIOMEDICAL REPORTS POSITIVE',
      '                     PHASE II RESULTS FOR AC-104 IN',
      '                          RHEUMATOID ARTHRITIS',
      '',
      '-- 62% of Patients Achieve ACR20 Response; Phase III Planning Begins --',
      '',
      'LA JOLLA, Calif.--(BUSINESS WIRE)--Sept. 18, 2000--Acme Biomedical, Inc. today announced',
      'results of its Phase II trial.',
      '',
    ].join('\n');
    const formatted = format(parse(text));
    expect(summarize(parse(formatted))).toEqual(summarize(parse(text)));
    expect(format(parse(formatted))).toBe(formatted);
  });
});

describe('a line that would close on an exhibit label once re-wrapped', () => {
  it('is not broken so ("… Up 9% -" / "EXHIBIT 99.1" ends a filer header line)', () => {
    const text = 'MIAMI, Fla., Jan. 18, 2005    Acme Cruise Lines    - Advance Bookings Up Sharply From Last Year, Up 9% -    EXHIBIT 99.1\n';
    const formatted = format(parse(text));
    expect(summarize(parse(formatted)).exhibit).toBe(summarize(parse(text)).exhibit);
    expect(format(parse(formatted))).toBe(formatted);
  });
});
