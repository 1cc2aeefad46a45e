/**
 * Contact-line grammar: the pieces of one column line of a contact block.
 *
 *   contactLine := label? ( details | people )
 *   label       := word+ ":"                                   "Tel:", "Media Contact:", "Release No:"
 *   details     := detail ( sep detail )*                      "(212) 370-4500; (212) 370-4505 (Fax)"
 *   detail      := phone faxMark? | email | url
 *   phone       := "+"? group ( ( "-" | "." | "/" )? group )* extension?   groups at most one space apart
 *                                                              (or a line break after an area code)
 *   group       := digits | "(" digits ")"
 *   extension   := ( "x" | "ext" | "extension" ) "."? digits | "x" digits    "x 407", "x231"
 *   faxMark     := "(" word ")"                                  "(Fax)"
 *   people      := person ( "/" person )*                        "Alexis Pascal/Deborah Stapleton"
 *   person      := nameWord+ ( "," word+ )? ( "(" word+ ")" )?   "Mitchell Herman, CFO", "Andria Pilo (Media)"
 *   sep         := ";" | "," | "/" | "or" | "and"
 *
 * Which words are names, titles or organizations is decided in src/parse/constructs/contact/reader/.
 */
import { tokenMatcher, type TokenType } from 'chevrotain';
import { PrefixParser } from './prefix.js';
import * as T from './tokens/text.js';

/** Most layout between an area code at a line's end and the number on the next line. */
const MAX_WRAP_GAP = 12;

export class ContactGrammar extends PrefixParser {
  constructor() {
    super({ recoveryEnabled: false, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  public contactLine = this.RULE('contactLine', () => {
    this.OPTION({ GATE: () => this.labelAhead(), DEF: () => this.SUBRULE(this.label) });
    this.OR([
      { GATE: () => this.startsDetail(1), ALT: () => this.SUBRULE(this.details) },
      { ALT: () => this.SUBRULE(this.people) },
    ]);
  });

  public label = this.RULE('label', () => {
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.AnyWord) },
        { ALT: () => this.CONSUME(T.Hyphen) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.Period) },
        { ALT: () => this.CONSUME(T.Ampersand) },
      ]),
    );
    this.CONSUME(T.Colon);
  });

  public details = this.RULE('details', () => {
    this.SUBRULE(this.detail);
    this.MANY({
      GATE: () => this.isSep(1) && this.startsDetail(2),
      DEF: () => {
        this.SUBRULE(this.sep);
        this.SUBRULE2(this.detail);
      },
    });
  });

  public detail = this.RULE('detail', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Email) },
      { ALT: () => this.CONSUME(T.Url) },
      {
        ALT: () => {
          this.SUBRULE(this.phone);
          this.OPTION({
            GATE: () => this.is(1, T.LParen) && this.is(2, T.AnyWord) && this.is(3, T.RParen),
            DEF: () => this.SUBRULE(this.faxMark),
          });
        },
      },
    ]);
  });

  public phone = this.RULE('phone', () => {
    this.OPTION(() => this.CONSUME(T.Other, { LABEL: 'plus' }));
    this.SUBRULE(this.digitGroup);
    // Further groups, after a hyphen, a period or a slash, or one space
    // ("(408) 435-0800", "412/555-0186", "+44 (0)20 7946 0321").
    this.MANY({
      GATE: () => this.groupAhead(),
      DEF: () => {
        this.OPTION2(() =>
          this.OR([{ ALT: () => this.CONSUME(T.Hyphen) }, { ALT: () => this.CONSUME(T.Period) }, { ALT: () => this.CONSUME(T.Slash) }]),
        );
        this.SUBRULE2(this.digitGroup);
      },
    });
    this.OPTION3({
      GATE: () => this.extensionAhead(),
      DEF: () => {
        this.CONSUME(T.AnyWord, { LABEL: 'ext' });
        // "x231": the lexer reads letter and digits as one word.
        this.OPTION5({
          GATE: () => !/\d$/.test(this.LA(0).image),
          DEF: () => {
            this.OPTION4(() => this.CONSUME2(T.Period));
            this.CONSUME4(T.Number, { LABEL: 'extNumber' });
          },
        });
      },
    });
  });

  /** Digits, or digits in parentheses ("(408)", "(0)"). */
  public digitGroup = this.RULE('digitGroup', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.CONSUME(T.Number);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.CONSUME2(T.Number) },
    ]);
  });

  /** A phone number, then whatever follows it. */
  public phoneStart = this.prefixed('phoneStart', this.phone);

  public faxMark = this.RULE('faxMark', () => {
    this.CONSUME(T.LParen);
    this.CONSUME(T.AnyWord);
    this.CONSUME(T.RParen);
  });

  public people = this.RULE('people', () => {
    this.SUBRULE(this.person);
    this.MANY({
      GATE: () => this.is(1, T.Slash) && this.is(2, T.Name),
      DEF: () => {
        this.CONSUME(T.Slash);
        this.SUBRULE2(this.person);
      },
    });
  });

  public person = this.RULE('person', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.nameWord, { LABEL: 'name' }));
    this.OPTION({
      GATE: () => this.is(1, T.Comma) && this.is(2, T.AnyWord),
      DEF: () => {
        this.CONSUME(T.Comma);
        this.AT_LEAST_ONE2({
          GATE: () => !this.is(1, T.Slash) || this.is(2, T.AnyWord),
          DEF: () => this.SUBRULE(this.titleWord, { LABEL: 'title' }),
        });
      },
    });
    this.OPTION2(() => {
      this.CONSUME(T.LParen);
      this.AT_LEAST_ONE3(() => this.CONSUME(T.AnyWord, { LABEL: 'role' }));
      this.CONSUME(T.RParen);
    });
  });

  /** A word of a name, with its initial's period ("F."). */
  public nameWord = this.RULE('nameWord', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.KwAnd) }]);
    this.OPTION(() => this.CONSUME(T.Period));
    this.OPTION2({ GATE: () => this.is(1, T.Hyphen) && this.is(2, T.Name), DEF: () => {
      this.CONSUME(T.Hyphen);
      this.CONSUME2(T.Name);
    } });
  });

  /** A word of a job title ("VP/Chief Financial Officer", "President & COO"). */
  public titleWord = this.RULE('titleWord', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.AnyWord) },
      { ALT: () => this.CONSUME(T.Slash) },
      { ALT: () => this.CONSUME(T.Ampersand) },
      { ALT: () => this.CONSUME(T.Period) },
      { ALT: () => this.CONSUME(T.Hyphen) },
      { ALT: () => this.CONSUME(T.Comma) },
    ]);
  });

  public sep = this.RULE('sep', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Semicolon) },
      { ALT: () => this.CONSUME(T.Comma) },
      { ALT: () => this.CONSUME(T.Slash) },
      { ALT: () => this.CONSUME(T.KwOr) },
      { ALT: () => this.CONSUME(T.KwAnd) },
    ]);
  });

  private is(k: number, type: TokenType): boolean {
    return tokenMatcher(this.LA(k), type);
  }

  private isSep(k: number): boolean {
    return this.is(k, T.Semicolon) || this.is(k, T.Comma) || this.is(k, T.Slash) || this.is(k, T.KwOr) || this.is(k, T.KwAnd);
  }

  /** Whether a detail starts k tokens ahead: an address, a number, "(", or "+". */
  private startsDetail(k: number): boolean {
    const t = this.LA(k);
    if (this.is(k, T.Email) || this.is(k, T.Url) || this.is(k, T.Number)) return true;
    if (this.is(k, T.LParen)) return this.is(k + 1, T.Number);
    return tokenMatcher(t, T.Other) && t.image === '+' && this.is(k + 1, T.Number);
  }

  /** Words then a colon within the next five tokens. */
  private labelAhead(): boolean {
    for (let k = 1; k <= 5; k++) {
      if (this.is(k, T.Colon)) return k > 1;
      if (!(this.is(k, T.AnyWord) || this.is(k, T.Hyphen) || this.is(k, T.Slash) || this.is(k, T.Period) || this.is(k, T.Ampersand))) return false;
    }
    return false;
  }

  /**
   * Whether another digit group of the same number follows: after a separator, or after
   * at most one space (a wider gap, or a line break, ends the number).
   */
  private groupAhead(): boolean {
    const startsGroup = (k: number): boolean => this.is(k, T.Number) || (this.is(k, T.LParen) && this.is(k + 1, T.Number) && this.is(k + 2, T.RParen));
    const sep = this.is(1, T.Hyphen) || this.is(1, T.Period) || this.is(1, T.Slash);
    const k = sep ? 2 : 1;
    if (!startsGroup(k)) return false;
    const before = this.LA(k - 1);
    const gap = this.LA(k).startOffset - (before.startOffset + before.image.length);
    // An area code may end a line and the number go on under it: "(403)" / "555-0129".
    return gap <= 1 || (k === 1 && this.is(0, T.RParen) && gap <= MAX_WRAP_GAP);
  }

  private extensionAhead(): boolean {
    const w = this.LA(1);
    if (!tokenMatcher(w, T.AnyWord)) return false;
    if (/^x\d{1,6}$/i.test(w.image)) return true;
    if (!/^(?:x|ext|extension)$/i.test(w.image)) return false;
    return this.is(2, T.Number) || (this.is(2, T.Period) && this.is(3, T.Number));
  }
}

export const contactGrammar = new ContactGrammar();
