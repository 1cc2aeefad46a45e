/**
 * Dateline grammar: the place/date/wire opener of a release's first body paragraph.
 *
 *   dateline   := date sep places sep?                        "March 3, 2005 -- DALLAS, Texas --"
 *               | places tail                                   everything else
 *   places     := place ( ","? ( and | "&" ) place )*          "KING OF PRUSSIA, Pa., and HARTFORD, Conn.,"
 *   place      := words ( "," words ( "," country )? )? ","?    "SAN JOSE, Calif.,", "CA, USA,"
 *   words      := word ( "."? ( "-" )? word )* "."?            "ST. LOUIS", "WINSTON-SALEM", "N.J."
 *                 (a hyphen joins words only when nothing separates it from the next)
 *   tail       := ( sep | wire | date | "..."? "(" date ")" | "/" )+  pieces in any order, as wires write them
 *   wire       := "/" words ( "-" words )* "/"                 "/PRNewswire-FirstCall/"
 *               | "(" words ( ":" words | sep date )? ")"       "(BUSINESS WIRE)", "(Marketwire - Oct. 5, 2005)", "(EON: Enhanced Online News)"
 *               | words                                      "--Business Wire--": a name ending "Wire", bare after a dash and before one
 *   date       := weekday ","? ( month "."? day ( ","? year )? | day month year? | m/d/y )
 *   sep        := "-" | "--" | "—" | ":" | "..."
 *
 * The grammar reads a prefix of the paragraph; `src/parse/constructs/dateline/reader.ts` decides
 * whether the match is a dateline (known wire, capitalised place, a date or a separator).
 */
import { tokenMatcher, type TokenType } from 'chevrotain';
import { PrefixParser } from './prefix.js';
import * as T from './tokens/text.js';

/** Suffixes of ordinal days ("3rd", "21st"). */
const ORDINAL = /^(?:st|nd|rd|th)$/i;

export class DatelineGrammar extends PrefixParser {
  constructor() {
    super({ recoveryEnabled: false, maxLookahead: 4 });
    this.performSelfAnalysis();
  }

  public dateline = this.RULE('dateline', () => {
    this.OR([
      {
        GATE: () => this.startsDate(),
        ALT: () => {
          this.SUBRULE(this.date);
          this.SUBRULE(this.sep);
          this.SUBRULE(this.places);
          this.OPTION(() => this.SUBRULE2(this.sep));
        },
      },
      {
        ALT: () => {
          this.SUBRULE2(this.places);
          this.SUBRULE(this.tail);
        },
      },
    ]);
  });

  /** A dateline, then the paragraph's text after it. */
  public datelineStart = this.prefixed('datelineStart', this.dateline);

  public places = this.RULE('places', () => {
    this.SUBRULE(this.place);
    this.MANY({
      GATE: () => this.isJoin(1) || (this.is(1, T.Comma) && this.isJoin(2)),
      DEF: () => {
        this.OPTION(() => this.CONSUME(T.Comma));
        this.OR([{ ALT: () => this.CONSUME(T.KwAnd) }, { ALT: () => this.CONSUME(T.Ampersand) }]);
        this.SUBRULE2(this.place);
      },
    });
  });

  public place = this.RULE('place', () => {
    this.SUBRULE(this.words, { LABEL: 'city' });
    this.OPTION({
      GATE: () => this.is(1, T.Comma) && this.is(2, T.Name),
      DEF: () => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.words, { LABEL: 'region' });
        // The country after the state, one word before the date or a dash: "CA, USA, March 14".
        this.OPTION4({
          GATE: () => this.is(1, T.Comma) && this.is(2, T.Name) && ((this.is(3, T.Comma) && this.startsDateAt(4)) || this.is(3, T.Dashes)),
          DEF: () => {
            this.CONSUME3(T.Comma);
            this.CONSUME(T.Name, { LABEL: 'country' });
          },
        });
      },
    });
    // A comma may close the place before the date or before "and".
    this.OPTION2({
      GATE: () => this.is(1, T.Comma) && !this.is(2, T.Name),
      DEF: () => this.CONSUME2(T.Comma, { LABEL: 'trailing' }),
    });
  });

  public words = this.RULE('words', () => {
    this.CONSUME(T.Name);
    this.MANY({
      GATE: () =>
        this.is(1, T.Name) ||
        (this.is(1, T.Period) && this.is(2, T.Name)) ||
        (this.is(1, T.Hyphen) && this.is(2, T.Name) && this.adjacent(1, 2)),
      DEF: () => {
        this.OPTION(() => this.CONSUME(T.Period));
        this.OPTION2(() => this.CONSUME(T.Hyphen));
        this.CONSUME2(T.Name);
      },
    });
    this.OPTION3(() => this.CONSUME2(T.Period));
  });

  public tail = this.RULE('tail', () => {
    // A number or month goes on the tail only as a date: "-- 3M (NYSE: MMM) …" ends it.
    this.AT_LEAST_ONE({
      // A word goes on the tail only as a wire's bare name ("--Business Wire--").
      GATE: () => (!(this.is(1, T.Number) || this.is(1, T.Month)) || this.startsDate()) && (!this.is(1, T.Name) || this.bareWireAhead()),
      DEF: () =>
        this.OR([
          {
            GATE: () => (this.is(1, T.Ellipsis) && this.is(2, T.LParen)) || (this.is(1, T.LParen) && this.startsDateAt(2)),
            ALT: () => this.SUBRULE(this.parenDate),
          },
          { ALT: () => this.SUBRULE(this.sep) },
          { GATE: () => this.startsDate(), ALT: () => this.SUBRULE(this.date) },
          { GATE: () => (this.is(1, T.Slash) ? this.slashWireAhead() : !this.is(1, T.Name) || this.bareWireAhead()), ALT: () => this.SUBRULE(this.wire) },
          // "HOUSTON, TX / ACCESSWIRE / April 12, 2016 / …": a lone slash between pieces.
          { GATE: () => this.is(1, T.Slash) && !this.slashWireAhead(), ALT: () => this.CONSUME(T.Slash, { LABEL: 'slashSep' }) },
        ]),
    });
  });

  /** "...(DECEMBER 13, 1999)", "(September 18, 2001)" */
  public parenDate = this.RULE('parenDate', () => {
    this.OPTION(() => this.CONSUME(T.Ellipsis));
    this.CONSUME(T.LParen);
    this.SUBRULE(this.date);
    this.CONSUME(T.RParen);
  });

  public wire = this.RULE('wire', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Slash);
          this.SUBRULE(this.words);
          this.MANY(() => {
            this.OR2([{ ALT: () => this.CONSUME(T.Hyphen) }, { ALT: () => this.CONSUME(T.Dashes) }]);
            this.SUBRULE2(this.words);
          });
          this.CONSUME2(T.Slash);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE3(this.words);
          this.OR3([
            // "(EON: Enhanced Online News)": a service's code, then its name.
            {
              GATE: () => this.is(1, T.Colon) && this.is(2, T.Name),
              ALT: () => {
                this.CONSUME(T.Colon, { LABEL: 'serviceColon' });
                this.SUBRULE4(this.words, { LABEL: 'service' });
              },
            },
            {
              ALT: () =>
                this.OPTION(() => {
                  this.SUBRULE(this.sep);
                  this.SUBRULE(this.date);
                }),
            },
          ]);
          this.CONSUME(T.RParen);
        },
      },
      // "BALTIMORE, Md.--Business Wire--Aug. 25, 1997--": a wire's name bare between dashes.
      { GATE: () => this.bareWireAhead(), ALT: () => this.SUBRULE5(this.words) },
    ]);
  });

  public date = this.RULE('date', () => {
    this.OPTION(() => {
      this.CONSUME(T.Weekday);
      this.OPTION2(() => this.CONSUME(T.Comma));
    });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Month);
          this.OPTION3(() => this.CONSUME(T.Period));
          this.CONSUME(T.Number, { LABEL: 'day' });
          this.OPTION7({ GATE: () => this.isOrdinalSuffix(1), DEF: () => this.CONSUME(T.AnyWord, { LABEL: 'ordinal' }) });
          this.OPTION4({
            GATE: () => this.isYear(1) || (this.is(1, T.Comma) && this.isYear(2)),
            DEF: () => {
              this.OPTION5(() => this.CONSUME2(T.Comma));
              this.CONSUME2(T.Number, { LABEL: 'year' });
            },
          });
        },
      },
      {
        GATE: () => this.is(2, T.Month),
        ALT: () => {
          this.CONSUME3(T.Number, { LABEL: 'day' });
          this.CONSUME2(T.Month);
          this.OPTION6({ GATE: () => this.isYear(1), DEF: () => this.CONSUME4(T.Number, { LABEL: 'year' }) });
        },
      },
      {
        // 10/26/2006
        GATE: () => this.is(2, T.Slash),
        ALT: () => {
          this.CONSUME5(T.Number, { LABEL: 'month' });
          this.CONSUME(T.Slash);
          this.CONSUME6(T.Number, { LABEL: 'day' });
          this.CONSUME2(T.Slash);
          this.CONSUME7(T.Number, { LABEL: 'year' });
        },
      },
    ]);
  });

  public sep = this.RULE('sep', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Hyphen) },
      { ALT: () => this.CONSUME(T.Dashes) },
      { ALT: () => this.CONSUME(T.Colon) },
      { ALT: () => this.CONSUME(T.Ellipsis) },
    ]);
  });

  private is(k: number, type: TokenType): boolean {
    return tokenMatcher(this.LA(k), type);
  }

  /** "and" or "&" joining two places: "ROCHESTER, N.Y. & PORTLAND, Ore.". */
  private isJoin(k: number): boolean {
    return this.is(k, T.KwAnd) || this.is(k, T.Ampersand);
  }

  /** Whether tokens k and k+1 ahead touch, with no space between ("WINSTON-SALEM"). */
  private adjacent(k: number, l: number): boolean {
    const a = this.LA(k);
    return a.startOffset + a.image.length === this.LA(l).startOffset;
  }

  /** "3rd": st/nd/rd/th written right after the day, no space between. */
  private isOrdinalSuffix(k: number): boolean {
    const t = this.LA(k);
    return tokenMatcher(t, T.AnyWord) && ORDINAL.test(t.image) && this.adjacent(k - 1, k);
  }

  /** "/PRNewswire-FirstCall/": a slash, words (joined by hyphens), and a closing slash. */
  private slashWireAhead(): boolean {
    if (!this.is(1, T.Slash)) return false;
    for (let k = 2; k <= 8; k++) {
      if (this.is(k, T.Slash)) return k > 2;
      if (!(this.is(k, T.Name) || this.is(k, T.Hyphen) || this.is(k, T.Dashes) || this.is(k, T.Period))) return false;
    }
    return false;
  }

  /** A wire's name with no brackets after a dash: one to three words, the last "…Wire", then a dash. */
  private bareWireAhead(): boolean {
    for (let k = 1; k <= 3; k++) {
      if (!this.is(k, T.Name)) return false;
      if (/wire$/i.test(this.LA(k).image)) return this.is(k + 1, T.Hyphen) || this.is(k + 1, T.Dashes);
    }
    return false;
  }

  /** A four-digit number: a year. */
  private isYear(k: number): boolean {
    const t = this.LA(k);
    return tokenMatcher(t, T.Number) && t.image.length === 4;
  }

  private startsDate(): boolean {
    return this.startsDateAt(1);
  }

  /** Whether a date starts k tokens ahead. */
  private startsDateAt(k: number): boolean {
    if (this.is(k, T.Weekday)) return true;
    if (this.is(k, T.Month)) return this.is(k + 1, T.Number) || (this.is(k + 1, T.Period) && this.is(k + 2, T.Number));
    if (this.is(k, T.Number)) return this.is(k + 1, T.Month) || this.is(k + 1, T.Slash);
    return false;
  }
}

export const datelineGrammar = new DatelineGrammar();
