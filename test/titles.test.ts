/**
 * Release titles in their less common forms: with the day or hour the release is for, held
 * until a time, letter-spaced, behind a short qualifier — and never a page's running head.
 */
import { describe, expect, it } from 'vitest';
import { parse, summarize } from '../src/index.js';

const release = (title: string): string =>
  `EXHIBIT 99.1\n\n${title}\n\n        ACME TOOL COMPANY NAMES NEW CHIEF FINANCIAL OFFICER\n\n` +
  'DAYTON, Ohio, May 3, 2004 -- Acme Tool Company said today that it has named\nJane Roe chief financial officer.\n';

describe('release titles', () => {
  it.each([
    'FOR IMMEDIATE RELEASE: MONDAY, MAY 3, 2004',
    'HOLD FOR RELEASE UNTIL 10:00 A.M. EST, MONDAY, MAY 3, 2004',
    'INVESTOR NEWS',
    'ASX / MEDIA RELEASE',
    'N E W S   R E L E A S E',
    'FOR IMMEDIATE DISTRIBUTION',
    'FOR IMMEDIATE PUBLICATION',
  ])('reads %j as the title, not the headline', (title) => {
    const s = summarize(parse(release(title)));
    expect(s.title).toBe(title.replace(/ +/g, ' '));
    expect(s.headline).toBe('ACME TOOL COMPANY NAMES NEW CHIEF FINANCIAL OFFICER');
  });

  it('keeps a headline that merely ends in "press release"', () => {
    const s = summarize(parse(release('PRESS RELEASE').replace('ACME TOOL COMPANY NAMES NEW CHIEF FINANCIAL OFFICER', 'ACME TOOL COMPANY ISSUES CORRECTED EARNINGS PRESS RELEASE')));
    expect(s.headline).toBe('ACME TOOL COMPANY ISSUES CORRECTED EARNINGS PRESS RELEASE');
  });

  it('takes a title at the head of a later page for page furniture', () => {
    const body = Array.from({ length: 5 }, (_, k) => `Line ${k} of the body goes on and on about the new officer and her work.`).join('\n');
    const text = `${release('NEWS RELEASE')}${body}\n\n<PAGE>\n\nNEWS RELEASE, May 3, 2004\n\nMore of the body follows here, in a paragraph of its own.\n`;
    const tree = parse(text);
    expect(summarize(tree).title).toBe('NEWS RELEASE');
    expect(tree.children.filter((n) => n.type === 'releaseTitle')).toHaveLength(1);
  });
});

describe('headline and letterhead', () => {
  it('takes the firm name over the title for letterhead, and the block after the title for the headline', () => {
    const text =
      '                 ACME SAVINGS BANK\n                   PRESS RELEASE\n\nCONTACT: JANE ROE, PRESIDENT\n         (540) 555-0127\n\n' +
      '        ACME SAVINGS REPORTS EARNINGS FOR QUARTER ENDED\n                 SEPTEMBER 30, 1997\n\n' +
      'WINCHESTER, VIRGINIA, OCTOBER 20, 1997 -- ACME SAVINGS BANK REPORTED NET INCOME\nOF $612,000 FOR THE QUARTER.\n';
    expect(summarize(parse(text)).headline).toBe('ACME SAVINGS REPORTS EARNINGS FOR QUARTER ENDED SEPTEMBER 30, 1997');
  });

  it('keeps a headline above the contact block when nothing headline-like follows it', () => {
    const text = 'ACME SAVINGS REPORTS RECORD EARNINGS\n\nCONTACT: Jane Roe\n         (540) 555-0127\n\nWINCHESTER, Va., Oct. 20, 1997 -- Acme Savings Bank reported record net income\nfor the quarter.\n';
    expect(summarize(parse(text)).headline).toBe('ACME SAVINGS REPORTS RECORD EARNINGS');
  });
});

describe('a title beside the exhibit label', () => {
  it('reads "EXHIBIT 99.1    FOR IMMEDIATE RELEASE" as a label and a title', () => {
    const text =
      'EXHIBIT 99.1                                            FOR IMMEDIATE RELEASE\n\n' +
      '         ACME SAVINGS POSTS 11% GAIN IN FOURTH QUARTER EARNINGS\n\n' +
      '     LOWELL, Mass., January 27, 2004 -- Acme Financial Corporation today\nreported net income of $2,318,000 for the quarter.\n';
    const s = summarize(parse(text));
    expect(s.exhibit).toBe('99.1');
    expect(s.title).toBe('FOR IMMEDIATE RELEASE');
    expect(s.headline).toBe('ACME SAVINGS POSTS 11% GAIN IN FOURTH QUARTER EARNINGS');
  });
});

describe('a place and date line above the headline', () => {
  it('is no headline', () => {
    const text =
      'EXHIBIT 99.1\n\nPRESS RELEASE\n\nDenver, Colorado -- October 14, 2003\n\n' +
      '          ACME MINING ANNOUNCES THIRD QUARTER PRODUCTION\n\n' +
      'DENVER, COLORADO--(BUSINESS WIRE)--Oct. 14, 2003--Acme Mining Corporation today\nannounced its third quarter production.\n';
    expect(summarize(parse(text)).headline).toBe('ACME MINING ANNOUNCES THIRD QUARTER PRODUCTION');
  });
});

describe('end markers', () => {
  it.each(['###', '-30-', '- END -', '-xxx-'])('reads %j as the end marker', (marker) => {
    expect(summarize(parse(`${release('PRESS RELEASE')}\n${marker}\n`)).endMarker).toBe(marker);
  });
});

describe('a release title opening the dateline line', () => {
  it('is the title, and the dateline follows the dash', () => {
    const text = 'ACME FOODS REPORTS THIRD QUARTER RESULTS\n\nFOR IMMEDIATE RELEASE -- KANSAS CITY, Mo., Nov. 5, 2002 -- Acme Foods\nCorporation (NYSE: ACF) today reported net sales of $143.6 million.\n';
    const s = summarize(parse(text));
    expect(s.title).toBe('FOR IMMEDIATE RELEASE');
    expect(s.dateline).toMatchObject({ city: 'KANSAS CITY', region: 'Mo.', date: '2002-11-05' });
    expect(s.headline).toBe('ACME FOODS REPORTS THIRD QUARTER RESULTS');
  });

  it('keeps a title that names the day it is for whole', () => {
    expect(summarize(parse(release('FOR IMMEDIATE RELEASE -- MONDAY, MAY 3, 2004'))).title).toBe('FOR IMMEDIATE RELEASE -- MONDAY, MAY 3, 2004');
  });
});

describe('a title before a colon and the headline on its line', () => {
  const body = '\n\nPRINCETON, N.J., Sept. 21, 1998 -- Acme Pharmaceuticals, Inc. said today that it began a trial.\n';
  it('is the title, the rest the headline', () => {
    const s = summarize(parse('NEWS RELEASE: Acme Pharmaceuticals Begins Phase III Trial of AX-114' + body));
    expect(s.title).toBe('NEWS RELEASE');
    expect(s.headline).toBe('Acme Pharmaceuticals Begins Phase III Trial of AX-114');
  });
  it('keeps a release time after the colon in the title', () => {
    const s = summarize(parse('FOR RELEASE: 4:05 PM EST\n\nAcme Begins Trial' + body));
    expect(s.title).toBe('FOR RELEASE: 4:05 PM EST');
  });
});
