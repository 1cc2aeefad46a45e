/**
 * Block builders: each writes its words as canonical text (single spaces; line breaks
 * where the caller wrote them) and keeps its semantic fields beside them.
 */
import type { PhrasingContent } from '../tree/content.js';
import type { Continuation } from '../tree/nodes/continuation.js';
import type { EditorLine } from '../tree/nodes/editor-line.js';
import type { EndMarker } from '../tree/nodes/end-marker.js';
import type { ExhibitLabel } from '../tree/nodes/exhibit-label.js';
import type { Heading } from '../tree/nodes/heading.js';
import type { Headline } from '../tree/nodes/headline.js';
import type { PageBreak } from '../tree/nodes/page-break.js';
import type { Paragraph } from '../tree/nodes/paragraph.js';
import type { ReleaseTitle } from '../tree/nodes/release-title.js';
import type { Rule } from '../tree/nodes/rule.js';
import type { Subheadline } from '../tree/nodes/subheadline.js';
import { collapse } from '../normalize/text.js';
import { RULE_LINE } from '../format/rule.js';
import { canonicalText, leavesOf } from './leaves.js';

/** What inline builders take: text, or nodes made by the inline builders. */
export type Inline = string | PhrasingContent;

/** Strings to leaves, nodes as they are: the children of a block. */
export function phrasing(parts: readonly Inline[]): PhrasingContent[] {
  return parts.flatMap((p) => (typeof p === 'string' ? leavesOf(p) : [p]));
}

/** "Exhibit 99.1". */
export function exhibitLabel(number: string): ExhibitLabel {
  return { type: 'exhibitLabel', number, children: leavesOf(`Exhibit ${number}`) };
}

/** "PRESS RELEASE", "FOR IMMEDIATE RELEASE". */
export function releaseTitle(text: string): ReleaseTitle {
  return { type: 'releaseTitle', text: collapse(text), children: leavesOf(text) };
}

/** The main headline; a line break in `text` breaks the line. */
export function headline(text: string): Headline {
  return { type: 'headline', text: collapse(text), children: leavesOf(text) };
}

/** A second headline under the main one. */
export function subheadline(text: string): Subheadline {
  return { type: 'subheadline', text: collapse(text), children: leavesOf(text) };
}

/** A section heading ("About Acme"); `role` says what it announces. */
export function heading(text: string, role: Heading['role'] = null): Heading {
  return { type: 'heading', text: collapse(text), role, children: leavesOf(text) };
}

/** Running text: strings and inline nodes, joined as given (put the spaces in the strings). */
export function paragraph(...parts: Inline[]): Paragraph {
  return { type: 'paragraph', children: phrasing(parts) };
}

/** A routing line: desks joined by "/" ("BUSINESS EDITORS/HIGH-TECH WRITERS"). */
export function editorLine(...desks: string[]): EditorLine {
  return { type: 'editorLine', desks: desks.map(collapse), children: leavesOf(desks.join('/')) };
}

/** The line that closes the release ("###", "-30-"). */
export function endMarker(text = '###'): EndMarker {
  return { type: 'endMarker', text: collapse(text), children: leavesOf(text) };
}

/** A jump line ("- More -"). */
export function continuation(text = '- More -'): Continuation {
  return { type: 'continuation', text: collapse(text), children: leavesOf(text) };
}

/** A rule of dashes (by default as canonical text draws one). */
export function rule(width = RULE_LINE.length): Rule {
  return { type: 'rule', children: leavesOf('-'.repeat(Math.max(3, width))) };
}

/** A page marker ("<PAGE> 2"). */
export function pageBreak(page: number | null = null): PageBreak {
  return { type: 'pageBreak', kind: 'page', page, children: leavesOf(page === null ? '<PAGE>' : `<PAGE> ${page}`) };
}

/** Canonical text, as the builders write it (runs of layout made one space or one line break). */
export { canonicalText };
