import { describe, expect, it } from 'vitest';
import { textLexer } from '../grammars/tokens/text.js';
import { readDateline } from '../src/parse/constructs/dateline/reader.js';
import { format, parse, stringify, summarize } from '../src/index.js';

const read = (s: string) => readDateline(s, textLexer.tokenize(s).tokens);
const fields = (s: string) => {
  const d = read(s);
  return d && { city: d.city, region: d.region, wire: d.wire, date: d.date, text: s.slice(d.start, d.end) };
};

describe('dateline grammar', () => {
  it.each([
    ['JAMESTOWN,   NY-(BUSINESS   WIRE)  October  13,  2004   American', 'JAMESTOWN', 'NY', 'Business Wire', '2004-10-13'],
    ['SAN JOSE, Calif., Oct. 26 /PRNewswire-FirstCall/ -- Pericom', 'SAN JOSE', 'Calif.', 'PR Newswire', '--10-26'],
    ['ENGLEWOOD CLIFFS, NJ, February 11, 2004 -- Asta Funding', 'ENGLEWOOD CLIFFS', 'NJ', null, '2004-02-11'],
    ['AURORA, IL ...(DECEMBER 13, 1999)... Westell', 'AURORA', 'IL', null, '1999-12-13'],
    ['AURORA, ILLINOIS AND BIRMINGHAM, ENGLAND... (JUNE 14, 1999) ...Westell', 'AURORA', 'ILLINOIS', null, '1999-06-14'],
    ['CUPERTINO, Calif.--Dec. 20, 1996--Apple Computer', 'CUPERTINO', 'Calif.', null, '1996-12-20'],
    ['KING OF PRUSSIA, Pa., and HARTFORD, Conn., Sept. 29 /PRNewswire/ -- The', 'KING OF PRUSSIA', 'Pa.', 'PR Newswire', '--09-29'],
    ['TORONTO, ONTARIO--(Marketwire - Oct. 5, 2005) - Acme', 'TORONTO', 'ONTARIO', 'Marketwire', '2005-10-05'],
    ['RALEIGH, N.C., Sept. 14, 2009 (GLOBE NEWSWIRE) -- Acme', 'RALEIGH', 'N.C.', 'GlobeNewswire', '2009-09-14'],
    ['TORONTO, Oct. 5 /CNW/ - Acme', 'TORONTO', null, 'Canada NewsWire', '--10-05'],
    ['March 3, 2005 -- DALLAS, Texas -- Acme Corp. said', 'DALLAS', 'Texas', null, '2005-03-03'],
    ['April 19, 2005 -- Greyfield Mutual Bancorp, Inc. (Nasdaq: GMBQ) today', null, null, null, '2005-04-19'],
    ['LITTLE ROCK, Ark. (September 18, 2001) - Acme', 'LITTLE ROCK', 'Ark.', null, '2001-09-18'],
    ['ATLANTA - Southern Company today reported', 'ATLANTA', null, null, null],
    ['WINSTON-SALEM, N.C. -- Acme today', 'WINSTON-SALEM', 'N.C.', null, null],
    ['BOSTON, Mass., March 3rd, 2005 -- Acme today', 'BOSTON', 'Mass.', null, '2005-03-03'],
    ['LONDON (Reuters) - Acme Corp. said', 'LONDON', null, 'Reuters', null],
    ['TULSA, Okla. & DENVER, Colo.--(BUSINESS WIRE)--May 2, 2001--Acme', 'TULSA', 'Okla.', 'Business Wire', '2001-05-02'],
    ['SOUTH SAN FRANCISCO, CA, USA, March 14, 2001 -- Acme Biologic', 'SOUTH SAN FRANCISCO', 'CA', null, '2001-03-14'],
    ['Boston, MA (PRWEB) February 4, 2008 -- Acme Software, Inc. today', 'Boston', 'MA', 'PRWEB', '2008-02-04'],
    ['SANTA CLARA, Calif.--(EON: Enhanced Online News)--Acme Networks, Inc. today', 'SANTA CLARA', 'Calif.', 'EON: Enhanced Online News', null],
  ])('%s', (text, city, region, wire, date) => {
    expect(fields(text)).toMatchObject({ city, region, wire, date });
  });

  it('is not read across a gutter, a tab as wide as it stands', () => {
    expect(read('R       March 3 2005')).toBeNull();
    expect(read('R\tMarch 3 2005')).toBeNull();
    expect(read('HN SMITH\tMar 3 2005')).toBeNull();
    expect(fields('BOSTON,\tMarch 3, 2005 -- Acme')?.city).toBe('BOSTON');
  });

  it('finds no gutter in blanks that end a line: nothing stands after them', () => {
    expect(fields('SPRINGFIELD\t\n(BW)--Acme said')).toMatchObject({ city: 'SPRINGFIELD', wire: 'Business Wire' });
    expect(fields('S\t\n(BW)X:A)')).toMatchObject({ city: 'S', wire: 'Business Wire' });
    expect(read('R\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0March 3 2005')).toBeNull();
  });

  it('reads a wire named bare between dashes ("--Business Wire--"), and no other word there', () => {
    const d = (text: string) => summarize(parse(`ACME BUYS\n\n${text}\n`)).dateline;
    expect(d('BALTIMORE, Md.--Business Wire--Aug. 25, 1997--Ormside Realty Trust said today it will buy a portfolio.')).toEqual({ city: 'BALTIMORE', region: 'Md.', wire: 'Business Wire', date: '1997-08-25' });
    expect(d('BALTIMORE, Md.--Aug. 25, 1997--Ormside Realty Trust said today it will buy a portfolio.')?.wire).toBeNull();
  });

  it('ends where the body starts', () => {
    expect(fields('SAN JOSE, Calif., Oct. 26 /PRNewswire/ -- Pericom')?.text).toBe('SAN JOSE, Calif., Oct. 26 /PRNewswire/ --');
    expect(fields('JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004 American')?.text).toBe('JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004');
  });

  it.each([
    'Gary Stern, CEO of Asta Funding, said the first quarter',
    'Net income - the quarter was strong',
    'For the full year, Southern Company reported earnings',
    'The company (NASDAQ: ABC) said',
    'Southern Company - a utility',
  ])('is not read in running text: %s', (text) => {
    expect(read(text)).toBeNull();
  });

  it('takes the date from a line of its own just above the place', () => {
    const d = fields('Monday, June 4, 1997\nBOISE, Idaho -- Acme Mills said today');
    expect(d).toMatchObject({ city: 'BOISE', region: 'Idaho', date: '1997-06-04', text: 'Monday, June 4, 1997\nBOISE, Idaho --' });
    // A date with running text under it is no dateline's.
    expect(read('June 4, 1997\nwas a good day for Acme -- it said')).toBeNull();
    // Nor is a date line over a place that brings its own date.
    expect(fields('June 4, 1997\nBOISE, Idaho, June 5, 1997 -- Acme')).toBeNull();
  });

  it('stands alone with its wire and date before a run-in label, the body below', () => {
    const text = 'Acme Buys Beta\n\nPARIS--(BUSINESS WIRE)--Oct. 4, 2011--Regulatory News:\n\nAcme SA said today that it bought Beta SA for cash.\n';
    expect(summarize(parse(text)).dateline).toEqual({ city: 'PARIS', region: null, wire: 'Business Wire', date: '2011-10-04' });
  });

  it('is not read in a centred headline line set in as far as the line above', () => {
    const text = '          ACME AGREES TO SELL THREE RURAL\n            HOSPITALS TO BETA PARTNERS --\n          EXPECTS GAIN IN SECOND QUARTER\n\n    NASHVILLE, Tenn., Feb. 19 /PRNewswire/ -- Acme Corp. said today that it will sell three hospitals.\n';
    expect(summarize(parse(text)).dateline?.city).toBe('NASHVILLE');
  });

  it('is read on a first line that looks centred, with the paragraph going on flush below', () => {
    const body = Array.from({ length: 5 }, () => 'and the company reported net income for the quarter of the year today.').join('\n');
    const text = `ACME BANCORP REPORTS EARNINGS\n\n     LONG BEACH, California, April 19, 2000 -- Acme Bancorp (Nasdaq: ACMB)\n${body}\n`;
    expect(summarize(parse(text)).dateline).toEqual({ city: 'LONG BEACH', region: 'California', wire: null, date: '2000-04-19' });
  });

  it('keeps a date that is no calendar date as written, flagged', () => {
    const d = read('DALLAS, Texas, February 30, 2005 -- Acme');
    expect(d?.date).toBeNull();
    expect(d?.dateText).toBe('February 30, 2005');
    expect(d?.badDate).toBe(true);
  });
});

describe('a weak dateline', () => {
  it('gives way to a dated one below when it stands on a line of its own', () => {
    const text = [
      'CORRECTION -- Acme Energy Declares Quarterly Dividend',
      '',
      '     TULSA, Okla., June 13 /PRNewswire/ -- In the news release, Acme Energy Declares',
      'Quarterly Dividend, transmitted earlier today, the payable date should read July 14.',
      '',
    ].join('\n');
    const s = summarize(parse(text));
    expect(s.dateline).toMatchObject({ city: 'TULSA', region: 'Okla.', wire: 'PR Newswire' });
    expect(s.headline).toBe('CORRECTION -- Acme Energy Declares Quarterly Dividend');
  });

  it('gives way so too under a headline left unspaced: its line of its own is its paragraph', () => {
    const text = 'ACME ENERGY NEWS\nCORRECTION -- Acme Energy Declares Quarterly Dividend\n\nTULSA, Okla., June 13 /PRNewswire/ -- The payable date should read July 14.\n';
    expect(summarize(parse(text)).dateline).toMatchObject({ city: 'TULSA', wire: 'PR Newswire' });
  });

  it('still opens the body when nothing stronger follows', () => {
    const s = summarize(parse('ATLANTA - Acme Company today reported earnings.\n\nSales rose in every region, the company said.\n'));
    expect(s.dateline?.city).toBe('ATLANTA');
  });
});

describe('a place in mixed case before a dash', () => {
  const summaryOf = (line: string) => summarize(parse(`Acme Announces Resignation\n\n${line}\n`)).dateline;
  it('is a dateline when its region is a state or province, written out or short', () => {
    expect(summaryOf('Yonkers, New York - Acme Home Products, Inc. (NYSE: AHP) announced today that its chief executive resigned.')).toMatchObject({ city: 'Yonkers', region: 'New York', date: null });
    expect(summaryOf('Yonkers, N.Y. - Acme Home Products, Inc. (NYSE: AHP) announced today that its chief executive resigned.')).toMatchObject({ city: 'Yonkers', region: 'N.Y.' });
  });
  it('is no dateline when the words before the dash name no region', () => {
    expect(summaryOf('Acme Corp., Chief Officer - Acme Home Products, Inc. announced today that its chief executive resigned.')).toBeNull();
  });
});

describe('no-break spaces a word processor left in plain text', () => {
  it('read as spaces in the dateline, the tickers and the contacts, and kept byte for byte', () => {
    const spaced = 'ACME REPORTS RESULTS\n\nAUSTIN, Texas, Jan. 27, 1999 -- Acme Corp. (Nasdaq: ACME) today reported revenues of $18.4 million.\n\nContact: Ann Lee, (512) 555-0148\n';
    const nbsp = spaced.replace('Jan. 27', 'Jan.\u00A027').replace('Nasdaq: ACME', 'Nasdaq:\u00A0ACME').replace('(512) 555', '(512)\u00A0555').replace('$18.4 million', '$18.4\u00A0million');
    const tree = parse(nbsp);
    expect(stringify(tree)).toBe(nbsp);
    const a = summarize(parse(spaced));
    const b = summarize(tree);
    expect(b.dateline).toEqual(a.dateline);
    expect(b.tickers).toEqual(a.tickers);
    expect(b.contacts.map((c) => c.phones)).toEqual([['(512) 555-0148']]);
    const formatted = format(tree);
    expect(format(parse(formatted))).toBe(formatted);
  });
});

describe('a date on a line of its own above a dateline with no date', () => {
  it('is the dateline\'s date, a blank line between', () => {
    const text = [
      ' Acme Gas & Electric Raises Quarterly Dividend to 48 Cents',
      ' ========================================================',
      '',
      '                                                  August 17, 1993',
      '',
      '          ROCHESTER, Minn. -- The Board of Directors of Acme Gas & Electric Company',
      'today increased the quarterly dividend on the common stock to 48 cents per share.',
      '',
    ].join('\n');
    const summary = summarize(parse(text));
    expect(summary.dateline).toEqual({ city: 'ROCHESTER', region: 'Minn.', wire: null, date: '1993-08-17' });
    expect(summary.headline).toBe('Acme Gas & Electric Raises Quarterly Dividend to 48 Cents');
  });
  it('is not taken by a dateline that has its own date', () => {
    const text = 'ACME RAISES DIVIDEND\n\nAugust 17, 1993\n\nROCHESTER, Minn., Aug. 16, 1993 -- The Board of Acme Corp. today increased the dividend to 48 cents.\n';
    expect(summarize(parse(text)).dateline?.date).toBe('1993-08-16');
  });
});

describe('a place and a date on lines of their own above the body', () => {
  it('are the dateline, the running text under them the body', () => {
    const text = [
      '      Acme Mills Declares Three-for-Two Stock Split',
      '      ---------------------------------------------',
      '',
      'LOWELL, MASSACHUSETTS',
      'September 14, 1995',
      '',
      '     Acme Mills, Inc. (AMEX: ACM) announced today that its Board of Directors',
      'has declared a three-for-two split of the common stock, to be effected as a',
      'stock dividend payable to shareholders of record on October 2, 1995.',
      '',
    ].join('\n');
    const summary = summarize(parse(text));
    expect(summary.dateline).toEqual({ city: 'LOWELL', region: 'MASSACHUSETTS', wire: null, date: '1995-09-14' });
    expect(summary.headline).toBe('Acme Mills Declares Three-for-Two Stock Split');
  });
});
