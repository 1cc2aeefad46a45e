/**
 * Block grammar: groups classified lines into blocks. Blank-line runs separate blocks;
 * tables and lists may span them. Builds only a CST.
 *
 *   exhibit     := ( BlankRun | pageBreak | block )*
 *   pageBreak   := ( PageNumber+ BlankRun? )? PageMarker ( BlankRun? PageNumber+ )?
 *   block       := ExhibitLabelLine | ReleaseTitleLine | EndMarkerLine | ContinuationLine
 *                | RuleLine | EditorLine | slug | contact | list | table | paragraph
 *   slug        := SlugLine TextLine*
 *   contact     := ContactLabelLine ( TextLine | LeadLine | ContactLabelLine | ReleaseTitleLine )*
 *   list        := item ( BlankRun? item )*          item := ListItemLine TextLine*
 *   table       := TableRowLine+ ( BlankRun? TableRowLine+ )* ( BlankRun? TableEndLine )?
 *                | TableEndLine
 *   paragraph   := ( LeadLine | TextLine | PageNumber ) TextLine*
 */
import { CstParser, type TokenType } from 'chevrotain';
import * as B from './tokens/block.js';
import { parserStartOptions } from './options.js';

/** Most page-number lines a footer may hold before its page marker. */
const MOST_FOOTER_LINES = 4;

export class BlockGrammar extends CstParser {
  constructor() {
    super(B.blockTokens, { recoveryEnabled: false, maxLookahead: 3, ...parserStartOptions(3) });
    this.performSelfAnalysis();
  }

  public exhibit = this.RULE('exhibit', () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(B.BlankRun) },
        { GATE: () => this.pageBreakAhead(), ALT: () => this.SUBRULE(this.pageBreak) },
        { ALT: () => this.SUBRULE(this.block) },
      ]),
    );
  });

  public pageBreak = this.RULE('pageBreak', () => {
    // The page's running foot or number ("Acme Corp." / "Page 2"), then a blank or not.
    this.OPTION(() => {
      this.AT_LEAST_ONE3(() => this.CONSUME(B.PageNumber, { LABEL: 'footer' }));
      this.OPTION2(() => this.CONSUME(B.BlankRun, { LABEL: 'footerGap' }));
    });
    this.CONSUME(B.PageMarker);
    // The next page's running head or number ("Acme Corp. - Page 2"), after a blank or not.
    this.OPTION3({
      GATE: () => this.LA(1).tokenType === B.PageNumber || (this.LA(1).tokenType === B.BlankRun && this.LA(2).tokenType === B.PageNumber),
      DEF: () => {
        this.OPTION4(() => this.CONSUME2(B.BlankRun, { LABEL: 'headGap' }));
        this.AT_LEAST_ONE(() => this.CONSUME2(B.PageNumber, { LABEL: 'head' }));
      },
    });
  });

  public block = this.RULE('block', () => {
    this.OR([
      { ALT: () => this.CONSUME(B.ExhibitLabelLine) },
      { ALT: () => this.CONSUME(B.ReleaseTitleLine) },
      { ALT: () => this.CONSUME(B.EndMarkerLine) },
      { ALT: () => this.CONSUME(B.ContinuationLine) },
      { ALT: () => this.CONSUME(B.RuleLine) },
      { ALT: () => this.CONSUME(B.EditorLine) },
      { ALT: () => this.SUBRULE(this.slug) },
      { ALT: () => this.SUBRULE(this.contact) },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.table) },
      { ALT: () => this.SUBRULE(this.paragraph) },
    ]);
  });

  public slug = this.RULE('slug', () => {
    this.CONSUME(B.SlugLine);
    this.MANY(() => this.CONSUME(B.TextLine));
  });

  public contact = this.RULE('contact', () => {
    this.CONSUME(B.ContactLabelLine);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(B.TextLine) },
        // Layout cues for new paragraphs mean nothing between the columns of a contact block.
        { ALT: () => this.CONSUME(B.LeadLine) },
        { ALT: () => this.CONSUME2(B.ContactLabelLine) },
        // Two-column letterheads put "NEWS RELEASE" beside the contact lines.
        { ALT: () => this.CONSUME(B.ReleaseTitleLine) },
      ]),
    );
  });

  public list = this.RULE('list', () => {
    this.SUBRULE(this.item);
    this.MANY({
      GATE: () => this.nextAfterBlanks(B.ListItemLine),
      DEF: () => {
        this.OPTION(() => this.CONSUME(B.BlankRun));
        this.SUBRULE2(this.item);
      },
    });
  });

  public item = this.RULE('item', () => {
    this.CONSUME(B.ListItemLine);
    this.MANY(() => this.CONSUME(B.TextLine));
  });

  public table = this.RULE('table', () => {
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.CONSUME(B.TableRowLine));
          this.MANY({
            GATE: () => this.nextAfterBlanks(B.TableRowLine),
            DEF: () => {
              this.OPTION(() => this.CONSUME(B.BlankRun));
              this.AT_LEAST_ONE2(() => this.CONSUME2(B.TableRowLine));
            },
          });
          // "</TABLE>" closes the table: what follows a blank line after it is another block.
          this.OPTION2({
            GATE: () => this.nextAfterBlanks(B.TableEndLine),
            DEF: () => {
              this.OPTION3(() => this.CONSUME2(B.BlankRun));
              this.CONSUME(B.TableEndLine);
            },
          });
        },
      },
      { ALT: () => this.CONSUME2(B.TableEndLine) },
    ]);
  });

  /**
   * Chevrotain decides an iteration from the rule's own content only, so a loop that
   * may start with a blank run looks one token further here: it goes on only when
   * `kind` comes next, directly or after one blank run.
   */
  private nextAfterBlanks(kind: TokenType): boolean {
    const next = this.LA(1).tokenType;
    return next === kind || (next === B.BlankRun && this.LA(2).tokenType === kind);
  }

  /**
   * Page numbers (or a running foot) are a footer only when a page marker follows them
   * (directly or after one blank run); otherwise they are text. LL(k) inside the rule
   * cannot see that far.
   */
  private pageBreakAhead(): boolean {
    // A footer is a few lines (the classifier marks three at most): the look stays bounded.
    let k = 1;
    while (k <= MOST_FOOTER_LINES && this.LA(k).tokenType === B.PageNumber) k++;
    if (k > 1 && this.LA(k).tokenType === B.BlankRun) k++;
    return this.LA(k).tokenType === B.PageMarker;
  }

  public paragraph = this.RULE('paragraph', () => {
    this.OR([
      { ALT: () => this.CONSUME(B.LeadLine) },
      { ALT: () => this.CONSUME(B.TextLine) },
      { ALT: () => this.CONSUME(B.PageNumber) },
    ]);
    this.MANY(() => this.CONSUME2(B.TextLine));
  });
}

export const blockGrammar = new BlockGrammar();
