/**
 * The dateline node, as a span of the paragraph it opens: place, wire and date as read.
 */
import type { PhrasingContent } from '../../../tree/content.js';
import type { Dateline } from '../../../tree/nodes/dateline.js';
import type { BuildContext } from '../../build/context.js';
import { leaves } from '../../build/leaves.js';
import type { Span } from '../../build/phrasing.js';
import type { DatelineMatch } from './reader.js';

export function datelineSpan(ctx: BuildContext, d: DatelineMatch): Span<PhrasingContent> {
  return {
    start: d.start,
    end: d.end,
    make: (): Dateline => ({
      type: 'dateline',
      city: d.city,
      region: d.region,
      wire: d.wire,
      date: d.date,
      dateText: d.dateText,
      children: leaves(ctx, d.start, d.end),
    }),
  };
}
