/**
 * The entry point for whole submissions: bytes → text → tokens (lexer modes) → CST →
 * tree, then the years of yearless datelines from the filing date. Total: any input gives
 * a tree whose leaves concatenate to it.
 */
import { submissionLexer } from '../../grammars/tokens/submission.js';
import { submissionGrammar } from '../../grammars/submission.js';
import { decode } from '../bytes/index.js';
import { positioner } from '../position/index.js';
import type { Submission } from '../tree/nodes/submission.js';
import { buildSubmission } from './build/tree.js';
import { inferYears } from './year.js';
import { submissionHeader } from './header.js';

export interface ParseSubmissionOptions {
  /**
   * Filing date (ISO `YYYY-MM-DD`) for yearless datelines when the input has no header to
   * take it from (a lone `<DOCUMENT>` block). The header's date wins when there is one.
   */
  readonly filingDate?: string;
}

/**
 * Parses an EDGAR submission file — or a lone `<DOCUMENT>` block — into a `submission`
 * tree. Bytes are decoded like `parse` does (UTF-8 when valid, else Windows-1252) and the
 * encoding is kept in `tree.data.encoding`, so `stringifyBytes` gives them back.
 */
export function parseSubmission(input: string | Uint8Array, options: ParseSubmissionOptions = {}): Submission {
  const decoded = typeof input === 'string' ? null : decode(input);
  const source = decoded ? decoded.text : String(input);
  const grammar = submissionGrammar();
  grammar.input = submissionLexer().tokenize(source).tokens;
  const tree = buildSubmission({ source, at: positioner(source) }, grammar.submission());
  const filed = submissionHeader(tree)?.filedAsOf ?? options.filingDate ?? null;
  // Plain-text exhibits only: an HTML one is rendered (and dated) when it is asked for.
  if (filed) for (const d of tree.children) if (d.type === 'document') for (const c of d.children) if (c.type === 'exhibit') inferYears(c, filed);
  if (decoded) tree.data = { ...tree.data, encoding: decoded.encoding };
  return tree;
}
