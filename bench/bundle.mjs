// Shared by the bench launchers: bundle the server as the editor runs it, bundle the bench
// entry points, and run one with a collectable heap. Not part of `npm test`: benches take
// minutes and their figures are noise on a busy machine.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

export async function bundleAndRun({ entryPoints, outdir, main, nodeArgs = [] }) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  await build({ entryPoints, outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' });
  execFileSync(process.execPath, ['--expose-gc', ...nodeArgs, `${outdir}/${main}`, ...process.argv.slice(2)], { stdio: 'inherit' });
}
