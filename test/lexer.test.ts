/**
 * The text lexer is total and keeps no state: every character of the input is in exactly
 * one token (content, layout or trivia), and lexing a text gives the same tokens whatever
 * was lexed before.
 */
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { textLexer } from '../grammars/tokens/text.js';

const SEED = 20261207;

/** The tokens of every group, in offset order. */
function allTokens(text: string): IToken[] {
  const r = textLexer.tokenize(text);
  return [...r.tokens, ...Object.values(r.groups).flat()].sort((a, b) => a.startOffset - b.startOffset);
}

const shape = (tokens: readonly IToken[]): string[] => tokens.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`);

const edgarLike = fc.array(fc.constantFrom('Contact:', ' ', '   ', '\t', '\n', '\r\n', '\f', 'jane.doe', '@', 'acme.com', '(NYSE: ABC)', '<PAGE>', '-0-', '.', 'é', '\u2028', '\uFEFF'), { maxLength: 60 }).map((xs) => xs.join(''));

describe('text lexer', () => {
  it('puts every character in exactly one token', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), edgarLike), (text) => {
        const tokens = allTokens(text);
        let at = 0;
        for (const t of tokens) {
          if (t.startOffset !== at) return false;
          at += t.image.length;
        }
        return at === text.length && tokens.map((t) => t.image).join('') === text;
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('keeps spaces as trivia tokens', () => {
    const r = textLexer.tokenize('Contact:   Jane');
    expect(r.groups['trivia']?.map((t) => t.image)).toEqual(['   ']);
    expect(r.tokens.map((t) => t.image)).toEqual(['Contact', ':', 'Jane']);
  });

  it('lexes a text the same whatever came before (no state between calls)', () => {
    const text = 'Write to jane.doe@acme.com or call.\nbob@acme.com\n';
    const first = shape(allTokens(text));
    textLexer.tokenize('x@y.io '.repeat(50));
    textLexer.tokenize(`${text}`.slice(0, 20));
    expect(shape(allTokens(text.slice(0)))).toEqual(first);
    expect(shape(allTokens(` ${text}`.slice(1)))).toEqual(first);
    expect(first.filter((s) => s.startsWith('Email@'))).toEqual(['Email@9:jane.doe@acme.com', 'Email@36:bob@acme.com']);
  });
});
