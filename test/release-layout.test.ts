import { describe, expect, it } from 'vitest';
import { parse, summarize } from '../src/index.js';
import type { Node } from 'unist';

/** A release opening, so that the text under test is body text. */
const OPENING = 'Acme Posts Record Sales\n\nDENVER, Colo. -- Acme Coffee Co. said today that sales rose.\n\n';

/** Block types of the body text after the opening. */
const types = (body: string): string[] =>
  parse(OPENING + body)
    .children.map((n: Node) => n.type)
    .filter((t) => t !== 'whitespace')
    .slice(2);

const paragraph = [
  'Forward-looking statements here involve risks, including (1) the pace of new',
  'store openings, (2) the price of coffee beans and other raw materials,',
  '(3) competition from national chains, and (4) the weather in our largest',
  'markets.',
].join('\n');

describe('labels that wrap to the start of a line', () => {
  it('keep a numbered series written into a paragraph in that paragraph', () => {
    expect(types(paragraph)).toEqual(['safeHarbor']);
    expect(summarize(parse(OPENING + paragraph)).safeHarbor?.risks).toEqual([
      'the pace of new store openings',
      'the price of coffee beans and other raw materials',
      'competition from national chains',
      'the weather in our largest markets',
    ]);
  });

  it('keep a first label whose series goes on along the same line', () => {
    const text = 'Our outlook covers\n(a) unit sales, (b) margins and (c) hiring.';
    expect(types(text)).toEqual(['paragraph']);
  });

  it('keep a roman-numbered series written into a paragraph in that paragraph', () => {
    const text = 'These forward-looking statements are subject to risks, including\n(i) the outcome of the appeal; (ii) the cost of the\nlitigation; and (iii) the timing of approvals.\n';
    expect(types(text)).toEqual(['safeHarbor']);
    expect(summarize(parse(OPENING + text)).safeHarbor?.risks).toHaveLength(3);
  });

  it('still open a list after a colon or a sentence end', () => {
    expect(types('The risks are these:\n(1) the pace of openings,\n(2) prices.')).toEqual(['paragraph', 'list']);
    // The next label on the same line: the series runs on in the sentence the colon opened.
    expect(types('The risks are these:\n(1) the pace of openings, (2) prices.')).toEqual(['paragraph']);
    expect(types('We see three risks.\n(2) prices, said (1) the chief.')).toEqual(['paragraph', 'list']);
  });
});

describe('end markers', () => {
  it('reads hashes between dashes as an end marker', () => {
    expect(summarize(parse('Acme said so.\n\n-###-\n')).endMarker).toBe('-###-');
    expect(summarize(parse('Acme said so.\n\n-#-\n')).endMarker).toBeNull();
  });

  it("reads Dow Jones' close with its service name and date", () => {
    expect(summarize(parse('Acme said so.\n\n(END) DOW JONES NEWS 04-11-95\n')).endMarker).toBe('(END)');
  });
});

describe('front matter', () => {
  it('keeps a centred headline whole when its lines share a centre, whatever the page width', () => {
    // Centred by hand on column 34 of a 79-column page: the first line's margins are uneven,
    // the second line sits about the page's middle.
    const body = Array.from({ length: 6 }, () => 'and the combined company will serve its customers in all fifty states today.').join('\n');
    const text = `       ACME RAIL AND BETA TERMINALS AGREE TO COMBINE IN A BIG\n                        $310 MILLION TRANSACTION\n\nDENVER, Colo. -- Acme Corp. and Beta Inc. said today that they will merge,\n${body}\n`;
    expect(summarize(parse(text)).headline).toBe('ACME RAIL AND BETA TERMINALS AGREE TO COMBINE IN A BIG $310 MILLION TRANSACTION');
  });

  it('reads a contact column set beside a letterhead', () => {
    const text = [
      '                              NEWS RELEASE',
      '',
      'FOR:  ACME FOODS, INC.                    CONTACT:  Ann Vries',
      '      Omaha, Nebraska                               Vice President-Finance',
      '                                                    (402) 555-0188',
      '',
      'ACME FOODS RAISES ITS DIVIDEND',
      '',
      'OMAHA, Neb., June 12, 1995 -- Acme Foods, Inc. said today that it raised its dividend.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts).toEqual([{ name: 'Ann Vries', phones: ['(402) 555-0188'], faxes: [], emails: [] }]);
    expect(summarize(parse(text)).headline).toBe('ACME FOODS RAISES ITS DIVIDEND');
  });

  it('reads a passage about factors that could cause results to differ, and the numbered list under it', () => {
    const text = `${OPENING}Certain statements here are forward-looking. Factors that could cause results to\ndiffer include the following:\n\n    1. the cost of coffee;\n    2. the weather.\n`;
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['the cost of coffee', 'the weather']);
  });

  it('takes the person, not the agency, from "Name of Agency"', () => {
    const text = 'Contact: Ruth Ellery of Palisade Partners\n         (303) 555-0142\n';
    expect(summarize(parse(text)).contacts).toEqual([{ name: 'Ruth Ellery', phones: ['(303) 555-0142'], faxes: [], emails: [] }]);
  });
});

describe('a running foot before a page marker', () => {
  it('is page furniture: a list cut by the page turn goes on after it', () => {
    const text = [
      'ACME REALTY REPORTS RESULTS',
      '',
      'DAYTON, Ohio, May 3, 2004 -- Acme Realty Trust reported results today.',
      '',
      'Results may differ materially because of risks and uncertainties, including:',
      '',
      '     -    the financial condition of the Trust\'s tenants;',
      '',
      '     -    competition from other shopping centers;',
      '',
      '',
      '                          Acme Realty Trust',
      '                          First Quarter 2004 Results',
      '                                    Page 2',
      '<PAGE>',
      '',
      '     -    the availability and cost of capital; and',
      '',
      '     -    changes in real estate taxes.',
      '',
    ].join('\n');
    const tree = parse(text);
    expect(summarize(tree).safeHarbor?.risks).toEqual([
      "the financial condition of the Trust's tenants",
      'competition from other shopping centers',
      'the availability and cost of capital',
      'changes in real estate taxes',
    ]);
    expect(tree.children.some((n) => n.type === 'heading')).toBe(false);
  });
});

describe('a risk list introduced by an open cue', () => {
  it('takes the bullets under "include, but are not limited to," as the risks', () => {
    const text = [
      'ACME SURGICAL RAISES GUIDANCE',
      '',
      'DAYTON, Ohio, May 3, 2004 -- Acme Surgical Inc. raised its revenue guidance today.',
      '',
      'Forward-Looking Statements',
      '',
      'Certain statements in this press release are forward-looking statements. Factors',
      'that could cause actual results to differ include, but are not limited to,',
      '',
      '  o  the rate at which surgeons adopt our fixation system;',
      '  o  our reliance on a limited number of suppliers; and',
      '  o  changes in reimbursement policies.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual([
      'the rate at which surgeons adopt our fixation system',
      'our reliance on a limited number of suppliers',
      'changes in reimbursement policies',
    ]);
  });
});

describe('a list cut by a page turn mid-item', () => {
  it('goes on with the rest of the item and the items after it, blank lines between', () => {
    const text = [
      'ACME DATA REPORTS RESULTS',
      '',
      'DAYTON, Ohio, May 3, 2004 -- Acme Data Systems reported results today.',
      '',
      'This release contains forward-looking statements that involve risks. The following',
      'factors, among others, could cause actual results to differ materially:',
      '',
      '     o   the length of our sales cycle and the difficulty of predicting the quarter in',
      '                                  (more)',
      '<PAGE>',
      '         which a license will be signed;',
      '',
      '     o   consolidation among health insurers; and',
      '',
      '     o   competition from larger software vendors.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual([
      'the length of our sales cycle and the difficulty of predicting the quarter in which a license will be signed',
      'consolidation among health insurers',
      'competition from larger software vendors',
    ]);
  });
});

describe('a sentence cut by a page turn with a running head', () => {
  it('goes on after "/more/", the form feed, the page\'s head and "(continued)"', () => {
    const text = [
      'ACME NETWORKS REPORTS RESULTS',
      '',
      'SAN JOSE, Calif., April 25, 2000 -- Acme Networks, Inc. reported results today.',
      '',
      'Statements in this release are forward-looking statements that are subject to risks',
      'and uncertainties. These factors include, among others: i. our ability to ship the',
      'switch in volume, ii. our reliance on single-source suppliers for certain optical',
      '',
      '                                /more/',
      '\f',
      'Acme Networks, Inc.',
      'First Quarter 2000 Results',
      'Page 3',
      '',
      '(continued)',
      '',
      'components and custom circuits, and iii. competition from larger companies.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual([
      'our ability to ship the switch in volume',
      'our reliance on single-source suppliers for certain optical components and custom circuits',
      'competition from larger companies',
    ]);
  });
});

describe('a list cut by a page turn whose form feed opens the running head', () => {
  it('goes on with the items on the next page', () => {
    const text = [
      'ACME INSURANCE REPORTS RESULTS',
      '',
      'NEW YORK, Feb. 9, 2006 -- Acme Insurance Group, Inc. reported results today.',
      '',
      'Important factors that could cause actual results to differ materially include, among others:',
      '',
      '  *  the frequency and severity of catastrophe losses;',
      '  *  the adequacy of loss reserves;',
      '',
      '                                  -more-',
      '\fAcme Insurance Group, Inc.                                     Page 3',
      'Fourth Quarter and Full-Year 2005 Results',
      '',
      '  *  the availability and cost of reinsurance; and',
      '  *  changes in interest rates.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual([
      'the frequency and severity of catastrophe losses',
      'the adequacy of loss reserves',
      'the availability and cost of reinsurance',
      'changes in interest rates',
    ]);
  });
});

describe('a headline typed on one long line', () => {
  const release = (...head: string[]): string =>
    ['EXHIBIT 99.1', '', '', ...head, '', 'NEW YORK, Aug. 2, 2006 /PRNewswire/ -- Selby Stores Inc. (NYSE: SBY) today reported net income of $21.7 million.', ''].join('\n');

  it('is the headline though it runs past the page, with a line in parentheses under it as its subheadline', () => {
    const long = 'Selby Stores Reports Second Quarter 2006 Results, Raises Full-Year Earnings Outlook to $1.62 to $1.68 Per Share';
    expect(summarize(parse(release(long, '(Comparable Store Sales Increase 5.8%; Gross Margin Expands 140 Basis Points)'))).headline).toBe(long);
    expect(summarize(parse(release(long))).headline).toBe(long);
  });

  it('is no headline when it is a sentence typed unwrapped', () => {
    const sentence = 'Selby Stores, which operates 612 stores in 38 states, said today that it will report its second quarter results next week.';
    expect(summarize(parse(release('Selby Stores Reports Results', '', sentence))).headline).toBe('Selby Stores Reports Results');
  });
});

describe('a double-spaced body under single-spaced front matter', () => {
  it('parts the front matter\'s blocks at their blank lines: lines typed touching show that part single-spaced', () => {
    const text = [
      'FOR IMMEDIATE RELEASE                    Contact:  Harlan Quest',
      '                                                   (804) 555-0176',
      '',
      '             ACME DEFENSE AWARDED $14.2',
      '                  MILLION NAVY CONTRACT',
      '',
      '',
      '     CHESAPEAKE, VIRGINIA, AUGUST 22, 1995 -- Acme Defense',
      '',
      'Systems, Inc. today announced that it has been awarded a',
      '',
      'contract by the Naval Sea Systems Command for power units.',
      '',
      '     The award includes options which, if exercised, would',
      '',
      'raise its value to $19 million over three years.',
      '',
      '     Acme designs and manufactures power electronics for',
      '',
      'naval and commercial ships at its plant in Chesapeake.',
      '',
    ].join('\n');
    const s = summarize(parse(text));
    expect(s.headline).toBe('ACME DEFENSE AWARDED $14.2 MILLION NAVY CONTRACT');
    expect(s.contacts.map((c) => [c.name, c.phones])).toEqual([['Harlan Quest', ['(804) 555-0176']]]);
    expect(s.dateline?.city).toBe('CHESAPEAKE');
  });
});
