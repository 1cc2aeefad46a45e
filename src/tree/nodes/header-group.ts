import { z } from 'zod';
import { nodeBase } from '../unist.js';
import { HeaderContent } from '../content.js';

/**
 * The shape of a header group, declared rather than inferred: groups nest (`HeaderContent`
 * holds this schema again), and TypeScript cannot infer a type through its own cycle.
 */
type HeaderGroupShape = {
  type: z.ZodLiteral<'headerGroup'>;
  key: z.ZodString;
  readonly children: z.ZodArray<typeof HeaderContent>;
  position: typeof nodeBase.position;
  data: typeof nodeBase.data;
};

/**
 * A group of header entries: `FILER:` holding `COMPANY DATA:` holding its fields, or the
 * one-line form's `<COMPANY-DATA>` … `</COMPANY-DATA>`. Its label (or tags) stay inside.
 */
export const HeaderGroupSchema: z.ZodObject<HeaderGroupShape, z.core.$strip> = z.object({
  type: z.literal('headerGroup'),
  /** The group's name as written ("FILER", "COMPANY DATA", "COMPANY-DATA"). */
  key: z.string().min(1),
  get children(): z.ZodArray<typeof HeaderContent> {
    return z.array(HeaderContent);
  },
  ...nodeBase,
});
export type HeaderGroup = z.infer<typeof HeaderGroupSchema>;
