/**
 * The decider: each block's reading chosen once, as the cheapest sequence the document
 * grammar allows. Through the public API (`summarize`, `explain`), plus the search itself.
 */
import { describe, expect, it } from 'vitest';
import { explain, format, parse, summarize } from '../src/index.js';
import { bestPath, type Grammar } from '../src/parse/decide/best-path.js';

const summary = (text: string) => summarize(parse(text));
const BODY = 'DENVER, Colo., May 3, 2004 -- Acme Coffee Co. (Nasdaq: ACME) said today that its sales rose 12% in the quarter.\n';

describe('the headline run', () => {
  it('takes the last run of headline-like blocks above the body: a title between shows letterhead', () => {
    const text = 'CARROW FEDERAL SAVINGS BANK\n\nPRESS RELEASE\n\nCarrow Federal Reports Record Earnings\n\n' + BODY;
    expect(summary(text).headline).toBe('Carrow Federal Reports Record Earnings');
  });

  it('reads a letterhead address as letterhead: a street, a suite, a Canadian postal code', () => {
    const letterhead = (address: string) => `EXHIBIT 99\n\n                 ACME MINING CORPORATION\n${address}\n\n         ACME REPORTS THIRD QUARTER PRODUCTION\n\n${BODY}`;
    for (const address of ['             Suite 2700, 120 Adelaide Street West\n              Toronto, Ontario  M5H 1T1', '             120 Adelaide Street West', '             Suite 2700']) {
      expect(summary(letterhead(address)).headline).toBe('ACME REPORTS THIRD QUARTER PRODUCTION');
    }
    // A headline that names a street is still a headline.
    expect(summary('ACME TO OPEN STORE AT 120 MAIN STREET\n\n' + BODY).headline).toBe('ACME TO OPEN STORE AT 120 MAIN STREET');
  });

  it('sets a date in a column of its own beside the headline apart from it', () => {
    const text = 'ACME REPORTS FIRST QUARTER 2001 RESULTS                June 12, 2001\n\n' + BODY;
    expect(summary(text).headline).toBe('ACME REPORTS FIRST QUARTER 2001 RESULTS');
    // Words beside the headline that are no date stay with it.
    expect(summary('ACME REPORTS FIRST QUARTER 2001 RESULTS                AND RAISES DIVIDEND\n\n' + BODY).headline).toBe('ACME REPORTS FIRST QUARTER 2001 RESULTS AND RAISES DIVIDEND');
  });

  it("reads an exhibit label written as '99-1', or closing a filer's header line", () => {
    expect(summary('EXHIBIT 99-1\n\nAcme Reports Results\n\n' + BODY).exhibit).toBe('99-1');
    const header = summary('ACME CORP. - FORM 8-K - EXHIBIT 99.1\n\nAcme Reports Results\n\n' + BODY);
    expect(header.exhibit).toBe('99.1');
    expect(header.headline).toBe('Acme Reports Results');
    // Spaced, the dash is no part of the number.
    expect(summary('EXHIBIT 99 - 1\n\nAcme Reports Results\n\n' + BODY).exhibit).toBe('99');
  });

  it('reads an e-mail header pasted above the release as neither headline nor dateline', () => {
    const header = 'From:     Acme Investor Relations\nSent:     Wednesday, March 14, 2007 7:02 AM\nTo:       Business Wire Newsroom\nSubject:  FW: Acme traffic release - FINAL\n\n';
    const s = summary(header + 'Acme Reports February Traffic\n\n' + BODY);
    expect(s.headline).toBe('Acme Reports February Traffic');
    expect(s.dateline?.city).toBe('DENVER');
  });

  it("reads a note to editors above the headline as no headline", () => {
    const text = "EDITORS' NOTE: A photograph of the tanker is available from the contacts listed below.\n\nAcme Takes Delivery of Second Tanker\n\n" + BODY;
    expect(summary(text).headline).toBe('Acme Takes Delivery of Second Tanker');
  });

  it("reads a 'SOURCE:' line above the headline as front matter, not a wire trailer", () => {
    const s = summary('Exhibit 99.1\n\nSOURCE: Acme Minerals Ltd.\n\nJune 12, 2007 08:30 ET\n\nAcme Minerals Intersects 14.2 Metres Grading 6.8 g/t Gold\n\n' + BODY);
    expect(s.headline).toBe('Acme Minerals Intersects 14.2 Metres Grading 6.8 g/t Gold');
    expect(s.dateline?.city).toBe('DENVER');
  });

  it('reads a kicker of two words in Title Case over a long headline as no headline', () => {
    const text = '                Dividend Announcement\n\n     Acme Power Raises Common Dividend 3 Percent; Board Cites Rate Settlement\n\n' + BODY;
    expect(summary(text).headline).toBe('Acme Power Raises Common Dividend 3 Percent; Board Cites Rate Settlement');
    // A short headline over a subheadline stays the headline.
    expect(summary('Acme Reports Results\n\nSales Rose 12% on Strong Demand\n\n' + BODY).headline).toBe('Acme Reports Results');
  });

  it('reads centred lines as one headline though the first ends on an abbreviation', () => {
    const body = '     SAN JOSE, Calif.--(BUSINESS WIRE)--Nov. 12, 1996--Acme Networks,\nInc. and Beta Systems Corp. today announced that they have signed a\ndefinitive agreement to combine the two companies in a stock merger.\n';
    const text = '                          ACME NETWORKS, INC.\n                                  AND\n                          BETA SYSTEMS CORP.\n               AGREE TO COMBINE IN STOCK-FOR-STOCK MERGER\n\n' + body;
    expect(summary(text).headline).toBe('ACME NETWORKS, INC. AND BETA SYSTEMS CORP. AGREE TO COMBINE IN STOCK-FOR-STOCK MERGER');
  });

  it('reads a headline typed flush left under a contact column beside the title, no blank line between', () => {
    const text = [
      'FOR IMMEDIATE RELEASE                        Contact:  Dale P. Wimmer',
      '                                                       Vice President-Finance',
      '                                                       (717) 555-0129',
      '3-FOR-2 STOCK SPLIT AND 15% DIVIDEND INCREASE',
      'DECLARED BY ACME LOGISTICS BOARD',
      '',
      '     HARRISBURG, Pa., Feb. 27, 1995 -- The Board of Directors of Acme',
      'Logistics Corporation today declared a three-for-two split of the',
      "Company's common stock and increased the quarterly cash dividend.",
      '',
    ].join('\n');
    const s = summary(text);
    expect(s.headline).toBe('3-FOR-2 STOCK SPLIT AND 15% DIVIDEND INCREASE DECLARED BY ACME LOGISTICS BOARD');
    expect(s.contacts.map((c) => [c.name, c.phones])).toEqual([['Dale P. Wimmer', ['(717) 555-0129']]]);
  });

  it('reads later blocks of the run as subheadlines', () => {
    const text = 'Acme Reports Record Sales\n\n-- Same-store sales up 9% --\n\n' + BODY;
    const { blocks } = explain(text);
    expect(blocks.map((b) => b.reading).slice(0, 3)).toEqual(['headline', 'subheadline', 'paragraph']);
  });

  it('takes the block under a headline that stops on a comma into it', () => {
    const text = 'Acme Reports Second Quarter Results,\n\nHighlighted by Record Sales in Europe\n\n' + BODY;
    expect(summary(text).headline).toBe('Acme Reports Second Quarter Results, Highlighted by Record Sales in Europe');
    expect(summary('Acme Reports Fourth Quarter Results;\n\nWill Close Granite City Foundry\n\n' + BODY).headline).toBe('Acme Reports Fourth Quarter Results; Will Close Granite City Foundry');
    // A headline that ends as headlines do keeps its subheadline apart.
    expect(summary('Acme Reports Second Quarter Results\n\nHighlighted by Record Sales in Europe\n\n' + BODY).headline).toBe('Acme Reports Second Quarter Results');
  });

  it('leaves a kicker above the headline out of it', () => {
    const text = 'QUARTERLY RESULTS\n\nAcme Coffee Posts Record First Quarter\nRevenue of $22.4 Million\n\n' + BODY;
    expect(summary(text).headline).toBe('Acme Coffee Posts Record First Quarter Revenue of $22.4 Million');
    expect(explain(text).blocks[0]?.rules.map((r) => r.id)).toContain('kicker-above-headline');
  });

  it('keeps a short capital headline with nothing longer under it but the body', () => {
    expect(summary('ACME REPORTS SALES\n\n' + BODY).headline).toBe('ACME REPORTS SALES');
    const wrapped = 'ACME WINS CONTRACT\n\nDALLAS, Texas, March 3, 2005 /PRNewswire/ -- Acme Widgets Inc. said its\nplant and its long-term plans are on track.\n';
    expect(summary(wrapped).headline).toBe('ACME WINS CONTRACT');
  });

  it('does not take a paragraph of prose above the headline for it, however wide the page', () => {
    // Four lines on a 100-column page: as few lines as a headline, far more words than one.
    const text = [
      '                                          Contact:  Brenda S. Kolb',
      '                                                    (602) 555-0152',
      '',
      'This press release contains forward-looking statements that involve risks and uncertainties, such as',
      'changes in mortgage interest rates, the availability and cost of land and lumber, weather, and the',
      'strength of the Phoenix and Tucson housing markets. Actual results may differ materially from those',
      'described.',
      '',
      '        ACME HOMES REPORTS RECORD FIRST QUARTER ORDERS',
      '        ----------------------------------------------',
      '',
      'PHOENIX, ARIZONA -- April 20, 1999 -- Acme Homes, Inc. (NYSE:ACH) today reported record new home',
      'orders of 612 for the first quarter ended March 31, 1999, up 24% from 494 in the first quarter of',
      '1998. The dollar value of new orders rose 31% to $101.6 million.',
      '',
    ].join('\n');
    const s = summary(text);
    expect(s.headline).toBe('ACME HOMES REPORTS RECORD FIRST QUARTER ORDERS');
    expect(s.safeHarbor?.risks).toHaveLength(4);
  });

  it('takes a headline set right under a lone exhibit label, no blank line between', () => {
    const text = 'Exhibit 99.1\nAcme Data Systems Wins $64 Million Army Contract\nRESTON, Va., Sept. 12, 2006 -- Acme Data Systems, Inc. today announced that the\nU.S. Army has awarded it a five-year contract.\n';
    expect(summary(text).headline).toBe('Acme Data Systems Wins $64 Million Army Contract');
  });

  it('does not take a line of listings for the headline', () => {
    const text = 'NEWS RELEASE\n\nTSX: CHM   NYSE Amex: CHMX\n\nACME UPDATES MINERAL RESOURCE ESTIMATE\n\n' + BODY;
    expect(summary(text).headline).toBe('ACME UPDATES MINERAL RESOURCE ESTIMATE');
  });

  it('leaves a rule of tildes under the headline out of it', () => {
    expect(summary('Acme Reports Record Fourth Quarter\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n' + BODY).headline).toBe('Acme Reports Record Fourth Quarter');
  });

  it('cuts a bracketed line under a Title Case headline off as its subheadline', () => {
    const text = 'Acme Lowers First Quarter Revenue Guidance\n[Three Transactions Deferred to Second Quarter]\n\n' + BODY;
    expect(summary(text).headline).toBe('Acme Lowers First Quarter Revenue Guidance');
  });
});

describe('contacts', () => {
  it('reads a contact sentence above the headline as the contact', () => {
    const text = 'For further information contact Peter J. Lindahl, President, at (360) 555-0128.\n\nACME COFFEE REPORTS RECORD SALES\n\n' + BODY;
    const s = summary(text);
    expect(s.contacts?.map((c) => c.name)).toEqual(['Peter J. Lindahl']);
    expect(s.headline).toBe('ACME COFFEE REPORTS RECORD SALES');
  });

  it('goes on with a contact block only after one', () => {
    const text = 'Acme Reports Record Sales\n\n' + BODY + '\nContact:  Jane Roe\n          (212) 555-0100\n\n          John Doe\n          (212) 555-0101\n';
    expect(summary(text).contacts?.map((c) => c.name)).toEqual(['Jane Roe', 'John Doe']);
    const alone = 'Acme Reports Record Sales\n\n' + BODY + '\nThe quarter was strong.\n\n          John Doe\n          (212) 555-0101\n';
    expect(explain(alone).blocks.some((b) => b.rules.some((r) => r.id === 'contact-continues'))).toBe(false);
  });
});

describe('the body opening', () => {
  it('opens at the dateline, not at earlier running text', () => {
    const text = 'Acme Reports Record Sales\n\nThis is a note from the editors that runs over a long line of words about nothing much.\n\n' + BODY;
    const { blocks } = explain(text);
    const opening = blocks.find((b) => b.rules.some((r) => r.id === 'dateline-paragraph'));
    expect(opening?.excerpt).toMatch(/^DENVER/);
  });

  it('opens at the first running text when there is no dateline, and says so', () => {
    const text = 'Acme Reports Record Sales\n\nAcme Coffee Co. said today that its sales rose in the quarter, helped by new stores and a cold winter in the East.\n';
    const { blocks, warnings } = explain(text);
    expect(blocks[0]?.reading).toBe('headline');
    expect(warnings.map((w) => w.ruleId)).toContain('dateline-missing');
  });
});

describe('safe harbor', () => {
  it('reads a paragraph that names factors results may differ by, or announces risks with a colon, as the passage', () => {
    const differ = `ACME RAISES GUIDANCE\n\n${BODY}\nActual results may differ from expectations because of factors such as the cost of steel, the loss of customers and the weather in Texas.\n`;
    expect(summary(differ).safeHarbor?.risks).toEqual(['the cost of steel', 'the loss of customers', 'the weather in Texas']);
    const announced = `ACME RAISES GUIDANCE\n\n${BODY}\nRisk factors that could affect these statements include:\n\n- the cost of steel;\n- the loss of customers; and\n- weather.\n`;
    expect(summary(announced).safeHarbor?.risks).toEqual(['the cost of steel', 'the loss of customers', 'weather']);
  });

  it('reads the causes after "could be adversely affected by" as the risks', () => {
    const text = `ACME RAISES GUIDANCE\n\n${BODY}\nThis release contains forward-looking statements. Future distributions could be adversely affected by (i) the price of oil, (ii) the rate of decline in production, and (iii) higher costs.\n`;
    expect(summary(text).safeHarbor?.risks).toEqual(['the price of oil', 'the rate of decline in production', 'higher costs']);
  });

  it('skips "those relating to" after the cue', () => {
    const text = `ACME RAISES GUIDANCE\n\n${BODY}\nStatements about the future are forward-looking and involve risks and uncertainties. Risks and uncertainties include those relating to weather; the price of sugar; and the cost of gas.\n`;
    expect(summary(text).safeHarbor?.risks).toEqual(['weather', 'the price of sugar', 'the cost of gas']);
  });
  it('reads a paragraph of forward-looking statements and the factors they depend on as the passage', () => {
    const text = `ACME RAISES GUIDANCE\n\n${BODY}\nThe guidance in this release is forward-looking and depends on factors including (A) mortgage rates, (B) the cost of land and (C) the timing of closings.\n`;
    expect(summary(text).safeHarbor?.risks).toEqual(['mortgage rates', 'the cost of land', 'the timing of closings']);
  });

  it('takes a list introduced by "could differ materially because of:" as the risks', () => {
    const text = 'Acme Reports Record Sales\n\n' + BODY + '\nThis release contains forward-looking statements. Actual results could differ materially because of:\n\n  o  changes in interest rates;\n  o  the weather; and\n  o  competition.\n';
    expect(summary(text).safeHarbor?.risks).toEqual(['changes in interest rates', 'the weather', 'competition']);
  });
});

describe('page furniture', () => {
  it('drops a running head that ends on a "Page N" line with text running on under it', () => {
    const text = 'Acme Reports Record Sales\n\n' + BODY + '\nForward-looking statements involve risks, including (a) a decline in\n<PAGE>\nAcme Coffee Co.\nFirst Quarter Results\nPage 2\norders from customers; and (b) the price of beans.\n';
    expect(summary(text).safeHarbor?.risks).toEqual(['a decline in orders from customers', 'the price of beans']);
  });

  it.each([
    ['one line, the date after the name', ['Acme Coffee Co. - May 3, 2004']],
    ['two lines, the date alone under the names', ['Acme Coffee Co. / Beanery Partners Ltd.', 'May 3, 2004']],
  ])('drops a running head that repeats the release date (%s), and keeps the list it cuts whole', (_shape, head) => {
    const text = [
      'Acme Reports Record Sales',
      '',
      BODY,
      'Sales of whole beans rose 15% and sales of ground coffee rose 8%, the company said. The',
      'company opened four new cafes in the quarter and plans to open six more by the end of the',
      'year. Gross margin was 41%, against 39% a year ago, as the price of green coffee fell and',
      'the new roasting plant in Denver ran at full capacity for the first time.',
      '',
      'This release contains forward-looking information. Risks that could cause actual results',
      'to differ materially include, but are not limited to:',
      '',
      '-  the price of beans;',
      '-  the cost of shipping;',
      '',
      '                                       2',
      '<PAGE>',
      ...head,
      '',
      '-  the weather in growing regions; and',
      '-  competition from larger roasters.',
      '',
    ].join('\n');
    expect(summary(text).safeHarbor?.risks).toEqual(['the price of beans', 'the cost of shipping', 'the weather in growing regions', 'competition from larger roasters']);
  });
});

describe('front-matter columns', () => {
  it('reads a title set in the column before the label as the title', () => {
    const text = 'PRESS RELEASE                                      Exhibit 99\n\nAcme Reports Record Sales\n\n' + BODY;
    const s = summary(text);
    expect(s.title).toBe('PRESS RELEASE');
    expect(s.exhibit).toBe('99');
  });
});

describe('bestPath', () => {
  // Two states: 0 before a marker, 1 after it; "m" moves to 1, "x" is allowed only before.
  const grammar: Grammar<number, string> = {
    states: 2,
    start: 0,
    step: (s, r) => (r === 'm' ? { state: 1, cost: 0 } : r === 'x' && s === 1 ? null : { state: s, cost: 0 }),
  };

  it('takes the cheapest sequence the grammar allows, not each block\'s cheapest reading', () => {
    const path = bestPath(grammar, [
      [{ reading: 'm', cost: 0 }, { reading: 'a', cost: 1 }],
      [{ reading: 'x', cost: -5 }, { reading: 'b', cost: 0 }],
    ]);
    // "m" then "x" is not allowed; "a" then "x" costs -4, "m" then "b" costs 0.
    expect(path).toEqual([1, 0]);
  });

  it('prefers the candidate listed first on ties, and is linear in blocks', () => {
    const blocks = Array.from({ length: 100_000 }, () => [{ reading: 'a', cost: 0 }, { reading: 'b', cost: 0 }]);
    const path = bestPath(grammar, blocks);
    expect(path.length).toBe(100_000);
    expect(path.every((c) => c === 0)).toBe(true);
  });
});

describe('layouts the rules must not depend on', () => {
  it('never runs a headline on into a page that opens with the dateline', () => {
    const text = '        ACME COFFEE TO ACQUIRE\n        BEANS UNLIMITED\n\n<PAGE>   2\n\n     DENVER, Colo., May 3, 2004 -- Acme Coffee Co. (Nasdaq: ACME) said today that it will buy Beans Unlimited.\n';
    const s = summary(text);
    expect(s.headline).toBe('ACME COFFEE TO ACQUIRE BEANS UNLIMITED');
    expect(s.dateline?.city).toBe('DENVER');
  });

  it('runs no text on across a page turn that would cut a dateline, as format prints it', () => {
    // Joined, the lines would open a dateline ("DENVER" / "(BW)--") the turn cuts; format drops the marker.
    const text = 'Coffee deal is done\nDENVER\n<PAGE>\n(BW)--Acme Coffee Co. said today that it will buy Beans Unlimited.\n';
    const s = summary(text);
    expect(s).toEqual(summary(format(parse(text))));
    expect(s.headline).toBe('Coffee deal is done DENVER');
  });

  it('ends a paragraph at a line that was never wrapped, with no blank line under it', () => {
    const long = 'Acme Coffee Co. (Nasdaq: ACME) said today that its sales rose 12% in the quarter, helped by new stores in the Southwest, a cold winter in the East and the first full quarter of its wholesale business.';
    const harbor = 'Statements in this release that are not historical facts are forward-looking statements, and actual results could differ materially because of risks and uncertainties, including (1) the price of green coffee, (2) competition and (3) the weather.';
    const text = `ACME REPORTS RECORD SALES\n\n     DENVER, Colo., May 3, 2004 -- ${long}\n     ${harbor}\n`;
    expect(summary(text).safeHarbor?.risks).toEqual(['the price of green coffee', 'competition', 'the weather']);
  });

  it('reads contact lines each set apart by a blank line as one contact block', () => {
    const lines = ['CONTACT:', 'Acme Coffee Co.', 'Jane Roe', 'Chief Financial Officer', '303-555-0107', 'Email: jroe@acmecoffee.com', '', 'John Doe', '303-555-0184'];
    const text = 'Acme Reports Record Sales\n\n' + BODY + '\n' + lines.join('\n\n') + '\n';
    expect(summary(text).contacts).toEqual([
      { name: 'Jane Roe', phones: ['303-555-0107'], faxes: [], emails: ['jroe@acmecoffee.com'] },
      { name: 'John Doe', phones: ['303-555-0184'], faxes: [], emails: [] },
    ]);
  });
});

describe('geometry from the page, not from column 0', () => {
  it('reads a text indented as a whole as it reads flush left', () => {
    const text = [
      '                                                                 Exhibit 99.1',
      '',
      '    Acme Coffee Roasters Reports Fourth Quarter and Fiscal 2004 Results Today;',
      '                    Provides Outlook for Fiscal 2005',
      '',
      '    DENVER, Colo.--(BUSINESS WIRE)--March 3, 2005--Acme Coffee Roasters,',
      'Inc. (NYSE:ACR), the operator of Acme Coffee and Beans Unlimited',
      'stores, today reported results for the fourth quarter and fiscal year',
      'ended January 29, 2005.',
      '',
      '    Sales for the quarter rose 9% to $212 million, and comparable store',
      'sales rose 4%. Net income was $12.1 million, or $0.41 per diluted share,',
      'compared with $10.2 million, or $0.35 per diluted share, a year ago.',
      '',
    ].join('\n');
    const headline = 'Acme Coffee Roasters Reports Fourth Quarter and Fiscal 2004 Results Today; Provides Outlook for Fiscal 2005';
    expect(summary(text).headline).toBe(headline);
    expect(summary(text.replace(/^(?=[^\n])/gm, '    ')).headline).toBe(headline);
  });

  it('does not run a contact block on into the next page', () => {
    const text = 'NEWS\n\nContacts:\nJohn Doe\n(615) 555-0146\n\nJane Roe\nChief Financial Officer\n(615) 555-0147\njroe@acme.example.com\n\n<PAGE>   2\n\n         ACME COFFEE REPORTS SECOND QUARTER RESULTS\n\n' + BODY;
    expect(summary(text).headline).toBe('ACME COFFEE REPORTS SECOND QUARTER RESULTS');
  });
});
