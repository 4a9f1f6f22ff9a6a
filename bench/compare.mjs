// `node bench/compare.mjs <commit> [<commit> ...] [--rounds N]`: parse time of the parser as it
// was at each commit and as it is in the work tree, in one process, runs interleaved, so a
// busy machine slows every version alike and the ratios stay fair. It gives CPU time too
// (process.cpuUsage, GC threads included): time the parse ran, not time it waited for a core
// that other processes held, so it is the steadier figure on a shared machine. Before/after
// figures in bench/RESULTS.md come from here. Inputs are those of `npm run bench` (run it once first).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 15;
const commits = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
const dir = join('out', 'bench-compare');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const versions = [];
for (const commit of commits) {
  const at = join(dir, commit);
  mkdirSync(at, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} server/src/parser | tar -x -C ${at}`]);
  versions.push({ name: commit, path: join(at, 'server', 'src', 'parser') });
}
versions.push({ name: 'work tree', path: join('server', 'src', 'parser') });

const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `${versions.map((v, i) => `import { parseReferat as p${i} } from '${join(process.cwd(), v.path)}';`).join('\n')}
import { readFileSync } from 'node:fs';
const versions = [${versions.map((v, i) => `['${v.name}', p${i}]`).join(', ')}] as const;
const inputs = ${JSON.stringify(['referat-1mb', 'referat-10mb', 'transcript-10mb'].map((n) => join(process.cwd(), 'bench', 'inputs', `${n}.txt`)))};
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const rounds = ${rounds};
for (const path of inputs) {
  const text = readFileSync(path, 'utf8');
  const mb = Buffer.byteLength(text) / 1e6;
  const times: number[][] = versions.map(() => []);
  const cpu: number[][] = versions.map(() => []);
  gc();
  // A second of warm-up at least, as bench/inProcess.ts: the collection above shrinks the young
  // generation, and until V8 grows it back a 1 MB parse measures scavenges more than parsing.
  const warmupStart = performance.now();
  for (let w = 0; w < 3 || performance.now() - warmupStart < 1000; w++) for (const [, parse] of versions) parse(text);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < versions.length; k++) {
      const i = (k + r) % versions.length;
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      versions[i][1](text);
      times[i].push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu[i].push((used.user + used.system) / 1000);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const base = median(times[0]);
  console.log('\\n' + path.split('/').pop() + \` (\${rounds} rounds)\`);
  const cpuBase = median(cpu[0]);
  console.log('| parser at | median ms | min ms | MB/s (median) | speed-up vs first | CPU ms (median) | speed-up in CPU time |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  versions.forEach(([name], i) => {
    const m = median(times[i]);
    const c = median(cpu[i]);
    console.log(\`| \${name} | \${m.toFixed(2)} | \${Math.min(...times[i]).toFixed(2)} | \${(mb / m * 1000).toFixed(1)} | \${(base / m).toFixed(2)}× | \${c.toFixed(2)} | \${(cpuBase / c).toFixed(2)}× |\`);
  });
}
`,
);
if (!existsSync(join('bench', 'inputs', 'referat-10mb.txt'))) throw new Error('run npm run bench once first: it makes bench/inputs/');
await build({ entryPoints: [entry], outfile: join(dir, 'entry.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
execFileSync(process.execPath, ['--expose-gc', join(dir, 'entry.js')], { stdio: 'inherit' });
