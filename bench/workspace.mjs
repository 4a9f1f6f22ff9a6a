// `node bench/workspace.mjs [--files N]`: the workspace-index bench (bench/workspaceBench.ts).
// Bundles the server as the editor runs it, then the bench, and runs it with a collectable
// heap. Not part of `npm test`: it takes a while and its figures are noise on a busy machine.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
await build({
  entryPoints: ['bench/workspaceBench.ts'],
  outdir: 'out/bench-workspace',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
execFileSync(process.execPath, ['--expose-gc', 'out/bench-workspace/workspaceBench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
