/**
 * A parser base for rules that read the start of a token run: `prefixed(rule)` makes a top
 * rule that matches `rule` and stops there, leaving whatever follows unread. Chevrotain notes
 * the tokens left over as a "not all input parsed" error, which the caller ignores
 * (src/parse/match.ts): with fixed error messages and no stack traces that costs nothing,
 * where reading the rest into the tree would cost a CST entry per token.
 */
import { CstParser, type CstNode, type IParserConfig, type ParserMethod } from 'chevrotain';
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
    });
  }
}
