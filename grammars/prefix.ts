/**
 * A parser base for rules that read the start of a token run: `prefixed(rule)` makes a top
 * rule that matches `rule` and then skips whatever follows, unread. Left in the input, those
 * tokens would make chevrotain raise a "not all input parsed" exception (with its stack
 * trace) on nearly every match; read into the tree, they would cost a CST entry each.
 * Callers pass short runs (a line, a few dozen tokens), so the skip is cheap.
 */
import { CstParser, EOF, type CstNode, type IParserConfig, type ParserMethod } from 'chevrotain';
import { quietErrors } from './quiet-errors.js';
import { parserStartOptions } from './options.js';
import * as T from './tokens/text.js';

export abstract class PrefixParser extends CstParser {
  constructor(config: IParserConfig) {
    super(T.textTokens, { errorMessageProvider: quietErrors, ...parserStartOptions(config.maxLookahead), ...config });
  }

  /** Defines `name` as `inner` alone, as a top rule. Call from a field initializer. */
  protected prefixed(name: string, inner: ParserMethod<[], CstNode>): ParserMethod<[], CstNode> {
    return this.RULE(name, () => {
      this.SUBRULE(inner);
      this.ACTION(() => {
        while (this.LA(1).tokenType !== EOF) this.SKIP_TOKEN();
      });
    });
  }
}
