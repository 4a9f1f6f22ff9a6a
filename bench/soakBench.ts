// Memory while typing (issue 15, item 1): the real server (dist/server.js over stdio) is sent
// one-letter edits at random lines of a 1 MB referat, each followed by an Outline request, as
// an editor does on every keystroke. The server is asked for its memory (bench/heapProbe.ts)
// after a warm-up and every few hundred edits; typing must not make it grow.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchInput } from './inputs';
import { startBenchServer, type ServerMemory } from './lspClient';
import { summarise, type Timing } from './stats';
import { Typist } from './typing';

const MiB = 1024 * 1024;

export interface SoakSample {
  readonly edits: number;
  readonly rssMiB: number;
  readonly heapAfterGcMiB: number;
}

export interface SoakFigure {
  readonly input: string;
  readonly bytes: number;
  readonly edits: number;
  readonly seed: number;
  /** After opening (0 edits), after the warm-up edits, then along the run (edits counted from opening). */
  readonly samples: readonly SoakSample[];
  /**
   * The highest sample minus the one after the warm-up: a whole re-parse (an edit in the table
   * of contents, say) lets go of what earlier edits kept, so the last sample alone can hide growth.
   */
  readonly rssGrowthMiB: number;
  readonly heapGrowthMiB: number;
  /** Each edit until its fresh outline arrived, over the whole run (collections included). */
  readonly editToSymbols: Timing;
}

const WARMUP_EDITS = 100;
const SAMPLE_EVERY = 100;

/** `heapProbe`: the bundled bench/heapProbe.ts. */
export async function soakFigure(repoRoot: string, heapProbe: string, input: BenchInput, edits = 1500, seed = 15): Promise<SoakFigure> {
  const text = readFileSync(input.path, 'utf8');
  const client = await startBenchServer(repoRoot, { heapProbe });
  try {
    const uri = pathToFileURL(`/bench/soak-${input.name}.txt`).toString();
    const typist = new Typist(text, seed);
    const symbols = () => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    client.open(uri, text);
    await symbols();
    const times: number[] = [];
    const type = async () => {
      const start = performance.now();
      client.change(uri, [typist.anywhere()]);
      await symbols();
      times.push(performance.now() - start);
    };
    const sample = (m: ServerMemory, n: number): SoakSample => ({ edits: n, rssMiB: m.rss / MiB, heapAfterGcMiB: m.heapUsedAfterGc / MiB });
    const opened = sample(await client.memory(), 0);
    for (let i = 0; i < WARMUP_EDITS; i++) await type();
    times.length = 0;
    // Growth is counted from here: what opening and the first edits take is not growth.
    const samples = [opened, sample(await client.memory(), WARMUP_EDITS)];
    for (let n = 1; n <= edits; n++) {
      await type();
      if (n % SAMPLE_EVERY === 0 || n === edits) samples.push(sample(await client.memory(), WARMUP_EDITS + n));
    }
    const first = samples[1];
    const after = samples.slice(1);
    return {
      input: input.name,
      bytes: input.bytes,
      edits,
      seed,
      samples,
      rssGrowthMiB: Math.max(...after.map((m) => m.rssMiB)) - first.rssMiB,
      heapGrowthMiB: Math.max(...after.map((m) => m.heapAfterGcMiB)) - first.heapAfterGcMiB,
      editToSymbols: summarise(times),
    };
  } finally {
    await client.stop();
  }
}
