/** The Chromium the browser tests drive: `CHROMIUM_PATH`, or the first browser on the PATH. */
import { execFileSync } from 'node:child_process';

export function findChromium(): string | null {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
    } catch {
      // Not this one.
    }
  }
  return null;
}
