/**
 * `explain`: every block's reading with the rules behind it; rule ids are warning ids.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BlockReadingSchema, explain, parse, parseWithWarnings, RULES, stringify } from '../src/index.js';

const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url), 'utf8');

describe('explain', () => {
  const { blocks } = explain(seed);

  it('gives every block a reading, a position and the rules behind it', () => {
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) {
      expect(BlockReadingSchema.parse(b)).toEqual(b);
      expect(b.rules.length).toBeGreaterThan(0);
    }
  });

  it('says why the seed reads as it does', () => {
    const reading = (kind: string) => blocks.find((b) => b.reading === kind);
    expect(reading('headline')?.rules.map((r) => r.id)).toEqual(['block-slug-line', 'slug-line-headline']);
    expect(reading('headline')?.excerpt).toBe('AMERICAN LOCKER GROUP INCORPORATED');
    const dateline = blocks.find((b) => b.rules.some((r) => r.id === 'dateline-paragraph'));
    expect(dateline?.excerpt).toMatch(/^JAMESTOWN, NY-\(BUSINESS WIRE\)/);
    expect(blocks.filter((b) => b.section === 'safeHarbor').map((b) => b.reading)).toEqual(['heading', 'paragraph']);
  });

  it('matches the tree: blocks in document order, within the text', () => {
    const tree = parse(seed);
    expect(stringify(tree)).toBe(seed);
    const offsets = blocks.map((b) => b.position.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const b of blocks) expect(b.position.end.offset).toBeLessThanOrEqual(seed.length);
  });

  it('names warnings by rule ids it knows', () => {
    const text = 'SOMETHING HAPPENED\n\nA company did a thing today and said so in a long sentence here.\n';
    const { warnings } = parseWithWarnings(text);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(Object.keys(RULES)).toContain(w.ruleId);
    expect(explain(text).warnings).toEqual(warnings);
  });
});
