// Test-only extension (plain JS, no build). code-server has no --extensionTestsPath, so the
// e2e harness installs this beside the extension under test. On startup it loads the module
// named in REFERAT_E2E_API_TESTS and runs its tests inside the real extension host, then
// writes { done, passed, failed, tests: [{ name, ok, ms, error?, value? }] } to
// REFERAT_E2E_RESULT (written to a temp name and renamed, so a reader never sees half a file).
//
// The test module exports `tests`: an object of name -> async (ctx) => value, where
// ctx = { vscode, workspaceFolder, log }. A test passes when its promise resolves; what it
// resolves to is copied into the result as `value` (so the Node side can assert on it too).
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

function write(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2));
  fs.renameSync(tmp, file);
}

async function runAll(modulePath, resultFile) {
  const result = { done: false, passed: 0, failed: 0, tests: [], log: [] };
  const log = (...args) => result.log.push(args.map(String).join(' '));
  try {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    const mod = require(path.resolve(modulePath));
    const tests = mod.tests || (mod.default && mod.default.tests) || {};
    for (const [name, fn] of Object.entries(tests)) {
      const start = Date.now();
      try {
        const value = await fn({ vscode, workspaceFolder: folder, log });
        result.tests.push({ name, ok: true, ms: Date.now() - start, value: value === undefined ? null : value });
        result.passed++;
      } catch (err) {
        result.tests.push({ name, ok: false, ms: Date.now() - start, error: String((err && err.stack) || err) });
        result.failed++;
      }
      write(resultFile, result);
    }
  } catch (err) {
    result.error = String((err && err.stack) || err);
    result.failed++;
  }
  result.done = true;
  write(resultFile, result);
}

function activate() {
  const modulePath = process.env.REFERAT_E2E_API_TESTS;
  const resultFile = process.env.REFERAT_E2E_RESULT;
  if (!modulePath || !resultFile) return;
  // Do not hold up activation of other extensions.
  setTimeout(() => {
    runAll(modulePath, resultFile).catch((err) => {
      try {
        write(resultFile, { done: true, passed: 0, failed: 1, tests: [], error: String((err && err.stack) || err) });
      } catch {
        /* nothing left to report to */
      }
    });
  }, 0);
}

function deactivate() {}

module.exports = { activate, deactivate };
