/**
 * The editor line node: its desks ("BUSINESS EDITORS/HIGH-TECH WRITERS").
 */
import type { FlowContent } from '../../../tree/content.js';
import type { DocView, Planned } from '../../decide/plan.js';
import type { BuildContext } from '../../build/context.js';
import { inlineOf, sourceText } from '../../build/kit.js';

export function editorLine(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  return { type: 'editorLine', desks: desks(ctx, b), children: inlineOf(ctx, view, b) };
}

/** What separates desks on an editor line: a slash, a comma or " AND " (text is collapsed). */
const DESK_SEPARATOR = / ?[/,] ?| AND /;

function desks(ctx: BuildContext, b: Planned): string[] {
  return sourceText(ctx, b)
    .split(DESK_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

