/**
 * A parser base for rules that read the start of a token run: `prefixed(rule)` makes a
 * rule that matches `rule` and then takes whatever follows into a `rest` child. Callers
 * learn how much the rule itself consumed without chevrotain raising a "not all input
 * parsed" error (and building its stack trace) on every line that goes on after it.
 */
import { CstParser, type CstNode, type IParserConfig, type ParserMethod } from 'chevrotain';
import { quietErrors } from './quiet-errors.js';
import * as T from './tokens/text.js';

export abstract class PrefixParser extends CstParser {
  constructor(config: IParserConfig) {
    super(T.textTokens, { errorMessageProvider: quietErrors, ...config });
  }

  /** Any tokens at all, up to the end of the input. */
  public rest = this.RULE('rest', () => {
    this.MANY(() => this.CONSUME(T.AnyToken));
  });

  /** Defines `name` as `inner` followed by `rest`. Call from a field initializer. */
  protected prefixed(name: string, inner: ParserMethod<[], CstNode>): ParserMethod<[], CstNode> {
    return this.RULE(name, () => {
      this.SUBRULE(inner);
      this.SUBRULE(this.rest);
    });
  }
}
