// Over stdio the server encodes its messages itself, reusing the bytes of Outline symbols it
// sent before (server/src/platform/jsonEncoder.ts). Whatever it reuses, a client must read
// exactly what JSON.stringify would have sent: same bytes, same Outline, for every version.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeMessage } from '../../server/src/platform/jsonEncoder';
import { cachedDocumentSymbols } from '../../server/src/languageFeatures/documentSymbols';
import { markShared } from '../../server/src/languageFeatures/sharedElements';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { DocumentCache } from '../../server/src/documentCache';
import { recordingEdits } from '../../server/src/documentEdits';
import { Messages } from '../../server/src/l10n';
import { PublishedDiagnostics } from '../../server/src/publishedDiagnostics';
import { ruleLevels } from '../../server/src/diagnostics';
import { samples } from '../testUtil';
import { seededRandom } from '../seededRandom';

const plain = (msg: object) => Buffer.from(JSON.stringify(msg), 'utf8');

test('typing letters and line breaks: every Outline answer is byte for byte what JSON.stringify gives', () => {
  const english = new Messages('en');
  for (const sample of samples()) {
    const random = seededRandom(7 + sample.text.length);
    const cache = new DocumentCache();
    const config = recordingEdits((uri, from, to, edit) => cache.edited(uri, from, to, edit));
    let document = config.create('file:///encoded.txt', 'referat', 1, sample.text);
    for (let id = 1; id <= 40; id++) {
      const offset = Math.floor(random() * document.getText().length);
      const at = document.positionAt(offset);
      // æ and a quote: bytes beyond ASCII and characters JSON escapes.
      const text = random() < 0.85 ? (random() < 0.5 ? 'æ' : '"') : '\n';
      document = config.update(document, [{ range: { start: at, end: at }, text }], document.version + 1);
      const symbols = cachedDocumentSymbols(cache.get(document), english, null, { subHeadings: false }, cache.origin(document.uri), notCancelled);
      const response = { jsonrpc: '2.0', id, result: symbols };
      assert.ok(encodeMessage(response).equals(plain(response)), `${sample.name}, version ${document.version}`);
    }
  }
});

test('typing: every diagnostics notification is byte for byte what JSON.stringify gives, and those carried over are the objects sent before (whose bytes the encoder keeps)', () => {
  const english = new Messages('en');
  const options = { levels: ruleLevels().levels, kle: null };
  let reused = 0;
  for (const sample of samples()) {
    const random = seededRandom(11 + sample.text.length);
    const cache = new DocumentCache();
    const published = new PublishedDiagnostics();
    const config = recordingEdits((uri, from, to, edit) => {
      cache.edited(uri, from, to, edit);
      published.edited(uri, from, to, edit);
    });
    let document = config.create('file:///encoded.txt', 'referat', 1, sample.text);
    let sent = new Set<object>();
    for (let i = 0; i < 30; i++) {
      const diagnostics = published.next(cache.get(document), document.uri, document.version, english, options);
      const notification = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: document.uri, version: document.version, diagnostics } };
      assert.ok(encodeMessage(notification).equals(plain(notification)), `${sample.name}, version ${document.version}`);
      reused += diagnostics.filter((d) => sent.has(d)).length;
      sent = new Set(diagnostics);
      const at = document.positionAt(Math.floor(random() * document.getText().length));
      document = config.update(document, [{ range: { start: at, end: at }, text: random() < 0.85 ? 'ø"' : '\n' }], document.version + 1);
    }
  }
  assert.ok(reused > 0, 'diagnostics carried over from the version before');
});

test('messages with shared elements anywhere, or with none, are what JSON.stringify gives', () => {
  const shared = markShared([{ name: 'Punkt 1: Å', kind: 5 }]);
  const cases: object[] = [
    { jsonrpc: '2.0', id: 'a"b', result: shared },
    { jsonrpc: '2.0', id: 3, result: [{ name: 'not shared' }] },
    { jsonrpc: '2.0', id: 4, result: shared, error: { code: -32800, message: 'cancelled' } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x', diagnostics: [] } },
    { jsonrpc: '2.0', id: 5, result: markShared([]) },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///ø', version: undefined, diagnostics: shared, f: () => 1 } },
    { jsonrpc: '2.0', method: 'x', params: { nested: { deeper: shared }, list: [shared] } },
    { jsonrpc: '2.0', id: null, result: null },
  ];
  for (const msg of cases) assert.ok(encodeMessage(msg as never).equals(plain(msg)), JSON.stringify(msg));
});
