/**
 * Wire services: canonical names (as `corpus/LABELS.md` defines them) by a key made of
 * the letters of how they are written.
 */

/** Lower-case letters only: "PRNewswire-FirstCall" → "prnewswirefirstcall". */
const key = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

const CANONICAL: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['PR Newswire', ['prnewswire', 'prnewswirefirstcall', 'prnewswireusnewswire', 'usnewswire', 'prnewswireasia', 'prn', 'prnewswirehispanicnewswire']],
  ['Business Wire', ['businesswire', 'bw', 'bizwire', 'businesswirehealthwire', 'businesswirehispanicwire']],
  ['GlobeNewswire', ['globenewswire', 'globenewswireinc', 'globenewswireincorporated']],
  ['PrimeZone', ['primezone', 'primezonemedianetwork', 'primenewswire']],
  ['Marketwire', ['marketwire', 'marketwired', 'marketwirecanada']],
  ['Canada NewsWire', ['cnw', 'canadanewswire', 'cnwtelbec', 'cnwgroup']],
  ['Internet Wire', ['internetwire']],
  ['ACCESSWIRE', ['accesswire']],
];

const BY_KEY: ReadonlyMap<string, string> = new Map(CANONICAL.flatMap(([name, keys]) => keys.map((k) => [k, name] as const)));

/** Canonical wire name for how a release writes it, or null if it is not a known wire. */
export function canonicalWire(written: string): string | null {
  const k = key(written);
  const known = BY_KEY.get(k);
  if (known) return known;
  for (const [name, keys] of CANONICAL) {
    // "PRNewswire-FirstCall": a known wire followed by a service suffix; "Xinhua-PRNewswire":
    // a partner's name before a wire's full name; "BW HealthWire": a wire's code opening the
    // name of one of its services.
    if (keys.some((w) => (w.length >= 5 && k.startsWith(w)) || (w.length >= FULL_NAME && k.includes(w)) || (w.length <= 3 && k.startsWith(w) && k.endsWith('wire')))) return name;
  }
  return null;
}

/** Letters a wire's full name has at the least ("prnewswire"), so that it can stand inside another name. */
const FULL_NAME = 8;

/** Whether words written as a wire look like one even if unknown ("Reuters", "XYZ Newswire"). */
export function looksLikeWire(written: string): boolean {
  const k = key(written);
  return k.endsWith('wire') || k.endsWith('newswire') || k === 'reuters' || k === 'ap' || k === 'dowjones';
}
