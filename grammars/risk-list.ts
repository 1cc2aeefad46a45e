/**
 * Risk-list grammar: the enumeration that follows "including" / "include:" in a
 * safe-harbor sentence, up to the sentence's end (the caller cuts the sentence).
 *
 *   labelledList  := labelledItem+                       "(i) …, (ii) …, and (iii) …"
 *   labelledItem  := label atom+
 *   label         := "(" marker ")" | "[" marker "]" | marker ")" | closed label
 *                    marker: 1–50, a roman numeral, one letter
 *   closed label  := ( number | lower-case marker ) ( "." | "-" )   after a separator, a spaced word next
 *   semicolonList := chunk ( ";" chunk )*                 commas stay inside items
 *   commaList     := chunk ( "," chunk )*                 semicolons never occur
 *   atom          := group | any token but ")"           a label only where a label is allowed
 *   group         := "(" ( group | any token but "(" ")" )* ")"   commas inside stay inside
 *
 * The caller picks the rule: labelled when the list opens with a label, semicolons when
 * there are any outside parentheses, commas otherwise.
 */
import { CstParser, tokenMatcher, type IOrAlt, type TokenType } from 'chevrotain';
import { quietErrors } from './quiet-errors.js';
import { parserStartOptions } from './options.js';
import * as T from './tokens/text.js';

/** A list marker's inside: 1–50, a lower- or upper-case roman numeral up to 39, or one letter. */
const MARKER = /^(?:[1-4]?\d|50|x{0,3}(?:ix|iv|v?i{0,3})|[a-z])$/i;

/** Token types an item may hold outside parentheses, per list kind. */
const concrete = T.textTokens.filter((t) => t !== T.Name && t !== T.AnyWord && t !== T.AnyToken && t.GROUP !== 'layout');
const except = (...excluded: TokenType[]): TokenType[] => concrete.filter((t) => !excluded.includes(t));

/** Tokens a closed label ("2.", "b.", "3 -") may follow inside a list. */
const DOTTED_LABEL_AFTER: readonly TokenType[] = [T.Semicolon, T.Colon, T.Comma, T.KwAnd, T.KwOr];

/** A closed label's inside when it is no number: one lower-case letter or a lower-case roman numeral. */
const LOWER_MARKER = /^(?:x{0,3}(?:ix|iv|v?i{1,3})|[a-z])$/;

export class RiskListGrammar extends CstParser {
  private readonly plainAlts: IOrAlt<void>[];
  private readonly noSemicolonAlts: IOrAlt<void>[];
  private readonly noSeparatorAlts: IOrAlt<void>[];
  private readonly groupAlts: IOrAlt<void>[];

  constructor() {
    super(T.textTokens, { recoveryEnabled: false, maxLookahead: 3, errorMessageProvider: quietErrors, ...parserStartOptions(3) });
    const alts = (types: TokenType[]): IOrAlt<void>[] => types.map((t) => ({ ALT: () => void this.CONSUME(t) }));
    this.plainAlts = alts(except(T.LParen, T.RParen));
    this.noSemicolonAlts = alts(except(T.LParen, T.RParen, T.Semicolon));
    this.noSeparatorAlts = alts(except(T.LParen, T.RParen, T.Semicolon, T.Comma));
    this.groupAlts = alts(except(T.LParen, T.RParen));
    this.performSelfAnalysis();
  }

  public labelledList = this.RULE('labelledList', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.labelledItem));
  });

  public labelledItem = this.RULE('labelledItem', () => {
    this.SUBRULE(this.label);
    this.AT_LEAST_ONE({
      GATE: () => !this.labelAhead(),
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.group) }, { ALT: () => this.OR2(this.plainAlts) }]),
    });
  });

  public label = this.RULE('label', () => {
    this.OR([
      {
        // "include: 1. the strength …; 2. the ability …", "a. changes …, b. …", "1 - changes …":
        // a number or a lower-case marker closed by a period or a dash, after a separator.
        GATE: () => this.dottedLabelAhead(1),
        ALT: () => {
          this.OR3([{ ALT: () => this.CONSUME2(T.Number) }, { ALT: () => this.CONSUME2(T.AnyWord) }]);
          this.OR4([{ ALT: () => this.CONSUME(T.Period) }, { ALT: () => this.CONSUME(T.Hyphen) }, { ALT: () => this.CONSUME(T.Dashes) }]);
        },
      },
      {
        // "[1] changes in …, [2] the Trust's ability …".
        ALT: () => {
          this.CONSUME(T.LBracket);
          this.OR5([{ ALT: () => this.CONSUME3(T.Number) }, { ALT: () => this.CONSUME3(T.AnyWord) }]);
          this.CONSUME(T.RBracket);
        },
      },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.LParen));
          this.OR2([{ ALT: () => this.CONSUME(T.Number) }, { ALT: () => this.CONSUME(T.AnyWord) }]);
          this.CONSUME(T.RParen);
        },
      },
    ]);
  });

  public semicolonList = this.RULE('semicolonList', () => {
    this.SUBRULE(this.semicolonChunk);
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      this.SUBRULE2(this.semicolonChunk);
    });
  });

  public semicolonChunk = this.RULE('semicolonChunk', () => {
    this.AT_LEAST_ONE(() => this.OR([{ ALT: () => this.SUBRULE(this.group) }, { ALT: () => this.OR2(this.noSemicolonAlts) }]));
  });

  public commaList = this.RULE('commaList', () => {
    this.SUBRULE(this.commaChunk);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.commaChunk);
    });
  });

  public commaChunk = this.RULE('commaChunk', () => {
    this.AT_LEAST_ONE(() => this.OR([{ ALT: () => this.SUBRULE(this.group) }, { ALT: () => this.OR2(this.noSeparatorAlts) }]));
  });

  public group = this.RULE('group', () => {
    this.CONSUME(T.LParen);
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE(this.group) }, { ALT: () => this.OR2(this.groupAlts) }]));
    this.CONSUME(T.RParen);
  });

  /**
   * Whether a list label ("(ii)", "3)") starts here. A label stands apart from the word
   * before it: the "(k)" of "510(k)" is part of a name.
   */
  public labelAhead(k = 1): boolean {
    const before = this.LA(k - 1);
    const first = this.LA(k);
    if (before.image && before.startOffset + before.image.length === first.startOffset) return false;
    if (tokenMatcher(first, T.LParen)) return this.isMarker(k + 1) && tokenMatcher(this.LA(k + 2), T.RParen);
    if (tokenMatcher(first, T.LBracket)) return this.isMarker(k + 1) && tokenMatcher(this.LA(k + 2), T.RBracket);
    return (this.isMarker(k) && tokenMatcher(this.LA(k + 1), T.RParen)) || this.dottedLabelAhead(k);
  }

  /**
   * A closed label: a number up to 50 (or one lower-case letter or roman numeral) closed by a
   * period or a dash, then a word set apart by a space, and before it the list's start or a
   * separator (";", ":", ",", "and", "or") — so "in 2010. The", "$1. million", "i.e." and
   * "U.S. Steel" are no labels.
   */
  private dottedLabelAhead(k: number): boolean {
    const marker = this.LA(k);
    const numbered = tokenMatcher(marker, T.Number) && /^\d{1,2}$/.test(marker.image) && Number(marker.image) <= 50;
    if (!numbered && !(tokenMatcher(marker, T.AnyWord) && LOWER_MARKER.test(marker.image))) return false;
    const close = this.LA(k + 1);
    const word = this.LA(k + 2);
    const closed = tokenMatcher(close, T.Period) || (numbered && (tokenMatcher(close, T.Hyphen) || tokenMatcher(close, T.Dashes)));
    if (!closed || !tokenMatcher(word, T.AnyWord) || word.startOffset <= close.startOffset + close.image.length) return false;
    // A dash closes a label only where a space stands before it too ("1 - changes", not "1-2").
    if (!tokenMatcher(close, T.Period) && close.startOffset <= marker.startOffset + marker.image.length) return false;
    const before = this.LA(k - 1);
    return !before.image || DOTTED_LABEL_AFTER.some((t) => tokenMatcher(before, t));
  }

  private isMarker(k: number): boolean {
    const t = this.LA(k);
    return (tokenMatcher(t, T.Number) || tokenMatcher(t, T.AnyWord)) && MARKER.test(t.image);
  }
}

export const riskListGrammar = new RiskListGrammar();
