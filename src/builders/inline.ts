/**
 * Inline builders: the semantic values a paragraph holds, written the way the parser
 * reads them back.
 */
import type { Dateline } from '../tree/nodes/dateline.js';
import type { Email } from '../tree/nodes/email.js';
import type { Phone } from '../tree/nodes/phone.js';
import type { Ticker } from '../tree/nodes/ticker.js';
import type { Url } from '../tree/nodes/url.js';
import { leavesOf } from './leaves.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY-MM-DD` or `--MM-DD`. */
const ISO_DATE = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

/** "2004-10-13" → "October 13, 2004"; "--10-13" → "October 13"; null when not a date. */
export function dateTextOf(date: string): string | null {
  const m = ISO_DATE.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return null;
  const day = Number(m[3]);
  return m[1] === '-' ? `${month} ${day}` : `${month} ${day}, ${m[1]}`;
}

export interface DatelineFields {
  readonly city: string | null;
  readonly region?: string | null;
  /** Canonical wire name ("Business Wire"), or null. */
  readonly wire?: string | null;
  /** ISO date or `--MM-DD`, or null. */
  readonly date?: string | null;
  /** The date as written; by default spelled out from `date` ("October 13, 2004"). */
  readonly dateText?: string | null;
}

/**
 * A dateline, written "CITY, Region, October 13, 2004 /Business Wire/ --": the wire in
 * slashes as PR Newswire writes it, which the parser reads for every wire name.
 */
export function dateline(fields: DatelineFields): Dateline {
  const date = fields.date ?? null;
  const dateText = fields.dateText ?? (date ? dateTextOf(date) : null);
  const place = [fields.city, fields.region, dateText].filter((p): p is string => Boolean(p)).join(', ');
  const wire = fields.wire ? ` /${fields.wire}/` : '';
  return {
    type: 'dateline',
    city: fields.city,
    region: fields.region ?? null,
    wire: fields.wire ?? null,
    date,
    dateText,
    children: leavesOf(`${place}${wire} --`),
  };
}

/** A ticker, written "NASDAQ: ALGI" (put it in parentheses yourself). */
export function ticker(exchange: string, symbol: string): Ticker {
  return { type: 'ticker', exchange, symbol: symbol.toUpperCase(), children: leavesOf(`${exchange}: ${symbol.toUpperCase()}`) };
}

/** Anything but a digit. */
const NON_DIGITS = /\D/g;

/** A telephone number as written ("(412) 422-2377"); `fax` marks a fax number. Throws without digits. */
export function phone(number: string, options: { readonly fax?: boolean } = {}): Phone {
  const digits = number.replace(NON_DIGITS, '');
  if (!digits) throw new RangeError(`A phone number needs digits: ${JSON.stringify(number)}`);
  return { type: 'phone', number, digits, fax: options.fax ?? false, children: leavesOf(number) };
}

/** An e-mail address. */
export function email(address: string): Email {
  return { type: 'email', address, children: leavesOf(address) };
}

/** A web address as written ("www.example.com"). */
export function url(href: string): Url {
  return { type: 'url', href, children: leavesOf(href) };
}
