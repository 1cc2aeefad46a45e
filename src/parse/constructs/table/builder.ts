/**
 * The table node: rows as cells of text, and the figures as data when the table reader
 * finds a model (`src/tables/`).
 */
import * as T from '../../../../grammars/tokens/text.js';
import type { Table } from '../../../tree/nodes/table.js';
import { lineCells } from '../../layout/cells.js';
import { TextTableReader } from '../../../tables/text/read.js';
import { contentLines, type DocView, type Planned } from '../../decide/plan.js';
import type { BuildContext } from '../../build/context.js';
import { leaves } from '../../build/leaves.js';
import { tokensText } from '../risk-list/builder.js';

export function table(ctx: BuildContext, view: DocView, b: Planned): Table {
  const rows: string[][] = [];
  for (const line of contentLines(view, b)) {
    const first = line.tokens[0];
    if (!first || first.tokenType === T.SgmlTag || view.evidence[line.index]?.rule) continue;
    rows.push(lineCells(line, 2).map((c) => tokensText(ctx.source, c.tokens)));
  }
  const kids = leaves(ctx, b.start, b.end);
  const model = (ctx.tables ?? new TextTableReader(ctx.source)).read(b.start, b.end);
  return { type: 'table', rows, ...(model ? { model } : {}), children: kids };
}

