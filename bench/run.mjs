// `npm run bench`: the parser, memory, indexing, the real server, typing into it and the
// Markdown peer (see bench/run.ts; arguments pass through).
import { bundleAndRun } from './bundle.mjs';

await bundleAndRun({
  entryPoints: ['bench/run.ts', 'bench/memoryChild.ts', 'bench/indexChild.ts', 'bench/serverChild.ts', 'bench/heapProbe.ts'],
  outdir: 'out/bench-bundle',
  main: 'run.js',
  nodeArgs: ['--max-old-space-size=8192'],
});
