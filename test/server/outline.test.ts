// Document symbols and folding through the real server.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeConfigurationNotification, DocumentSymbolRequest, FoldingRangeRequest, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { startServer, positionOf, type TestClient } from './lspClient';
import { samples } from '../testUtil';

let client: TestClient;
before(async () => {
  client = await startServer({ locale: 'da' });
});
after(async () => {
  await client.stop();
});

for (const sample of samples()) {
  test(`${sample.name}: the outline lists every item, with its case number, and its sections`, async () => {
    const { uri } = client.openSample(sample.name);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const items = symbols.filter((s) => s.name.startsWith('Punkt '));
    assert.deepEqual(
      items.map((s) => s.name),
      sample.gold.items.map((it) => `Punkt ${it.number}: ${it.title}`),
    );
    sample.gold.items.forEach((goldItem, i) => {
      const symbol = items[i];
      assert.equal(symbol.selectionRange.start.line, goldItem.line - 1, `Punkt ${goldItem.number} heading line`);
      assert.equal(symbol.selectionRange.start.character, goldItem.column ?? 0, `Punkt ${goldItem.number} heading column`);
      if (goldItem.caseNumber) assert.ok(symbol.detail?.includes(goldItem.caseNumber), `detail of Punkt ${goldItem.number}: ${symbol.detail}`);
      const sectionLines = (symbol.children ?? []).filter((c) => c.kind !== 15 /* String: sub-heading */).map((c) => c.selectionRange.start.line + 1);
      for (const s of goldItem.sections) assert.ok(sectionLines.includes(s.line), `Punkt ${goldItem.number}: section ${s.kind} at line ${s.line}`);
      // Children lie inside their parent, or VS Code drops them from the Outline.
      for (const c of symbol.children ?? []) {
        assert.ok(c.range.start.line >= symbol.range.start.line && c.range.end.line <= symbol.range.end.line, `${c.name} inside ${symbol.name}`);
      }
    });
    client.close(uri);
  });
}

test('an item symbol spans from its heading to the end of its last line', async () => {
  const text = 'REFERAT Udvalg d. 01-02-2024\n\nPunkt 1: Første\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Anden\n\nBeslutning\n\nTaget til efterretning.\n';
  const uri = client.open('range.referat', text);
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const first = symbols.find((s) => s.name === 'Punkt 1: Første')!;
  assert.deepEqual(first.range, { start: positionOf(text, text.indexOf('Punkt 1')), end: positionOf(text, text.indexOf('Godkendt.') + 'Godkendt.'.length) });
  assert.equal(first.detail, 'godkendt');
  const second = symbols.find((s) => s.name === 'Punkt 2: Anden')!;
  assert.equal(second.children?.[0].detail, 'taget til efterretning');
});

test('folding covers items and sections, ending on their last line of content', async () => {
  const text = 'Punkt 1: Første\n\nSagsfremstilling\n\nTekst.\n\nMere tekst.\n\nPunkt 2: Anden\n';
  const uri = client.open('fold.referat', text);
  const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.deepEqual(
    (ranges ?? []).map((r) => [r.startLine, r.endLine]),
    [
      [0, 6],
      [2, 6],
    ],
  );
});

test('a referat in which no item is found says so in the Outline, in the user\'s language, on line 1', async () => {
  const uri = client.open('ukendt-layout.txt', 'Møde i Ukendtudvalget\n\nNoget tekst uden punkter.\n');
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const last = symbols[symbols.length - 1];
  assert.deepEqual([last.name, last.detail, last.selectionRange.start.line], ['Ingen dagsordenspunkter fundet', 'se Problemer for, hvad der blev genkendt', 0]);
  assert.ok(!symbols.some((s) => s.name.startsWith('Punkt ')));
});

// Sub-headings inside sections ("Baggrund", "Økonomi i projektet") would fill the Outline
// pane, so that one item fits; they show only with referat.outline.subHeadings.
const withSubHeadings = 'Punkt 2: Budget\n\nIntro\n\nFørste afsnit før sektionerne.\n\nSagsfremstilling\n\nIndledende tekst.\n\nBaggrund\n\nUdvalget har bedt om en status.\n\nBeslutning\n\nGodkendt.\n';
const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? []).map((n) => `${s.name} > ${n}`)]);

test('by default the outline shows items and their sections, no sub-headings', async () => {
  const uri = client.open('subheadings-default.referat', withSubHeadings);
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(names(symbols), ['Punkt 2: Budget', 'Punkt 2: Budget > Sagsfremstilling', 'Punkt 2: Budget > Beslutning']);
  client.close(uri);
});

test('with referat.outline.subHeadings the sub-headings of items and sections appear, also after the setting changes', async () => {
  const on = await startServer({ locale: 'da', settings: { outline: { subHeadings: true } } });
  try {
    const uri = on.open('subheadings-on.referat', withSubHeadings);
    const symbols = (await on.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(names(symbols), [
      'Punkt 2: Budget',
      'Punkt 2: Budget > Intro',
      'Punkt 2: Budget > Sagsfremstilling',
      'Punkt 2: Budget > Sagsfremstilling > Baggrund',
      'Punkt 2: Budget > Beslutning',
    ]);
    const baggrund = symbols[0].children![1].children![0];
    const at = withSubHeadings.indexOf('Baggrund');
    assert.deepEqual(baggrund.range, { start: positionOf(withSubHeadings, at), end: positionOf(withSubHeadings, at + 'Baggrund'.length) });
    assert.equal(baggrund.kind, 15 /* String */);

    // Switched off while the document stays the same version: the outline asked for right
    // after the change (as the client asks when the setting changes) follows the setting.
    on.settings = { outline: { subHeadings: false } };
    await on.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = (await on.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(names(after), ['Punkt 2: Budget', 'Punkt 2: Budget > Sagsfremstilling', 'Punkt 2: Budget > Beslutning']);
  } finally {
    await on.stop();
  }
});
