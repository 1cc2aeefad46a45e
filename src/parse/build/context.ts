import type { Positioner } from '../../position/index.js';
import type { Lexed } from '../lex.js';
import type { Warning } from '../warning.js';
import type { TextTableReader } from '../../tables/text/read.js';

/** What every builder needs: the source, its lines, positions and the warning sink. */
export interface BuildContext {
  readonly source: string;
  readonly doc: Lexed;
  readonly at: Positioner;
  readonly warn: (warning: Warning) => void;
  /** The document's table reader, shared by its table blocks (`buildTree` makes one when none is given). */
  readonly tables?: TextTableReader;
}
