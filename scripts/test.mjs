// `npm test`: bundle, type-check and compile the tests, then run them with Node's test runner.
// Tiers by folder, so the quick one stays quick:
//   quick       everything but the two folders below (always)
//   durability  test/durability: the 1,000-kill crash test of the notes store (CI, REFERAT_SLOW=1)
//   e2e         test/e2e: real VS Code (code-server) and Neovim (CI, REFERAT_E2E=1)
// One `node --test` run for all, so its closing lines count every test.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: 'inherit', env });

run(process.execPath, ['scripts/build.mjs']);
rmSync('out', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);
// The webview's script has the DOM's types, not Node's: a project of its own.
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'client/webview']);

function testFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...testFiles(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found;
}

const ci = process.env.CI === 'true';
const tiers = { e2e: ci || process.env.REFERAT_E2E === '1', durability: ci || process.env.REFERAT_SLOW === '1' };
const tierOf = (file) => (file.includes(join('out', 'test', 'e2e')) ? 'e2e' : file.includes(join('out', 'test', 'durability')) ? 'durability' : 'quick');
const files = testFiles('out/test').filter((f) => tierOf(f) === 'quick' || tiers[tierOf(f)]);
// The quick tier's files are independent and use both cores; the slow tiers run one file at a
// time so the real editors' time limits are not eaten by a neighbour.
const concurrency = tiers.e2e || tiers.durability ? 1 : 2;
run(process.execPath, ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files.sort()]);
