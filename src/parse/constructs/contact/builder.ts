/**
 * The contact node: entries read from a contact block, a contact sentence or a wire
 * trailer's "/CONTACT: …/" line, with phones and titles as inline nodes.
 */
import * as T from '../../../../grammars/tokens/text.js';
import type { FlowContent, PhrasingContent } from '../../../tree/content.js';
import { contentLines, pageTurns, tokensWithoutPages, type DocView, type Planned } from '../../decide/plan.js';
import { proseContactStart, readContactBlock, readContactSentence, readTrailerContact } from './reader/index.js';
import { wrappedLabelEnd } from './rules.js';
import type { BuildContext } from '../../build/context.js';
import { leaves } from '../../build/leaves.js';
import { phrasing } from '../../build/phrasing.js';
import { blockTokens, commonSpans, type PhrasingSpan } from '../../build/kit.js';

export function contact(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const lines = contentLines(view, b);
  const toks = blockTokens(view, b);
  // The entries are read without the page turns in the block (contact blocks merged across a
  // page): pagination is layout, and a marker's tokens read as a name or end a label's run.
  const text = tokensWithoutPages(view, b);
  // A wire trailer's "/CONTACT: …/" and a contact sentence ("For more information contact …")
  // run as prose, and so does a label running into a wrapped paragraph; a contact block is
  // laid out in lines.
  const prose = proseContactStart(text);
  const wrapped = prose < 0 ? wrappedLabelEnd(view, lines, text) : -1;
  const reading =
    text[0]?.tokenType === T.Slash
      ? readTrailerContact(ctx.source, text)
      : prose >= 0
        ? readContactSentence(ctx.source, text.slice(prose))
        : wrapped >= 0
          ? readTrailerContact(ctx.source, text.slice(wrapped))
          : readContactBlock(ctx.source, lines);
  if (reading.desks.length > 0 || reading.entries.some((e) => e.name === null)) {
    ctx.warn({ ruleId: 'contact-without-name', reason: 'Contact details with no person named; the desk or label stands in', position: ctx.at(b.start, b.end) });
  }
  const spans: PhrasingSpan[] = [
    ...reading.phones.map(
      (p): PhrasingSpan => ({
        start: p.start,
        end: p.end,
        make: () => ({ type: 'phone', number: p.value, digits: p.digits, fax: p.fax, children: leaves(ctx, p.start, p.end) }),
      }),
    ),
    ...reading.titles.map(
      (t): PhrasingSpan => ({
        start: t.start,
        end: t.end,
        make: () => ({ type: 'releaseTitle', text: t.text, children: leaves(ctx, t.start, t.end) }),
      }),
    ),
  ];
  // A phone or title read across a page turn stays text: its node would hold the marker.
  const turns = pageTurns(view, b);
  const whole = spans.filter((s) => !turns.some((p) => s.start < p.end && p.start < s.end));
  commonSpans(ctx, view, b, toks, whole);
  return {
    type: 'contact',
    entries: reading.entries,
    releaseNumber: reading.releaseNumber,
    children: phrasing<PhrasingContent, PhrasingContent>(ctx, b.start, b.end, whole),
  };
}

