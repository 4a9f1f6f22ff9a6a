// The reading view's model (server/src/languageFeatures/readingView.ts): what the view shows,
// read off the parse. Its paragraphs are the document's own text at their offsets, so the
// view can mark notes and send a click back to the right place.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionsOf, parseReferat } from '../../server/src/parser';
import { readingViewModel } from '../../server/src/languageFeatures/readingView';
import type { ReadingText, ReadingViewModel } from '../../server/src/protocol';
import { corpusDocuments, samples } from '../testUtil';
import { modelOf } from './model';

function allTexts(model: ReadingViewModel): ReadingText[] {
  return model.items.flatMap((i) => [...i.intro, ...i.sections.flatMap((s) => [...s.paragraphs, ...s.points.map((p) => p.text)])]);
}

test('on the samples and the corpus, the items are the gold items, and every paragraph is the text at its offset', () => {
  const documents = [...samples(), ...corpusDocuments()];
  assert.ok(documents.length >= 5);
  for (const sample of documents) {
    const { doc, model } = modelOf(sample.text);
    assert.deepEqual(
      model.items.map((i) => ({ number: i.number, title: i.title, caseNumber: i.caseNumber, closed: i.closed })),
      sample.gold.items.map((i) => ({ number: i.number, title: i.title, caseNumber: i.caseNumber, closed: i.closed })),
      sample.name,
    );
    model.items.forEach((item, k) => {
      const decision = decisionsOf(doc.items[k]).decision;
      assert.equal(item.outcome, decision?.outcome ?? null, `${sample.name} Punkt ${item.number}`);
      if (item.decision !== null) assert.equal(item.sections[item.decision].kind, 'Beslutning');
      if (item.recommendation !== null) assert.equal(item.sections[item.recommendation].kind, 'Indstilling');
    });
    for (const p of allTexts(model)) {
      assert.equal(doc.text.slice(p.start, p.start + p.text.length), p.text, `${sample.name} at ${p.start}`);
      assert.notEqual(p.text.trim(), '', `${sample.name}: an empty paragraph at ${p.start}`);
    }
    // The model is plain JSON: what the server sends is what the client gets.
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  }
});

test('a section is split into paragraphs at blank lines; the case-number line is not repeated as text', () => {
  const { model } = modelOf('Punkt 1: Budget\n\n00.30.02-S00-21-19\n\nEn indledning.\n\nSagsfremstilling\n\nFørste afsnit\nfortsætter her.\n\n\nAndet afsnit.\r\n\r\nTredje.\n');
  const [item] = model.items;
  assert.equal(item.caseNumber, '00.30.02-S00-21-19');
  assert.deepEqual(item.intro.map((p) => p.text), ['En indledning.']);
  assert.deepEqual(item.sections[0].paragraphs.map((p) => p.text), ['Første afsnit\nfortsætter her.', 'Andet afsnit.', 'Tredje.']);
});

test('numbered Indstilling and Beslutning are paired point by point; "Ad 2 og 3" answers both', () => {
  const { model } = modelOf(
    'Punkt 1: Sag\n\nIndstilling\n\nDirektøren indstiller,\n\n1. at sagen drøftes.\n2. at planen godkendes.\n3. at rammen gives.\n\nBeslutning\n\n1. Drøftet.\nAd 2 og 3. Godkendt.\n',
  );
  const [item] = model.items;
  const decision = item.sections[item.decision!];
  assert.deepEqual(
    item.pairs.map((p) => [p.recommendation, p.answers.map((a) => decision.points[a].text.text)]),
    [
      [0, ['1. Drøftet.']],
      [1, ['Ad 2 og 3. Godkendt.']],
      [2, ['Ad 2 og 3. Godkendt.']],
    ],
  );
});

test('unnumbered points are not paired: the view shows the two texts side by side', () => {
  const { model } = modelOf('Punkt 1: Sag\n\nIndstilling\n\nDirektøren indstiller, at sagen godkendes.\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(model.items[0].pairs, []);
  assert.equal(model.items[0].outcome, 'godkendt');
});

test("earlier committees' decisions are told apart from this meeting's", () => {
  const { model } = modelOf(
    'Punkt 5: Sag\n\nIndstilling\n\nAt sagen godkendes.\n\nBeslutning fra Socialudvalget, 21. september 2020, pkt. 95:\n\nAnbefales godkendt.\n\nBeslutning\n\nGodkendt.\n',
  );
  const [item] = model.items;
  assert.equal(item.priors.length, 1);
  const prior = item.sections[item.priors[0]];
  assert.equal(prior.outcome, 'anbefales godkendt');
  assert.equal(prior.prior?.punkt, 95);
  assert.equal(item.outcome, 'godkendt');
});

test('where the text has pages, items carry their page, and page furniture is no paragraph', () => {
  const page = (n: number, body: string) => `Byrådet 12. marts 2024\n\n${body}\n\nSide ${n} af 3\n`;
  const text = [
    page(1, 'Referat\n\nByrådet\n\nPunkt 1: Første sag\n\nSagsfremstilling\n\nTekst om den første sag.'),
    page(2, 'Mere tekst om den første sag.\n\nPunkt 2: Anden sag\n\nSagsfremstilling\n\nTekst om den anden.'),
    page(3, 'Punkt 3: Tredje sag\n\nSagsfremstilling\n\nTekst om den tredje.'),
  ].join('\f');
  const { doc, model } = modelOf(text);
  assert.ok(doc.furniture.length > 0, 'the running header and page numbers are furniture');
  assert.deepEqual(
    model.items.map((i) => [i.number, i.page]),
    [
      [1, 1],
      [2, 2],
      [3, 3],
    ],
  );
  assert.equal(model.hasPages, true);
  const texts = allTexts(model).map((p) => p.text);
  assert.ok(!texts.some((t) => /Side \d af 3|Byrådet 12\. marts/.test(t)), JSON.stringify(texts));
  assert.ok(texts.includes('Mere tekst om den første sag.'));
});

test('an open item of a referat with an Indstilling and no Beslutning is marked; a closed one is not', () => {
  const { model } = modelOf(
    'Referat\n\nByrådet\n\nMødedato: 12. marts 2024\n\nPunkt 1: Sag\n\nIndstilling\n\nAt sagen godkendes.\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Anden sag\n\nIndstilling\n\nAt den godkendes.\n\nPunkt 3: Lukket: Tredje\n\nIndstilling\n\nAt den godkendes.\n',
  );
  assert.equal(model.kind, 'referat');
  assert.deepEqual(
    model.items.map((i) => [i.number, i.decisionMissing, i.closed]),
    [
      [1, false, false],
      [2, true, false],
      [3, false, true],
    ],
  );
});

test('a cancelled request gives no model', () => {
  const doc = parseReferat('Punkt 1: Sag\n\nIndstilling\n\nAt sagen godkendes.\n');
  assert.equal(readingViewModel(doc, { isCancellationRequested: true }), null);
});
