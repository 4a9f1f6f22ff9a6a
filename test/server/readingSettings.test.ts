// The settings a reader adds for a municipality's own words reach the reading features:
// an extra Indstilling heading gets its code lens, an extra case-number shape its hover.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CodeLensRequest, HoverRequest, type CodeLens, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestClient } from './lspClient';
import { rangeOf } from './readingHelpers';

let client: TestClient;
before(async () => {
  client = await startServer({
    locale: 'en',
    settings: { sectionHeadings: { 'Forvaltningens indstilling': 'Indstilling' }, caseNumberPatterns: { ESDH: '\\b\\d{3}-\\d{4}-\\d{1,6}\\b' } },
  });
});
after(async () => {
  await client.stop();
});

test('referat.sectionHeadings and referat.caseNumberPatterns apply to lenses and hovers', async () => {
  const text = 'Punkt 5: Sag\n\n330-2018-3619\n\nForvaltningens indstilling\n\n- at sagen godkendes.\n\nBeslutning\n\nGodkendt.\n';
  const uri = client.open('settings.referat', text);
  // The server publishes diagnostics once it has read the settings; from then on they apply.
  await client.diagnostics(uri);
  const lenses = ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? []) as CodeLens[];
  assert.deepEqual(
    lenses.map((l) => [l.range, l.command!.title]),
    [
      [rangeOf(text, 'Forvaltningens indstilling'), 'Beslutning: godkendt (approved)'],
      [rangeOf(text, 'Beslutning'), 'Indstilling'],
    ],
  );
  const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: rangeOf(text, '330-2018').start })) as Hover;
  assert.deepEqual(h.range, rangeOf(text, '330-2018-3619'));
  assert.ok((h.contents as MarkupContent).value.includes('Case number, pattern "ESDH"'));
});
