/**
 * The table reader shares one document's lines among all its table blocks: what one read
 * classified must never change what a later read sees. Every table block of the fixtures
 * and the dev corpus is read by a fresh reader and by one shared reader, in document order
 * and backwards, and the models must agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readTextTable, TextTableReader } from '../src/tables/text/read.js';
import { SourceLines, splitLines, windowAround } from '../src/tables/text/lines.js';

const DIRS = ['fixtures/tables', '../shared/corpus/dev'];

const texts = (): Array<[string, string]> =>
  DIRS.filter((d) => existsSync(d)).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f): [string, string] => [f, readFileSync(join(d, f), 'utf8')]),
  );

/** The [start, end) of every table block of the tree. */
function tableSpans(source: string): Array<[number, number]> {
  return parse(source).children.flatMap((n) => (n.type === 'table' && n.position ? [[n.position.start.offset ?? 0, n.position.end.offset ?? 0] as [number, number]] : []));
}

describe('shared table reader', () => {
  const all = texts();

  it('reads every table block as a fresh reader does, in any order', () => {
    let blocks = 0;
    for (const [name, source] of all) {
      for (const variant of [source, source.replace(/\r?\n/g, '\r\n')]) {
        const spans = tableSpans(variant);
        blocks += spans.length;
        const fresh = spans.map(([s, e]) => readTextTable(variant, s, e));
        const forward = new TextTableReader(variant);
        const backward = new TextTableReader(variant);
        expect(spans.map(([s, e]) => forward.read(s, e)), name).toEqual(fresh);
        expect(spans.map((_, k) => spans[spans.length - 1 - k] as [number, number]).map(([s, e]) => backward.read(s, e)).reverse(), name).toEqual(fresh);
      }
    }
    // The corpus and fixtures hold tables split into several blocks: the check saw them.
    expect(blocks).toBeGreaterThan(10);
  });

  it('splits lines as splitLines does, CR, LF and CRLF alike', () => {
    for (const text of ['', 'a', 'a\n', '\n', '\r\n', 'a\r\nb\rc\nd', '\r\r\n\n\r', 'x\r', 'abc\n\ndef\r\n\r\nq']) {
      const doc = new SourceLines(text);
      expect(Array.from({ length: doc.count }, (_, g) => doc.line(g)), JSON.stringify(text)).toEqual(splitLines(text));
    }
  });

  it('starts a window between a CR and its LF with the empty line a scan back finds there', () => {
    // CRLF line endings but one lone LF (after line 35): counting 41 break characters back from
    // line 39 ends on the CR of the CRLF after line 18, so the window opens at its LF.
    const text = Array.from({ length: 40 }, (_, i) => `line ${i}${i === 39 ? '' : i === 35 ? '\n' : '\r\n'}`).join('');
    const from = text.lastIndexOf('line 39');
    const { lines, first } = windowAround(new SourceLines(text), from, text.length);
    expect(lines.line(0)).toEqual({ start: lines.line(1).start - 1, end: lines.line(1).start - 1, text: '' });
    expect(lines.global(0)).toBe(-1);
    expect(lines.line(1).text).toBe('line 19');
    expect(lines.line(first).text).toBe('line 39');
  });
});
