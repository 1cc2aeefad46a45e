/**
 * Shrinking a failing input to a small reproducer: delta debugging (Zeller's ddmin) over
 * lines, then characters (or bytes), keeping a candidate while the same check still fails.
 * Bounded by a number of attempts and a deadline, so one slow input cannot stall a run.
 */
import type { Failure, FuzzInput } from './inputs.js';

export interface ShrinkBudget {
  readonly attempts: number;
  readonly millis: number;
}

/** ddmin: the smallest sublist (1-minimal when the budget allows) for which `fails` holds. */
async function ddmin<T>(start: readonly T[], fails: (xs: readonly T[]) => Promise<boolean>): Promise<readonly T[]> {
  let items = start;
  let n = 2;
  while (items.length >= 2) {
    const size = Math.ceil(items.length / n);
    const pieces: (readonly T[])[] = [];
    for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
    let next: readonly T[] | null = null;
    for (const piece of pieces) {
      if (await fails(piece)) {
        next = piece;
        n = 2;
        break;
      }
    }
    if (!next) {
      for (let i = 0; i < pieces.length && !next; i++) {
        const complement = pieces.filter((_, j) => j !== i).flat() as T[];
        if (await fails(complement)) {
          next = complement;
          n = Math.max(n - 1, 2);
        }
      }
    }
    if (next) items = next;
    else if (n >= items.length) break;
    else n = Math.min(items.length, n * 2);
  }
  return items;
}

/** Lines with their line endings, so joining them gives the text back. */
export function linesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
    out.push(text.slice(from, at + 1));
    from = at + 1;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/** Byte lines, each with its LF. */
function byteLinesOf(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(from, i + 1));
      from = i + 1;
    }
  }
  if (from < bytes.length) out.push(bytes.subarray(from));
  return out;
}
const joinBytes = (parts: readonly Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

/** Rebuilds an input of the same kind from shrunk text or bytes. */
function withText(input: FuzzInput, text: string): FuzzInput {
  return input.kind === 'html' ? { kind: 'html', html: text } : { kind: 'text', text };
}
function withBytes(input: FuzzInput, bytes: Uint8Array): FuzzInput {
  return input.kind === 'submission' ? { ...input, bytes } : { kind: 'bytes', bytes };
}

/** The smallest input found within `budget` that fails `check` the way `input` does. */
export async function shrink(input: FuzzInput, failure: Failure, check: (i: FuzzInput) => Promise<Failure | null>, budget: ShrinkBudget): Promise<FuzzInput> {
  const deadline = Date.now() + budget.millis;
  let attempts = 0;
  const still = async (candidate: FuzzInput): Promise<boolean> => {
    if (attempts++ >= budget.attempts || Date.now() > deadline) return false;
    const f = await check(candidate);
    return f?.check === failure.check;
  };
  if (input.kind === 'text' || input.kind === 'html') {
    const text = input.kind === 'text' ? input.text : input.html;
    const lines = await ddmin(linesOf(text), (ls) => still(withText(input, ls.join(''))));
    const chars = await ddmin([...lines.join('')], (cs) => still(withText(input, cs.join(''))));
    return withText(input, chars.join(''));
  }
  const lines = await ddmin(byteLinesOf(input.bytes), (ls) => still(withBytes(input, joinBytes(ls))));
  const bytes = await ddmin([...joinBytes(lines)], (bs) => still(withBytes(input, new Uint8Array(bs))));
  return withBytes(input, new Uint8Array(bytes));
}
