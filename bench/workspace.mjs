// `node bench/workspace.mjs [--files N]`: the workspace-index bench (bench/workspaceBench.ts).
import { bundleAndRun } from './bundle.mjs';

await bundleAndRun({ entryPoints: ['bench/workspaceBench.ts'], outdir: 'out/bench-workspace', main: 'workspaceBench.js' });
