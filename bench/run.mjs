// `npm run bench`: bundle the server (as the editor runs it) and the bench, then run the bench
// with a collectable heap. Not part of `npm test`: it takes minutes and its figures are noise
// on a busy machine. Arguments pass through (see bench/run.ts).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
await build({
  entryPoints: ['bench/run.ts', 'bench/memoryChild.ts', 'bench/indexChild.ts'],
  outdir: 'out/bench-bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', 'out/bench-bundle/run.js', ...process.argv.slice(2)], { stdio: 'inherit' });
