// Expand selection through the real server: word, line, paragraph, section, item, document,
// each strictly holding the one before.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SelectionRangeRequest, type SelectionRange } from 'vscode-languageserver-protocol';
import { startServer, positionOf, type TestClient } from './lspClient';
import { marked, samples } from '../testUtil';
import { goldOffset } from './readingHelpers';

let client: TestClient;
before(async () => {
  client = await startServer({ locale: 'da' });
});
after(async () => {
  await client.stop();
});

type Range = SelectionRange['range'];
const chain = (r: SelectionRange | undefined): Range[] => (r ? [r.range, ...chain(r.parent)] : []);

async function rangesAt(uri: string, position: { line: number; character: number }): Promise<Range[]> {
  const [first] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [position] })) ?? [];
  return chain(first);
}

test('from a word out: word, line, paragraph, section, item, document', async () => {
  const head = 'Punkt 1: Første\n\nIndstilling\n\n';
  const { text, cursor } = marked(`${head}1. at sagen god|kendes.\n2. at den drøftes.\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Anden\n`);
  const uri = client.open('selection.referat', text);
  const span = (start: number, end: number) => ({ start: positionOf(text, start), end: positionOf(text, end) });
  const line = text.indexOf('1. at sagen');
  const expected = [
    span(text.indexOf('godkendes'), text.indexOf('godkendes') + 'godkendes'.length),
    span(line, text.indexOf('\n', line)),
    span(line, text.indexOf('drøftes.') + 'drøftes.'.length),
    span(text.indexOf('Indstilling'), text.indexOf('drøftes.') + 'drøftes.'.length),
    span(0, text.indexOf('Godkendt.') + 'Godkendt.'.length),
    span(0, text.length),
  ];
  assert.deepEqual(await rangesAt(uri, positionOf(text, cursor)), expected);
});

test('a case number is one word, and a one-line paragraph is not repeated', async () => {
  const { text, cursor } = marked('Punkt 1: Sag\n\n00.30.14-G|01-6-19\n\nBeslutning\n\nGodkendt.\n');
  const uri = client.open('selection-case.referat', text);
  const ranges = await rangesAt(uri, positionOf(text, cursor));
  const at = text.indexOf('00.30');
  assert.deepEqual(ranges[0], { start: positionOf(text, at), end: positionOf(text, at + '00.30.14-G01-6-19'.length) });
  // word = line = paragraph here: the line appears once, then the item.
  assert.deepEqual(ranges[1], { start: positionOf(text, 0), end: positionOf(text, text.length - 1) });
  assert.equal(ranges.length, 3);
});

for (const s of samples()) {
  test(`${s.name}: at every item heading each range strictly holds the one before`, async () => {
    const { uri } = client.openSample(s.name);
    for (const item of s.gold.items) {
      const ranges = await rangesAt(uri, positionOf(s.text, goldOffset(s.text, item.line, item.column) + 2));
      const offset = (p: { line: number; character: number }) => goldOffset(s.text, p.line + 1, p.character);
      assert.ok(ranges.length >= 3, `Punkt ${item.number}: ${ranges.length} ranges`);
      for (let i = 1; i < ranges.length; i++) {
        const [inner, outer] = [ranges[i - 1], ranges[i]].map((r) => ({ start: offset(r.start), end: offset(r.end) }));
        assert.ok(outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start, `Punkt ${item.number}: range ${i}`);
      }
      assert.deepEqual(ranges[ranges.length - 1], { start: { line: 0, character: 0 }, end: positionOf(s.text, s.text.length) });
    }
    client.close(uri);
  });
}
