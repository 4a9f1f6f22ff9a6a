// Hover through the real server: case numbers in words (KLE titles from data/kle), dates and
// weekdays, item headings, and Indstilling/Beslutning with their counterparts.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, positionOf, type TestClient } from './lspClient';
import { repoRoot, samples, type Sample } from '../testUtil';
import { goldOffset, itemOf, rangeOf, type Range } from './readingHelpers';
import { join } from 'node:path';

let client: TestClient;
const all = samples();
const sample = (prefix: string) => all.find((s) => s.name.startsWith(prefix))!;
/** KLE titles read straight from the shipped table, to compare the hover with. */
const kleTitle = (emne: string) =>
  readFileSync(join(repoRoot, 'data', 'kle', 'kle-emner.tsv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${emne}\t`))
    ?.split('\t')[1];

before(async () => {
  client = await startServer({ locale: 'da' });
});
after(async () => {
  await client.stop();
});

const opened = new Map<string, string>();
async function hoverAt(s: Sample, position: { line: number; character: number }): Promise<{ range: Range | undefined; text: string } | null> {
  if (!opened.has(s.name)) opened.set(s.name, client.openSample(s.name).uri);
  const uri = opened.get(s.name)!;
  const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
  return h ? { range: h.range, text: (h.contents as MarkupContent).value } : null;
}

/** Where an item's own case number stands: the first occurrence after its heading. */
const caseNumberRange = (s: Sample, number: number) => {
  const item = itemOf(s, number);
  return rangeOf(s.text, item.caseNumber!, goldOffset(s.text, item.line, item.column));
};

for (const s of all) {
  test(`${s.name}: hovering each item's case number covers exactly the case number`, async () => {
    for (const item of s.gold.items.filter((i) => i.caseNumber)) {
      const expected = caseNumberRange(s, item.number);
      assert.ok(expected.start.line - (item.line - 1) <= 2, `Punkt ${item.number}: case number near its heading`);
      const h = await hoverAt(s, { line: expected.start.line, character: expected.start.character + 1 });
      assert.ok(h, `hover on Punkt ${item.number}'s case number`);
      assert.deepEqual(h.range, expected, `Punkt ${item.number}`);
      assert.ok(h.text.includes(item.caseNumber!), h.text);
    }
  });
}

test('a KLE case number is told in parts: emne title (KLE 3.23), main group, facet, serial, year', async () => {
  const s = sample('000');
  const range = caseNumberRange(s, 65); // 00.30.14-G01-6-19
  const h = (await hoverAt(s, range.start))!;
  assert.ok(h.text.includes(`KLE-emne \`00.30.14\`: ${kleTitle('00.30.14')} (KLE 3.23)`), h.text);
  assert.equal(kleTitle('00.00.00'), undefined, 'the table has no row for main group 00');
  assert.ok(h.text.includes('Hovedgruppe `00`: ingen titel i KLE 3.23'), h.text);
  assert.ok(h.text.includes('Handlingsfacet `G01`'), h.text);
  assert.ok(h.text.includes('Løbenummer 6'), h.text);
  assert.ok(h.text.includes('År 2019'), h.text);
});

test('a main group with a title row NN.00.00 is named by it', async () => {
  const s = sample('003');
  const h = (await hoverAt(s, caseNumberRange(s, 78).start))!; // 15.00.00-K01-1-20
  assert.ok(h.text.includes(`Hovedgruppe \`15\`: ${kleTitle('15.00.00')}`), h.text);
});

test('an emne that KLE does not know is said to be unknown, not given a made-up title', async () => {
  const s = sample('004');
  const h = (await hoverAt(s, caseNumberRange(s, 19).start))!; // 00.00.00-P19-1719-10
  assert.ok(h.text.includes('KLE-emne `00.00.00` findes ikke i KLE 3.23'), h.text);
  assert.ok(h.text.includes('År 2010'), h.text);
});

test('a case number lists the other places it stands in this document, with Punkt and line', async () => {
  const s = sample('003'); // Punkt 78 and 79 share 15.00.00-K01-1-20
  const in79 = caseNumberRange(s, 79);
  const h = (await hoverAt(s, caseNumberRange(s, 78).start))!;
  assert.ok(h.text.includes(`Punkt 79, linje ${in79.start.line + 1}`), h.text);
  const alone = (await hoverAt(s, caseNumberRange(s, 82).start))!;
  assert.ok(alone.text.includes('Ikke andre steder i dette dokument.'), alone.text);
});

test('a year/serial case number gives year and serial', async () => {
  const s = sample('001');
  const h = (await hoverAt(s, caseNumberRange(s, 1).start))!; // 24/6823
  assert.ok(h.text.includes('Sagsnummer (år/løbenummer)'), h.text);
  assert.ok(h.text.includes('År 2024') && h.text.includes('Løbenummer 6823'), h.text);
});

test('a date gives its weekday, the range covering the weekday written before it', async () => {
  const s = sample('000');
  const expected = rangeOf(s.text, 'Onsdag d. 25. november 2020');
  const h = (await hoverAt(s, { line: expected.start.line, character: expected.start.character + 12 }))!;
  assert.deepEqual(h.range, expected);
  assert.ok(h.text.includes('Ugedag: onsdag'), h.text);
  assert.ok(!h.text.includes('⚠'), h.text);
});

test('a wrong weekday is warned about in plain words', async () => {
  const text = 'REFERAT Udvalget d. 25-11-2020\n\nMødedato Torsdag d. 25. november 2020 kl. 15:00\n';
  const uri = client.open('weekday.referat', text);
  const at = rangeOf(text, 'Torsdag d. 25. november 2020');
  const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at.start })) as Hover;
  assert.deepEqual(h.range, at);
  assert.ok((h.contents as MarkupContent).value.includes('Den skrevne ugedag, "torsdag", passer ikke: 25. november 2020 er en onsdag.'), (h.contents as MarkupContent).value);
});

test('an item heading gives case number, sections, outcome and (in the transcript) the page', async () => {
  const s = sample('003');
  const item = itemOf(s, 82);
  const h = (await hoverAt(s, { line: item.line - 1, character: 3 }))!;
  assert.deepEqual(h.range, rangeOf(s.text, 'Punkt 82: Samarbejdsaftale med Mødrehjælpen'));
  assert.ok(h.text.includes('Sagsnummer: `00.01.00-I00-23-12`'), h.text);
  assert.ok(h.text.includes('Afsnit: Resume, Indstilling, Beslutning, Sagsfremstilling, Økonomi, Bilag'), h.text);
  assert.ok(h.text.includes('Beslutning: indstilles godkendt'), h.text);
  assert.ok(!h.text.includes('Side '), 'no pages in a line-structured export');

  const t = sample('002');
  const goldItem = itemOf(t, 2);
  const th = (await hoverAt(t, { line: goldItem.line - 1, character: (goldItem.column ?? 0) + 2 }))!;
  assert.deepEqual(th.range!.start, { line: goldItem.line - 1, character: goldItem.column });
  // Each transcript line is a page and starts with the page's number.
  const page = /^\d+/.exec(t.text.slice(goldOffset(t.text, goldItem.line)))![0];
  assert.ok(th.text.includes(`Side ${page}`), th.text);
});

test('an Indstilling point shows this meeting\'s answer and the earlier committees\' answers to it', async () => {
  const s = sample('003');
  const point = rangeOf(s.text, '1. At sagen drøftes.', goldOffset(s.text, itemOf(s, 82).line));
  const h = (await hoverAt(s, point.start))!;
  assert.deepEqual(h.range, point);
  assert.ok(h.text.includes('1. At sagen drøftes. → Indstilles godkendt.'), h.text);
  assert.ok(h.text.includes('børn og familieudvalget, 15. september 2020, punkt 83 · Udfald: drøftet'), h.text);
  assert.ok(h.text.includes('1. At sagen drøftes. → 1. Drøftet.'), h.text);
  assert.ok(h.text.includes('Socialudvalget, 21. september 2020, punkt 95'), h.text);
});

test('an Indstilling heading shows the decision and every earlier decision', async () => {
  const s = sample('003');
  const heading = itemOf(s, 82).sections.find((x) => x.kind === 'Indstilling')!;
  const h = (await hoverAt(s, { line: heading.line - 1, character: 1 }))!;
  const decisionLine = itemOf(s, 82).sections.find((x) => x.kind === 'Beslutning' && !x.prior)!.line;
  assert.ok(h.text.includes(`Mødets Beslutning (linje ${decisionLine})`), h.text);
  assert.ok(h.text.includes('Skole- og uddannelsesudvalget, 22. september 2020, punkt 163'), h.text);
});

test('"Ad 2 og 3" shows the two Indstilling points it answers, and not the first', async () => {
  const s = sample('002');
  const item = itemOf(s, 2);
  const from = goldOffset(s.text, item.line, item.column);
  const point = rangeOf(s.text, 'Ad 2 og 3 Indstillingerne blev ikke godkendt.', from);
  const h = (await hoverAt(s, point.start))!;
  assert.deepEqual(h.range, point);
  assert.ok(h.text.includes('- 2. at Center for Job'), h.text);
  assert.ok(h.text.includes('- 3. at udvalget beslutter'), h.text);
  assert.ok(!h.text.includes('1. at der ikke'), h.text);
});

test('no hover on plain text, a blank line or past the end', async () => {
  const s = sample('000');
  const sagsfremstilling = itemOf(s, 64).sections.find((x) => x.kind === 'Sagsfremstilling')!;
  for (const position of [{ line: sagsfremstilling.line + 1, character: 5 }, { line: 1, character: 0 }, positionOf(s.text, s.text.length)]) {
    assert.equal(await hoverAt(s, position), null, JSON.stringify(position));
  }
});

test('in English, outcomes and weekdays carry a gloss and the labels are English', async () => {
  const en = await startServer({ locale: 'en' });
  try {
    const s = sample('000');
    const { uri } = en.openSample(s.name);
    const item = itemOf(s, 64);
    const h = (await en.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: item.line - 1, character: 2 } })) as Hover;
    const text = (h.contents as MarkupContent).value;
    assert.ok(text.includes('Beslutning: godkendt (approved)'), text);
    assert.ok(text.includes('Sections: '), text);
    const date = rangeOf(s.text, '25. november 2020');
    const d = (await en.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: date.start })) as Hover;
    assert.ok((d.contents as MarkupContent).value.includes('Weekday: onsdag (Wednesday)'));
  } finally {
    await en.stop();
  }
});
