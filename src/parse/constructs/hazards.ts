/**
 * Every construct's format hazards, in one list `format` asks (`src/format/hazards.ts`).
 */
import type { FormatHazard } from './hazard.js';
import { listHazard } from './list/hazards.js';
import { ruleHazard } from './rule/hazards.js';
import { pageHazard } from './page/hazards.js';
import { trailerHazard } from './trailer/hazards.js';
import { endMarkerHazard } from './end-marker/hazards.js';
import { continuationHazard } from './continuation/hazards.js';
import { exhibitLabelHazard } from './exhibit-label/hazards.js';
import { releaseTitleHazard } from './release-title/hazards.js';
import { contactHazard } from './contact/hazards.js';
import { headlineHazard } from './headline/hazards.js';
import { unwrappedLineHazard } from './paragraph/hazards.js';
import { datelineHazard } from './dateline/hazards.js';

export type { FormatHazard } from './hazard.js';
export { editorLineStarts } from './editor-line/hazards.js';

/** Hazards asked break by break; the editor line's runs are computed once per block by the caller. */
export const FORMAT_HAZARDS: readonly FormatHazard[] = [
  listHazard,
  ruleHazard,
  pageHazard,
  trailerHazard,
  endMarkerHazard,
  continuationHazard,
  exhibitLabelHazard,
  releaseTitleHazard,
  contactHazard,
  headlineHazard,
  unwrappedLineHazard,
  datelineHazard,
];
