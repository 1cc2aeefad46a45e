import { describe, expect, it } from 'vitest';
import { explain, format, parse, summarize } from '../src/index.js';
import { textLexer } from '../grammars/tokens/text.js';
import { findRiskList, sentences } from '../src/parse/constructs/risk-list/reader.js';
import { tokensText } from '../src/parse/constructs/risk-list/builder.js';

const risks = (text: string) => {
  const found = findRiskList(textLexer.tokenize(text).tokens, () => false);
  return found && { style: found.style, items: found.items.map((i) => tokensText(text, i.tokens)), labels: found.items.map((i) => i.label) };
};

describe('risk lists', () => {
  it('splits labelled items and drops labels and joiners', () => {
    const r = risks('Investors are cautioned that such statements involve risks and uncertainties including without limitation the following: (i) the plans may change, (ii) results will be affected by growth, and (iii) other risks. Nothing else.');
    expect(r).toEqual({ style: 'roman', items: ['the plans may change', 'results will be affected by growth', 'other risks'], labels: ['(i)', '(ii)', '(iii)'] });
  });

  it('leaves a lead-in the labelled items share out of the first ("risks relating to (1) …")', () => {
    const r = risks('Actual results may differ materially as a result of various factors, including risks relating to (1) market conditions, (2) the closing of the offering, and (3) the use of the proceeds. Nothing else.');
    expect(r?.items).toEqual(['market conditions', 'the closing of the offering', 'the use of the proceeds']);
    // Words before a separator are an item of their own, not a lead-in.
    expect(risks('Results may differ because of factors including competition, (2) pricing, and (3) demand. Nothing else.')?.items[0]).toBe('competition');
  });

  it('splits a last pair whose second item opens with modifiers before its noun and preposition', () => {
    expect(risks('Factors that could cause results to differ include the price of resins, the loss of customers, competitive pricing pressures in the housewares market and general economic conditions in the Midwest. Nothing else.')?.items).toEqual([
      'the price of resins',
      'the loss of customers',
      'competitive pricing pressures in the housewares market',
      'general economic conditions in the Midwest',
    ]);
  });

  it('keeps a series of bare nouns closing an item with the noun it goes on from ("integrating Trevail’s operations, systems and personnel")', () => {
    expect(risks('Factors that could cause results to differ include the failure to obtain approvals, difficulties integrating Trevail’s operations, systems and personnel, and changes in reimbursement. Nothing else.')?.items).toEqual([
      'the failure to obtain approvals',
      'difficulties integrating Trevail’s operations, systems and personnel',
      'changes in reimbursement',
    ]);
  });

  it('takes "among other things" right before a labelled series for its cue', () => {
    expect(risks('Actual results may differ materially due to a number of factors, among other things (i) the cyclical nature of the industry; (ii) our dependence on customers, including Acme, Inc., for revenue; and (iii) the loss of key personnel. Nothing else.')?.items).toEqual([
      'the cyclical nature of the industry',
      'our dependence on customers, including Acme, Inc., for revenue',
      'the loss of key personnel',
    ]);
  });

  it('keeps an alternative set off by commas with the phrase it completes ("the timing of, and our ability to obtain, approval")', () => {
    expect(risks("Factors that could cause results to differ include the results of the trial, the timing of, and the Company's ability to obtain, regulatory approval of the drug, and competition. Nothing else.")?.items).toEqual([
      'the results of the trial',
      "the timing of, and the Company's ability to obtain, regulatory approval of the drug",
      'competition',
    ]);
  });

  it('keeps a company\'s legal form after its comma in the item ("Marlecroft Foods, Inc.")', () => {
    expect(risks('Actual results may differ materially because of factors including the amount of redemptions by holders, the loss of key staff, and the ability of Marlecroft Foods, Inc. to meet the closing conditions. Nothing else.')?.items).toEqual([
      'the amount of redemptions by holders',
      'the loss of key staff',
      'the ability of Marlecroft Foods, Inc. to meet the closing conditions',
    ]);
  });

  it('splits "1) … 2) …" items', () => {
    expect(risks('Results may differ because of risks, including but not limited to the following factors: 1) the ability to raise capital; 2) competition; and 3) such other factors as are set forth in filings.')?.items).toEqual([
      'the ability to raise capital',
      'competition',
      'such other factors as are set forth in filings',
    ]);
  });

  it('splits at semicolons when there are any, keeping commas inside items', () => {
    expect(risks('Risks and uncertainties that may cause results to differ include competitive conditions in retail, services and more; changes in consumer confidence; and the outcome of pending legal proceedings.')?.items).toEqual([
      'competitive conditions in retail, services and more',
      'changes in consumer confidence',
      'the outcome of pending legal proceedings',
    ]);
  });

  it('keeps parentheses, elaborations and adjective series inside comma items', () => {
    expect(
      risks('These risks include, but are not limited to, product demand risks (including acceptance by telephone companies, and others), the credit risks of lending, including changes in delinquencies, the effect of trade, legal, social, and economic risks (such as import restrictions) and other risks described in the Annual Report for the year ended March 31, 1998 under "Risk Factors".')?.items,
    ).toEqual([
      'product demand risks (including acceptance by telephone companies, and others)',
      'the credit risks of lending, including changes in delinquencies',
      'the effect of trade, legal, social, and economic risks (such as import restrictions)',
      'other risks described in the Annual Report for the year ended March 31, 1998 under "Risk Factors"',
    ]);
  });

  it('reads a colon as the cue after named risks', () => {
    expect(risks('The important factors that could cause results to differ are as suggested by such forward-looking information: the impact of regulation; available sources of fuel; and advances in technology.')?.items).toHaveLength(3);
  });

  it('splits "A and B" only when B opens a new noun phrase', () => {
    expect(risks('Results could vary due to a variety of risk factors, including unexpected changes in accounting rules and unexpected changes in employee morale.')?.items).toEqual([
      'unexpected changes in accounting rules',
      'unexpected changes in employee morale',
    ]);
    expect(risks('Factors include those identified in our Form 10-K, including that we may not be able to purchase portfolios at favorable prices or on favorable terms or at all.')).toBeNull();
  });

  it('does not read lists of statements', () => {
    expect(risks('Certain statements contained herein including, without limitation, "decreasing expenses", "gaining share" are forward looking statements.')).toBeNull();
    expect(risks('Safe Harbor Statement: Except for historical information, the matters are forward-looking statements subject to risks.')).toBeNull();
  });

  it('keeps a series nested in an item, and commas that set off an aside, inside that item', () => {
    expect(
      risks('Results may differ because of factors including rising costs of steel, copper and aluminum, weak demand in the Omaha, Lincoln and Des Moines markets, the loss of, or lower orders from, our largest distributor, and changes in tax law.')?.items,
    ).toEqual([
      'rising costs of steel, copper and aluminum',
      'weak demand in the Omaha, Lincoln and Des Moines markets',
      'the loss of, or lower orders from, our largest distributor',
      'changes in tax law',
    ]);
  });

  it('reads "among them" as a cue, and a numbered run after a cause', () => {
    expect(risks('These plans face risks and uncertainties, among them (i) the timing of permits; (ii) the cost of steel; and (iii) the weather.')?.items).toEqual([
      'the timing of permits',
      'the cost of steel',
      'the weather',
    ]);
    expect(risks('Actual results may differ materially because of (1) the timing of permits; (2) the cost of steel; and (3) the weather.')?.items).toHaveLength(3);
    // A cause that names one thing, or the risks in general, opens no list.
    expect(risks('Actual results may differ materially because of the timing of permits.')).toBeNull();
    expect(risks('Actual results may differ materially because of the risks described in our Form 10-K.')).toBeNull();
  });

  it('keeps "either …" and a series after "by the …" inside their item', () => {
    expect(
      risks('Results may differ because of risks including changes in rates, either nationally or locally, outages, whether caused by the utility, its vendors or others, and changes in tax law.')?.items,
    ).toEqual(['changes in rates, either nationally or locally', 'outages, whether caused by the utility, its vendors or others', 'changes in tax law']);
  });

  it('splits "1." labels after a separator, and keeps asides and nested names inside items', () => {
    expect(risks('Factors that could cause results to differ include: 1. the strength of spending; 2. the ability to respond; and 3. the weather.')?.items).toEqual([
      'the strength of spending',
      'the ability to respond',
      'the weather',
    ]);
    expect(
      risks(
        'Results may differ because of risks including the cost of land, labor and materials (including lumber, concrete and drywall), rules in Canada, the United States and Europe, the ability to refinance, or extend the maturity of, our debt, our reliance on customers, such as Acme and Beta, for most of our revenue, and weather.',
      )?.items,
    ).toEqual([
      'the cost of land, labor and materials (including lumber, concrete and drywall)',
      'rules in Canada, the United States and Europe',
      'the ability to refinance, or extend the maturity of, our debt',
      'our reliance on customers, such as Acme and Beta, for most of our revenue',
      'weather',
    ]);
  });

  it('reads the risks after a cause, unless the cause only names them in general', () => {
    expect(risks('Actual results could differ materially because of, among other things, rising rates, the ability of tenants to pay rent, and the availability of capital.')?.items).toEqual([
      'rising rates',
      'the ability of tenants to pay rent',
      'the availability of capital',
    ]);
    expect(risks('Future distributions could be affected by lower volumes, tariff decisions, or operating disruptions.')?.items).toHaveLength(3);
    expect(
      risks('Results could differ materially due to a variety of risk factors, including the timing of orders, the cost of wafers, or market changes.')?.items,
    ).toEqual(['the timing of orders', 'the cost of wafers', 'market changes']);
  });

  it('cuts the last two items when no comma stands before the last "and"', () => {
    expect(risks('These statements are subject to risks such as growth, the cost of programming, competition from rivals and the pace of upgrades, which could cause results to differ.')?.items).toEqual([
      'growth',
      'the cost of programming',
      'competition from rivals',
      'the pace of upgrades',
    ]);
  });

  it('leaves out the closing clause about what the risks could do', () => {
    expect(risks('These statements involve risks, such as delays in acceptance, component shortages, and competition, that could cause actual results to differ materially.')?.items).toEqual([
      'delays in acceptance',
      'component shortages',
      'competition',
    ]);
  });

  it('cuts sentences but not at abbreviations or initials', () => {
    const toks = textLexer.tokenize('The U.S. Securities and Exchange Commission, Inc. filings. Next sentence here.').tokens;
    expect(sentences(toks)).toHaveLength(2);
  });
});

describe('a list introduced again after its cue', () => {
  it.each([
    ['Factors that could cause results to differ include such factors as: (1) the price of pulp; (2) imports of paper; and (3) the rebuild of a machine.', ['the price of pulp', 'imports of paper', 'the rebuild of a machine']],
    ['Results may differ because of various factors, including risks relating to: the rate of dropout; the cost of supply; and our need for capital.', ['the rate of dropout', 'the cost of supply', 'our need for capital']],
    ['These statements are subject to risks and uncertainties, including, without limitation, risks such as the volatility of prices, the uncertainty of reserves and the cost of rigs.', ['the volatility of prices', 'the uncertainty of reserves', 'the cost of rigs']],
  ])('starts the list after the second introduction: %s', (text, items) => {
    expect(risks(text)?.items).toEqual(items);
  });

  it('keeps "risks related to …" as an item when no colon introduces a list', () => {
    expect(risks('Such statements involve risks and uncertainties, including risks related to the price of gold, the results of exploration, and delays in permits.')?.items[0]).toBe('risks related to the price of gold');
  });
});

describe('modifiers shared across a comma', () => {
  it('keeps coordinated adjectives with the noun they share', () => {
    expect(risks('Results may differ because of risks and uncertainties, including the political, economic and military conditions in Israel, fluctuations in exchange rates, and competition.')?.items).toEqual([
      'the political, economic and military conditions in Israel',
      'fluctuations in exchange rates',
      'competition',
    ]);
  });

  it('keeps a series closing an item whose preposition takes a determiner and two words', () => {
    expect(risks('Such statements involve risks, including the integration of the stores, changes in reimbursement rates, and competition from other drugstore chains, supermarkets and mass merchants.')?.items).toEqual([
      'the integration of the stores',
      'changes in reimbursement rates',
      'competition from other drugstore chains, supermarkets and mass merchants',
    ]);
  });

  it('still splits nouns set off by commas', () => {
    expect(risks('Such statements involve risks, including accidents, labour disputes and other risks of the mining industry.')?.items).toEqual(['accidents', 'labour disputes', 'other risks of the mining industry']);
  });
});

describe('a qualifier inside an item', () => {
  it('keeps "including, but not limited to," with the item it elaborates', () => {
    expect(risks('Results may differ because of risks and uncertainties, including the effects of regulation of the industry, including, but not limited to, changes in reimbursement rates, our ability to recruit nurses, and the outcome of an audit.')?.items).toEqual([
      'the effects of regulation of the industry, including, but not limited to, changes in reimbursement rates',
      'our ability to recruit nurses',
      'the outcome of an audit',
    ]);
  });
});

describe('a list nested in a labelled item', () => {
  it('keeps "(i) … and (ii) …" inside item (b)', () => {
    expect(risks('Factors that could cause results to differ include: (a) changes in economic conditions; (b) changes in interest rates, which could (i) reduce our margin and (ii) affect our securities; and (c) the cost of deposit insurance.')).toEqual({
      style: 'lettered',
      items: ['changes in economic conditions', 'changes in interest rates, which could (i) reduce our margin and (ii) affect our securities', 'the cost of deposit insurance'],
      labels: ['(a)', '(b)', '(c)'],
    });
  });

  it('reads (i) after (h) as the next letter', () => {
    const letters = 'abcdefghij'.split('').map((l) => `(${l}) risk ${l}`).join('; ');
    expect(risks(`Results may differ because of risks, including: ${letters}.`)?.labels).toEqual('abcdefghij'.split('').map((l) => `(${l})`));
  });
});

describe('an inline series wrapped so that a label opens a line', () => {
  /** A safe harbor whose series wraps so that the third label opens a line; `form` is "N)" or "(N)". */
  const release = (form: string): string => {
    const label = (n: number): string => form.replace('N', String(n));
    return [
      'ACME WIDGETS REPORTS RESULTS',
      '',
      'DALLAS, Texas, May 1, 2001 -- Acme Widgets, Inc. said today that sales rose.',
      '',
      'This release contains forward-looking statements that involve risks and',
      `uncertainties, including: ${label(1)} the timing of orders; ${label(2)} the cost of`,
      'steel and other inputs, which are in short supply;',
      `${label(3)} competition from larger companies; and ${label(4)} the other risks`,
      "described in the Company's filings.",
      '',
    ].join('\n');
  };

  it.each([['N)'], ['(N)']])('reads "%s" items as one list', (form) => {
    expect(summarize(parse(release(form))).safeHarbor?.risks).toEqual([
      'the timing of orders',
      'the cost of steel and other inputs, which are in short supply',
      'competition from larger companies',
      "the other risks described in the Company's filings",
    ]);
  });
});

describe('a run-in series cut by a blank line', () => {
  it('goes on in the block below that opens with its next label', () => {
    const text = [
      'ACME RAIL REPORTS RESULTS',
      '',
      'JACKSONVILLE, Fla., Feb. 28, 1996 -- Acme Rail Systems said today that traffic rose.',
      '',
      'This release contains forward-looking statements. Factors that could cause actual',
      'results to differ materially include the following: (1) the level of grain',
      'shipments; (2) fuel prices; (3) the outcome of the pending rate proceeding;',
      '',
      '(4) weather conditions, including flooding; and (5) the availability of',
      'locomotives at acceptable lease rates.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toHaveLength(5);
    expect(explain(text).blocks.some((b) => b.rules.some((r) => r.id === 'series-join'))).toBe(true);
  });
});

describe('joiners and labels written as words', () => {
  it('reads ", as well as" as the last item\'s joiner', () => {
    expect(risks('Such statements are subject to risks that could cause actual results to differ materially, such as the timing of deliveries, the price of forgings, the ability to expand the plant on schedule, as well as the outcome of a pending dispute.')?.items).toEqual([
      'the timing of deliveries',
      'the price of forgings',
      'the ability to expand the plant on schedule',
      'the outcome of a pending dispute',
    ]);
  });

  it('drops ordinal labels of a series ("first, …; second, …")', () => {
    expect(risks('Among the factors that could cause actual results to differ materially are the following: first, the rate at which new clinics grow; second, changes in reimbursement rates; and third, the ability to recruit therapists.')?.items).toEqual([
      'the rate at which new clinics grow',
      'changes in reimbursement rates',
      'the ability to recruit therapists',
    ]);
  });
});

describe('en-dash bullets', () => {
  it('reads lines opening with "–" as a bulleted risk list', () => {
    const text = [
      'ACME WINERY REPORTS RESULTS',
      '',
      'NAPA, Calif., Jan. 25, 1999 -- Acme Winery said today that its sales rose.',
      '',
      'Certain statements in this release are forward-looking and involve risks and',
      'uncertainties that could cause actual results to differ materially, including:',
      '',
      '  \u2013  the size and quality of the grape harvest;',
      '  \u2013  changes in excise taxes on wine; and',
      '  \u2013  competition from larger wineries.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['the size and quality of the grape harvest', 'changes in excise taxes on wine', 'competition from larger wineries']);
  });
});

describe('a safe harbor written as a footnote', () => {
  it('reads "* This release contains …" alone as a paragraph and its risks', () => {
    const text = [
      'ACME TRUST DECLARES DIVIDEND',
      '',
      'NEW YORK, Oct. 30, 2001 -- Acme Capital Trust declared a dividend of $0.40 per share.*',
      '',
      '---------------',
      '',
      '* This release contains forward-looking statements, including statements about',
      '  future dividends. Actual results may differ materially because of risks and',
      '  uncertainties, including changes in interest rates; prepayment rates on the',
      "  Trust's securities; and the cost of repurchase financing.",
      '',
    ].join('\n');
    const tree = parse(text);
    expect(summarize(tree).safeHarbor?.risks).toHaveLength(3);
    expect(explain(text).blocks.some((b) => b.rules.some((r) => r.id === 'list-footnote'))).toBe(true);
  });
});

describe('unmarked items one a line under their introduction', () => {
  it('go on with the sentence that introduced them as risks', () => {
    const text = [
      'ACME AVIATION REPORTS RESULTS',
      '',
      'LAFAYETTE, La., Nov. 2, 1998 -- Acme Aviation Services said its revenue rose.',
      '',
      '     This release contains forward-looking statements. Actual results could differ',
      'materially because of various factors, including, among others:',
      '',
      '          the level of offshore exploration,',
      '          the price of oil and natural gas, and',
      '          weather conditions in the Gulf of Mexico.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['the level of offshore exploration', 'the price of oil and natural gas', 'weather conditions in the Gulf of Mexico']);
  });
});

describe('enumerations introduced and carried on in other words', () => {
  const exhibit = (...passage: string[]): string =>
    ['HARTWELL TOOL REPORTS RESULTS', '', 'DAYTON, Ohio, May 4, 1999 -- Hartwell Tool Co. said its sales rose 4%.', '', ...passage, ''].join('\n');

  it('reads "among the factors … are" as a cue', () => {
    expect(risks('Statements here involve risks. Among the factors that could cause actual results to differ materially are steel prices, the supply of skilled machinists, and the weather.')?.items).toEqual([
      'steel prices',
      'the supply of skilled machinists',
      'the weather',
    ]);
    // "among" without risks after it names no list.
    expect(risks('Statements here involve risks. Among the plants that we own are Dayton, Troy and Xenia.')).toBeNull();
  });

  it('carries a list on into a sentence that points back at it, and not into a reference', () => {
    const text = exhibit(
      'These forward-looking statements involve risks. Such factors include steel prices, the',
      'supply of skilled machinists, and the weather. They also include the cost of energy and',
      'the loss of a major customer. Other factors are described in our filings, including the',
      'Form 10-K and the Form 10-Q.',
    );
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['steel prices', 'the supply of skilled machinists', 'the weather', 'the cost of energy', 'the loss of a major customer']);
  });

  it('reads a paragraph of risks under "… include the following:" as the list, its marks as bullets', () => {
    const plain = exhibit(
      'This release contains forward-looking statements that involve risks. Factors that',
      'could cause actual results to differ materially include the following:',
      '',
      '     steel prices, the supply of skilled machinists, the cost of',
      '     energy and the loss of a major customer.',
    );
    expect(summarize(parse(plain)).safeHarbor?.risks).toEqual(['steel prices', 'the supply of skilled machinists', 'the cost of energy', 'the loss of a major customer']);
    const dashed = exhibit(
      'This release contains forward-looking statements that involve risks. These risks',
      'include, among other things:',
      '',
      '     \u2014 steel prices;',
      '     \u2014 the supply of skilled machinists; and',
      '     \u2014 the loss of a major customer.',
    );
    expect(summarize(parse(dashed)).safeHarbor?.risks).toEqual(['steel prices', 'the supply of skilled machinists', 'the loss of a major customer']);
  });

  it('keeps a paragraph saying what "could be affected by:" in the passage, with its list', () => {
    const text = exhibit(
      'This release contains forward-looking statements that involve risks, such as steel',
      'prices, the supply of skilled machinists, and the weather.',
      '',
      'In addition, our results could be affected by:',
      '',
      '    *  the cost of energy',
      '    *  the loss of a major customer',
    );
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['steel prices', 'the supply of skilled machinists', 'the weather', 'the cost of energy', 'the loss of a major customer']);
  });

  it('splits items that open alike ("whether …, whether …") and a place from the series after it', () => {
    expect(risks('Results may differ materially because of factors such as whether the commission approves the rate in full, whether customers use less water, and the weather.')?.items).toEqual([
      'whether the commission approves the rate in full',
      'whether customers use less water',
      'the weather',
    ]);
    expect(risks('Among the factors that could cause results to differ are the level of demand in the Southeast, insurance and claims costs, and the weather.')?.items).toEqual([
      'the level of demand in the Southeast',
      'insurance and claims costs',
      'the weather',
    ]);
  });
});

describe('items and clauses at a list\'s edges', () => {
  it('keeps "uncertainties as to …" as an item, not a new introduction', () => {
    expect(risks('These risks and uncertainties include, among other things, uncertainties as to the timing of the merger, the possibility that competing offers will be made, and the effects of the transaction on employees.')?.items).toEqual([
      'uncertainties as to the timing of the merger',
      'the possibility that competing offers will be made',
      'the effects of the transaction on employees',
    ]);
  });

  it('drops a closing reference ("…, detailed in …") and an addendum after a closed list', () => {
    expect(risks('Such statements involve risks, including the results of clinical trials, the ability to obtain approvals, and dependence on partners, detailed in the Company\'s filings with the SEC.')?.items).toEqual([
      'the results of clinical trials',
      'the ability to obtain approvals',
      'dependence on partners',
    ]);
    expect(risks('Such statements involve risks, including the timing of orders, competition in our markets and the price of memory, as well as other risks detailed in our filings.')?.items).toEqual([
      'the timing of orders',
      'competition in our markets',
      'the price of memory',
    ]);
  });

  it('moves modifiers set off by commas back to the item they open after "and"', () => {
    expect(risks('Such statements involve risks, including the timing of orders, fluctuations in the rate of the shekel against the dollar and political, economic and military conditions in Israel.')?.items).toEqual([
      'the timing of orders',
      'fluctuations in the rate of the shekel against the dollar',
      'political, economic and military conditions in Israel',
    ]);
  });

  it('splits a last pair at a noun and its preposition, not at a joiner after a preposition', () => {
    expect(risks('Such statements involve risks, including loss of markets, volatility of prices, delays resulting from or inability to obtain approvals and ability to access capital.')?.items).toEqual([
      'loss of markets',
      'volatility of prices',
      'delays resulting from or inability to obtain approvals',
      'ability to access capital',
    ]);
  });

  it('joins an "and" after a comma before the series\' own last joiner to the item before it', () => {
    expect(risks('Results may differ because of risks such as our ability to close the deal, the amount of redemptions, our allocation of time to other businesses, and potential conflicts of interest, and the ability of the seller to meet the closing conditions.')?.items).toEqual([
      'our ability to close the deal',
      'the amount of redemptions',
      'our allocation of time to other businesses, and potential conflicts of interest',
      'the ability of the seller to meet the closing conditions',
    ]);
    // One joiner: it closes the series.
    expect(risks('Results may differ because of risks such as our ability to close the deal, the amount of redemptions, and potential conflicts of interest.')?.items).toHaveLength(3);
  });
});

describe('word-processor text', () => {
  it('reads "§" set apart by a tab as a bullet, and "§ 27A" as the section sign', () => {
    const text = [
      'ACME FREIGHT REPORTS RESULTS',
      '',
      'MEMPHIS, Tenn., Feb. 3, 2004 -- Acme Freight Inc. said its revenue rose.',
      '',
      'This release contains forward-looking statements within the meaning of § 27A of the Securities Act that are subject to risks. Factors that could cause actual results to differ include:',
      '\u00A7\tfuel prices and the availability of fuel surcharges',
      '\u00A7\tthe ability to recruit qualified drivers',
      '\u00A7\tinsurance and claims expenses',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['fuel prices and the availability of fuel surcharges', 'the ability to recruit qualified drivers', 'insurance and claims expenses']);
  });

  it('keeps a word alone before a series closing on a shared noun in one item', () => {
    expect(risks('Such statements involve risks, including the ability to open restaurants, food, labor and energy cost inflation, and the impact of competition.')?.items).toEqual([
      'the ability to open restaurants',
      'food, labor and energy cost inflation',
      'the impact of competition',
    ]);
    // A word alone before the last joiner is an item of its own (no shared noun follows it).
    expect(risks('Such statements involve risks, including the ability to open restaurants, weather, fuel and the price of steel.')?.items).toEqual([
      'the ability to open restaurants',
      'weather',
      'fuel',
      'the price of steel',
    ]);
  });
});

describe('a passage that names "factors that could affect" its statements', () => {
  it('is the safe harbor, with the risks after its cue', () => {
    const text = [
      'ACME INSTRUMENTS TO RESTATE RESULTS',
      '',
      'BOSTON, Sept. 22, 2005 -- Acme Instruments Inc. said it will restate its 2004 results.',
      '',
      'Statements in this release regarding the restatement are forward-looking statements.',
      'Important factors that could affect these statements include: the results of the',
      'review; the timing of the filing; and the reaction of the lenders.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['the results of the review', 'the timing of the filing', 'the reaction of the lenders']);
  });
});

describe('a labelled series and its items set out in paragraphs', () => {
  const release = (harbor: string): string => `ACME WIDGETS REPORTS RESULTS\n\nDALLAS, Texas, May 1, 2001 -- Acme Widgets, Inc. said today that sales rose.\n\n${harbor}\n`;

  it('reads a first label opening a line as the series going on when the next label stands inside a line below', () => {
    const harbor = ['This release contains forward-looking statements, which are subject to risks and uncertainties that', 'could cause actual results to differ materially, including', '(a) the ability to make pumps in commercial quantities, at acceptable cost and in', 'compliance with the law, (b) market acceptance of the pump, or (c) recalls of the', "Company's products. Other risks are described in our filings."].join('\n');
    expect(summarize(parse(release(harbor))).safeHarbor?.risks).toEqual(['the ability to make pumps in commercial quantities, at acceptable cost and in compliance with the law', 'market acceptance of the pump', "recalls of the Company's products"]);
  });

  it('reads items written as paragraphs of their own under the sentence that introduced them', () => {
    const harbor = ['This release contains forward-looking statements. These statements are subject to risks and', 'uncertainties that could cause actual results to differ materially. These risks include:', '', 'the timing and results of our Phase 1 trial;', '', 'our ability to enroll patients; and', '', 'our need for substantial additional funding.'].join('\n');
    expect(summarize(parse(release(harbor))).safeHarbor?.risks).toEqual(['the timing and results of our Phase 1 trial', 'our ability to enroll patients', 'our need for substantial additional funding']);
  });

  it('reads risks written one sentence a paragraph, unmarked, up to a remark on the statements', () => {
    const harbor = [
      'Certain statements in this release are forward-looking. The following',
      'factors, among others, could cause actual results to differ materially:',
      '',
      'The severity of storm losses in the year, including hurricanes,',
      'hailstorms and floods in the states where the Company writes policies.',
      '',
      'The adequacy of reserves for claims.',
      '',
      'Changes in interest rates.',
      '',
      'Acme does not undertake to update any forward-looking statement.',
    ].join('\n');
    const text = release(harbor);
    const risks = ['The severity of storm losses in the year, including hurricanes, hailstorms and floods in the states where the Company writes policies', 'The adequacy of reserves for claims', 'Changes in interest rates'];
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(risks);
    const formatted = format(parse(text));
    expect(summarize(parse(formatted)).safeHarbor?.risks).toEqual(risks);
    expect(format(parse(formatted))).toBe(formatted);
    // One paragraph of several sentences is running prose, not a paragraph of items.
    expect(summarize(parse(text.replace('claims.\n\nChanges', 'claims. Changes'))).safeHarbor?.risks).not.toContain('The adequacy of reserves for claims');
  });
});

describe('labels and marks in the forms word processors and typists left', () => {
  const cue = 'Factors that could cause actual results to differ materially include: ';
  it('reads lower-case letters and roman numerals closed by a period as labels after a separator', () => {
    expect(risks(`${cue}a. changes in charter rates, b. changes in operating expenses, including bunker prices, and c. delays in drydockings.`)?.items).toEqual([
      'changes in charter rates',
      'changes in operating expenses, including bunker prices',
      'delays in drydockings',
    ]);
    expect(risks(`${cue}i. the ability to ship, ii. the concentration of sales, and iii. competition.`)?.labels).toEqual(['i.', 'ii.', 'iii.']);
  });

  it('reads bracketed numbers and numbers closed by a spaced dash as labels', () => {
    expect(risks(`${cue}[1] changes in the Dallas, Houston and Denver markets, [2] the cost of financing, and [3] competition from other owners and developers.`)?.items).toEqual([
      'changes in the Dallas, Houston and Denver markets',
      'the cost of financing',
      'competition from other owners and developers',
    ]);
    expect(risks(`${cue}1 - changes in economic conditions; 2 - changes in interest rates; and 3 - competition.`)?.items).toEqual(['changes in economic conditions', 'changes in interest rates', 'competition']);
  });

  it('reads no label in "i.e.", "U.S." or a range of numbers', () => {
    expect(risks(`${cue}changes in U.S. markets, i.e. the demand for steel, and 1-2 year delays in approvals.`)?.labels).toEqual([null, null, null]);
  });

  it('takes a glyph every item opens with as the bullet', () => {
    for (const mark of ['?', '+', '\u00D8']) {
      const found = risks(`${cue}${mark} changes in interest rates; ${mark} the level of nonperforming assets; and ${mark} competition from other banks.`);
      expect(found?.items).toEqual(['changes in interest rates', 'the level of nonperforming assets', 'competition from other banks']);
      expect(found?.style).toBe('bullet');
    }
  });
});

describe('a cue inside a parenthesis', () => {
  it('ends the list where the parenthesis closes', () => {
    expect(risks('Actual results may differ materially because of a number of factors (including, but not limited to, fluctuations in the price of gold, mining difficulties, and the timing of exploration) which are described more fully in our filings.')?.items).toEqual([
      'fluctuations in the price of gold',
      'mining difficulties',
      'the timing of exploration',
    ]);
  });
});

describe('risks named before their cue', () => {
  it('reads the subject of "are among the factors that could cause …" as the list', () => {
    expect(risks("Changes in product mix, the timing of orders from OEM customers, pricing pressure from Asian makers of test sockets and the availability of foundry capacity at acceptable prices are among the factors that could cause actual results to differ materially.")?.items).toEqual([
      'Changes in product mix',
      'the timing of orders from OEM customers',
      'pricing pressure from Asian makers of test sockets',
      'the availability of foundry capacity at acceptable prices',
    ]);
    // "are subject to risks" names no list.
    expect(risks('Forward-looking statements, projections and estimates are subject to risks and uncertainties that could cause actual results to differ materially.')).toBeNull();
  });
});

describe('a list with sub-items', () => {
  it('keeps items set in deeper in the item above them', () => {
    const text = [
      'ACME REPORTS RESULTS',
      '',
      'CALGARY, Alberta, May 1, 2006 -- Acme Energy Ltd. said today that production rose.',
      '',
      'Forward-looking statements in this release are subject to risks and uncertainties, including:',
      '',
      '(a)  the volatility of oil and natural gas prices;',
      '(b)  the risks associated with exploration and production, including:',
      '     (i)   drilling and completion risks,',
      '     (ii)  the uncertainty of reserve estimates, and',
      '     (iii) delays in obtaining pipeline capacity;',
      '(c)  the availability and cost of drilling rigs; and',
      "(d)  the Company's ability to fund its capital program.",
      '',
    ].join('\n');
    const risks = summarize(parse(text)).safeHarbor?.risks;
    expect(risks).toEqual([
      'the volatility of oil and natural gas prices',
      'the risks associated with exploration and production, including: (i) drilling and completion risks, (ii) the uncertainty of reserve estimates, and (iii) delays in obtaining pipeline capacity',
      'the availability and cost of drilling rigs',
      "the Company's ability to fund its capital program",
    ]);
    const formatted = format(parse(text));
    expect(summarize(parse(formatted)).safeHarbor?.risks).toEqual(risks);
    expect(format(parse(formatted))).toBe(formatted);
  });
});

describe('a list closed by "among others"', () => {
  it('keeps the qualifier out of the last item', () => {
    expect(risks('Factors that could cause results to differ include the rate at which customers commit to projects, the availability of programmers, and competition from larger firms, among others.')?.items).toEqual([
      'the rate at which customers commit to projects',
      'the availability of programmers',
      'competition from larger firms',
    ]);
  });
});

describe('what results depend upon', () => {
  it('names the risks as a cause does', () => {
    expect(risks("Acme's future results are dependent upon, among other things, the outcome of its rate case; weather conditions in its territory; and the pace of industry restructuring.")?.items).toEqual([
      'the outcome of its rate case',
      'weather conditions in its territory',
      'the pace of industry restructuring',
    ]);
    // A sentence about something else that depends on a list names no risks.
    expect(risks('The timing of the dividend is dependent upon approval by the board, the bank and the regulators.')).toBeNull();
  });
});

describe('a caution written before the words "forward-looking" were the law\'s', () => {
  it('is the safe harbor: statements about expectations subject to uncertainties', () => {
    const text = [
      'ACME CHEMICAL REPORTS THIRD QUARTER',
      '',
      'WILMINGTON, Del., Nov. 3 /PRNewswire/ -- Acme Chemical Co. said today that earnings rose.',
      '',
      "The statements in this release concerning the Company's expectations for the fourth quarter",
      'are subject to uncertainties, including raw material costs, the level of export demand, and',
      'currency exchange rates.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['raw material costs', 'the level of export demand', 'currency exchange rates']);
    // Statements subject to the approval of the board are no caution.
    expect(summarize(parse(text.replace('are subject to uncertainties, including raw material costs, the level of export demand, and\ncurrency exchange rates.', 'are subject to approval by the board.'))).safeHarbor).toBeNull();
  });
});

describe('a clause joined after the list', () => {
  it('is no item: "…, and actual results may differ materially"', () => {
    expect(risks('Such statements are subject to risks, chief among them the volatility of charter rates, and actual results may differ materially.')).toBeNull();
    expect(risks('Such statements are subject to risks, including the volatility of charter rates, the cost of fuel, and actual results may differ materially.')?.items).toEqual(['the volatility of charter rates', 'the cost of fuel']);
  });
});

describe('a paragraph of items parted by semicolons under the cue', () => {
  it('is read in its paragraph, not as one item of paragraph items with the sentence after it', () => {
    const text = [
      'ACME MINING UPDATES RESOURCES',
      '',
      'VANCOUVER, B.C., Aug. 20, 2010 -- Acme Mining Corp. said today that its resources grew.',
      '',
      'Forward-looking information is subject to risks that may cause actual results to differ',
      'materially, including:',
      '',
      '+ the uncertainty of resource estimates;  + fluctuations in the prices of copper and gold;',
      '+ delays in obtaining permits.',
      '',
      'Mineral resources that are not mineral reserves do not have demonstrated economic viability.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['the uncertainty of resource estimates', 'fluctuations in the prices of copper and gold', 'delays in obtaining permits']);
  });
});

describe('risks in groups, each a lead-in and a labelled series', () => {
  it('are the labelled items; a group among plain items keeps its series', () => {
    const sentence = 'Among the factors that could cause actual results to differ materially are risks relating to the businesses, including (i) the timing of orders, (ii) the pace of change and (iii) price competition; and risks relating to the merger, including (a) the possibility that the merger is not approved, (b) difficulties in combining the companies and (c) the loss of key employees.';
    expect(risks(sentence)?.items).toEqual([
      'the timing of orders',
      'the pace of change',
      'price competition',
      'the possibility that the merger is not approved',
      'difficulties in combining the companies',
      'the loss of key employees',
    ]);
  });

  it('reads a list whose first chunk is one word without failing', () => {
    expect(() => risks('Results may differ because of risks including weather, and competition from the larger firms.')).not.toThrow();
  });
});

describe('a heading that names the factors', () => {
  it('makes the list right under it the risk list', () => {
    const text = [
      'ACME REALTY REPORTS RESULTS',
      '',
      'CHARLOTTE, N.C., Oct. 29, 2003 -- Acme Realty Trust said today that funds from operations rose.',
      '',
      'This release contains forward-looking statements. Actual results could differ materially as a',
      'result of the factors listed below under "Factors That May Affect Future Results".',
      '',
      'Factors That May Affect Future Results',
      '',
      '  - adverse changes in the real estate markets;',
      '  - the financial condition of tenants; and',
      '  - changes in interest rates.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['adverse changes in the real estate markets', 'the financial condition of tenants', 'changes in interest rates']);
    // Under a heading that only announces the statements, a list is what it is.
    expect(summarize(parse(text.replace('\nFactors That May Affect Future Results\n', '\nForward-Looking Statements\n'))).safeHarbor?.risks).not.toContain('changes in interest rates');
  });
});

describe('labelled items written as whole sentences', () => {
  it('are read as one series across the sentences', () => {
    expect(risks('This release contains forward-looking statements that involve risks and uncertainties, including the following: (1) Changes in interest rates could reduce the margin. (2) Competition may increase significantly. (3) Legislation, if enacted, could result in a special assessment. Actual results may differ materially.')?.items).toEqual([
      'Changes in interest rates could reduce the margin',
      'Competition may increase significantly',
      'Legislation, if enacted, could result in a special assessment',
    ]);
  });
});

describe('a bulleted list whose last item opens with its joiner', () => {
  it('keeps "and" / "or" out of the item', () => {
    const text = [
      'ACME TEXTILES REPORTS RESULTS',
      '',
      'SPARTANBURG, S.C., April 15, 2003 -- Acme Textiles, Inc. said today that sales rose.',
      '',
      'Factors that could cause actual results to differ materially include:',
      '',
      '  * changes in the cost of wool;',
      '  * the loss of a large customer;',
      '  * and our ability to complete the consolidation on schedule.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['changes in the cost of wool', 'the loss of a large customer', 'our ability to complete the consolidation on schedule']);
  });
});

describe('em dashes as bullets', () => {
  it('open items where an item may open, not inside running text', () => {
    const text = [
      'ACME GOLD REPORTS DRILL RESULTS',
      '',
      'VANCOUVER, B.C., March 5, 2007 -- Acme Gold Corp. said today that drilling went on.',
      '',
      'This release contains forward-looking statements subject to risks that may cause actual',
      'results to differ materially. Such factors include, among others, the following:',
      '',
      '\u2014 the actual results of current exploration activities',
      '',
      '\u2014 future prices of gold;',
      '\u2014 delays in obtaining governmental approvals or financing',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['the actual results of current exploration activities', 'future prices of gold', 'delays in obtaining governmental approvals or financing']);
    const prose = 'Acme said that the mine, its largest\n\u2014 and oldest \u2014 will close in May.\n';
    expect(parse(prose).children.map((c) => c.type)).not.toContain('list');
  });
});

describe('a risk sentence whose verb is "are" before the list', () => {
  it('reads the list under "Factors that could cause … are"', () => {
    const text = [
      'Certain statements in this release are forward-looking. Factors that could cause our results',
      'to differ materially from those expressed in forward-looking statements are',
      '',
      '(1) a continued decline in real estate values in our market area,',
      '',
      '(2) competition from larger banks, and',
      '',
      '(3) changes in banking regulation.',
    ].join('\n');
    expect(risks(text)?.items).toEqual(['a continued decline in real estate values in our market area', 'competition from larger banks', 'changes in banking regulation']);
  });
  it('does not take "are" followed by more of the sentence as a cue', () => {
    expect(risks('Factors that could cause actual results to differ are discussed in our Form 10-K.')).toBeNull();
  });
});

describe('how a comma series closes', () => {
  const harbor = (series: string): string[] | undefined =>
    summarize(parse(`ACME REPORTS RESULTS\n\nDENVER, Colo., May 1, 2004 -- Acme Corp. said sales rose.\n\nThis release contains forward-looking statements. ${series}\n`)).safeHarbor?.risks ?? undefined;
  it('leaves out "among other factors described in …"', () => {
    expect(harbor('Actual results could differ materially because of the Company\'s limited operating history, its need for additional financing, and competition from larger companies, among other factors described in the Company\'s filings with the SEC.')).toEqual([
      "the Company's limited operating history",
      'its need for additional financing',
      'competition from larger companies',
    ]);
  });
  it('leaves out "as well as the other factors …" after the series closed by "and"', () => {
    expect(harbor('Actual results may differ materially as a result of capital spending, the timing of shipments, and component shortages, as well as the other factors listed in the Company\'s Form 10-K.')).toEqual([
      'capital spending',
      'the timing of shipments',
      'component shortages',
    ]);
  });
  it('ends on the clause "and the Company\'s actual results may differ materially"', () => {
    expect(harbor('Risks include changes in economic policies, fluctuations in the price of copper, and competition from domestic makers, and the Company\'s actual results may differ materially.')).toEqual([
      'changes in economic policies',
      'fluctuations in the price of copper',
      'competition from domestic makers',
    ]);
  });
  it('keeps a last clause among items that are clauses', () => {
    expect(harbor('Among the factors that could cause actual results to differ materially are the following: the businesses may not be combined successfully; cost savings may not be realized; and the stockholders of the seller may fail to approve the merger.')).toEqual([
      'the businesses may not be combined successfully',
      'cost savings may not be realized',
      'the stockholders of the seller may fail to approve the merger',
    ]);
  });
  it('splits the last item off before a catch-all joined after it', () => {
    expect(harbor('These statements involve risks and uncertainties, such as consumer demand for golf clubs, the effect of weather on rounds played, the performance of the Company\'s endorsed players, and pricing pressure from larger competitors, and other risks detailed in the Company\'s reports.')?.slice(0, 4)).toEqual([
      'consumer demand for golf clubs',
      'the effect of weather on rounds played',
      "the performance of the Company's endorsed players",
      'pricing pressure from larger competitors',
    ]);
  });
});

describe('risks named as the subject, with no words "forward-looking"', () => {
  it('make a safe harbor of the sentence and a list of the subject', () => {
    const text = 'ACME ENERGY REPORTS RESULTS\n\nBANGOR, Maine, Jan. 22, 2003 -- Acme Energy Corp. said sales rose.\n\nWeather, the outcome of the pending rate case, the cost of purchased power, and changes in interest rates are among the factors that could cause the Company\'s actual results to differ materially from the expectations expressed in this release.\n';
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['Weather', 'the outcome of the pending rate case', 'the cost of purchased power', 'changes in interest rates']);
  });
});

describe('a series that goes on in the paragraph below', () => {
  it('is one series when the paragraph stops on ";" and the next opens in lower case', () => {
    const text = [
      'ACME REPORTS RESULTS',
      '',
      'BOSTON, July 28, 2009 -- Acme Software, Inc. said revenue rose.',
      '',
      'Statements in this release about future results are forward-looking statements. They',
      'involve risks and uncertainties that could cause actual results to differ materially,',
      'including the severity of the downturn; our ability to convert customers;',
      '',
      'pricing pressure from competitors; and risks associated with our operations in India.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual(['the severity of the downturn', 'our ability to convert customers', 'pricing pressure from competitors', 'risks associated with our operations in India']);
  });
  it('keeps a place of a city and its state in one item', () => {
    expect(risks('Risks include the timing of customer acceptances, labor relations at our Gary, Indiana plant, and changes in rail traffic.')?.items).toEqual([
      'the timing of customer acceptances',
      'labor relations at our Gary, Indiana plant',
      'changes in rail traffic',
    ]);
  });
});

describe('causes written as "depending on" and as conditions', () => {
  it('reads what results "differ materially depending on"', () => {
    expect(risks('Actual results may differ materially depending on the results of the drilling program, metal prices, the availability of further financing, and political conditions in Bolivia.')?.items).toEqual([
      'the results of the drilling program',
      'metal prices',
      'the availability of further financing',
      'political conditions in Bolivia',
    ]);
  });
  it('reads parallel "if" clauses after "differ materially", each with its "if"', () => {
    expect(risks('Actual events could differ materially if the panel does not grant the request, if the Company is unable to raise capital, or if the Company loses key employees.')?.items).toEqual([
      'if the panel does not grant the request',
      'if the Company is unable to raise capital',
      'if the Company loses key employees',
    ]);
    expect(risks('Actual events could differ materially if the panel does not grant the request.')).toBeNull();
  });
});

describe('a comma series closed with no comma before its joiner', () => {
  it('splits the last chunk at its one "and"', () => {
    expect(risks('Risks include changes in demand for valves, the timing of export orders, raw material costs and competitive pricing pressures.')?.items).toEqual([
      'changes in demand for valves',
      'the timing of export orders',
      'raw material costs',
      'competitive pricing pressures',
    ]);
  });
  it('keeps an "and" inside a semicolon item', () => {
    expect(risks('Risks include the timing of orders; the pace of growth; general economic conditions and normal business uncertainty.')?.items.at(-1)).toBe('general economic conditions and normal business uncertainty');
  });
  it('closes the series after an elaboration of one member ("particularly the euro, and …")', () => {
    expect(risks('Results may differ materially as a result of capital spending, the timing of shipments, currency movements, particularly the euro, and component shortages.')?.items).toEqual([
      'capital spending',
      'the timing of shipments',
      'currency movements, particularly the euro',
      'component shortages',
    ]);
  });
});

describe('labelled series after a colon or a cause', () => {
  it('runs on in its sentence when the next label follows on the same line', () => {
    const text = [
      'ACME REPORTS RESULTS',
      '',
      'DES MOINES, Iowa, April 9, 2003 -- Acme Telecom Corp. said revenue rose.',
      '',
      'This release contains forward-looking statements. Actual results may differ',
      'materially from those projected because of a number of factors, which include:',
      '(1) the ability to retain subscribers in a competitive market; (2) the',
      'pricing of wholesale network capacity; (3) the outcome of pending',
      'proceedings; and (4) the ability to service its debt.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).safeHarbor?.risks).toEqual([
      'the ability to retain subscribers in a competitive market',
      'the pricing of wholesale network capacity',
      'the outcome of pending proceedings',
      'the ability to service its debt',
    ]);
  });
  it('reads "because of (a) the risk that …" as the series, not as risks named in general', () => {
    expect(risks('Actual results may differ materially because of (a) the risk that the deal may not close, (b) the failure to obtain approvals, (c) difficulties integrating operations, (d) the incurrence of indebtedness or (e) changes in demand.')?.items).toEqual([
      'the risk that the deal may not close',
      'the failure to obtain approvals',
      'difficulties integrating operations',
      'the incurrence of indebtedness',
      'changes in demand',
    ]);
  });
});
