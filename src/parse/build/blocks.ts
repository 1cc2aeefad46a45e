/**
 * Builders: one planned block to one node. Every builder covers exactly the block's
 * `[start, end)` with its children, so the leaves of the tree stay the source text.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../grammars/tokens/text.js';
import { lineGrammar } from '../../../grammars/line.js';
import type { FlowContent, ListContent, PhrasingContent } from '../../tree/content.js';
import type { Dateline } from '../../tree/nodes/dateline.js';
import type { ListItem } from '../../tree/nodes/list-item.js';
import type { Table } from '../../tree/nodes/table.js';
import { collapse } from '../../normalize/text.js';
import { matchPrefix } from '../match.js';
import { children, endOf, spanText, tokensOf } from '../cst.js';
import { lineCells } from '../layout/cells.js';
import { TextTableReader } from '../../tables/text/read.js';
import { EXHIBIT_LABEL_TOKENS, isRule } from '../shapes.js';
import { contentLines, type DocView, type Planned } from '../decide/plan.js';
import { tokensBetween } from '../lex.js';
import { proseContactStart, readContactBlock, readTrailerContact } from '../constructs/contact/reader/index.js';
import type { BuildContext } from './context.js';
import { leaves } from './leaves.js';
import { phrasing, type Span } from './phrasing.js';
import { linkSpans, pageBreakNode, pageBreakSpans, tickerSpans } from './inline.js';
import { markerStyle, riskListBlock, riskListSpans, tokensText } from '../constructs/risk-list/builder.js';
import { append } from '../../util/append.js';

type PhrasingSpan = Span<PhrasingContent>;

/** A block's tokens: those starting inside its span. */
const blockTokens = (view: DocView, b: Planned): IToken[] => tokensBetween(view.doc, b.start, b.end);

/** Extra spans a block may carry (risk lists in a safe-harbor passage). */
export interface BlockOptions {
  readonly safeHarbor: boolean;
}

const sourceText = (ctx: BuildContext, b: Planned): string => collapse(ctx.source.slice(b.start, b.end));

/** Tickers, links and page breaks: what any text block may hold inline. */
function commonSpans(ctx: BuildContext, view: DocView, b: Planned, toks: readonly IToken[], out: PhrasingSpan[] = []): PhrasingSpan[] {
  tickerSpans(ctx, toks, out);
  linkSpans(ctx, toks, out);
  pageBreakSpans(ctx, view, b, out);
  return out;
}

function inlineOf(ctx: BuildContext, view: DocView, b: Planned, extra: PhrasingSpan[] = []): PhrasingContent[] {
  return phrasing<PhrasingContent, PhrasingContent>(ctx, b.start, b.end, commonSpans(ctx, view, b, blockTokens(view, b), extra));
}

/** The items of a list block: ranges, markers and how many tokens each marker takes. */
function listItems(view: DocView, b: Planned): Array<{ first: number; last: number; start: number; end: number; marker: string; markerTokens: number }> {
  const firsts = b.items?.length ? b.items : [b.first];
  const out: Array<{ first: number; last: number; start: number; end: number; marker: string; markerTokens: number }> = [];
  firsts.forEach((first, k) => {
    const next = firsts[k + 1];
    const last = next !== undefined ? lastContentLine(view, first, next - 1) : b.last;
    const startLine = view.doc.lines[first];
    const endLine = view.doc.lines[last];
    if (!startLine || !endLine) return;
    const m = matchPrefix(lineGrammar, lineGrammar.listMarkerStart, startLine.tokens, 3);
    const markerTokens = m?.consumed ?? 1;
    const marker = startLine.tokens.slice(0, markerTokens).map((t) => t.image).join('');
    out.push({ first, last, start: startLine.contentStart, end: endLine.contentEnd, marker, markerTokens });
  });
  return out;
}

export function buildBlock(ctx: BuildContext, view: DocView, b: Planned, opts: BlockOptions): FlowContent {
  switch (b.role) {
    case 'pageBreak':
      return pageBreakNode(ctx, view, b.first, b.last, b.start, b.end);
    case 'exhibitLabel':
      return { type: 'exhibitLabel', number: exhibitNumber(view, b), children: inlineOf(ctx, view, b) };
    case 'releaseTitle':
      return { type: 'releaseTitle', text: sourceText(ctx, b), children: leaves(ctx, b.start, b.end) };
    case 'slugLine':
      return slugLine(ctx, view, b);
    case 'headline':
    case 'subheadline':
      return { type: b.role, text: sourceText(ctx, b), children: inlineOf(ctx, view, b) };
    case 'editorLine':
      return { type: 'editorLine', desks: desks(ctx, b), children: inlineOf(ctx, view, b) };
    case 'heading':
      return { type: 'heading', text: sourceText(ctx, b), role: b.headingRole ?? 'other', children: inlineOf(ctx, view, b) };
    case 'contact':
      return contact(ctx, view, b);
    case 'list':
      return list(ctx, view, b);
    case 'riskList':
      return riskList(ctx, view, b);
    case 'table':
      return table(ctx, view, b);
    case 'endMarker':
      return { type: 'endMarker', text: endMarkerText(ctx, view, b), children: inlineOf(ctx, view, b) };
    case 'continuation':
      return { type: 'continuation', text: sourceText(ctx, b), children: inlineOf(ctx, view, b) };
    case 'rule':
      return { type: 'rule', children: leaves(ctx, b.start, b.end) };
    case 'paragraph':
      return paragraph(ctx, view, b, opts);
  }
}

function paragraph(ctx: BuildContext, view: DocView, b: Planned, opts: BlockOptions): FlowContent {
  const extra: PhrasingSpan[] = [];
  const d = b.dateline;
  if (d) {
    extra.push({
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
    });
  }
  const toks = blockTokens(view, b);
  const common = commonSpans(ctx, view, b, toks);
  if (opts.safeHarbor) append(extra, riskListSpans(ctx, view, toks, common));
  for (const span of common) extra.push(span);
  return { type: 'paragraph', children: phrasing<PhrasingContent, PhrasingContent>(ctx, b.start, b.end, extra) };
}

function exhibitNumber(view: DocView, b: Planned): string {
  const m = view.evidence[b.first]?.exhibitLabel?.match ?? matchPrefix(lineGrammar, lineGrammar.exhibitLabelStart, blockTokens(view, b), EXHIBIT_LABEL_TOKENS);
  const label = m ? children(m.cst, 'exhibitLabel')[0] : undefined;
  if (!label) return '?';
  // The number and its parts, as written without spaces: "99.1", "99(a)", "(a)(c)(5)".
  const number = [...(label.children['Number'] ?? []), ...children(label, 'exhibitPart')].flatMap((el) => ('image' in el ? [el] : tokensOf(el)));
  return number.sort((x, y) => x.startOffset - y.startOffset).map((t) => t.image).join('') || '?';
}

function slugLine(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const toks = blockTokens(view, b);
  const wireCode = toks[1]?.image ?? '';
  // The slug is the first parenthetical after the code that is not a ticker.
  const m = view.evidence[b.first]?.slug;
  let slug: string | null = null;
  if (m) {
    const prefix = children(m.cst, 'slugPrefix')[0];
    const groups = prefix ? children(prefix, 'parenthetical') : [];
    for (const g of groups) {
      const inner = tokensOf(g);
      if (inner.some((t) => t.tokenType === T.Colon)) continue;
      slug = spanText(ctx.source, inner.slice(1, -1));
      break;
    }
  }
  return { type: 'slugLine', wireCode: wireCode || '?', slug, children: inlineOf(ctx, view, b) };
}

/** What separates desks on an editor line: a slash, a comma or " AND " (text is collapsed). */
const DESK_SEPARATOR = / ?[/,] ?| AND /;

function desks(ctx: BuildContext, b: Planned): string[] {
  return sourceText(ctx, b)
    .split(DESK_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

function endMarkerText(ctx: BuildContext, view: DocView, b: Planned): string {
  const toks = blockTokens(view, b);
  // "(END) Dow Jones Newswires": the wire's name after the marker is not part of it.
  const first = toks[0];
  const paren = toks[2];
  if (first?.tokenType === T.LParen && paren?.tokenType === T.RParen) return collapse(ctx.source.slice(first.startOffset, endOf(paren)));
  // "-0- 10/26/2006", "--30--jw/sf": the date or desk code after the marker is not part of it.
  const closing = toks.findIndex((t, i) => i > 0 && (t.tokenType === T.Hyphen || t.tokenType === T.Dashes));
  if (closing > 0 && toks[0]?.tokenType !== T.Hashes && closing < toks.length - 1) {
    const last = toks[closing];
    if (first && last) return collapse(ctx.source.slice(first.startOffset, endOf(last)));
  }
  return sourceText(ctx, b);
}

function contact(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const lines = contentLines(view, b);
  const toks = blockTokens(view, b);
  // A wire trailer's "/CONTACT: …/" and a contact sentence ("For more information contact …")
  // run as prose; a contact block is laid out in lines.
  const prose = proseContactStart(toks);
  const reading =
    toks[0]?.tokenType === T.Slash
      ? readTrailerContact(ctx.source, toks)
      : prose >= 0
        ? readTrailerContact(ctx.source, toks.slice(prose))
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

function list(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const items = listItems(view, b);
  const spans = items.map(
    (item): Span<ListContent> => ({
      start: item.start,
      end: item.end,
      make: (): ListItem => ({ type: 'listItem', marker: item.marker, children: inlineOf(ctx, view, { ...b, first: item.first, last: item.last, start: item.start, end: item.end }) }),
    }),
  );
  const marker = items[0]?.marker ?? '-';
  return {
    type: 'list',
    ordered: markerStyle(marker) !== 'bullet',
    marker,
    children: phrasing<ListContent, ListContent>(ctx, b.start, b.end, spans),
  };
}

function lastContentLine(view: DocView, from: number, to: number): number {
  for (let i = to; i > from; i--) if (!view.doc.lines[i]?.blank) return i;
  return from;
}

function riskList(ctx: BuildContext, view: DocView, b: Planned): FlowContent {
  const toks = blockTokens(view, b);
  return riskListBlock(ctx, view, b, listItems(view, b), commonSpans(ctx, view, b, toks));
}

function table(ctx: BuildContext, view: DocView, b: Planned): Table {
  const rows: string[][] = [];
  for (const line of contentLines(view, b)) {
    const first = line.tokens[0];
    if (!first || first.tokenType === T.SgmlTag || isRule(line.tokens)) continue;
    rows.push(lineCells(line, 2).map((c) => tokensText(ctx.source, c.tokens)));
  }
  const kids = leaves(ctx, b.start, b.end);
  const model = (ctx.tables ?? new TextTableReader(ctx.source)).read(b.start, b.end);
  return { type: 'table', rows, ...(model ? { model } : {}), children: kids };
}

