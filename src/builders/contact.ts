/**
 * Contact blocks from entries, one entry under the other:
 *
 *   Media:  Jane Doe
 *           Acme Corp.
 *           Phone: (212) 555-0100
 *           Fax: (212) 555-0101
 *           jane@acme.example
 *
 * The label is the entry's role ("Contact" when it has none); a release number closes
 * the block ("Release No: 2004-05").
 */
import type { PhrasingContent } from '../tree/content.js';
import type { Contact } from '../tree/nodes/contact.js';
import type { ContactEntry } from '../tree/unist.js';
import { email, phone } from './inline.js';
import { leavesOf, oneLine, whitespace } from './leaves.js';
import { append } from '../util/append.js';

/** An entry as the builder takes it: everything but the name may be left out. */
export interface ContactFields {
  readonly role?: string | null;
  readonly name: string | null;
  readonly organization?: string | null;
  readonly phones?: readonly string[];
  readonly faxes?: readonly string[];
  readonly emails?: readonly string[];
}

function entryOf(f: ContactFields): ContactEntry {
  return {
    role: f.role ?? null,
    name: f.name,
    organization: f.organization ?? null,
    phones: [...(f.phones ?? [])],
    faxes: [...(f.faxes ?? [])],
    emails: [...(f.emails ?? [])],
  };
}

/** The lines of one entry: each a list of inline pieces. */
function entryLines(e: ContactEntry): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [];
  if (e.name) lines.push(leavesOf(oneLine(e.name)));
  if (e.organization) lines.push(leavesOf(oneLine(e.organization)));
  for (const p of e.phones) lines.push([...leavesOf('Phone:'), whitespace(' '), phone(p)]);
  for (const f of e.faxes) lines.push([...leavesOf('Fax:'), whitespace(' '), phone(f, { fax: true })]);
  for (const m of e.emails) lines.push([email(m)]);
  return lines;
}

/** A contact block; `releaseNumber` adds a "Release No:" line. */
export function contact(entries: readonly ContactFields[], options: { readonly releaseNumber?: string | null } = {}): Contact {
  const built = entries.map(entryOf);
  const children: PhrasingContent[] = [];
  built.forEach((e, i) => {
    if (i > 0) children.push(whitespace('\n\n'));
    const label = `${oneLine(e.role ?? 'Contact')}:`;
    const indent = ' '.repeat(label.length + 2);
    append(children, leavesOf(label));
    entryLines(e).forEach((line, k) => {
      children.push(whitespace(k === 0 ? '  ' : `\n${indent}`), ...line);
    });
  });
  const releaseNumber = options.releaseNumber ?? null;
  if (releaseNumber) {
    if (children.length) children.push(whitespace('\n'));
    append(children, leavesOf(`Release No: ${oneLine(releaseNumber)}`));
  }
  return { type: 'contact', entries: built, releaseNumber, children };
}
