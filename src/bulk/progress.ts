/**
 * Progress of a bulk run: a bar with files/s, MB/s and ETA on a terminal (cli-progress),
 * a plain line every few seconds otherwise, nothing with `--quiet`. The total comes from a
 * count of the inputs made alongside the work; until it is known the display says it is
 * still counting and shows no percentage and no ETA, so it never claims 100% early.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** The total, once the inputs have all been counted. */
  setTotal(total: number): void;
  /** One input done now (its size in bytes), or done by an earlier run (0 bytes, `earlier`). */
  tick(bytes: number, earlier?: boolean): void;
  stop(): void;
}

/** Seconds between plain progress lines. */
const LINE_EVERY_MS = 5000;

export interface ProgressState {
  readonly done: number;
  readonly total: number | null;
  readonly filesPerSecond: number;
  readonly mbPerSecond: number;
}

/** One line for a state: percentage and ETA only once the total is known. */
export function describe(s: ProgressState): string {
  const rates = `${s.filesPerSecond.toFixed(1)} files/s, ${s.mbPerSecond.toFixed(2)} MB/s`;
  if (s.total === null) return `${s.done} files done (still counting inputs), ${rates}`;
  const left = Math.max(0, s.total - s.done);
  const percent = s.total === 0 ? 100 : Math.floor((100 * s.done) / s.total);
  const eta = s.filesPerSecond > 0 ? `${Math.round(left / s.filesPerSecond)}s` : '?';
  return `${s.done}/${s.total} files (${left > 0 ? Math.min(percent, 99) : 100}%), ${rates}, ETA ${eta}`;
}

export function createProgress(mode: 'bar' | 'lines' | 'quiet', write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Progress {
  if (mode === 'quiet') return { setTotal: () => undefined, tick: () => undefined, stop: () => undefined };
  const started = Date.now();
  let done = 0;
  let doneNow = 0;
  let bytes = 0;
  let total: number | null = null;
  const state = (): ProgressState => {
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    return { done, total, filesPerSecond: doneNow / secs, mbPerSecond: bytes / 1e6 / secs };
  };
  const count = (b: number, earlier: boolean): void => {
    done++;
    if (!earlier) doneNow++;
    bytes += b;
  };

  if (mode === 'lines') {
    // The first input done prints a line at once (a log shows the run has begun), then one
    // line every LINE_EVERY_MS.
    let last = started - LINE_EVERY_MS;
    return {
      setTotal: (t) => {
        total = t;
      },
      tick: (b, earlier = false) => {
        count(b, earlier);
        const now = Date.now();
        if (now - last >= LINE_EVERY_MS) {
          last = now;
          write(`normalize: ${describe(state())}`);
        }
      },
      stop: () => undefined,
    };
  }

  const barOf = (s: ProgressState, size: number): string => {
    if (s.total === null) return '░'.repeat(size);
    const filled = s.total === 0 ? size : Math.floor((size * Math.min(s.done, s.total)) / s.total);
    return '█'.repeat(filled) + '░'.repeat(size - filled);
  };
  const bar = new cliProgress.SingleBar(
    { format: () => { const s = state(); return `normalize [${barOf(s, 30)}] ${describe(s)}`; }, hideCursor: true, stream: process.stderr, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0);
  return {
    setTotal: (t) => {
      total = t;
      bar.update(0);
    },
    tick: (b, earlier = false) => {
      count(b, earlier);
      bar.update(0);
    },
    stop: () => bar.stop(),
  };
}
