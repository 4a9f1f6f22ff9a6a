// `npm test`: bundle, type-check and compile the tests, then run them with Node's test runner.
// Suites are opt-in by folder so the quick ones stay quick; CI and REFERAT_E2E=1 add the real editors.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: 'inherit', env });

run(process.execPath, ['scripts/build.mjs']);
rmSync('out', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);

function testFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...testFiles(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found;
}

const e2e = process.env.REFERAT_E2E === '1' || process.env.CI === 'true';
const files = testFiles('out/test').filter((f) => e2e || !f.includes(`${join('out', 'test', 'e2e')}`));
run(process.execPath, ['--test', '--test-reporter=spec', ...files.sort()]);
