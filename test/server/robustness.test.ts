// What a reader should never see: error dialogs, a stuck server, a crash. A 20 MB referat and
// a binary file get answers; an invalid case-number pattern in the settings gets one warning,
// and the patterns that are valid still work.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeLensRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DocumentLinkRequest,
  HoverRequest,
  MessageType,
  SelectionRangeRequest,
  ShowMessageNotification,
  type CodeLens,
  type Hover,
  type Location,
  type MarkupContent,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol';
import { startServer, positionOf, type TestClient } from './lspClient';
import { rangeOf } from './readingHelpers';

let client: TestClient;
before(async () => {
  client = await startServer({ locale: 'da' });
});
after(async () => {
  await client.stop();
});

/** A referat of about `size` characters: a table of contents, then items with Indstilling and Beslutning. */
function bigReferat(size: number): { text: string; items: number } {
  const parts = ['REFERAT Udvalget d. 01-02-2024\n\nIndholdsfortegnelse\n\n'];
  const item = (n: number) =>
    `Punkt ${n}: Sag nummer ${n}\n\n00.30.14-G01-${n}-19\n\nSagsfremstilling\n\n${'Udvalget behandlede sagen og talte længe om den. '.repeat(40)}\n\n` +
    `Indstilling\n\n1. at sagen godkendes.\n2. at den drøftes.\n\nBeslutning\n\n1. Godkendt.\n2. Drøftet.\n\n`;
  const perItem = item(1).length;
  const items = Math.ceil(size / perItem);
  for (let n = 1; n <= 50; n++) parts.push(`Sag nummer ${n}\t${n}\n`);
  parts.push('\n');
  for (let n = 1; n <= items; n++) parts.push(item(n));
  return { text: parts.join(''), items };
}

test('a 20 MB referat: lenses, links, hover, definition and selection answer correctly', { timeout: 60_000 }, async () => {
  const { text, items } = bigReferat(20_000_000);
  assert.ok(text.length >= 20_000_000);
  const uri = client.open('big.referat', text);
  const textDocument = { uri };

  const lenses = ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument })) ?? []) as CodeLens[];
  assert.equal(lenses.length, items * 2, 'one lens on each Indstilling and one on each Beslutning');
  const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument })) ?? [];
  assert.equal(links.filter((l) => l.target?.startsWith(`${uri}#L`)).length, 50, 'the 50 table-of-contents entries link to their items');

  const last = text.lastIndexOf(`00.30.14-G01-${items}-19`);
  const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument, position: positionOf(text, last + 2) })) as Hover;
  assert.deepEqual(h.range, rangeOf(text, `00.30.14-G01-${items}-19`, last));
  assert.ok((h.contents as MarkupContent).value.includes(`Løbenummer ${items}`));

  const point = text.lastIndexOf('2. at den drøftes.');
  const definition = ((await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position: positionOf(text, point) })) ?? []) as Location[];
  assert.deepEqual(definition.map((l) => l.range), [rangeOf(text, '2. Drøftet.', point)]);

  const [selection] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [positionOf(text, point + 6)] })) ?? [];
  assert.deepEqual(selection.range, rangeOf(text, 'den', point));
  client.close(uri);
});

test('a binary file with NUL bytes: empty answers, no error, and the server goes on', async () => {
  const chunk = 'PK\u0003\u0004\u0000\u0000\u0014\u0000\u0008\u0000Punkt\u0000\u00ff\ufffd 24/6823 \u0000\n';
  const text = chunk.repeat(50_000);
  const uri = client.open('archive.txt', text);
  const textDocument = { uri };
  assert.deepEqual((await client.connection.sendRequest(CodeLensRequest.type, { textDocument })) ?? [], []);
  assert.deepEqual((await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument })) ?? [], []);
  assert.deepEqual((await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position: { line: 3, character: 2 } })) ?? [], []);
  assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 3, character: 2 } }), null);
  // A case number in the noise is still one; hovering it is harmless.
  const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument, position: rangeOf(text, '24/6823').start })) as Hover;
  assert.ok((h.contents as MarkupContent).value.includes('År 2024'));
  const [selection] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [{ line: 2, character: chunk.indexOf('Punkt') + 2 }] })) ?? [];
  const word = chunk.indexOf('Punkt');
  assert.deepEqual(selection.range, { start: { line: 2, character: word }, end: { line: 2, character: word + 'Punkt'.length } }, 'the word "Punkt"');
  client.close(uri);
  // Still serving.
  const ok = client.open('after.referat', 'Punkt 1: Sag\n\nIndstilling\n\n- at sagen godkendes.\n\nBeslutning\n\nGodkendt.\n');
  assert.equal(((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: ok } })) ?? []).length, 2);
});

test('an invalid case-number pattern gives one warning; valid patterns work and code lenses refresh', async () => {
  const warnings: ShowMessageParams[] = [];
  let warned: () => void = () => undefined;
  const warning = new Promise<void>((resolve) => (warned = resolve));
  client.connection.onNotification(ShowMessageNotification.type, (p) => {
    warnings.push(p);
    warned();
  });
  let refreshed: () => void = () => undefined;
  const refresh = new Promise<void>((resolve) => (refreshed = resolve));
  client.connection.onRequest('workspace/codeLens/refresh', () => {
    refreshed();
    return null;
  });

  client.settings = { caseNumberPatterns: { Broken: '(unclosed', ESDH: '\\b\\d{3}-\\d{4}-\\d{1,6}\\b' } };
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  await Promise.all([warning, refresh]);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].type, MessageType.Warning);
  assert.ok(warnings[0].message.includes('Broken') && !warnings[0].message.includes('ESDH'), warnings[0].message);

  const text = 'Punkt 1: Sag\n\n330-2018-3619\n\nBeslutning\n\nGodkendt.\n';
  const uri = client.open('esdh.referat', text);
  const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 4 } })) as Hover;
  assert.deepEqual(h.range, rangeOf(text, '330-2018-3619'));
  assert.ok((h.contents as MarkupContent).value.includes('Sagsnummer, mønster "ESDH"'));
  client.settings = {};
});
