/**
 * PR Newswire's running contact trailer, "/CONTACT: Alexis Pascal, alexis@x.com, or
 * Deborah Stapleton, deb@x.com, of Stapleton Communications, +1-650-470-0200, for Acme
 * Corp./" (and Canada NewsWire's "/For further information: …/"): one long run of
 * segments; a phone written after the agency is everyone's.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../../../grammars/tokens/text.js';
import { GroupReader } from './group-reader.js';
import type { ContactReading } from './block.js';
import type { PhoneFound } from './phones.js';
import { readSegments } from './segments.js';
import { deskName } from './block.js';

export function readTrailerContact(source: string, tokens: readonly IToken[]): ContactReading {
  const phones: PhoneFound[] = [];
  let toks = [...tokens];
  if (toks[0]?.tokenType === T.Slash) toks = toks.slice(1);
  const colon = toks.findIndex((t) => t.tokenType === T.Colon);
  if (colon >= 0 && colon <= 4) toks = toks.slice(colon + 1);
  if (toks[toks.length - 1]?.tokenType === T.Slash) toks = toks.slice(0, -1);
  const reader = new GroupReader();
  const emails = toks.filter((t) => t.tokenType === T.Email).map((t) => t.image);
  const state = { role: null as string | null, fax: false, afterOrganization: false };
  readSegments({ source, reader, phones, emails, state }, toks, false);
  // Details with nobody named ("/CONTACT: Trust Administration, Ridgemont National Bank,
  // +1-214-555-0150/") are the desk's, named by the role written if any, as in a block
  // (closeDesk does nothing when someone was named or no details are left over).
  reader.closeDesk(state.role, deskName(state.role));
  return { entries: reader.finish(), releaseNumber: null, phones, titles: [], desks: reader.desks };
}
