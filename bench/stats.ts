// Timing: warm-up runs first (so the JIT has compiled the code being measured), then several
// measured runs, summarised by median, p95 and min. One full collection before the warm-up
// keeps the previous figure's garbage out; none between runs: a forced full GC makes V8 give
// back its young generation, and every run then paid for growing it again (a 1 MB parse
// measured 30 ms that way against 8 ms without), which no server sees. The one collection
// before the warm-up does that too, so a figure can ask for a warm-up of some duration
// (`warmupMs`), long enough for V8 to grow the young generation back and compile the rest.

export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
}

const collect = (globalThis as { gc?: () => void }).gc;

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), minMs: sorted[0] };
}

export function timeSync(fn: () => unknown, options: { warmup: number; runs: number; warmupMs?: number }): Timing {
  collect?.();
  const warmupStart = performance.now();
  for (let i = 0; i < options.warmup || performance.now() - warmupStart < (options.warmupMs ?? 0); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export async function timeAsync(fn: () => Promise<unknown>, options: { warmup: number; runs: number }): Promise<Timing> {
  collect?.();
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
