/**
 * Progress of a bulk run: a bar with files/s, MB/s and ETA on a terminal (cli-progress),
 * a plain line every few seconds otherwise, nothing with `--quiet`.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** The total, once the inputs have all been listed. */
  setTotal(total: number): void;
  tick(bytes: number): void;
  stop(): void;
}

/** Seconds between plain progress lines. */
const LINE_EVERY_MS = 5000;

export function createProgress(mode: 'bar' | 'lines' | 'quiet', write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Progress {
  const started = Date.now();
  let done = 0;
  let bytes = 0;
  let total: number | null = null;
  const rates = (): { files: number; mb: number; eta: string } => {
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    const files = done / secs;
    const eta = total !== null && files > 0 ? `${Math.round((total - done) / files)}s` : '?';
    return { files, mb: bytes / 1e6 / secs, eta };
  };

  if (mode === 'quiet') return { setTotal: () => undefined, tick: () => undefined, stop: () => undefined };

  if (mode === 'lines') {
    let last = started;
    return {
      setTotal: (t) => {
        total = t;
      },
      tick: (b) => {
        done++;
        bytes += b;
        const now = Date.now();
        if (now - last >= LINE_EVERY_MS) {
          last = now;
          const r = rates();
          write(`normalize: ${done}${total !== null ? `/${total}` : ''} files, ${r.files.toFixed(1)} files/s, ${r.mb.toFixed(2)} MB/s, ETA ${r.eta}`);
        }
      },
      stop: () => undefined,
    };
  }

  const bar = new cliProgress.SingleBar(
    { format: 'normalize [{bar}] {value}/{total} files | {rate} files/s | {mbps} MB/s | ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rate: '0.0', mbps: '0.00' });
  return {
    setTotal: (t) => {
      total = t;
      bar.setTotal(t);
    },
    tick: (b) => {
      done++;
      bytes += b;
      const r = rates();
      if (total === null) bar.setTotal(done);
      bar.update(done, { rate: r.files.toFixed(1), mbps: r.mb.toFixed(2) });
    },
    stop: () => bar.stop(),
  };
}
