/**
 * The contact node: entries read from a contact block, a contact sentence or a wire
 * trailer's "/CONTACT: …/" line, with phones and titles as inline nodes.
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import * as T from '../../../../grammars/tokens/text.js';
import type { Line } from '../../lex.js';
import { lineCells } from '../../layout/cells.js';
import { isContactLabel } from '../../shapes.js';
import type { FlowContent, PhrasingContent } from '../../../tree/content.js';
import { contentLines, type DocView, type Planned } from '../../decide/plan.js';
import { proseContactStart, readContactBlock, readTrailerContact, type ContactReading } from './reader/index.js';
import type { BuildContext } from '../../build/context.js';
import { leaves } from '../../build/leaves.js';
import { phrasing } from '../../build/phrasing.js';
import { blockTokens, commonSpans, type PhrasingSpan } from '../../build/kit.js';

export function contact(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const lines = contentLines(view, b);
  const toks = blockTokens(view, b);
  // A wire trailer's "/CONTACT: …/" and a contact sentence ("For more information contact …")
  // run as prose; a contact block is laid out in lines.
  const prose = proseContactStart(toks);
  const wrapped = prose < 0 ? wrappedLabelEnd(view, lines, toks) : -1;
  const reading =
    toks[0]?.tokenType === T.Slash
      ? readTrailerContact(ctx.source, toks)
      : prose >= 0
        ? readClauses(ctx.source, toks.slice(prose))
        : wrapped >= 0
          ? readTrailerContact(ctx.source, toks.slice(wrapped))
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
  commonSpans(ctx, view, b, toks, spans);
  return {
    type: 'contact',
    entries: reading.entries,
    releaseNumber: reading.releaseNumber,
    children: phrasing<PhrasingContent, PhrasingContent>(ctx, b.start, b.end, spans),
  };
}


/** Share of the page's measure a wrapped line reaches. */
const WRAPPED_FILL = 0.85;

/**
 * A contact label running on into a paragraph wrapped as prose ("FOR FURTHER INFORMATION
 * PLEASE CONTACT: Acme Energy Ltd., Neil" / "Ashcroft, President, (403) 555-0190; or …"):
 * every line but the last fills the page, stops mid-item (a comma, a semicolon, a word —
 * not a phone, an address or a full stop), sits in no columns, and the lines under it come
 * back to the margin. Read as one run, a name broken over two lines stays whole. The token
 * after the label's colon, or -1.
 */
function wrappedLabelEnd(view: DocView, lines: readonly Line[], toks: readonly IToken[]): number {
  if (lines.length < 2) return -1;
  const colon = toks.findIndex((t) => t.tokenType === T.Colon);
  if (colon < 0 || !isContactLabel(toks.slice(0, colon + 1))) return -1;
  const measure = view.width - view.margin;
  const runsOn = (l: Line): boolean => {
    const last = l.tokens[l.tokens.length - 1];
    const midItem = last !== undefined && (last.tokenType === T.Comma || last.tokenType === T.Semicolon || (tokenMatcher(last, T.AnyWord) && last.tokenType !== T.Email));
    // Wide as well as reaching far: a column of short lines set at the right reaches far too.
    return midItem && l.right - Math.max(l.indent, view.margin) >= WRAPPED_FILL * measure;
  };
  if (!lines.slice(0, -1).every(runsOn) || lines.some((l) => lineCells(l, 3).length > 1)) return -1;
  // Wrapped text comes back to the margin; lines set in under the words after the label
  // ("CONTACT:  Walter Brzezinski, President" / "          Linda Capaldi, …") are laid out.
  const first = lines[0];
  const after = toks[colon + 1];
  const hanging = first?.columns[first.tokens.indexOf(after as IToken)] ?? Infinity;
  if (lines.slice(1).some((l) => l.indent >= hanging - 2)) return -1;
  return colon + 1;
}

/** Tokens enough to see whether a clause opens a contact sentence ("For more information, please contact"). */
const CLAUSE_OPENING = 12;

/**
 * A contact sentence read clause by clause: a clause after a semicolon that opens a contact
 * sentence of its own ("…; reporters should call Ellen Marsh at …") names another contact.
 */
function readClauses(source: string, toks: readonly IToken[]): ContactReading {
  const cuts: Array<[number, number]> = [];
  let from = 0;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]?.tokenType !== T.Semicolon) continue;
    // The clause's opening words only: a sentence may hold thousands of semicolons.
    const opening = proseContactStart(toks.slice(k + 1, k + 1 + CLAUSE_OPENING));
    if (opening < 0) continue;
    cuts.push([from, k]);
    from = k + 1 + opening;
  }
  cuts.push([from, toks.length]);
  const readings = cuts.map(([a, b]) => readTrailerContact(source, toks.slice(a, b)));
  return {
    entries: readings.flatMap((r) => r.entries),
    releaseNumber: readings.find((r) => r.releaseNumber !== null)?.releaseNumber ?? null,
    phones: readings.flatMap((r) => r.phones),
    titles: readings.flatMap((r) => r.titles),
    desks: readings.flatMap((r) => r.desks),
  };
}
