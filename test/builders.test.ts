/**
 * Builders: every node they make passes `validate`, its leaves are canonical text, the
 * tree stringifies to that text, and a release built from them parses back to the same
 * summary.
 */
import { describe, expect, it } from 'vitest';
import { b, format, parse, stringify, summarize, validate, type FlowContent } from '../src/index.js';

const release = b.exhibit(
  b.exhibitLabel('99.1'),
  b.releaseTitle('PRESS RELEASE'),
  b.contact(
    [
      { role: 'Media', name: 'Jane Doe', organization: 'Acme Corp.', phones: ['(212) 555-0100'], faxes: ['(212) 555-0101'], emails: ['jane@acme.example'] },
      { role: 'Investors', name: 'John Roe', phones: ['(212) 555-0102'] },
    ],
    { releaseNumber: '2005-12' },
  ),
  b.headline('Acme Wins City Contract'),
  b.paragraph(
    b.dateline({ city: 'NEW YORK', region: 'N.Y.', wire: 'Business Wire', date: '2005-03-03' }),
    ' Acme Corp. (',
    b.ticker('NYSE', 'acme'),
    ') today said it won a contract to supply the city with widgets for five years.',
  ),
  b.heading('About Acme', 'about'),
  b.paragraph('Acme Corp. makes widgets. Visit ', b.url('www.acme.example'), ' or write to ', b.email('ir@acme.example'), '.'),
  b.list({ ordered: true }, 'first thing', 'second thing'),
  b.table([
    ['', '2005', '2004'],
    ['Revenue', '$12.0', '$10.1'],
    ['Net income', '1.2', '0.9'],
  ]),
  b.safeHarbor(
    b.heading('Forward-Looking Statements', 'safeHarbor'),
    b.paragraph(
      'This release contains forward-looking statements that involve risks and uncertainties, including ',
      b.riskList('roman', b.riskItem('(i)', 'demand for widgets'), b.riskItem('(ii)', 'the price of steel'), b.riskItem('(iii)', 'competition')),
      '.',
    ),
  ),
  b.endMarker('###'),
);

describe('builders', () => {
  it('make a tree that passes its schemas', () => {
    const v = validate(release);
    expect(v.ok ? null : v.issue).toBeNull();
  });

  it('write canonical text: blocks a blank line apart, the fields written the way the parser reads them', () => {
    const text = stringify(release);
    expect(text).toBe(
      [
        'Exhibit 99.1',
        'PRESS RELEASE',
        'Media:  Jane Doe\n        Acme Corp.\n        Phone: (212) 555-0100\n        Fax: (212) 555-0101\n        jane@acme.example\n\nInvestors:  John Roe\n            Phone: (212) 555-0102\nRelease No: 2005-12',
        'Acme Wins City Contract',
        'NEW YORK, N.Y., March 3, 2005 /Business Wire/ -- Acme Corp. (NYSE: ACME) today said it won a contract to supply the city with widgets for five years.',
        'About Acme',
        'Acme Corp. makes widgets. Visit www.acme.example or write to ir@acme.example.',
        '1. first thing\n2. second thing',
        '               2005     2004\nRevenue       $12.0    $10.1\nNet income      1.2      0.9',
        'Forward-Looking Statements',
        'This release contains forward-looking statements that involve risks and uncertainties, including (i) demand for widgets, (ii) the price of steel and (iii) competition.',
        '###',
      ].join('\n\n') + '\n',
    );
  });

  it('give a tree whose text parses back to the same summary', () => {
    expect(summarize(parse(stringify(release)))).toEqual(summarize(release));
    expect(summarize(release)).toMatchObject({
      exhibit: '99.1',
      headline: 'Acme Wins City Contract',
      tickers: [{ exchange: 'NYSE', symbol: 'ACME' }],
      dateline: { city: 'NEW YORK', region: 'N.Y.', wire: 'Business Wire', date: '2005-03-03' },
      releaseNumber: '2005-12',
      safeHarbor: { risks: ['demand for widgets', 'the price of steel', 'competition'] },
    });
    expect(format(parse(stringify(release)))).toBe(format(release));
  });

  it('keep leaves canonical: single spaces in text, every other run of layout a whitespace leaf', () => {
    const p = b.paragraph('  two  spaces\tand a tab  ', b.url('www.x.example'));
    expect(p.children).toEqual([
      { type: 'whitespace', value: ' ' },
      { type: 'text', value: 'two spaces and a tab' },
      { type: 'whitespace', value: ' ' },
      { type: 'url', href: 'www.x.example', children: [{ type: 'text', value: 'www.x.example' }] },
    ]);
    expect(b.headline('TWO\nLINES').children).toEqual([
      { type: 'text', value: 'TWO' },
      { type: 'whitespace', value: '\n' },
      { type: 'text', value: 'LINES' },
    ]);
  });

  it('spell out dates, leave out what is missing, and take a date as written', () => {
    expect(stringify(b.dateline({ city: 'DALLAS', date: '--03-03' }))).toBe('DALLAS, March 3 --');
    expect(stringify(b.dateline({ city: 'TORONTO', region: 'ONTARIO', wire: 'Canada NewsWire', date: '2005-03-03', dateText: 'Mar. 3, 2005' }))).toBe('TORONTO, ONTARIO, Mar. 3, 2005 /Canada NewsWire/ --');
    expect(b.dateline({ city: 'DALLAS', date: '2005-13-01' }).dateText).toBeNull();
  });

  it('make every node valid on its own inside an exhibit', () => {
    const blocks: FlowContent[] = [
      b.subheadline('A second line'),
      b.editorLine('BUSINESS EDITORS', 'HIGH-TECH WRITERS'),
      b.continuation(),
      b.rule(12),
      b.pageBreak(2),
      b.list({}, b.listItem('o', 'a bullet'), 'and text'),
      b.riskList('bullet', b.riskItem('•', 'one risk'), b.riskItem(null, 'another')),
      b.paragraph(b.phone('(412) 422-2377', { fax: true })),
    ];
    for (const block of blocks) expect(validate(b.exhibit(block)).ok, block.type).toBe(true);
    expect(stringify(b.editorLine('BUSINESS EDITORS', 'HIGH-TECH WRITERS'))).toBe('BUSINESS EDITORS/HIGH-TECH WRITERS');
    expect(stringify(b.pageBreak(2))).toBe('<PAGE> 2');
  });

  it('refuse a phone number without digits', () => {
    expect(() => b.phone('call us')).toThrow(RangeError);
  });
});
