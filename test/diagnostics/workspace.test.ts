// Workspace diagnostics: every referat in the workspace folder is published, open or not, and
// the setting referat.workspaceDiagnostics turns that off.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from '../server/lspClient';

const HEADER = 'REFERAT Beskæftigelsesudvalget d. 06-10-2020\n\nMødedato Tirsdag d. 6. oktober 2020 kl. 16:00\n\n';
const MISMATCH = HEADER + 'Indholdsfortegnelse\n\nSagsstyingsliste.....\t2\n\nPunkt 83: Sagsstyringsliste\n\nBeslutning\n\nTaget til efterretning.\n';
const EMPTY_BILAG = HEADER + 'Punkt 83: Sagsstyringsliste\n\nBilag\n\nBeslutning\n\nTaget til efterretning.\n';

const dir = mkdtempSync(join(tmpdir(), 'referat-diagnostics-'));
writeFileSync(join(dir, 'moede.referat'), MISMATCH);
writeFileSync(join(dir, 'noter.txt'), 'Husk at læse referatet.\n');
const rootUri = pathToFileURL(dir).toString();
const fileUri = pathToFileURL(join(dir, 'moede.referat')).toString();
after(() => rmSync(dir, { recursive: true, force: true }));

const codes = (p: { diagnostics: { code?: string | number; range: { start: { line: number } } }[] }) => p.diagnostics.map((d) => [d.code, d.range.start.line + 1]);

/** Waits until the index has read the workspace (it starts once the settings are read). */
async function indexed(client: TestClient): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const status = await client.connection.sendRequest<{ files: number }>('referat/indexStatus', { wait: true });
    if (status.files > 0) return;
  }
  assert.fail('the workspace was never indexed');
}

test('a referat that is not open is published from disk; opened, from the editor; closed, from disk again', { timeout: 20000 }, async () => {
  const client = await startServer({ rootUri });
  try {
    const fromDisk = await client.diagnostics(fileUri);
    assert.equal(fromDisk.version, undefined);
    assert.deepEqual(codes(fromDisk), [['toc-mismatch', 7]]);
    client.open(fileUri, MISMATCH.replace('Sagsstyingsliste', 'Sagsstyringsliste'));
    assert.deepEqual(codes(await client.diagnostics(fileUri, (p) => p.version === 1)), []);
    // Meanwhile the file on disk gets another defect; closing shows what the disk says.
    writeFileSync(join(dir, 'moede.referat'), EMPTY_BILAG);
    client.close(fileUri);
    const again = await client.diagnostics(fileUri, (p) => p.version === undefined && p.diagnostics.some((d) => d.code === 'empty-section'));
    assert.deepEqual(codes(again), [['empty-section', 7]]);
  } finally {
    writeFileSync(join(dir, 'moede.referat'), MISMATCH);
    await client.stop();
  }
});

test('with referat.workspaceDiagnostics off, files that are not open get no diagnostics', { timeout: 20000 }, async () => {
  const client = await startServer({ rootUri, settings: { workspaceDiagnostics: false } });
  try {
    let published = false;
    void client.diagnostics(fileUri).then(() => (published = true));
    await indexed(client);
    assert.equal(published, false);
    // An open document still gets its diagnostics.
    client.open(fileUri, MISMATCH);
    assert.deepEqual(codes(await client.diagnostics(fileUri, (p) => p.version === 1)), [['toc-mismatch', 7]]);
  } finally {
    await client.stop();
  }
});
