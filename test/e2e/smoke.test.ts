// Smoke test of the real-editor harness: code-server starts with the packaged extension,
// Chromium opens the samples folder, a sample opens in an editor, and the extension host
// runs the test-runner extension. Runs only with REFERAT_E2E=1 or CI=true (scripts/test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CodeServerSession } from './harness/codeServer';
import { builtServer, chromium, codeServerEntry, node24, requireTools } from './harness/env';

const SAMPLE = '000_df28461cf8eca80f.txt';

test('code-server opens a sample with the packaged extension installed', { timeout: 120_000 }, async (t) => {
  if (!requireTools(t, { node24: node24(), codeServer: codeServerEntry(), chromium: chromium(), server: builtServer() })) return;
  const session = await CodeServerSession.start({ apiTests: join(__dirname, 'api', 'smoke.api.js') });
  try {
    await session.openFile(SAMPLE);
    const shot = await session.screenshot('smoke-sample-open');
    assert.ok(shot.endsWith('.png'));
    const api = await session.apiResult();
    assert.equal(api.failed, 0, JSON.stringify(api, null, 2));
    const ext = api.tests.find((r) => r.name === 'extension is installed')?.value as { id: string } | undefined;
    assert.equal(ext?.id, 'referat.referat');
  } finally {
    await session.close();
  }
});
