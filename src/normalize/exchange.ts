/**
 * Stock exchanges: canonical names as `corpus/LABELS.md` defines them. Anything else is
 * upper-cased as written.
 */

/** Upper-case letters only: "Nasdaq-NM" → "NASDAQNM". */
const key = (text: string): string => text.toUpperCase().replace(/[^A-Z]/g, '');

/** Canonical exchange by key prefix, tried in order (longer, more specific prefixes first). */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['NYSEAMERICAN', 'NYSE American'],
  ['NYSEAMEX', 'NYSE American'],
  ['NYSEMKT', 'NYSE American'],
  // The American Stock Exchange's name from late 2008 to early 2009.
  ['NYSEALTERNEXT', 'NYSE American'],
  ['NYSEARCA', 'NYSE Arca'],
  ['ARCA', 'NYSE Arca'],
  ['AMERICANSTOCKEXCHANGE', 'NYSE American'],
  ['AMEX', 'NYSE American'],
  ['NEWYORKSTOCKEXCHANGE', 'NYSE'],
  ['NYSE', 'NYSE'],
  ['NASDAQ', 'NASDAQ'],
  ['NASDQ', 'NASDAQ'],
  ['NMS', 'NASDAQ'],
  ['OTCBB', 'OTC'],
  ['OTCQB', 'OTC'],
  ['OTCQX', 'OTC'],
  ['OTC', 'OTC'],
  ['PINKSHEETS', 'OTC'],
  ['PINK', 'OTC'],
  ['TSXVENTURE', 'TSXV'],
  ['TSXV', 'TSXV'],
  ['CDNX', 'TSXV'],
  ['TORONTOSTOCKEXCHANGE', 'TSX'],
  ['TSX', 'TSX'],
];

/** Canonical name of a known exchange, or null. */
export function knownExchange(written: string): string | null {
  const k = key(written);
  if (k === 'TSXV' || k === 'TSXVENTUREEXCHANGE') return 'TSXV';
  for (const [prefix, name] of PREFIXES) {
    if (k.startsWith(prefix)) {
      // "TSX-V" is the venture exchange; plain "TSX" is not.
      if (name === 'TSX' && k.length > 3 && k[3] === 'V') return 'TSXV';
      return name;
    }
  }
  return null;
}

/** Canonical exchange: a known one's name, else the words upper-cased with spaces collapsed. */
export function canonicalExchange(written: string): string {
  return knownExchange(written) ?? written.toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Beginnings of the first word of a known exchange's name, lower-cased. */
const OPENING_PREFIXES = ['nasdaq', 'nasdq', 'nyse', 'amex', 'otc', 'tsx', 'cdnx', 'nms'];
/** Whole first words that may open a longer exchange name ("American Stock Exchange"). */
const OPENING_WORDS = ['american', 'new', 'toronto', 'pink', 'arca'];
/** Lower-case first letters of every opener above (n, a, o, t, c, p). */
const OPENING_LETTERS = new Set([...'naotcp'].map((c) => c.charCodeAt(0)));

/** Whether `word` starts with the lower-case ASCII `prefix`, ignoring case, without allocating. */
function startsWithFolded(word: string, prefix: string): boolean {
  if (word.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if ((word.charCodeAt(i) | 0x20) !== prefix.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether a word can open an exchange name: a cheap test for spotting tickers, run on
 * every word, so it allocates nothing.
 */
export function mayOpenExchange(word: string): boolean {
  if (!OPENING_LETTERS.has(word.charCodeAt(0) | 0x20)) return false;
  for (const w of OPENING_WORDS) if (word.length === w.length && startsWithFolded(word, w)) return true;
  for (const p of OPENING_PREFIXES) if (startsWithFolded(word, p)) return true;
  return false;
}
