// Navigation through the real server: the table of contents links to items, code lenses on
// Indstilling and Beslutning, "Go to Beslutning/Indstilling" (referat/counterpart) and go to
// definition between a recommendation's points and the decision's answers.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeLensRequest,
  DefinitionRequest,
  DocumentLinkRequest,
  RequestType,
  type CodeLens,
  type Location,
  type TextDocumentPositionParams,
} from 'vscode-languageserver-protocol';
import { startServer, positionOf, type TestClient } from './lspClient';
import { samples, type GoldItem, type Sample } from '../testUtil';
import { goldOffset, itemOf, lineStart, rangeOf, type Range } from './readingHelpers';

const CounterpartRequest = new RequestType<TextDocumentPositionParams, Location | null, void>('referat/counterpart');

let client: TestClient;
const all = samples();
const sample = (prefix: string) => all.find((s) => s.name.startsWith(prefix))!;
const opened = new Map<string, string>();
const uriOf = (s: Sample) => {
  if (!opened.has(s.name)) opened.set(s.name, client.openSample(s.name).uri);
  return opened.get(s.name)!;
};
const pos = (line1: number, column = 0) => ({ line: line1 - 1, character: column });
const offsetOf = (s: Sample, p: { line: number; character: number }) => goldOffset(s.text, p.line + 1, p.character);
/** The whole content of a 1-based line. */
const lineRange = (s: Sample, line1: number): Range => {
  const start = lineStart(s.text, line1);
  const end = s.text.indexOf('\n', start);
  return { start: positionOf(s.text, start), end: positionOf(s.text, end < 0 ? s.text.length : end) };
};

before(async () => {
  client = await startServer({ locale: 'da' });
});
after(async () => {
  await client.stop();
});

const counterpartAt = (s: Sample, position: { line: number; character: number }) =>
  client.connection.sendRequest(CounterpartRequest, { textDocument: { uri: uriOf(s) }, position });
const definitionAt = async (s: Sample, position: { line: number; character: number }) =>
  ((await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(s) }, position })) ?? []) as Location[];

for (const s of all) {
  test(`${s.name}: every table-of-contents entry links to its item's heading`, async () => {
    const uri = uriOf(s);
    const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) ?? [];
    const expected = s.gold.toc
      .filter((e) => e.item !== null)
      .map((e) => {
        const item = itemOf(s, e.item!);
        return {
          start: pos(e.line, e.column),
          target: `${uri}#L${item.line}${item.column ? `,${item.column + 1}` : ''}`,
          tooltip: `Gå til Punkt ${item.number}`,
        };
      });
    assert.deepEqual(
      links.map((l) => ({ start: l.range.start, target: l.target, tooltip: l.tooltip })),
      expected,
    );
  });

  test(`${s.name}: code lenses sit on each Indstilling and Beslutning heading`, async () => {
    const lenses = ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(s) } })) ?? []) as CodeLens[];
    const key = (p: { line: number; character: number }) => `${p.line + 1}:${p.character}`;
    const expected: string[] = [];
    for (const item of s.gold.items) {
      const indstilling = item.sections.find((x) => x.kind === 'Indstilling');
      if (!indstilling) continue;
      expected.push(`${indstilling.line}:${indstilling.column ?? 0} Beslutning`);
      for (const b of item.sections.filter((x) => x.kind === 'Beslutning')) expected.push(`${b.line}:${b.column ?? 0} Indstilling`);
    }
    const actual = lenses.map((l) => `${key(l.range.start)} ${l.command!.title.startsWith('Beslutning') ? 'Beslutning' : l.command!.title}`);
    assert.deepEqual(actual.sort(), expected.sort());
    for (const lens of lenses) {
      if (lens.command!.command === '') continue;
      assert.equal(lens.command!.command, 'referat.goToCounterpart');
      assert.equal((lens.command!.arguments![0] as Location).uri, uriOf(s));
    }
  });

  test(`${s.name}: from each Indstilling to this meeting's Beslutning and back`, async () => {
    for (const item of s.gold.items) {
      const indstilling = item.sections.find((x) => x.kind === 'Indstilling');
      const beslutning = item.sections.find((x) => x.kind === 'Beslutning' && !x.prior);
      if (!indstilling || !beslutning) continue;
      const there = await counterpartAt(s, pos(indstilling.line, indstilling.column));
      assert.ok(there, `Punkt ${item.number}: a counterpart`);
      assert.ok(offsetOf(s, there.range.start) >= goldOffset(s.text, beslutning.line, beslutning.column), `Punkt ${item.number}: lands in the Beslutning`);
      assert.ok(offsetOf(s, there.range.start) < endOfSection(s, item, beslutning.line, beslutning.column), `Punkt ${item.number}: lands in the Beslutning`);
      const back = await counterpartAt(s, pos(beslutning.line, beslutning.column));
      assert.deepEqual(back?.range.start, pos(indstilling.line, indstilling.column), `Punkt ${item.number}: back to the Indstilling`);
    }
  });
}

/** Where the section at (line, column) ends: at the next section or item, by the gold. */
function endOfSection(s: Sample, item: GoldItem, line: number, column = 0): number {
  const start = goldOffset(s.text, line, column);
  const next = [...item.sections.map((x) => goldOffset(s.text, x.line, x.column)), ...s.gold.items.map((i) => goldOffset(s.text, i.line, i.column))]
    .filter((o) => o > start)
    .sort((a, b) => a - b)[0];
  return next ?? s.text.length;
}

test('Punkt 82 (003): the code lens on the Indstilling names the outcome and goes to the decision text', async () => {
  const s = sample('003');
  const item = itemOf(s, 82);
  const lenses = ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(s) } })) ?? []) as CodeLens[];
  const indstilling = item.sections.find((x) => x.kind === 'Indstilling')!;
  const beslutning = item.sections.find((x) => x.kind === 'Beslutning' && !x.prior)!;
  const lens = lenses.find((l) => l.range.start.line === indstilling.line - 1)!;
  assert.equal(lens.command!.title, 'Beslutning: indstilles godkendt');
  assert.deepEqual(lens.command!.arguments, [{ uri: uriOf(s), range: rangeOf(s.text, 'Indstilles godkendt.', goldOffset(s.text, beslutning.line)) }]);
});

test('Punkt 82 (003): go to definition from "2. At samarbejdsaftalen ..." reaches this meeting\'s decision, then each earlier committee\'s answer to point 2', async () => {
  const s = sample('003');
  const item = itemOf(s, 82);
  const from = goldOffset(s.text, item.line);
  const point = rangeOf(s.text, '2. At samarbejdsaftalen med Mødrehjælpen godkendes', from);
  const [boern, social, skole] = item.sections.filter((x) => x.kind === 'Beslutning' && x.prior).map((x) => goldOffset(s.text, x.line));
  const current = goldOffset(s.text, item.sections.find((x) => x.kind === 'Beslutning' && !x.prior)!.line);
  const expected = [
    rangeOf(s.text, 'Indstilles godkendt.', current),
    lineRange(s, positionOf(s.text, s.text.indexOf('2. Indstilles godkendt - udvalget', boern)).line + 1),
    rangeOf(s.text, 'Indstilles godkendt.', social),
    rangeOf(s.text, '2. Indstilles godkendt', skole),
  ];
  const found = await definitionAt(s, { line: point.start.line, character: 5 });
  assert.deepEqual(
    found.map((l) => l.range),
    expected,
  );
  // The jump takes the first: this meeting's decision.
  assert.deepEqual((await counterpartAt(s, point.start))?.range, expected[0]);
  // And back: from the earlier committee's "2. Indstilles godkendt" to point 2.
  const back = await definitionAt(s, expected[3].start);
  assert.deepEqual(back.map((l) => l.range), [point]);
});

test('"Ad 1 ... Ad 2 og 3" (002, Punkt 2): point 3 goes to "Ad 2 og 3", which goes back to points 2 and 3', async () => {
  const s = sample('002');
  const item = itemOf(s, 2);
  const from = goldOffset(s.text, item.line, item.column);
  const indstilling = goldOffset(s.text, item.sections.find((x) => x.kind === 'Indstilling')!.line, item.sections.find((x) => x.kind === 'Indstilling')!.column);
  const p1 = s.text.indexOf('1. at der ikke igangsættes', indstilling);
  const p2 = s.text.indexOf('2. at Center for Job', indstilling);
  const p3 = s.text.indexOf('3. at udvalget beslutter', indstilling);
  const p3End = s.text.indexOf('indvandrerbaggrund.', p3) + 'indvandrerbaggrund.'.length;
  const point2 = { start: positionOf(s.text, p2), end: positionOf(s.text, p3 - 1) };
  const point3 = { start: positionOf(s.text, p3), end: positionOf(s.text, p3End) };
  const ad1 = rangeOf(s.text, 'Ad 1 Indstillingen godkendt.', from);
  const ad23 = rangeOf(s.text, 'Ad 2 og 3 Indstillingerne blev ikke godkendt.', from);

  assert.deepEqual((await counterpartAt(s, point3.start))?.range, ad23);
  assert.deepEqual((await counterpartAt(s, point2.start))?.range, ad23);
  assert.deepEqual((await counterpartAt(s, positionOf(s.text, p1)))?.range, ad1);
  assert.deepEqual((await definitionAt(s, ad23.start)).map((l) => l.range), [point2, point3]);
  assert.deepEqual((await counterpartAt(s, ad23.start))?.range, point2);
});

test('an Indstilling without a decision gets "Beslutning: mangler" and no jump; outside both, no counterpart', async () => {
  const text = 'Punkt 1: Sag\n\nIndstilling\n\n1. at sagen godkendes.\n\nSagsfremstilling\n\nTekst.\n';
  const uri = client.open('nodecision.referat', text);
  const lenses = ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? []) as CodeLens[];
  assert.deepEqual(lenses, [{ range: rangeOf(text, 'Indstilling'), command: { title: 'Beslutning: mangler', command: '' } }]);
  const request = (p: { line: number; character: number }) => client.connection.sendRequest(CounterpartRequest, { textDocument: { uri }, position: p });
  assert.equal(await request(rangeOf(text, '1. at sagen').start), null);
  assert.equal(await request(rangeOf(text, 'Tekst.').start), null);
});

test('in English, the lens of a missing decision says "missing"', async () => {
  const en = await startServer({ locale: 'en' });
  try {
    const text = 'Punkt 1: Sag\n\nIndstilling\n\n- at sagen godkendes.\n\nPunkt 2: Anden\n\nIndstilling\n\n- at den drøftes.\n\nBeslutning\n\nGodkendt.\n';
    const uri = en.open('missing.referat', text);
    const lenses = ((await en.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? []) as CodeLens[];
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command!.title]),
      [
        [2, 'Beslutning: missing'],
        [8, 'Beslutning: godkendt (approved)'],
        [12, 'Indstilling'],
      ],
    );
  } finally {
    await en.stop();
  }
});
