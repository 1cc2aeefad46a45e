import { describe, expect, it } from 'vitest';
import { lex } from '../src/parse/lex.js';
import { textLexer } from '../grammars/tokens/text.js';
import { readContactBlock, readTrailerContact } from '../src/parse/constructs/contact/reader/index.js';
import { format, parse, stringify, summarize } from '../src/index.js';
import { hasContactDetail } from '../src/parse/text/signals.js';

const block = (text: string) =>
  readContactBlock(text, lex(text).lines.filter((l) => !l.blank)).entries.map(({ name, phones, faxes, emails }) => ({ name, phones, faxes, emails }));
const trailer = (text: string) =>
  readTrailerContact(text, textLexer.tokenize(text).tokens).entries.map(({ name, phones, faxes, emails }) => ({ name, phones, faxes, emails }));

describe('a phone number', () => {
  const detail = (s: string) => hasContactDetail(s, textLexer.tokenize(s).tokens.filter((t) => t.tokenType.name !== 'Spaces'));
  it('runs across a tab only where the tab is one column wide, as a space is', () => {
    expect(detail('2004-05 2003')).toBe(true);
    expect(detail('2004-05\t2003')).toBe(true);
    expect(detail('e o 2004-05\t2003')).toBe(false);
  });

  it('wrapped onto the next line is one whether or not spaces end the line above', () => {
    const body = '\n\nNEW YORK, March 3, 2005 -- Acme Corp. said today that it had won an order.\n';
    for (const end of ['', ' ', '  \t']) {
      const tree = parse(`Acme Corp. Orders: Call (212)${end}\n555-0100${body}`);
      expect(summarize(tree).headline).toBeNull();
      expect(summarize(parse(format(tree))).headline).toBeNull();
    }
  });
});

describe('a contact label running on into wrapped lines', () => {
  it('measures the lines against a typewriter page at most, however wide the body runs', () => {
    const body = 'DALLAS, Texas, March 3, 2005 -- Acme Energy Ltd. said today that its sales rose in the\nquarter, helped by strong demand in its largest markets and by lower costs, as it\nhad expected when it set its outlook for the year at the start of the quarter.\n';
    const text = `FOR FURTHER INFORMATION PLEASE CONTACT: Acme Energy Ltd., Neil\nAshcroft, President, (403) 555-0190; or Jane Roe, Vice President,\nFinance, (403) 555-0191.\n\n${body}`;
    expect(summarize(parse(text)).contacts.map((c) => c.name)).toEqual(['Neil Ashcroft', 'Jane Roe']);
  });

  it('measures them against the typewriter page, not the page the body sets: over a narrow body or a wide one, the lines read alike', () => {
    const label = 'FOR FURTHER INFORMATION CONTACT: Acme Energy Ltd., Neil\nAshcroft, President, (403) 555-0190.\n\n';
    const narrow = 'DALLAS, Texas, March 3, 2005 -- Acme Corp. said today that\nits sales rose in the quarter, helped by demand in its markets.\n';
    const wide = 'DALLAS, Texas, March 3, 2005 -- Acme Corp. said today that its sales rose in\nthe quarter, helped by strong demand in its markets and lower costs.\n';
    const [overNarrow, overWide] = [narrow, wide].map((body) => summarize(parse(label + body)).contacts);
    expect(overNarrow).toEqual(overWide);
    expect(summarize(parse(format(parse(label + narrow)))).contacts).toEqual(overNarrow);
  });
});

describe('contact blocks', () => {
  it('reads a label, a name and labelled numbers', () => {
    const text = ['For further information contact:  Edward F. Ruttenberg', '                                  Phone: (412) 422-2377', '                                  Fax:   (412) 422-2378', '                                  Release No:  2004-05'].join('\n');
    expect(block(text)).toEqual([{ name: 'Edward F. Ruttenberg', phones: ['(412) 422-2377'], faxes: ['(412) 422-2378'], emails: [] }]);
    expect(readContactBlock(text, lex(text).lines).releaseNumber).toBe('2004-05');
  });

  it('reads two columns one after the other and shares an agency line', () => {
    const text = [
      'CONTACT:',
      '                                        Stephen D. Axelrod, CFA',
      'Mitchell Herman, CFO                    Andria Pilo (Media)',
      'Asta Funding, Inc.                      Wolfe Axelrod Weinberger Assoc. LLC',
      '(201) 567-5648                          (212) 370-4500; (212) 370-4505 (Fax)',
      '                                        email: steve@wolfeaxelrod.com',
    ].join('\n');
    expect(block(text)).toEqual([
      { name: 'Mitchell Herman', phones: ['(201) 567-5648'], faxes: [], emails: [] },
      { name: 'Stephen D. Axelrod', phones: ['(212) 370-4500'], faxes: ['(212) 370-4505'], emails: ['steve@wolfeaxelrod.com'] },
      { name: 'Andria Pilo', phones: ['(212) 370-4500'], faxes: ['(212) 370-4505'], emails: [] },
    ]);
  });

  it('splits "A/B" names and gives each the address that names them', () => {
    const text = ['CONTACT:', 'Stapleton Communications', 'Alexis Pascal/Deborah Stapleton', 'Tel: 650-470-0200', 'alexis@stapleton.com/deb@stapleton.com'].join('\n');
    expect(block(text)).toEqual([
      { name: 'Alexis Pascal', phones: ['650-470-0200'], faxes: [], emails: ['alexis@stapleton.com'] },
      { name: 'Deborah Stapleton', phones: ['650-470-0200'], faxes: [], emails: ['deb@stapleton.com'] },
    ]);
  });

  it('gives a letterhead phone column to the people on its left', () => {
    const text = [
      'Pericom Semiconductor Corporation           3545 North First Street     Tel: (408) 435-0800',
      'Angela Chen, VP/Chief Financial Officer     San Jose, CA 95134          Fax: (408) 435-1100',
      'Alex Hui, President/CEO                                                 www.pericom.com',
    ].join('\n');
    expect(block(text).map((e) => [e.name, e.phones, e.faxes])).toEqual([
      ['Angela Chen', ['(408) 435-0800'], ['(408) 435-1100']],
      ['Alex Hui', ['(408) 435-0800'], ['(408) 435-1100']],
    ]);
  });

  it('reads name, number on one line and a desk with no person', () => {
    const text = ['Contacts:', 'Media:         Rosalind Achebe, (314) 555-0144', 'Distributors:  Trade Relations Desk, (314) 555-0146'].join('\n');
    expect(block(text).map((e) => [e.name, e.phones])).toEqual([
      ['Rosalind Achebe', ['(314) 555-0144']],
      ['Trade Relations Desk', ['(314) 555-0146']],
    ]);
  });

  it('does not take a company for a person', () => {
    const text = ['Contact:', 'Brightwater Therapeutics', 'Helen Okafor', '(919) 555-0133', 'hokafor@brightwater.example.com', '', 'Marguerite Ellison, Chief Financial Officer', 'Ridgefield Homes, Inc.', '(203) 555-0125'].join('\n');
    expect(block(text).map((e) => e.name)).toEqual(['Helen Okafor', 'Marguerite Ellison']);
  });

  it('keeps an extension with its number', () => {
    expect(block('Brad Wills\n888.670.7080 x 407')[0]?.phones).toEqual(['888.670.7080 x 407']);
  });
});

describe('wire trailer contacts', () => {
  it('reads people, their own numbers and roles in running text', () => {
    expect(trailer('/CONTACT:  News Media Contact, Edgar P. McDougal, +1-847-286-9669, or Investor Contact, Scott A. Bohaboy, +1-847-286-7419, both of Sears, Roebuck and Co./')).toEqual([
      { name: 'Edgar P. McDougal', phones: ['+1-847-286-9669'], faxes: [], emails: [] },
      { name: 'Scott A. Bohaboy', phones: ['+1-847-286-7419'], faxes: [], emails: [] },
    ]);
  });

  it('shares the agency number written after the names', () => {
    expect(trailer('/CONTACT:  Alexis Pascal, alexis@stapleton.com, or Deborah Stapleton, deb@stapleton.com, of Stapleton Communications, +1-650-470-0200, for Pericom Semiconductor Corporation/')).toEqual([
      { name: 'Alexis Pascal', phones: ['+1-650-470-0200'], faxes: [], emails: ['alexis@stapleton.com'] },
      { name: 'Deborah Stapleton', phones: ['+1-650-470-0200'], faxes: [], emails: ['deb@stapleton.com'] },
    ]);
  });

  it('reads "or fax," as the next number being a fax', () => {
    expect(trailer('/CONTACT: Mike Craighead, VP/Chief Financial Officer of Pericom Semiconductor Corporation, +1-408-435-0800, or fax, +1-408-435-1100/')).toEqual([
      { name: 'Mike Craighead', phones: ['+1-408-435-0800'], faxes: ['+1-408-435-1100'], emails: [] },
    ]);
  });

  it('keeps an honorific, drops a legal form, and reads an area code that ends a line', () => {
    expect(trailer('/CONTACT: Dr. Nadia Osei, Chief Scientist of Harrow Field Partners, L.P., (617)\n555-0190, nosei@harrowfield.com/')).toEqual([
      { name: 'Dr. Nadia Osei', phones: ['(617) 555-0190'], faxes: [], emails: ['nosei@harrowfield.com'] },
    ]);
  });

  it('joins two people\'s blocks framed around "-or-"', () => {
    const text = 'Contact:\n     Owen Pryce\n     (615) 555-0111\n\n          -or-\n\n     Tess Landry\n     (212) 555-0122\n';
    const release = `Acme Buys Beta\n\n${text}\nDENVER, Colo. -- Acme Corp. said today that it bought Beta Inc. for cash.\n`;
    expect(summarize(parse(release)).contacts.map((c) => c.name)).toEqual(['Owen Pryce', 'Tess Landry']);
  });

  it('reads a contact block cut by a page turn as one block, as without the turn', () => {
    const block = (turn: string): string => `Acme Buys Beta\n\nDENVER, Colo. -- Acme Corp. said today that it bought Beta Inc. for cash.\n\nContact:\n     Owen Pryce\n${turn}     (615) 555-0111\n     owen@acme.example.com\n`;
    const paged = summarize(parse(block('<PAGE>\n')));
    expect(paged.contacts).toEqual(summarize(parse(block(''))).contacts);
    expect(paged.contacts).toEqual([{ name: 'Owen Pryce', phones: ['(615) 555-0111'], faxes: [], emails: ['owen@acme.example.com'] }]);
    expect(stringify(parse(block('<PAGE>\n')))).toBe(block('<PAGE>\n'));
  });

  it('reads a trailer\'s "/CONTACT:" merged across a page turn without the marker, as without the turn', () => {
    const text = (turn: string): string => `/CONTACT:\n${turn}CONTACT: Owen Pryce, 860-555-0119\n`;
    expect(summarize(parse(text('<PAGE>\n'))).contacts).toEqual(summarize(parse(text(''))).contacts);
    expect(summarize(parse(text('<PAGE>\n'))).contacts.map((c) => c.name)).toEqual(['Owen Pryce']);
  });

  it('reads a "CONTACT:" block inside a wire trailer', () => {
    const release = 'Acme Buys Beta\n\nDENVER, Colo. -- Acme Corp. said today that it bought Beta Inc. for cash.\n\nSOURCE Acme Corp.\n\nCONTACT: Investors: Owen Pryce, 860-555-0119,\nowen.pryce@acme.com\n';
    expect(summarize(parse(release)).contacts).toEqual([{ name: 'Owen Pryce', phones: ['860-555-0119'], faxes: [], emails: ['owen.pryce@acme.com'] }]);
  });

  it('carries an area code that ends a line to the number that opens the next', () => {
    const text = ['For further information: Ada Quill, Treasurer, (403)', '555-0177; Ben Ortiz, Controller, (403) 555-0178'].join('\n');
    expect(block(text)).toEqual([
      { name: 'Ada Quill', phones: ['(403) 555-0177'], faxes: [], emails: [] },
      { name: 'Ben Ortiz', phones: ['(403) 555-0178'], faxes: [], emails: [] },
    ]);
  });

  it('reads a contact sentence at the foot of a release, keeping a name suffix', () => {
    const release = (sentence: string) => `Acme Buys Beta\n\nDENVER, Colo. -- Acme Corp. said today that it bought Beta Inc. for cash.\n\n${sentence}\n`;
    expect(summarize(parse(release('For more information contact Ada Quill at (800) 555-0192 or\naquill@acme.com.'))).contacts).toEqual([
      { name: 'Ada Quill', phones: ['(800) 555-0192'], faxes: [], emails: ['aquill@acme.com'] },
    ]);
    expect(summarize(parse(release('For further information contact Paul R. Oates, Jr., President, at (908) 555-0128.'))).contacts).toEqual([
      { name: 'Paul R. Oates, Jr.', phones: ['(908) 555-0128'], faxes: [], emails: [] },
    ]);
    // Without a number or an address it is only a sentence.
    expect(summarize(parse(release('For more information contact your broker.'))).contacts).toEqual([]);
  });

  it("reads a desk's name alone over its number as a contact block, not a heading over one", () => {
    const body = 'Acme Buys Beta\n\nDENVER, Colo. -- Acme Corp. said today that it bought Beta Inc. for cash.\n\n';
    expect(summarize(parse(`${body}Investor Relations\n(212) 555-0140\n`)).contacts).toEqual([{ name: 'Investor Relations', phones: ['(212) 555-0140'], faxes: [], emails: [] }]);
    // Running text under the words is no contact's detail.
    expect(summarize(parse(`${body}Investor Relations\nCall us at (212) 555-0140 to hear the results on Monday.\n`)).contacts).toEqual([]);
  });

  it("reads a wire trailer's number with nobody named as the desk's", () => {
    const body = 'Acme Buys Beta\n\nDALLAS -- Acme Corp. said today that it bought Beta Inc. for cash.\n\n';
    expect(summarize(parse(`${body}/CONTACT: Trust Administration, Ridgemont National Bank, Trustee,\n+1-214-555-0150/\n`)).contacts).toEqual([{ name: null, phones: ['+1-214-555-0150'], faxes: [], emails: [] }]);
    expect(summarize(parse(`${body}/CONTACT: Investor Relations, Ridgemont National Bank, 214-555-0150/\n`)).contacts).toEqual([{ name: 'Investor Relations', phones: ['214-555-0150'], faxes: [], emails: [] }]);
  });

  it('reads a contact sentence and the contact lines under it apart, one entry per person', () => {
    const text = 'Acme Pays Dividend\n\nDENVER, Colo. -- Acme Corp. said today that it will pay a dividend.\n\nFor additional information contact Lamar B. Tolliver III, Executive Vice\nPresident and Chief Financial Officer, at (864) 555-0103.\n\nAcme Corp.\nInvestor Relations\nLamar B. Tolliver III, 864-555-0103\n';
    expect(summarize(parse(text)).contacts).toEqual([{ name: 'Lamar B. Tolliver III', phones: ['(864) 555-0103', '864-555-0103'], faxes: [], emails: [] }]);
  });

  it('reads a letterhead that names a person with a number as the contact, one with the firm\'s number alone as none', () => {
    const release = (letterhead: string) => `Exhibit 99.1\n\n${letterhead}\n\nFOR IMMEDIATE RELEASE\n\nACME BANCSHARES DECLARES DIVIDEND\n\nACME, Pa., April 18, 2002 -- The Board of Directors of Acme Bancshares, Inc. declared a dividend.\n`;
    expect(summarize(parse(release('ACME BANCSHARES, INC.\n12 Market Square\nAcme, Pennsylvania 17099\nWalter E. Penrose III, President\n(717) 555-0108'))).contacts).toEqual([
      { name: 'Walter E. Penrose III', phones: ['(717) 555-0108'], faxes: [], emails: [] },
    ]);
    expect(summarize(parse(release('ACME SAVINGS BANK, F.S.B.\nOne Park Square West\nPittsfield, Massachusetts 01201\n(413) 555-0100'))).contacts).toEqual([]);
  });

  it('keeps a centred letterhead under a contact set beside the title out of the contact', () => {
    const text = [
      'NEWS RELEASE                              Contact:  Harold E. Voss',
      '                                                    Treasurer',
      '                                                    (216) 555-0143',
      '',
      '',
      '                       ACME WATER COMPANY',
      '              1400 Quarry Road  *  Lakewood, Ohio 44107',
      '                       Telephone (216) 555-0142',
      '',
      '        Acme Water Company Receives Approval of Rate Increase',
      '',
      '     LAKEWOOD, Ohio, June 14, 1993 -- Acme Water Company said today that its rates will rise.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts).toEqual([{ name: 'Harold E. Voss', phones: ['(216) 555-0143'], faxes: [], emails: [] }]);
  });

  it('reads a degree after a name and its comma as a title, not a second person', () => {
    const text = 'Acme Buys Beta\n\nDENVER, Colo. -- Acme Corp. said today that it bought Beta Inc. for cash.\n\nContact:\nFenella Gunn, Ph.D.\n415-555-0166\nfgunn@acme.com\n';
    expect(summarize(parse(text)).contacts).toEqual([{ name: 'Fenella Gunn', phones: ['415-555-0166'], faxes: [], emails: ['fgunn@acme.com'] }]);
  });

  it('reads contact lines under a "Contact Information" heading as a contact block', () => {
    const body = 'Acme Buys Beta\n\nCALGARY, Alberta -- Acme Energy Corp. said today that it bought Beta Inc. for cash.\n\n';
    const text = `${body}Contact Information\n\nAcme Energy Corp.\nEwan R. Gunnery\nPresident and Chief Executive Officer\n(403) 555-0119\n`;
    expect(summarize(parse(text)).contacts).toEqual([{ name: 'Ewan R. Gunnery', phones: ['(403) 555-0119'], faxes: [], emails: [] }]);
    // Under a heading of other words, lines naming no person are what they are (a card naming
    // one is a contact block by its own shape: 'contact cards with no label').
    const offices = text.replace('Contact Information', 'Corporate Offices').replace('Ewan R. Gunnery\nPresident and Chief Executive Officer\n', '500 Fourth Avenue SW\n');
    expect(summarize(parse(offices)).contacts).toEqual([]);
  });

  it('keeps a name suffix after its comma when the number follows on the same line', () => {
    const text = 'Contacts:\nMedia: Ada Quill (509) 555-0193 ada@acme.com\nInvestors: Rory Vale, Jr. (509) 555-0194 rory@acme.com\n\nAcme Buys Beta\n\nDENVER, Colo. -- Acme Corp. said today that it bought Beta Inc. for cash.\n';
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Ada Quill', ['(509) 555-0193']],
      ['Rory Vale, Jr.', ['(509) 555-0194']],
    ]);
    // A title after the comma is still no part of the name.
    expect(summarize(parse(text.replace('Jr. (509)', 'Treasurer (509)'))).contacts[1]?.name).toBe('Rory Vale');
  });

  it('reads "AT THE COMPANY:" column heads, and a desk column with its own number', () => {
    const text = [
      'AT THE COMPANY:             AT THE AGENCY:',
      'Ann Vries                   Press Relations',
      'Chief Financial Officer     Vries Holdings',
      '(206) 555-0117              (888) 555-0119',
    ].join('\n');
    expect(block(text)).toEqual([
      { name: 'Ann Vries', phones: ['(206) 555-0117'], faxes: [], emails: [] },
      { name: 'Press Relations', phones: ['(888) 555-0119'], faxes: [], emails: [] },
    ]);
  });

  it('gives a fax word to the number after it, and reads a communications desk', () => {
    const text = ['For additional information:', 'Corporate Communications', 'Phone (765) 555-0102  *  Fax (765) 555-0103'].join('\n');
    expect(block(text)).toEqual([{ name: 'Corporate Communications', phones: ['(765) 555-0102'], faxes: ['(765) 555-0103'], emails: [] }]);
  });

  it('reads names that open with an accented capital', () => {
    expect(trailer('/CONTACT: Élodie Marchand, (707) 555-0126/')).toEqual([{ name: 'Élodie Marchand', phones: ['(707) 555-0126'], faxes: [], emails: [] }]);
  });

  it('names a desk by what comes before "of" its firm, unless it describes the person before it', () => {
    expect(trailer('/CONTACT: Investor Relations of Acme Holdings, Inc., 404-555-0160/')).toEqual([{ name: 'Investor Relations', phones: ['404-555-0160'], faxes: [], emails: [] }]);
    expect(trailer('/CONTACT: Ann Vries, Investor Relations of Acme Holdings, Inc., 404-555-0160/')).toEqual([{ name: 'Ann Vries', phones: ['404-555-0160'], faxes: [], emails: [] }]);
  });

  it('reads a long block of two people under a contact label and a blank line', () => {
    const person = (name: string, phone: string) => ['Acme Resources Ltd.', name, 'President and Chief Executive Officer', phone];
    const release = [
      'Acme Finds Gas',
      '',
      'CALGARY, Alberta -- Acme Resources Ltd. said today that it found gas in its northern wells.',
      '',
      'FOR FURTHER INFORMATION PLEASE CONTACT:',
      '',
      ...person('Ada Quill', '(403) 555-0147'),
      'or',
      ...person('Ben Ortiz', '(403) 555-0148'),
      'Email: info@acme.ca',
      'Website: www.acme.ca',
      '',
    ].join('\n');
    expect(summarize(parse(release)).contacts.map((c) => c.name)).toEqual(['Ada Quill', 'Ben Ortiz']);
  });
});

describe('contact blocks known by what they hold', () => {
  const body = 'ACME WINS\n\nDENVER, Colo., Aug. 7, 2024 -- Acme Corp. said today that it won a large contract.\n\n';
  it('reads a block of details under a label of label words ("Company:") as a contact block', () => {
    const text = `${body}Company:\nNikos Andreou\nChief Financial Officer\nTel: +30 210 555 0141\n\nInvestors:\nKate Sommers\nTel: 212-555-0150\n`;
    expect(summarize(parse(text)).contacts.map((c) => c.name)).toEqual(['Nikos Andreou', 'Kate Sommers']);
  });

  it('reads role words alone over columns ("Investors   Media") as column heads of contacts', () => {
    const text = `${body}Investors                Media\nRachel Yoon              Grant Ellery\nryoon@acme.com           +1 650 555 0172\n`;
    expect(summarize(parse(text)).contacts.map((c) => c.name)).toEqual(['Rachel Yoon', 'Grant Ellery']);
  });
});

describe('contacts announced or written as a sentence', () => {
  it('reads "Investor Contact" on a line of its own as a label over the people, not as a sentence', () => {
    const body = 'ACME WINS\n\nDENVER, Colo., Aug. 7, 2024 -- Acme Corp. said today that it won a large contract.\n\n';
    const people = 'Spencer Wold, (303) 555-0131, ir@acme.com\nJohn Baker, (303) 555-0132, media@acme.com\n';
    const want = [['Spencer Wold', ['(303) 555-0131']], ['John Baker', ['(303) 555-0132']]];
    expect(summarize(parse(`${body}Investor Contact\n${people}`)).contacts.map((c) => [c.name, c.phones])).toEqual(want);
    // The verb of a sentence is written in lower case.
    expect(summarize(parse(`${body}Investors may contact Spencer Wold at (303) 555-0131.\n`)).contacts.map((c) => c.name)).toEqual(['Spencer Wold']);
  });

  const release = (tail: string): string =>
    'ACME TOOL NAMES NEW CHIEF FINANCIAL OFFICER\n\nDAYTON, Ohio, May 3, 2004 -- Acme Tool Company said today that it has named\nJane Roe chief financial officer, effective June 1.\n\n' + tail;
  const contacts = (text: string) => summarize(parse(text)).contacts.map((c) => ({ name: c.name, phones: c.phones, emails: c.emails }));

  it('reads a sentence whose subject names who may get in touch', () => {
    const text = release('Press and analysts may contact Ann Lee at (937) 555-0140 or\nalee@acmetool.example.com.\n');
    expect(contacts(text)).toEqual([{ name: 'Ann Lee', phones: ['(937) 555-0140'], emails: ['alee@acmetool.example.com'] }]);
  });

  it('leaves a body sentence about calling someone alone', () => {
    const text = release('Customers who want to learn more may call the company at (937) 555-0100.\n');
    expect(contacts(text)).toEqual([]);
  });

  it('takes the block under a label standing alone, however wide', () => {
    const text = release('For further information:\n\nAnn Lee, Vice President, Investor Relations, Tel: (937) 555-0140; Bob Ray, Media,\nTel: (937) 555-0141\n');
    expect(contacts(text).map((c) => c.name)).toEqual(['Ann Lee', 'Bob Ray']);
  });

  it('reads "For further information call:" as a label', () => {
    const text = `For further information call:\nAnn Lee  (937) 555-0140\n\n\n${release('')}`;
    expect(contacts(text)).toEqual([{ name: 'Ann Lee', phones: ['(937) 555-0140'], emails: [] }]);
  });
});

describe('a name opening with an initial', () => {
  it('is a contact, not a list item "J."', () => {
    const text = [
      'ACME WINS CONTRACT',
      '',
      'DALLAS, Texas, March 3, 2005 /PRNewswire/ -- Acme Widgets Inc. said its plant is on track.',
      '',
      'For further information:',
      '',
      'J. Peter Corliss',
      'President and Chief Executive Officer',
      '(416) 555-0118',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => c.name)).toEqual(['J. Peter Corliss']);
  });

  it('leaves "V." under "IV." a list label: roman numerals are a series too', () => {
    const text = 'Results may differ because of risks, including the following:\n\n    III. the condition of dealers;\n    IV.  fuel prices; and\n    V.   the covenants of the credit facility.\n';
    const list = parse(text).children.find((n) => n.type === 'list' || n.type === 'safeHarbor');
    expect(JSON.stringify(list)).toContain('"marker":"V."');
  });

  it('leaves letter labels in series a list', () => {
    const text = 'Acme said its goals are:\n\na. Lower costs in every plant.\nb. Higher sales abroad.\n';
    const list = parse(text).children.find((n) => n.type === 'list');
    expect(list?.type).toBe('list');
  });
});

describe('a release number line', () => {
  it('reads "News Release No. 07-11" as the release number, not the headline', () => {
    const text = [
      'Exhibit 99.1',
      '',
      'News Release No. 07-11',
      '',
      'ACME ENERGY ANNOUNCES SUCCESSFUL WELL',
      '',
      '    CALGARY, June 15 /CNW/ - Acme Energy Ltd. is pleased to announce that its well',
      'has been completed and tested at a rate of 6.2 million cubic feet per day.',
      '',
    ].join('\n');
    const s = summarize(parse(text));
    expect(s.releaseNumber).toBe('07-11');
    expect(s.headline).toBe('ACME ENERGY ANNOUNCES SUCCESSFUL WELL');
  });
});

describe('a contact table under column heads and a rule', () => {
  it('reads the rows under the rule as the contact block', () => {
    const text = [
      'ACME WINS CONTRACT',
      '',
      'DALLAS, Texas, March 3, 2005 /PRNewswire/ -- Acme Widgets Inc. said its plant is on track.',
      '',
      'CONTACTS:',
      '  Contact                 Telephone          E-mail',
      '  ---------------------   ----------------   ----------------------',
      '  Gordon Ashby            (408) 555-0161     gashby@acme.com',
      '  Irene Cho               (408) 555-0162     icho@acme.com',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones[0], c.emails[0]])).toEqual([
      ['Gordon Ashby', '(408) 555-0161', 'gashby@acme.com'],
      ['Irene Cho', '(408) 555-0162', 'icho@acme.com'],
    ]);
  });
});

describe('a contact label running on into a wrapped paragraph', () => {
  it('reads the paragraph as one run: a name broken over two lines stays whole', () => {
    const text = [
      'ACME WINS',
      '',
      'CALGARY, June 15 /CNW/ - Acme Energy Ltd. is pleased to announce that its',
      'new well has been completed and tested at a rate of 6.2 million cubic',
      'feet of natural gas per day plus 140 barrels of natural gas liquids.',
      '',
      '    FOR FURTHER INFORMATION PLEASE CONTACT: Acme Energy Ltd., Neil',
      'Ashcroft, President, (403) 555-0190, Email: nashcroft@acme.com; or Carol',
      'Yee, Vice President, Finance, (403) 555-0191',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([
      ['Neil Ashcroft', ['(403) 555-0190'], ['nashcroft@acme.com']],
      ['Carol Yee', ['(403) 555-0191'], []],
    ]);
  });
});

describe('a desk set apart under a person', () => {
  it('is an entry of its own when a role line names it', () => {
    const text = 'For more information:\n\nCurtis Beale, Chief Financial Officer\nDirect: (406) 555-0114\n\nInvestor Relations\nir@acme.com\n';
    expect(block(text)).toEqual([
      { name: 'Curtis Beale', phones: ['(406) 555-0114'], faxes: [], emails: [] },
      { name: 'Investor Relations', phones: [], faxes: [], emails: ['ir@acme.com'] },
    ]);
  });
});

describe('a contact sentence naming two contacts', () => {
  it('reads each clause that opens a contact sentence as its own contact', () => {
    const text = [
      'ACME WINS',
      '',
      'SEATTLE, Wash., Dec. 4, 1995 -- Acme Marine Inc. said today that it won a contract.',
      '',
      '        Analysts may call Roy Dahlgren, chief financial officer,',
      'at (206) 555-0158; reporters should call Ellen Marsh of Marsh',
      'Communications at (206) 555-0159.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Roy Dahlgren', ['(206) 555-0158']],
      ['Ellen Marsh', ['(206) 555-0159']],
    ]);
  });
});

describe('a contact block of long lines set in under the label', () => {
  it('is laid out, one person a line, not a wrapped paragraph', () => {
    const text = [
      'ACME BANCORP REPORTS THIRD QUARTER EARNINGS',
      '',
      'CONTACT:  Walter J. Brzezinski, President and Chief Executive Officer',
      '          Linda M. Capaldi, Senior Vice President and Chief Financial Officer',
      '          (570) 555-0165',
      '',
      'WILKES-BARRE, Pa., Oct. 21, 2003 -- Acme Bancorp, Inc. reported net income of $4.1',
      'million for the third quarter, up 9.4 percent from the third quarter of 2002.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => c.name)).toEqual(['Walter J. Brzezinski', 'Linda M. Capaldi']);
  });
});

describe('two people joined by "and" in a contact sentence', () => {
  it('are two contacts sharing the number', () => {
    const text = 'ACME WINS\n\nSAN JOSE, Calif., Jan. 26, 2000 -- Acme Semiconductor said its sales rose.\n\nFor more information, contact Jeffrey Lum and Diane Okafor at (408)\n555-0177.\n';
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Jeffrey Lum', ['(408) 555-0177']],
      ['Diane Okafor', ['(408) 555-0177']],
    ]);
  });
});

describe('contact fields parted by bars', () => {
  it('reads "Investors: Name | phone | address" as one person each line', () => {
    const text = 'Contacts\n\nInvestors: Daniel Forsythe | 617-555-0156 | ir@acme.com\nMedia: Colleen Mayhew | 617-555-0158 | cmayhew@acme.com\n';
    expect(block(text.split('\n\n')[1] ?? '')).toEqual([
      { name: 'Daniel Forsythe', phones: ['617-555-0156'], faxes: [], emails: ['ir@acme.com'] },
      { name: 'Colleen Mayhew', phones: ['617-555-0158'], faxes: [], emails: ['cmayhew@acme.com'] },
    ]);
  });
});

describe('people parted by a spaced slash', () => {
  it('gives each person on the line their own phone; a slash written tight stays in the number', () => {
    const text = [
      'CONTACT: Lyle Brandt (316) 555-0177 / Janet Oakes 316/555-0178',
      '',
      'ACME WINS',
      '',
      'WICHITA, Kan., April 12, 1995 -- Acme Aero Corp. said today that it won a contract.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Lyle Brandt', ['(316) 555-0177']],
      ['Janet Oakes', ['316/555-0178']],
    ]);
  });
});

describe('a desk group and a person under another role, in one block', () => {
  it('keeps the desk as its own entry when the next role begins', () => {
    const text = [
      'ACME WINS',
      '',
      'MINNEAPOLIS, Sept. 16, 2003 -- Acme Medical Corp. said today that it won approval.',
      '',
      'Contacts:',
      'Investor Relations',
      'Acme Medical Corporation',
      'ir@acmemed.example',
      'Media: Kristen Ahl of Bellmore Public Relations, (612) 555-0165,',
      'kahl@bellmore.example',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([
      ['Investor Relations', [], ['ir@acmemed.example']],
      ['Kristen Ahl', ['(612) 555-0165'], ['kahl@bellmore.example']],
    ]);
  });
});

describe('a table of people with their titles', () => {
  it('gives each row its own phone when a title follows the name', () => {
    const text = [
      'ACME WINS',
      '',
      'LONDON, July 28, 2003 -- Acme plc said today that it won a contract.',
      '',
      'For further information, please contact:',
      '',
      'Acme plc',
      'Martin Allard, Chief Executive                  +44 (0)20 7555 0123',
      'Fiona Grey, Finance Director                    +44 (0)20 7555 0124',
      '                                                Mobile: +44 (0)7700 900412',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Martin Allard', ['+44 (0)20 7555 0123']],
      ['Fiona Grey', ['+44 (0)20 7555 0124', '+44 (0)7700 900412']],
    ]);
  });
});

describe('a contact block with the title set beside its first line', () => {
  it('holds the title, and its lines below go on under the label', () => {
    const text = [
      '                          ACME BANCSHARES, INC.',
      '',
      'CONTACT:  HAROLD J. VOSS, PRESIDENT              FOR IMMEDIATE RELEASE',
      '          (608) 555-0142',
      '',
      '          ACME BANCSHARES DECLARES TWO-FOR-ONE STOCK SPLIT',
      '',
      '     PORTAGE, WISCONSIN, FEBRUARY 15, 1995 -- THE BOARD OF ACME BANCSHARES DECLARED A SPLIT.',
      '',
    ].join('\n');
    const s = summarize(parse(text));
    expect(s.contacts.map((c) => [c.name, c.phones])).toEqual([['HAROLD J. VOSS', ['(608) 555-0142']]]);
    expect(s.title).toBe('FOR IMMEDIATE RELEASE');
    expect(s.headline).toBe('ACME BANCSHARES DECLARES TWO-FOR-ONE STOCK SPLIT');
  });
});

describe('contact columns set with tabs', () => {
  it('reads a cell\'s column as its place in its row, the tabs reaching the writer\'s own stops', () => {
    const text = [
      'CONTACT:\tHenry J. Tollet\t\tor\tLavinia C. Merrow',
      '\tChairman and CEO\t\t\tExecutive Vice President and CFO',
      '\t(802) 555-0172\t\t\t(802) 555-0173',
      '',
      'ACME BANCSHARES REPORTS RESULTS',
      '',
      'BURLINGTON, Vt., Jan. 26, 2005 -- Acme Bancshares, Inc. said today that its earnings rose.',
      '',
    ].join('\n');
    const want = [
      ['Henry J. Tollet', ['(802) 555-0172']],
      ['Lavinia C. Merrow', ['(802) 555-0173']],
    ];
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual(want);
    // format lays the same cells out with spaces, the lone "or" kept with the cell before it.
    const formatted = format(parse(text));
    expect(formatted.split('\n')[0]).toMatch(/^CONTACT: +Henry J\. Tollet or +Lavinia C\. Merrow$/);
    expect(summarize(parse(formatted)).contacts.map((c) => [c.name, c.phones])).toEqual(want);
    expect(format(parse(formatted))).toBe(formatted);
  });

  it('parts cells at a tab that spans one column, and format lays the columns out with spaces', () => {
    const text = [
      'Contacts:',
      'Thomas Rune\t\t\tClaire Obst\t\t\tIan Sewall',
      'Chief Financial Officer\tInvestor Relations\t\tSewall Kane Group',
      '(216) 555-0161\t\t(216) 555-0162\t\t(212) 555-0151',
      '',
      'ACME TO ACQUIRE HALSTON FLUID CONTROLS',
      '',
      'CLEVELAND, Ohio, Jan. 15, 2003 -- Acme Industries said today that it will buy Halston.',
      '',
    ].join('\n');
    const want = [
      ['Thomas Rune', ['(216) 555-0161']],
      ['Claire Obst', ['(216) 555-0162']],
      ['Ian Sewall', ['(212) 555-0151']],
    ];
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual(want);
    const formatted = format(parse(text));
    expect(formatted).not.toContain('\t');
    expect(summarize(parse(formatted)).contacts.map((c) => [c.name, c.phones])).toEqual(want);
  });
});

describe('contacts set side by side under column heads naming desks and posts, no label', () => {
  const release = (block: string[]): string =>
    ['ACME REPORTS RESULTS', '', 'NEW YORK, Feb. 18, 2025 -- Acme Capital Corp. said income rose.', '', 'Acme assumes no obligation to update forward-looking statements.', '', ...block, ''].join('\n');
  it('are a contact block read column by column', () => {
    const text = release([
      'Investor Relations              Chief Financial Officer    Media',
      'Calum Mathers                   Rhian Gaer                 Torran Hale',
      '(212) 555-0183                  (212) 555-0184             Lochside Communications',
      'cmathers@acmecap.com                                       (646) 555-0185',
      '                                                           thale@lochside.com',
    ]);
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([
      ['Calum Mathers', ['(212) 555-0183'], ['cmathers@acmecap.com']],
      ['Rhian Gaer', ['(212) 555-0184'], []],
      ['Torran Hale', ['(646) 555-0185'], ['thale@lochside.com']],
    ]);
  });
  it('take "Press" among the heads for a desk, not the release title', () => {
    const text = release(['Investor Relations     Press', 'Alasdair Mack          Isla Brode', '781-555-0152           781-555-0153']);
    const summary = summarize(parse(text));
    expect(summary.title).toBeNull();
    expect(summary.contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Alasdair Mack', ['781-555-0152']],
      ['Isla Brode', ['781-555-0153']],
    ]);
  });
  it('are not made of two posts alone (a signature block)', () => {
    const text = release(['Chief Executive Officer        Chief Financial Officer', 'Jane Roe                       John Doe']);
    expect(summarize(parse(text)).contacts).toEqual([]);
  });
});

describe('contact cards with no label', () => {
  it('read a firm, a person, a post and the numbers stacked at the end', () => {
    const text = [
      'ACME MINERALS REPORTS DRILL RESULTS',
      '',
      'VANCOUVER, British Columbia, June 18, 2013 -- Acme Minerals Corp. said drilling went on.',
      '',
      'Acme Minerals Corp.',
      'Hamish Wedder',
      'Chief Financial Officer',
      '(604) 555-0193',
      'hwedder@acmeminerals.com',
      'www.acmeminerals.com',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([['Hamish Wedder', ['(604) 555-0193'], ['hwedder@acmeminerals.com']]]);
  });
  it('read a person over a post and numbers one a paragraph above the headline', () => {
    const text = [
      'Janet Rudd',
      '',
      'Vice President, Investor Relations',
      '',
      '(303) 555-0184',
      '',
      'jrudd@acme.com',
      '',
      '             Acme Outdoor Reports First Quarter Sales Up 12%',
      '',
      'DENVER, May 10, 2006 /PRNewswire/ -- Acme Outdoor, Inc. today reported that sales rose.',
      '',
    ].join('\n');
    const summary = summarize(parse(text));
    expect(summary.headline).toBe('Acme Outdoor Reports First Quarter Sales Up 12%');
    expect(summary.contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([['Janet Rudd', ['(303) 555-0184'], ['jrudd@acme.com']]]);
  });
  it('are not a block of running text or an address with no person', () => {
    const text = [
      'ACME REPORTS RESULTS',
      '',
      'DENVER, May 10, 2006 -- Acme, Inc. today reported that sales rose.',
      '',
      'Acme Corp.',
      '100 Main Street',
      'Denver, Colorado 80202',
      '(303) 555-0100',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts).toEqual([]);
  });
});

describe('"Telefax" labels a fax number', () => {
  it('as "Fax" does', () => {
    const text = ['Contact:  Raymond Stanner                Jeanette Oakes', '          Chairman                        Vice President - Finance', '          Tel.    (704) 555-0171          Tel.    (704) 555-0173', '          Telefax (704) 555-0172', '', 'STANNER HOMES TO ACQUIRE BELLWOOD', '', 'CHARLOTTE, N.C., Sept. 5, 1996 -- Stanner Homes, Inc. said it will buy Bellwood.', ''].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.faxes])).toEqual([
      ['Raymond Stanner', ['(704) 555-0171'], ['(704) 555-0172']],
      ['Jeanette Oakes', ['(704) 555-0173'], []],
    ]);
  });
});

describe('contacts in table rows set apart by blank lines', () => {
  it('keep each column\'s details with the person named in that column', () => {
    const text = [
      'ACME REPORTS RESULTS',
      '',
      'CLEVELAND, Ohio, March 5, 2002 -- Acme Coatings Corp. said sales rose.',
      '',
      'Investor Contact:               Media Contact:',
      '',
      'Ellen M. Corby                  Philip Yarr',
      '',
      'Director, Investor Relations    Ashby Public Relations',
      '',
      '(216) 555-0162                  (212) 555-0108',
      '',
      'ecorby@acmecoatings.com         pyarr@ashbypr.com',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([
      ['Ellen M. Corby', ['(216) 555-0162'], ['ecorby@acmecoatings.com']],
      ['Philip Yarr', ['(212) 555-0108'], ['pyarr@ashbypr.com']],
    ]);
  });
  it('read cards side by side above the headline, column by column', () => {
    const text = [
      'ACME TEXTILES, INC.         BETA MILLS CORPORATION',
      'Martin Hebb                 Geoffrey Tait',
      'Investor Relations          Chief Financial Officer',
      '(336) 555-0171              (828) 555-0147',
      '',
      'Acme Textiles and Beta Mills Agree to Combine',
      '',
      'GREENSBORO, N.C.--(BUSINESS WIRE)--April 15, 2004--Acme Textiles, Inc. and Beta Mills Corporation today announced a merger.',
      '',
    ].join('\n');
    const summary = summarize(parse(text));
    expect(summary.headline).toBe('Acme Textiles and Beta Mills Agree to Combine');
    expect(summary.contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Martin Hebb', ['(336) 555-0171']],
      ['Geoffrey Tait', ['(828) 555-0147']],
    ]);
  });
});

describe('contact sentences naming several people', () => {
  const release = (sentence: string): string => `ACME REPORTS RESULTS\n\nBOSTON, Feb. 7, 2012 -- Acme Biologics, Inc. said revenue rose.\n\n${sentence}\n`;
  it('read "For investor inquiries, please contact …" and the next sentence', () => {
    const text = release('For investor inquiries, please contact Megan Orr, Director of Investor\nRelations, at (617) 555-0132 or morr@acmebio.com. For media inquiries,\nplease contact Paul Dent of Dent Communications at (617) 555-0177.');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([
      ['Megan Orr', ['(617) 555-0132'], ['morr@acmebio.com']],
      ['Paul Dent', ['(617) 555-0177'], []],
    ]);
  });
  it('read a second clause whose subject names the media in several words', () => {
    const text = release('Investors may contact Walter P. Dunn, Chief Financial Officer, at (207)\n555-0136; members of the news media may contact Anne Lowe of Lowe\nCommunications at (617) 555-0190.');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Walter P. Dunn', ['(207) 555-0136']],
      ['Anne Lowe', ['(617) 555-0190']],
    ]);
  });
});

describe('a desk named with "Office" or "Department"', () => {
  it('stands in for the person it does not name', () => {
    const text = 'ACME REPORTS RESULTS\n\nTOKYO, Feb. 10, 2009 -- Acme Precision Co., Ltd. said sales rose.\n\nContacts:\n\nAcme Precision Co., Ltd.\nCorporate Communications Office\nTel: +81-3-555-0104\n';
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones])).toEqual([['Corporate Communications Office', ['+81-3-555-0104']]]);
  });
});

describe('a label that heads a column of its own', () => {
  it('does not take the cell beside it for its value when both columns go on below', () => {
    const text = [
      'Contacts:                  Joanna Ferr',
      'Lawrence T. Pemm           Investor Relations',
      'Chief Financial Officer    (408) 555-0139',
      '(408) 555-0127             jferr@acme.com',
      '',
      'ACME REPORTS SECOND QUARTER RESULTS',
      '',
      'SAN JOSE, Calif., July 22, 2004 -- Acme Semiconductor Corp. said revenue rose.',
      '',
    ].join('\n');
    expect(summarize(parse(text)).contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([
      ['Lawrence T. Pemm', ['(408) 555-0127'], []],
      ['Joanna Ferr', ['(408) 555-0139'], ['jferr@acme.com']],
    ]);
  });
});

describe('a contact column beside a letterhead in capitals', () => {
  it('stays whole with its letterhead, whatever the case of the lines under the label', () => {
    const text = [
      'EXHIBIT 99',
      '',
      'ACME MARINE CORPORATION               CONTACTS:',
      '1800 S.E. 17th Street                 Gail S. Pemm, Chief Financial Officer',
      'Fort Lauderdale, Florida 33316        (954) 555-0191',
      '                                      Jordan E. Whitt, Investor Relations',
      '                                      (954) 555-0192',
      '',
      'FOR IMMEDIATE RELEASE',
      '',
      '              Acme Marine Reports Second Quarter Results',
      '',
      '     FORT LAUDERDALE, Fla., May 14, 2001 -- Acme Marine Corporation said sales rose.',
      '',
    ].join('\n');
    const summary = summarize(parse(text));
    expect(summary.headline).toBe('Acme Marine Reports Second Quarter Results');
    expect(summary.contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Gail S. Pemm', ['(954) 555-0191']],
      ['Jordan E. Whitt', ['(954) 555-0192']],
    ]);
  });
});
