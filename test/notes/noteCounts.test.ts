// Note counts reach the Outline and the item hover: the client sends `referat/noteCounts`,
// the real server shows "2 note(r)" in Punkt 64's detail and hover, and nothing on other items.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestClient } from '../server/lspClient';
import { NOTE_COUNTS_NOTIFICATION, NoteCounts } from '../../server/src/noteCounts';

const SAMPLE = '000_df28461cf8eca80f.txt';
let client: TestClient;
before(async () => {
  client = await startServer({ locale: 'da' });
});
after(async () => {
  await client.stop();
});

test('note counts show in the Outline detail and the hover of the item heading', async () => {
  const { uri } = client.openSample(SAMPLE);
  await client.connection.sendNotification(NOTE_COUNTS_NOTIFICATION, { uri, counts: { '64': 2, '65': 0 } });
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const detail = (n: number) => symbols.find((s) => s.name.startsWith(`Punkt ${n}:`))?.detail;
  assert.equal(detail(64), '00.30.02-S00-21-19 · godkendt · 2 note(r)');
  assert.ok(!detail(65)?.includes('note'), detail(65));
  const heading = symbols.find((s) => s.name.startsWith('Punkt 64:'))!.selectionRange.start;
  const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: heading })) as Hover;
  assert.match((hover.contents as MarkupContent).value, /^- 2 note\(r\)$/m);

  await client.connection.sendNotification(NOTE_COUNTS_NOTIFICATION, { uri, counts: {} });
  const after = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(after.find((s) => s.name.startsWith('Punkt 64:'))?.detail, '00.30.02-S00-21-19 · godkendt');
  client.close(uri);
});

test('malformed note counts are refused and change nothing', () => {
  const counts = new NoteCounts();
  assert.equal(counts.set({ uri: 'file:///a.txt', counts: { '64': 2 } }), true);
  for (const bad of [null, 'x', { uri: 1, counts: {} }, { uri: 'file:///a.txt', counts: [] }, { uri: 'file:///a.txt', counts: { x: 1 } }, { uri: 'file:///a.txt', counts: { '64': -1 } }]) {
    assert.equal(counts.set(bad), false, JSON.stringify(bad));
  }
  assert.deepEqual([...counts.get('file:///a.txt')!], [[64, 2]]);
});
