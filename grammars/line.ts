/**
 * Line grammar: the shapes of the one-line constructs of an exhibit. Each rule reads a
 * line (or the start of one) as text tokens; the words that make a shape what it is are
 * keyword tokens, and `src/parse/classify` decides from the match which kind a line is.
 * Rules build only a CST.
 *
 *   pageMarker     <PAGE> 12
 *   pageNumber     - 5 -  |  Page 2 of 5
 *   exhibitLabel   Exhibit 99.1  |  EX-99(a)  |  Exhibit No. 99
 *   releaseTitle   FOR IMMEDIATE RELEASE (or DISTRIBUTION, PUBLICATION)  |  PRESS RELEASE  |  News  |  NEWS BULLETIN  |  MEDIA RELEASE
 *                  |  INVESTOR NEWS  |  FOR RELEASE …  |  HOLD FOR RELEASE …  (a time or a date after
 *                  a release phrase is part of the title)
 *   endMarker      ###  |  # # #  |  -###-  |  -30-  |  --30--jw/sf(*)  |  - END -  |  -0- 10/26/2006  |  (END) Dow Jones  |  ENDS
 *   continuation   - More -  |  (more)  |  /more/  |  - Financial Table Follows -
 *   ruleLine       -------  |  =====  |  ____  |  ~~~~
 *   slugPrefix     (BW) (NY-AMERICAN-LOCKER) (NASDAQ:ALGI) …
 *   editorLine     BUSINESS EDITORS/HIGH-TECH WRITERS
 *   contactLabel   For further information contact:  |  [Press Contacts:]
 *   listMarker     •  |  *  |  -  |  --  |  o  |  1.  |  (a)  |  iv)
 */
import { PrefixParser } from './prefix.js';
import * as T from './tokens/text.js';

export class LineGrammar extends PrefixParser {
  constructor() {
    super({ recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  public pageMarker = this.RULE('pageMarker', () => {
    this.CONSUME(T.PageTag);
    this.OPTION(() => this.CONSUME(T.Number));
  });

  public pageNumber = this.RULE('pageNumber', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.KwPage);
          this.CONSUME(T.Number);
          this.OPTION(() => {
            this.CONSUME(T.AnyWord);
            this.CONSUME2(T.Number);
          });
        },
      },
      {
        ALT: () => {
          this.OPTION2(() => this.SUBRULE(this.dash));
          this.CONSUME3(T.Number);
          this.OPTION3(() => this.SUBRULE2(this.dash));
        },
      },
    ]);
  });

  public exhibitLabel = this.RULE('exhibitLabel', () => {
    this.CONSUME(T.KwExhibit);
    this.OPTION(() => this.CONSUME(T.Period));
    this.OPTION2(() => {
      // "Exhibit No. 99.1"
      this.CONSUME(T.AnyWord, { LABEL: 'no' });
      this.OPTION3(() => this.CONSUME2(T.Period));
    });
    this.OPTION4(() => this.CONSUME(T.Hyphen));
    // "99.1", "99(a)", or parts alone: "(a)(c)(5)".
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Number);
          // "99-1": a part after a hyphen, written touching.
          this.OPTION5({ GATE: () => this.touching(0) && this.touching(1) && this.LA(1).tokenType === T.Hyphen && this.LA(2).tokenType === T.Number, DEF: () => this.SUBRULE(this.exhibitSuffix) });
          this.MANY(() => this.SUBRULE(this.exhibitPart));
        },
      },
      { ALT: () => this.AT_LEAST_ONE(() => this.SUBRULE2(this.exhibitPart)) },
    ]);
  });

  /** "-1" in "99-1". */
  public exhibitSuffix = this.RULE('exhibitSuffix', () => {
    this.CONSUME(T.Hyphen);
    this.CONSUME(T.Number);
  });

  /** Whether the token `k` ahead (0: the last consumed) ends where the next one starts. */
  private touching(k: number): boolean {
    const a = this.LA(k);
    const b = this.LA(k + 1);
    return a.image !== undefined && b.image !== undefined && a.startOffset + a.image.length === b.startOffset;
  }

  /** "(a)", "(5)": a part of an exhibit number. */
  public exhibitPart = this.RULE('exhibitPart', () => {
    this.CONSUME(T.LParen);
    this.OR([{ ALT: () => this.CONSUME(T.AnyWord) }, { ALT: () => this.CONSUME(T.Number) }]);
    this.CONSUME(T.RParen);
  });

  public releaseTitle = this.RULE('releaseTitle', () => {
    this.OR([
      {
        // FOR IMMEDIATE RELEASE | FOR RELEASE … | HOLD FOR RELEASE … | FOR IMMEDIATE DISTRIBUTION (PUBLICATION)
        ALT: () => {
          this.OPTION3(() => this.CONSUME(T.KwHold));
          this.CONSUME(T.KwFor);
          this.OPTION(() => this.CONSUME(T.KwImmediate));
          this.OR5([{ ALT: () => this.CONSUME(T.KwRelease) }, { ALT: () => this.CONSUME(T.KwDistribution) }]);
        },
      },
      {
        // PRESS RELEASE | NEWS RELEASE | NEWS | NEWS BULLETIN
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(T.KwPress) }, { ALT: () => this.CONSUME(T.KwNews) }]);
          this.OPTION2(() => this.OR3([{ ALT: () => this.CONSUME2(T.KwRelease) }, { ALT: () => this.CONSUME(T.KwNotice) }]));
        },
      },
      {
        // MEDIA RELEASE | EARNINGS RELEASE | MEDIA ADVISORY | INVESTOR ALERT | INVESTOR NEWS
        ALT: () => {
          this.CONSUME(T.KwReleaseKind);
          this.OR4([{ ALT: () => this.CONSUME4(T.KwRelease) }, { ALT: () => this.CONSUME2(T.KwNotice) }, { ALT: () => this.CONSUME2(T.KwNews) }]);
        },
      },
      // EMBARGOED UNTIL …, EMBARGOED FOR RELEASE …
      { ALT: () => this.CONSUME(T.KwEmbargoed) },
      {
        // IMMEDIATE RELEASE
        ALT: () => {
          this.CONSUME2(T.KwImmediate);
          this.CONSUME3(T.KwRelease);
        },
      },
    ]);
  });

  public endMarker = this.RULE('endMarker', () => {
    this.OR([
      { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(T.Hashes)) },
      {
        ALT: () => {
          this.SUBRULE(this.dash);
          this.OR2([
            { ALT: () => this.CONSUME(T.Number) },
            { ALT: () => this.CONSUME(T.KwEnd) },
            // "-###-": hashes between dashes.
            { ALT: () => this.AT_LEAST_ONE2(() => this.CONSUME2(T.Hashes)) },
          ]);
          this.SUBRULE2(this.dash);
          this.OPTION(() =>
            this.OR3([
              // PR Newswire puts the release date after "-0-".
              { ALT: () => this.SUBRULE(this.slashDate) },
              // Business Wire, the editor's initials and bureau after "--30--": "jw/sf".
              { ALT: () => this.SUBRULE(this.deskCode) },
            ]),
          );
        },
      },
      // Dow Jones: "(END) Dow Jones Newswires", "(END) DOW JONES NEWS 04-11-95".
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.CONSUME3(T.KwEnd);
          this.CONSUME(T.RParen);
          this.MANY(() =>
            this.OR4([
              { ALT: () => this.CONSUME(T.AnyWord) },
              { ALT: () => this.CONSUME2(T.Number) },
              { ALT: () => this.CONSUME3(T.Hyphen) },
              { ALT: () => this.CONSUME2(T.Slash) },
            ]),
          );
        },
      },
      // "ENDS" alone on its line closes British releases.
      { ALT: () => this.CONSUME2(T.KwEnd) },
    ]);
  });

  public continuation = this.RULE('continuation', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.dash) },
      { ALT: () => this.CONSUME(T.LParen) },
      { ALT: () => this.CONSUME(T.LBracket) },
      { ALT: () => this.CONSUME(T.Slash) },
    ]);
    this.AT_LEAST_ONE(() => this.OR2([{ ALT: () => this.CONSUME(T.AnyWord) }, { ALT: () => this.CONSUME(T.Number) }]));
    this.OR3([
      { ALT: () => this.SUBRULE2(this.dash) },
      { ALT: () => this.CONSUME(T.RParen) },
      { ALT: () => this.CONSUME(T.RBracket) },
      { ALT: () => this.CONSUME2(T.Slash) },
    ]);
  });

  public ruleLine = this.RULE('ruleLine', () => {
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.Hyphen) },
        { ALT: () => this.CONSUME(T.Dashes) },
        { ALT: () => this.CONSUME(T.Equals) },
        { ALT: () => this.CONSUME(T.Underscores) },
        { ALT: () => this.CONSUME(T.Tildes) },
        { ALT: () => this.CONSUME(T.Stars) },
      ]),
    );
  });

  public slugPrefix = this.RULE('slugPrefix', () => {
    this.CONSUME(T.LParen);
    this.CONSUME(T.AnyWord, { LABEL: 'wireCode' });
    this.CONSUME(T.RParen);
    this.MANY(() => this.SUBRULE(this.parenthetical));
  });

  public parenthetical = this.RULE('parenthetical', () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.AnyWord) },
        { ALT: () => this.CONSUME(T.Number) },
        { ALT: () => this.CONSUME(T.Hyphen) },
        { ALT: () => this.CONSUME(T.Colon) },
        { ALT: () => this.CONSUME(T.Semicolon) },
        { ALT: () => this.CONSUME(T.Comma) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.Period) },
        { ALT: () => this.CONSUME(T.Ampersand) },
      ]),
    );
    this.CONSUME(T.RParen);
  });

  public editorLine = this.RULE('editorLine', () => {
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.AnyWord) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.Hyphen) },
        { ALT: () => this.CONSUME(T.Ampersand) },
        { ALT: () => this.CONSUME(T.Comma) },
      ]),
    );
    // Canada NewsWire: "Attention Business/Financial Editors:".
    this.OPTION(() => this.CONSUME(T.Colon));
  });

  public contactLabel = this.RULE('contactLabel', () => {
    this.OPTION(() => this.CONSUME(T.LBracket));
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.AnyWord) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.Ampersand) },
        { ALT: () => this.CONSUME(T.Comma) },
        { ALT: () => this.CONSUME(T.Hyphen) },
        { ALT: () => this.CONSUME(T.Period) },
      ]),
    );
    this.CONSUME(T.Colon);
    this.OPTION2(() => this.CONSUME(T.RBracket));
  });

  public listMarker = this.RULE('listMarker', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.BulletChar) },
      { ALT: () => this.CONSUME(T.Stars) },
      { ALT: () => this.CONSUME(T.Hyphen) },
      { ALT: () => this.CONSUME(T.Dashes) },
      {
        ALT: () => {
          this.CONSUME(T.Number);
          this.SUBRULE(this.markerClose);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.OR2([{ ALT: () => this.CONSUME2(T.Number) }, { ALT: () => this.CONSUME(T.AnyWord) }]);
          this.CONSUME(T.RParen);
        },
      },
      {
        // "o", "a.", "iv)"
        ALT: () => {
          this.CONSUME2(T.AnyWord);
          this.OPTION(() => this.SUBRULE2(this.markerClose));
        },
      },
    ]);
  });

  /** Prefix forms: the shape, then the rest of the line. */
  public releaseTitleStart = this.prefixed('releaseTitleStart', this.releaseTitle);
  public exhibitLabelStart = this.prefixed('exhibitLabelStart', this.exhibitLabel);
  public slugStart = this.prefixed('slugStart', this.slugPrefix);
  public contactLabelStart = this.prefixed('contactLabelStart', this.contactLabel);
  public listMarkerStart = this.prefixed('listMarkerStart', this.listMarker);

  public markerClose = this.RULE('markerClose', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Period) }, { ALT: () => this.CONSUME(T.RParen) }]);
  });

  public dash = this.RULE('dash', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Hyphen) }, { ALT: () => this.CONSUME(T.Dashes) }]);
  });

  /** "jw/sf": initials, a slash, a bureau (and the asterisk Business Wire's desks may add: "cb/se*"). */
  public deskCode = this.RULE('deskCode', () => {
    this.CONSUME(T.AnyWord);
    this.CONSUME(T.Slash);
    this.CONSUME2(T.AnyWord);
    this.OPTION(() => this.CONSUME(T.Stars));
  });

  /** 10/26/2006 */
  public slashDate = this.RULE('slashDate', () => {
    this.CONSUME(T.Number);
    this.CONSUME(T.Slash);
    this.CONSUME2(T.Number);
    this.CONSUME2(T.Slash);
    this.CONSUME3(T.Number);
  });
}

/** Rule names a caller may start from. */
export type LineRule =
  | 'pageMarker'
  | 'pageNumber'
  | 'exhibitLabel'
  | 'releaseTitle'
  | 'endMarker'
  | 'continuation'
  | 'ruleLine'
  | 'slugPrefix'
  | 'editorLine'
  | 'contactLabel'
  | 'listMarker';

/** One parser for the process: chevrotain parsers are reusable through `input`. */
export const lineGrammar = new LineGrammar();
