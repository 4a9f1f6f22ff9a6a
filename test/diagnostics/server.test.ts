// Diagnostics and quick fixes through the real server (dist/server.js over stdio).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { startServer, positionOf, type TestClient } from '../server/lspClient';
import { samples } from '../testUtil';
import { LineIndex } from '../../server/src/parser';

let client: TestClient;
before(async () => {
  client = await startServer({ locale: 'da' });
});
after(async () => {
  await client.stop();
});

const serious = (ds: readonly Diagnostic[]) =>
  ds.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning).map((d) => ({ line: d.range.start.line + 1, code: d.code }));

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  return sorted.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

const rangeOf = (text: string, needle: string) => ({ start: positionOf(text, text.indexOf(needle)), end: positionOf(text, text.indexOf(needle) + needle.length) });

test('the server offers quick fixes', () => {
  assert.deepEqual(client.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
});

for (const sample of samples()) {
  test(`${sample.name}: published Warning and Error diagnostics are exactly the gold findings`, async () => {
    const { uri } = client.openSample(sample.name);
    const published = await client.diagnostics(uri);
    assert.deepEqual(serious(published.diagnostics), sample.gold.findings.map((f) => ({ line: f.line, code: f.code })));
    assert.ok(published.diagnostics.every((d) => d.source === 'referat'));
    client.close(uri);
  });
}

const TOC_TEXT =
  'REFERAT Beskæftigelsesudvalget d. 06-10-2020\n\nMødedato Tirsdag d. 6. oktober 2020 kl. 16:00\n\nIndholdsfortegnelse\n\n' +
  'Sagsstyingsliste pr. 30. september 2020.....\t26\n\nPunkt 83: Sagsstyringsliste pr. 30. september 2020\n\nBeslutning\n\nTaget til efterretning.\n';

test('a table-of-contents mismatch: exact range, the Danish message, the item heading as related information', async () => {
  const uri = client.open('toc.referat', TOC_TEXT);
  const { diagnostics } = await client.diagnostics(uri);
  assert.deepEqual(diagnostics, [
    {
      range: rangeOf(TOC_TEXT, 'Sagsstyingsliste pr. 30. september 2020'),
      severity: DiagnosticSeverity.Warning,
      code: 'toc-mismatch',
      source: 'referat',
      message: "Indholdsfortegnelsen siger 'Sagsstyingsliste pr. 30. september 2020', men Punkt 83 hedder 'Sagsstyringsliste pr. 30. september 2020'",
      relatedInformation: [{ location: { uri, range: rangeOf(TOC_TEXT, 'Punkt 83: Sagsstyringsliste pr. 30. september 2020') }, message: 'Punkt 83: Sagsstyringsliste pr. 30. september 2020' }],
    },
  ]);
  client.close(uri);
});

test('the quick fix for the mismatch names the diagnostic and its edit gives the item\'s title', async () => {
  const uri = client.open('tocfix.referat', TOC_TEXT);
  const { diagnostics } = await client.diagnostics(uri);
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics },
  })) as CodeAction[];
  assert.equal(actions.length, 1);
  assert.equal(actions[0].title, 'Brug titlen fra Punkt 83');
  assert.equal(actions[0].kind, 'quickfix');
  assert.deepEqual(actions[0].diagnostics, [diagnostics[0]]);
  const edits = actions[0].edit!.changes![uri];
  assert.equal(applyEdits(TOC_TEXT, edits), TOC_TEXT.replace('Sagsstyingsliste pr. 30. september 2020.....', 'Sagsstyringsliste pr. 30. september 2020.....'));
  client.close(uri);
});

test('no quick fix away from a diagnostic', async () => {
  const uri = client.open('nofix.referat', TOC_TEXT);
  await client.diagnostics(uri);
  const at = positionOf(TOC_TEXT, TOC_TEXT.indexOf('Taget til'));
  const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
  assert.deepEqual(actions, []);
  client.close(uri);
});

test('an edit publishes the diagnostics of the new version', async () => {
  const uri = client.open('edit.referat', TOC_TEXT);
  assert.equal((await client.diagnostics(uri)).diagnostics.length, 1);
  const repaired = TOC_TEXT.replace('Sagsstyingsliste', 'Sagsstyringsliste');
  client.change(uri, repaired);
  const second = await client.diagnostics(uri);
  assert.equal(second.version, 2);
  assert.deepEqual(second.diagnostics, []);
  client.change(uri, repaired.replace('Taget til efterretning.\n', ''));
  const third = await client.diagnostics(uri);
  assert.deepEqual(third.diagnostics.map((d) => [d.code, d.range.start.line]), [['empty-decision', 10]]);
  client.close(uri);
});

test('closing a document clears its diagnostics', async () => {
  const uri = client.open('close.referat', TOC_TEXT);
  await client.diagnostics(uri);
  client.close(uri);
  const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  assert.deepEqual(cleared.diagnostics, []);
});

test('referat.rules switches a rule off and changes another\'s severity', async () => {
  const configured = await startServer({ locale: 'en', settings: { rules: { 'empty-section': 'off', 'toc-truncated': 'error' } } });
  try {
    const empty = configured.openSample('000_df28461cf8eca80f.txt');
    assert.deepEqual((await configured.diagnostics(empty.uri)).diagnostics.filter((d) => d.code === 'empty-section'), []);
    const truncated = configured.openSample('004_32a3fcc01710ab42.txt');
    const found = (await configured.diagnostics(truncated.uri)).diagnostics.filter((d) => d.code === 'toc-truncated');
    assert.deepEqual(found.map((d) => [d.range.start.line + 1, d.severity]), [[15, DiagnosticSeverity.Error]]);
  } finally {
    await configured.stop();
  }
});

test('quick fixes come only for the diagnostics the editor sends', async () => {
  const uri = client.open('onlysent.referat', TOC_TEXT);
  const { diagnostics } = await client.diagnostics(uri);
  const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [] } });
  assert.deepEqual(actions, []);
  client.close(uri);
});

test('the quick fix for an empty section removes its heading', async () => {
  const text = 'REFERAT Udvalget d. 21-05-2024\n\nPunkt 68: Første\n\nBeslutning\n\nGodkendt.\n\nBilag\n\nPunkt 69: Anden\n\nBeslutning\n\nGodkendt.\n';
  const uri = client.open('emptyfix.referat', text);
  const { diagnostics } = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['empty-section', "Afsnittet 'Bilag' i Punkt 68 er tomt"]]);
  const [action] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as CodeAction[];
  assert.equal(action.title, "Fjern den tomme overskrift 'Bilag'");
  assert.equal(applyEdits(text, action.edit!.changes![uri]), text.replace('Bilag\n\n', ''));
  client.close(uri);
});
