/**
 * The semantic fields of exhibit nodes, carried in the `data` of the mdast nodes that
 * render them: `node.data.secExhibit` is the exhibit node the mdast node stands for
 * (`{ type: 'dateline', city, region, wire, date, dateText }`), and
 * `node.data.secExhibitGroup` lists every exhibit block when one mdast block renders
 * several that share their lines (a slug line and the headline after it).
 */

/** An exhibit node's type and semantic fields: everything but children, leaves and positions. */
export interface ExhibitFields {
  readonly type: string;
  readonly [field: string]: unknown;
}

declare module 'mdast' {
  interface Data {
    /** The exhibit node this mdast node renders, with its semantic fields. */
    secExhibit?: ExhibitFields | undefined;
    /** The exhibit blocks this mdast block renders, when it renders several. */
    secExhibitGroup?: ExhibitFields[] | undefined;
  }
}

/** Keys that hold the tree, not the node's meaning. */
const STRUCTURE = new Set(['children', 'value', 'position', 'data']);

interface AnyNode {
  readonly type: string;
  readonly children?: readonly AnyNode[];
  readonly [key: string]: unknown;
}

/**
 * The fields of a node. A risk list also lists its items (`{ label, text }`); a paragraph
 * that holds risk lists in its sentences lists them (`riskLists`), as Markdown has no
 * list inside a sentence.
 */
export function fieldsOf(node: AnyNode): ExhibitFields {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (!STRUCTURE.has(key) && value !== undefined) out[key] = value;
  if (node.type === 'riskList') {
    out['items'] = (node.children ?? []).filter((c) => c.type === 'riskItem').map((c) => ({ label: c['label'], text: c['text'] }));
  }
  const riskLists = node.type === 'paragraph' ? (node.children ?? []).filter((c) => c.type === 'riskList') : [];
  if (riskLists.length) out['riskLists'] = riskLists.map(fieldsOf);
  return out as ExhibitFields;
}
