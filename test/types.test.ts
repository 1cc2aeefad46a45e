/**
 * Type-level checks of the public node types. `npm run typecheck` (in CI) compiles this
 * file, so a node type that collapses to `any` — as inferring through a recursive schema
 * silently does — fails the build; vitest runs the same assertions as no-ops.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Exhibit,
  FlowContent,
  HeaderGroup,
  Paragraph,
  PhrasingContent,
  SafeHarbor,
  Submission,
} from '../src/index.js';

describe('public node types', () => {
  it('keep their children typed through the recursive unions', () => {
    expectTypeOf<Exhibit['children'][number]>().not.toBeAny();
    expectTypeOf<Exhibit['children'][number]>().toEqualTypeOf<FlowContent>();
    expectTypeOf<Paragraph['children'][number]>().toEqualTypeOf<PhrasingContent>();
    expectTypeOf<SafeHarbor['children'][number]['type']>().toExtend<string>();
    expectTypeOf<SafeHarbor['children'][number]['type']>().not.toBeAny();
  });

  it('type a header group nested in a header group', () => {
    type Child = HeaderGroup['children'][number];
    type Nested = Extract<Child, { type: 'headerGroup' }>;
    expectTypeOf<Nested>().not.toBeAny();
    expectTypeOf<Nested['key']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Nested['children'][number], { type: 'headerGroup' }>['key']>().toEqualTypeOf<string>();
  });

  it('type the documents of a submission', () => {
    type Doc = Extract<Submission['children'][number], { type: 'document' }>;
    expectTypeOf<Doc>().not.toBeAny();
    expectTypeOf<Extract<Doc['children'][number], { type: 'exhibit' }>>().toEqualTypeOf<Exhibit>();
  });
});
