/** What a bulk run writes: one record per exhibit, one outcome per input. */
import type { ExhibitSummary } from '../summary/schema.js';
import type { Exhibit } from '../tree/nodes/exhibit.js';
import type { InputKind } from './detect.js';

export interface ExhibitRecord {
  /** The input path as given on the command line (or found under a given folder). */
  readonly input: string;
  /** SHA-256 of the input's bytes, hex. */
  readonly sha256: string;
  readonly kind: InputKind;
  /** The submission's accession number, when the input is a submission. */
  readonly accession: string | null;
  /** The document's `<SEQUENCE>` and `<TYPE>`, when the exhibit came out of a `<DOCUMENT>`. */
  readonly sequence: number | null;
  readonly documentType: string | null;
  /** How the exhibit was written; `html` exhibits are read through their rendering as text. */
  readonly format: 'text' | 'html';
  readonly summary: ExhibitSummary;
  /** Canonical text, with `--text`. */
  readonly text?: string;
  /** The whole tree, with `--tree`. */
  readonly tree?: Exhibit;
}

/** How one input went: its exhibit records, or why it has none. */
export interface InputOutcome {
  readonly input: string;
  readonly sha256: string | null;
  readonly bytes: number;
  readonly kind: InputKind | null;
  readonly records: readonly ExhibitRecord[];
  /** Why the input gave no record; null when it gave at least one. */
  readonly error: string | null;
}

export interface TaskOptions {
  readonly tree: boolean;
  readonly text: boolean;
}
