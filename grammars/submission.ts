/**
 * Submission grammar: the container around exhibits. Builds only a CST; the lexer's modes
 * (`tokens/submission.ts`) already tell header lines, document tags and bodies apart.
 *
 *   submission := ( header | document | tagLine | Loose )*
 *   header     := HeaderStart headerValue* headerItem* SecHeaderClose?
 *   headerItem := ( Key | HeaderTag | HeaderCloseTag | HeaderLineEnd ) headerValue*
 *   document   := DocumentStart docItem* DocumentClose?
 *   docItem    := tagLine | textBlock | CloseTag | LineEnd | Spaces | Text | Lt
 *   textBlock  := TextOpen TextBody? TextClose?
 *   tagLine    := Tag plainValue*                    "<TYPE>EX-99.1", "<SEC-DOCUMENT>… : 20050125"
 *
 * Every token the lexer can make is accepted somewhere (`Loose` takes whatever stands
 * outside a part), so the grammar never fails and needs no error recovery. A header item
 * after a line end with no key in front (`]\t\tIRS NUMBER: …`) is a stray line; nesting of
 * `FILER:` / `COMPANY DATA:` groups is decided by the tree builder, from indentation and
 * closing tags, because it needs to look ahead past the line.
 */
import { CstParser } from 'chevrotain';
import * as T from './tokens/submission.js';
import { parserStartOptions } from './options.js';
import { lazily } from './lazy.js';

export class SubmissionGrammar extends CstParser {
  constructor() {
    super(T.submissionTokenTypes, { recoveryEnabled: false, maxLookahead: 1, nodeLocationTracking: 'onlyOffset', ...parserStartOptions(1) });
    this.performSelfAnalysis();
  }

  public submission = this.RULE('submission', () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.header) },
        { ALT: () => this.SUBRULE(this.document) },
        { ALT: () => this.SUBRULE(this.tagLine) },
        { ALT: () => this.CONSUME(T.Loose) },
      ]),
    );
  });

  public header = this.RULE('header', () => {
    this.CONSUME(T.HeaderStart);
    this.MANY(() => this.CONSUME(T.HeaderValue));
    this.MANY2(() => this.SUBRULE(this.headerItem));
    this.OPTION(() => this.CONSUME(T.SecHeaderClose));
  });

  public headerItem = this.RULE('headerItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Key) },
      { ALT: () => this.CONSUME(T.HeaderTag) },
      { ALT: () => this.CONSUME(T.HeaderCloseTag) },
      { ALT: () => this.CONSUME(T.HeaderLineEnd) },
    ]);
    this.MANY(() => this.CONSUME(T.HeaderValue));
  });

  public document = this.RULE('document', () => {
    this.CONSUME(T.DocumentStart);
    this.MANY(() => this.SUBRULE(this.docItem));
    this.OPTION(() => this.CONSUME(T.DocumentClose));
  });

  public docItem = this.RULE('docItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.tagLine) },
      { ALT: () => this.SUBRULE(this.textBlock) },
      { ALT: () => this.CONSUME(T.CloseTag) },
      { ALT: () => this.CONSUME(T.LineEnd) },
      { ALT: () => this.CONSUME(T.Spaces) },
      { ALT: () => this.CONSUME(T.Text) },
      { ALT: () => this.CONSUME(T.Lt) },
    ]);
  });

  public textBlock = this.RULE('textBlock', () => {
    this.CONSUME(T.TextOpen);
    this.OPTION(() => this.CONSUME(T.TextBody));
    this.OPTION2(() => this.CONSUME(T.TextClose));
  });

  public tagLine = this.RULE('tagLine', () => {
    this.CONSUME(T.Tag);
    this.MANY(() => this.CONSUME(T.PlainValue));
  });
}

/**
 * The one parser instance, reused across calls (set `input`, then call a rule), built on
 * first use: a start that reads no submission never pays for it.
 */
export const submissionGrammar: () => SubmissionGrammar = lazily(() => new SubmissionGrammar());
