/**
 * Adversarial input shapes, each a function of a target size in characters: the rows of
 * issue 11's table and the shapes of the old timing test. The work-count linearity test
 * (test/linear.test.ts) and the wall-clock sweep (bench/sweep.ts) both run them.
 */
import { readFileSync } from 'node:fs';

export type ShapeKind = 'exhibit' | 'html' | 'submission';

export interface Shape {
  readonly name: string;
  /** What the input is fed to: parse+summarize+format, htmlToText then that, or parseSubmission. */
  readonly kind: ShapeKind;
  /** An input of about `size` characters. */
  readonly make: (size: number) => string;
}

/** `unit` repeated to about `size` characters, between `head` and `tail`. */
const fill = (unit: string, head = '', tail = ''): ((size: number) => string) => (size) => head + unit.repeat(Math.max(1, Math.round((size - head.length - tail.length) / unit.length))) + tail;
/** `line(i)` for i = 0, 1, … up to about `size` characters. */
const numbered = (line: (i: number) => string, head = ''): ((size: number) => string) => (size) => {
  const out = [head];
  let length = head.length;
  for (let i = 0; length < size; i++) {
    const l = line(i);
    out.push(l);
    length += l.length;
  }
  return out.join('');
};

const seed = readFileSync(new URL('../fixtures/seed/american-locker-2004.txt', import.meta.url), 'latin1');
const RISK_OPENING = 'Forward-looking statements involve risks and uncertainties. Results could differ due to several factors, including (a) the economy, (b) ';
const HEADER = '<SEC-DOCUMENT>0000000000-05-000001.txt : 20050104\n<SEC-HEADER>0000000000-05-000001.hdr.sgml : 20050104\nACCESSION NUMBER:\t\t0000000000-05-000001\nFILED AS OF DATE:\t\t20050104\n</SEC-HEADER>\n';
const document = (i: number, body: string, type = 'EX-99.1'): string => `<DOCUMENT>\n<TYPE>${type}\n<SEQUENCE>${i}\n<FILENAME>d${i}.txt\n<TEXT>\n${body}</TEXT>\n</DOCUMENT>\n`;

export const SHAPES: readonly Shape[] = [
  // Issue 11's table, row by row.
  { name: 'contact label opening one long line of cells', kind: 'exhibit', make: fill('     JOHN SMITH (212) 555-0100', 'CONTACT:') },
  { name: 'a real exhibit upper-cased with its lines joined', kind: 'exhibit', make: fill(`${seed.toUpperCase().replace(/\r?\n/g, ' ')} `) },
  { name: 'risk sentence then a run of "("', kind: 'exhibit', make: fill('(', RISK_OPENING) },
  { name: 'one paragraph of short lines', kind: 'exhibit', make: fill('Sales rose.\n') },
  { name: 'a real exhibit double-spaced, repeated', kind: 'exhibit', make: fill(`${seed.replace(/\n/g, '\n\n')}\n`) },
  { name: 'contact block of many names and e-mail addresses', kind: 'exhibit', make: numbered((i) => `Mary Kline${i.toString(36)}  (212) 555-0100\nir${i}@acme${i}.com\n`, 'Contact:\n') },
  { name: 'rule, blank line, column header (format idempotence)', kind: 'exhibit', make: fill('Sales rose.\n---\n\n2004    2003\n\n') },
  { name: 'contact label, page marker, name and phone', kind: 'exhibit', make: fill('CONTACT:\n<PAGE>\nAngela Chen (408) 435-0800\n\n') },
  { name: 'blocks before a blank line and <PAGE>', kind: 'exhibit', make: fill('Net sales rose 5%.  \n\n<PAGE>\n  ACME CORP\n\n') },
  { name: '-0- lines', kind: 'exhibit', make: fill('-0-\n') },
  { name: '### lines', kind: 'exhibit', make: fill('###\n') },
  { name: 'tickers', kind: 'exhibit', make: fill('(NYSE: A) ') },
  { name: 'tickers, one a line', kind: 'exhibit', make: fill('(NASDAQ: ABCD; TSX: ABC)\n') },
  { name: 'one-line paragraphs', kind: 'exhibit', make: fill('Line.\n\n') },
  { name: 'HTML cells spanning 1000 columns', kind: 'html', make: fill('<tr><td colspan=1000>1,234</td><td>5</td></tr>', '<table>', '</table>') },
  { name: 'HTML tables nested in tables', kind: 'html', make: (size) => fill('<table><tr><td>x')(size / 2) + fill('</td></tr></table>')(size / 2) },
  { name: 'submission of many documents', kind: 'submission', make: numbered((i) => document(i, 'ACME WINS\n\nDALLAS, Texas, Dec. 30 /PRNewswire/ -- Acme said.\n'), HEADER) },
  { name: 'submission of uuencoded EX-99 documents', kind: 'submission', make: numbered((i) => document(i, 'begin 644 a.gif\nM86)C9&5F9VAI:FML;6YO<\'%R<W1U=G=X>7I!0D-$149\n`\nend\n', 'EX-99')) },
  // Found by the fuzzer: no safe break in a long run of capitals and numbers (format).
  { name: 'a dateline, then capitals and phone numbers on one line', kind: 'exhibit', make: fill('JOHN SMITH (212) 555-0100     ', 'NEW YORK, N.Y., March 3, 2005 /PRNewswire/ -- Acme Corp. (NYSE: ACM)      ') },
  // Grammar-aware garbage.
  { name: '(i) markers', kind: 'exhibit', make: fill('(i) ', 'risks including ') },
  { name: 'Contact: lines', kind: 'exhibit', make: fill('Contact: Jane Roe (212) 555-0100\n') },
  { name: 'nested parentheses', kind: 'exhibit', make: (size) => fill('(')(size / 2) + fill(')')(size / 2) },
  { name: 'runs of --', kind: 'exhibit', make: fill('--') },
  { name: '/PRNewswire/ runs', kind: 'exhibit', make: fill('/PRNewswire/ ') },
  { name: 'spaces', kind: 'exhibit', make: fill(' ') },
  { name: 'dots', kind: 'exhibit', make: fill('.') },
  { name: 'words with "@"', kind: 'exhibit', make: fill('x@') },
  // The shapes of the old timing test (test/scaling.test.ts).
  { name: 'markup on one line', kind: 'exhibit', make: fill('<div><span>Revenue (408) 555-0100 rose 12% to $4.2 million, or $0.31 per share;</span></div>') },
  { name: 'digits in a contact block', kind: 'exhibit', make: fill('(212) 555 0100 12 34 56 78 90 +1 ext ', 'Contact: Jane Roe\n', '\n') },
  { name: 'short lines', kind: 'exhibit', make: fill('ACME CORP\nContact: Jane Roe, (212) 555-0100\n- item one;\n\n') },
  { name: 'many contact lines', kind: 'exhibit', make: fill('Jane Roe  (212) 555-0100  jane@acme.com\n', 'Contact:\n') },
  { name: 'capital lines', kind: 'exhibit', make: fill('ACME CORP REPORTS RESULTS\n') },
  { name: 'long risk sentence', kind: 'exhibit', make: fill('changes in demand, the cost of steel, ', 'Forward-looking statements involve risks, including ', 'and other risks.\n') },
  // A contact sentence is read clause by clause at its semicolons.
  { name: 'contact sentence of many clauses', kind: 'exhibit', make: fill('; analysts may call Jane Roe at (212) 555-0100', 'For more information, contact John Smith at (212) 555-0101', '.\n') },
  // Running heads, initials and run-in series look a bounded way up from each line.
  { name: 'letters and page markers', kind: 'exhibit', make: fill('J. Peter Corliss;\n<PAGE>\nAcme Corp. - May 3, 2004\n\n3) the price of oil;\n') },
];

/** What the library offers that a sweep runs (passed in: the work counter must start before it is imported). */
export interface SweepLibrary {
  readonly format: typeof import('../src/index.js').format;
  readonly htmlToText: typeof import('../src/index.js').htmlToText;
  readonly parse: typeof import('../src/index.js').parse;
  readonly parseSubmission: typeof import('../src/index.js').parseSubmission;
  readonly summarize: typeof import('../src/index.js').summarize;
  readonly submissionExhibits: typeof import('../src/index.js').submissionExhibits;
}

/** Parses, summarizes and formats one input of a shape, as every sweep and the work count do. */
export function runShape(lib: SweepLibrary, shape: Shape, text: string): void {
  if (shape.kind === 'submission') {
    for (const { exhibit } of lib.submissionExhibits(lib.parseSubmission(text))) lib.summarize(exhibit);
    return;
  }
  const tree = lib.parse(shape.kind === 'html' ? lib.htmlToText(text) : text);
  lib.summarize(tree);
  lib.format(tree);
}
