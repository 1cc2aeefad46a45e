/**
 * Running a chevrotain rule on a slice of tokens. A rule may match a prefix of the slice:
 * the answer says how many tokens it consumed, so callers can require a whole-line match
 * or read what follows the prefix.
 */
import { tokenMatcher, type CstNode, type CstParser, type IToken, type TokenType } from 'chevrotain';

export interface Match {
  readonly cst: CstNode;
  /** Tokens of the slice the rule consumed, from the start. */
  readonly consumed: number;
}

/** The name chevrotain gives the error for input left over after the start rule. */
const LEFT_OVER = 'NotAllInputParsedException';

/**
 * Runs `rule` of `parser` over the first `limit` tokens of `all`. Returns null when the rule
 * does not match at the start; a match may leave tokens over (see {@link Match.consumed}).
 */
export function matchPrefix(parser: CstParser, rule: () => CstNode, all: readonly IToken[], limit = Infinity): Match | null {
  const first = all[0];
  if (!first || !canStart(parser, rule, first)) return null;
  // A prefix rule never needs more than `limit` tokens: give it no more to wade through.
  const tokens = all.length > limit ? all.slice(0, limit) : all;
  parser.input = tokens as IToken[];
  const cst = rule.call(parser);
  if (parser.errors.some((e) => e.name !== LEFT_OVER)) return null;
  // The rule stops where its shape ends; the tokens after it are left unread.
  const end = lastOffset(cst);
  if (end < 0) return null;
  let consumed = 0;
  while (consumed < tokens.length && (tokens[consumed]?.startOffset ?? Infinity) <= end) consumed++;
  return { cst, consumed };
}

/** Like {@link matchPrefix}, but only a match of every token counts. */
export function matchWhole(parser: CstParser, rule: () => CstNode, tokens: readonly IToken[]): Match | null {
  const m = matchPrefix(parser, rule, tokens);
  return m && m.consumed === tokens.length ? m : null;
}

/** Token types each rule can start with, per parser (computed once, from the grammar; parsers are singletons). */
const firstSets = new Map<CstParser, Map<string, TokenType[]>>();

/**
 * Whether `token` can start `rule`. A failed parse costs an exception with a stack trace,
 * so rules are tried only where their first token fits.
 */
function canStart(parser: CstParser, rule: () => CstNode, token: IToken): boolean {
  const name = (rule as { ruleName?: string }).ruleName;
  if (!name) return true;
  let sets = firstSets.get(parser);
  if (!sets) firstSets.set(parser, (sets = new Map()));
  let types = sets.get(name);
  if (!types) {
    types = [...new Set(parser.computeContentAssist(name, []).map((s) => s.nextTokenType))];
    sets.set(name, types);
  }
  return types.some((t) => tokenMatcher(token, t));
}

/**
 * Start offset of the last token a CST holds, -1 when it holds none. The elements under one
 * name are in the order they were read, so only the last under each name that holds a token
 * can be the last of all: one path down per name instead of a walk of the whole tree.
 */
function lastOffset(node: CstNode): number {
  let max = -1;
  for (const key in node.children) {
    const els = node.children[key] ?? [];
    for (let i = els.length - 1; i >= 0; i--) {
      const el = els[i] as CstNode | IToken;
      const off = 'image' in el ? el.startOffset : lastOffset(el);
      if (off < 0) continue;
      if (off > max) max = off;
      break;
    }
  }
  return max;
}
