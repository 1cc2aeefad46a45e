/**
 * Why the parser read each block as it did: the reading of every block, where it stands,
 * and the rules behind it in the order they acted (`sec-exhibit parse --explain`).
 */
import { z } from 'zod';
import { PositionSchema } from '../tree/unist.js';
import { analyse } from './parse.js';
import { RULES, type RuleId } from './rules.js';
import type { Warning } from './warning.js';

const RuleIdSchema = z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]);

export const BlockReadingSchema = z.object({
  /** What the block was read as: `headline`, `paragraph`, `contact` … */
  reading: z.string(),
  /** The section holding the block, if any. */
  section: z.enum(['safeHarbor', 'wireTrailer']).nullable(),
  position: PositionSchema,
  /** The block's first line, spaces collapsed, cut at 80 characters. */
  excerpt: z.string(),
  /** The rules that decided the block, in the order they acted, each with what it says. */
  rules: z.array(z.object({ id: RuleIdSchema, says: z.string() })),
});
export type BlockReading = z.infer<typeof BlockReadingSchema>;

export interface Explanation {
  readonly blocks: readonly BlockReading[];
  readonly warnings: readonly Warning[];
}

/** Longest excerpt of a block's first line. */
const EXCERPT = 80;

/** Every block of `input` with its reading and the rules behind it, and the parser's warnings. */
export function explain(input: string | Uint8Array): Explanation {
  const { source, plan, at, warnings } = analyse(input);
  const sectionOf = new Map<number, 'safeHarbor' | 'wireTrailer'>();
  for (const s of plan.sections) for (let i = s.from; i <= s.to; i++) sectionOf.set(i, s.kind);
  const blocks = plan.blocks.map((b, i): BlockReading => {
    const firstLine = source.slice(b.start, b.end).split(/\r\n|\r|\n/, 1)[0] ?? '';
    const excerpt = firstLine.replace(/\s+/g, ' ').trim();
    return {
      reading: b.role,
      section: sectionOf.get(i) ?? null,
      position: at(b.start, b.end),
      excerpt: excerpt.length > EXCERPT ? `${excerpt.slice(0, EXCERPT - 1)}…` : excerpt,
      rules: b.rules.map((id) => ({ id, says: RULES[id] })),
    };
  });
  return { blocks, warnings };
}
