/**
 * Parser options for start-up: what chevrotain allows to cut from building a grammar.
 *
 * - Validation (ambiguities, left recursion, …) runs when a grammar is built. The grammars
 *   here are fixed, so the check belongs to the tests — which run with it (vitest sets
 *   VITEST) — not to every start of a user's program. SEC_EXHIBIT_VALIDATE_GRAMMARS=1 turns
 *   it on anywhere.
 * - Lookahead functions are computed for every alternation and repetition up front; here
 *   each is computed the first time the parser asks for it, so a run pays only for the
 *   productions it reaches. Same LL(k) functions, same decisions.
 */
import { LLkLookaheadStrategy, type ILookaheadStrategy } from 'chevrotain';

type AlternationLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;

/** `inner`, with each lookahead function built on its first call (chevrotain calls them with the parser as `this`). */
function lazyLookahead(inner: ILookaheadStrategy): ILookaheadStrategy {
  return {
    validate: (options) => inner.validate(options),
    initialize: (options) => inner.initialize?.(options),
    buildLookaheadForAlternation(options) {
      let built: AlternationLookahead | null = null;
      return function (this: unknown, alternatives) {
        built ??= inner.buildLookaheadForAlternation(options);
        return built.call(this, alternatives);
      };
    },
    buildLookaheadForOptional(options) {
      let built: OptionalLookahead | null = null;
      return function (this: unknown) {
        built ??= inner.buildLookaheadForOptional(options);
        return built.call(this);
      };
    },
  };
}

/** Whether grammars are validated when built: under vitest or when asked for. */
function validating(): boolean {
  const env = typeof process === 'undefined' ? undefined : process.env;
  return env !== undefined && (env['VITEST'] !== undefined || env['SEC_EXHIBIT_VALIDATE_GRAMMARS'] === '1');
}

const skipValidations = !validating();

/** Spread into a parser's configuration, with the parser's own `maxLookahead` (chevrotain's default when not given). */
export function parserStartOptions(maxLookahead?: number): { skipValidations: boolean; lookaheadStrategy: ILookaheadStrategy } {
  return { skipValidations, lookaheadStrategy: lazyLookahead(new LLkLookaheadStrategy(maxLookahead === undefined ? {} : { maxLookahead })) };
}

/** Spread into a lexer's configuration. */
export const lexerStartOptions = { skipValidations } as const;
