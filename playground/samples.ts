/** The built-in samples, bundled as text (esbuild's `text` loader) so the page needs no fetch. */
import seed from '../fixtures/seed/american-locker-2004.txt';
import cedar from './samples/cedar-sgml.txt';
import harbor from './samples/harbor-html.html';
import northwind from './samples/northwind-text.txt';

export interface Sample {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

export const SAMPLES: readonly Sample[] = [
  { id: 'seed', label: 'Seed: American Locker, 2004 (text)', text: seed },
  { id: 'northwind', label: 'Northwind Instruments (text, risk list)', text: northwind },
  { id: 'harbor', label: 'Harbor Point Bancorp (HTML)', text: harbor },
  { id: 'cedar', label: 'Cedar Valley Foods (SGML document block)', text: cedar },
];
