// `node scripts/e2e-docs-screenshots.mjs`: refreshes the README's screenshots in docs/screenshots/
// (outline, hover-case-number, problems, note-thread, reading-view, reading-view-dark, pdf-as-referat) from real VS Code (code-server) runs of
// the e2e tests. Needs `bash .ci/e2e-setup.sh` once. Builds, compiles and runs only the VS Code
// tests (test/e2e/vscode.test.ts, notes.test.ts, readingView.test.ts and pdf.test.ts).
import { execFileSync } from 'node:child_process';

const run = (args, env = process.env) => execFileSync(process.execPath, args, { stdio: 'inherit', env });
run(['scripts/build.mjs']);
run(['node_modules/typescript/bin/tsc', '-p', '.']);
run(['--test', '--test-concurrency=1', '--test-reporter=spec', 'out/test/e2e/vscode.test.js', 'out/test/e2e/notes.test.js', 'out/test/e2e/readingView.test.js', 'out/test/e2e/pdf.test.js'], {
  ...process.env,
  REFERAT_E2E: '1',
  REFERAT_E2E_DOCS_SCREENSHOTS: '1',
});
console.log('screenshots: docs/screenshots/{outline,hover-case-number,problems,note-thread,reading-view,reading-view-dark,pdf-as-referat}.png');
