// Agenda items on small texts: what opens an item, its title (wrapped over lines), its case
// number, closed items and their markers; one behaviour per test, exact spans.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { samples } from '../testUtil';
import { cut, spans } from './marks';

test('a "Punkt N: <title>" line opens an item; the title span excludes "Punkt N: "', () => {
  const { text, spans: [heading, title] } = spans('[[Punkt 7: [[Godkendelse af dagsorden]]]]\n\nBeslutning\n\nGodkendt.\n');
  const [item] = parseReferat(text).items;
  assert.equal(item.number, 7);
  assert.equal(item.numberWritten, true);
  assert.deepEqual(cut(text, item.heading), cut(text, heading));
  assert.deepEqual(cut(text, item.title.span), cut(text, title));
  assert.equal(item.title.value, 'Godkendelse af dagsorden');
});

test('"Punktet indeholder ..." and "Punkt 5 er udsat" (no colon) are text, not items', () => {
  const text = [
    'Punkt 1: Første sag',
    '',
    'Sagsfremstilling',
    '',
    'Punktet indeholder en oversigt.',
    '',
    'Punkt 5 er udsat',
    '',
    'Punkt 5 udsættes til næste møde.',
  ].join('\n');
  const items = parseReferat(text).items;
  assert.deepEqual(items.map((it) => it.number), [1]);
  assert.equal(items[0].span.end, text.length, 'the lines belong to item 1');
});

test('an item runs up to the last non-blank line before the next item', () => {
  const { text, spans: [first, second] } = spans('[[Punkt 1: A\n\nSagsfremstilling\n\nTekst.]]\n\n\n[[Punkt 2: B\n\nBeslutning\n\nGodkendt.]]\n\n');
  const items = parseReferat(text).items;
  assert.deepEqual(items.map((it) => cut(text, it.span)), [cut(text, first), cut(text, second)]);
});

test('a wrapped title continues on the very next line, joined with a space; title and heading span both lines', () => {
  const { text, spans: [heading, title] } = spans(
    '[[Punkt 12: [[Godkendelse af budgetopfølgning for drift og anlæg\nfor Udvalget for arbejdsmarked]]]]\n\n24/7353\n\nSagsfremstilling\n\nTekst.\n',
  );
  const [item] = parseReferat(text).items;
  assert.equal(item.title.value, 'Godkendelse af budgetopfølgning for drift og anlæg for Udvalget for arbejdsmarked');
  assert.deepEqual(cut(text, item.title.span), cut(text, title));
  assert.deepEqual(cut(text, item.heading), cut(text, heading));
  assert.equal(item.caseNumber?.text, '24/7353');
});

test('a title wrapped inside a name ("… med Det Lille" / "Teater 2026-2029.") goes on though its next line starts with a capital; a complete title over a sentence does not', () => {
  const text = [
    '1. Godkendelse af dagsorden.',
    '',
    '2. Ny aftale med Det Lille',
    'Teater 2026-2029.',
    '',
    '3. Tilskud til Den',
    'Gamle Købmandsgård.',
    '',
    '4. Orientering fra Formanden',
    'Formanden orienterede om status.',
    '',
    '5. Henvendelse fra De Grønne',
    'Henvendelsen blev drøftet.',
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((it) => it.title.value), [
    'Godkendelse af dagsorden.',
    'Ny aftale med Det Lille Teater 2026-2029.',
    'Tilskud til Den Gamle Købmandsgård.',
    'Orientering fra Formanden',
    'Henvendelse fra De Grønne',
  ]);
});

test('a title is not continued past a blank line', () => {
  const text = 'Punkt 12: Godkendelse af budget\n\nfor Udvalget for arbejdsmarked\n\nSagsfremstilling\n\nTekst.\n';
  const [item] = parseReferat(text).items;
  assert.equal(item.title.value, 'Godkendelse af budget');
});

test('a heading on the line right after the title is not part of the title', () => {
  const { text, spans: [section] } = spans('Punkt 3: Budget 2025\n[[Sagsfremstilling]]\nTekst.\n');
  const [item] = parseReferat(text).items;
  assert.equal(item.title.value, 'Budget 2025');
  assert.deepEqual(cut(text, item.sections[0].heading.span), cut(text, section));
});

test('the case number is the line after the heading; an item without one has none', () => {
  const { text, spans: [caseNumber] } = spans('Punkt 1: Med sag\n\n[[00.30.14-G01-6-19]]\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Uden sag\n\nBeslutning\n\nGodkendt.\n');
  const [withCase, without] = parseReferat(text).items;
  assert.deepEqual(cut(text, withCase.caseNumber!.span), cut(text, caseNumber));
  assert.equal(without.caseNumber, null);
  assert.equal(without.sections[0].kind, 'Beslutning');
});

test('a case number inside the text of an item is not the item\'s case number', () => {
  const text = 'Punkt 1: Uden sag\n\nSagsfremstilling\n\nSe sag 24/6823 fra sidste år.\n';
  const doc = parseReferat(text);
  assert.equal(doc.items[0].caseNumber, null);
  assert.deepEqual(doc.caseNumbers.map((c) => c.text), ['24/6823']);
});

test('a closed item "Punkt 8: Lukket: Eventuelt (B)" with no sections: closed, markers ["(B)"]', () => {
  const { text, spans: [title] } = spans('Punkt 8: [[Lukket: Eventuelt (B)]]\n\nPunkt 9: Åben sag\n\nBeslutning\n\nGodkendt.\n');
  const [closed, open] = parseReferat(text).items;
  assert.equal(closed.closed, true);
  assert.deepEqual(closed.markers, ['(B)']);
  assert.deepEqual(closed.sections, []);
  assert.deepEqual(cut(text, closed.title.span), cut(text, title));
  assert.equal(closed.title.value, 'Lukket: Eventuelt (B)');
  assert.equal(open.closed, false);
  assert.deepEqual(open.markers, []);
});

test('several trailing markers are all read, in order; a parenthesis inside the title is none', () => {
  const text = 'Punkt 1: Budget (drift) 2025 (B) (C)\n\nPunkt 2: Status (foreløbig)\n';
  const [both, none] = parseReferat(text).items;
  assert.deepEqual(both.markers, ['(B)', '(C)']);
  assert.deepEqual(none.markers, []);
});

test('an item heading with no title is reported', () => {
  const text = 'Punkt 4:\n\nBeslutning\n\nGodkendt.\n';
  const doc = parseReferat(text);
  assert.equal(doc.items.length, 1);
  assert.equal(doc.items[0].title.value, '');
  assert.deepEqual(doc.problems.map((p) => [p.code, p.data.number]), [['item-no-title', 4]]);
});

test('a heading with no title under its case number: the problem lies on the heading line', () => {
  // SBSYS's preview puts the case number on the line above "Punkt 1:"; the heading is the number's line.
  const text = '00.30.14-G01-6-19\r\nPunkt 1: \r\n\r\nBeslutning\r\n\r\nGodkendt.\r\n';
  const doc = parseReferat(text);
  assert.equal(doc.items[0].caseNumber?.text, '00.30.14-G01-6-19');
  const at = text.indexOf('Punkt 1:');
  assert.deepEqual(doc.problems.map((p) => [p.code, p.span]), [['item-no-title', { start: at, end: at + 'Punkt 1:'.length }]]);
});

test('transcript: "Beslutningssag:"/"Orienteringssag:" is the kind prefix, outside the title span', () => {
  const sample = samples().find((s) => s.name.startsWith('002_'))!;
  const doc = parseReferat(sample.text);
  const at = (offset: number) => doc.lines.positionAt(offset);
  const [first, second, third] = doc.items;
  assert.equal(first.kindPrefix, 'Beslutningssag');
  assert.equal(third.kindPrefix, 'Orienteringssag');
  assert.equal(first.numberWritten, false);
  // Line 14: "3 Beskæftigelsesudvalget Mødedato Side Beslutningssag: Indsatsen over for ikke vestlige kvinder Åben sag ..."
  assert.equal(second.title.value, 'Indsatsen over for ikke vestlige kvinder');
  assert.deepEqual(at(second.heading.start), { line: 13, character: 39 });
  assert.deepEqual(at(second.title.span.start), { line: 13, character: 55 });
  assert.deepEqual(at(second.title.span.end), { line: 13, character: 55 + 'Indsatsen over for ikke vestlige kvinder'.length });
  assert.equal(sample.text.slice(second.title.span.start, second.title.span.end), second.title.value);
  assert.equal(second.caseNumber?.text, '16/28428');
});

test('transcript: two items on one page each end where the next begins; a heading inside a title opens none', () => {
  const { text, spans: [first, second] } = spans(
    'Referat Udvalget\n\n1 Referat Udvalget Mødedato: 1. marts 2024\n\n2 Udvalget Mødedato Side [[Beslutningssag: A Åben sag Sagsnr.: 24/1234 tekst]] Mødedato Side [[Orienteringssag: B Mødedato Side C Åben sag mere]]\n\n3 Bilag: liste\n',
  );
  const items = parseReferat(text).items;
  assert.deepEqual(items.map((it) => cut(text, it.span)), [cut(text, first), cut(text, second)]);
  assert.deepEqual(items.map((it) => [it.kindPrefix, it.title.value, it.caseNumber?.text ?? null]), [
    ['Beslutningssag', 'A', '24/1234'],
    ['Orienteringssag', 'B Mødedato Side C', null],
  ]);
});

test('a board\'s list of points, each title ending with its colon over its text ("4. Meddelelser:" / "Ingen."): the text is no part of the title', () => {
  const text = [
    'Referat af ekstraordinært skolebestyrelsesmøde', 'onsdag den 9. april 2008 kl. 19.00', '',
    ' 1. Trafik ved skolen:', '  Forslagene blev gennemgået.', '  Skolelederen skriver til kommunen.', '',
    ' 2. Meddelelser:', '  Ingen.', '',
    ' 3. Eventuelt:', '  Intet.', '',
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((i) => i.title.value), ['Trafik ved skolen:', 'Meddelelser:', 'Eventuelt:']);
});

test('a list counting from 1 again in item 1\'s Sagsfremstilling ("1. Orientering om …" / "2. Oversigt over …") is no items: item 2 stays item 2', () => {
  const text = [
    'Referat - Idrætsudvalget den 4. marts 2019', '',
    '1. Meddelelser', '', 'Indstilling', '', 'Direktøren indstiller', '', ' 1. at tage meddelelser til efterretning', '',
    'Beslutning i Idrætsudvalget den 04-03-2019', '', 'Taget til efterretning.', '',
    'Sagsfremstilling', '',
    ' 1. Orientering om nye ansøgninger til puljen.', ' 2. Orientering om foreningsaftenen.', ' 3. Oversigt over lejemål i hallerne.', ' 4. Oversigt over lejemål på skolerne.', '',
    '2. Godkendelse af referat', '', 'Indstilling', '', 'Direktøren indstiller, at referatet godkendes.', '',
    'Beslutning i Idrætsudvalget den 04-03-2019', '', 'Godkendt.', '',
  ].join('\n');
  const items = parseReferat(text).items;
  assert.deepEqual(items.map((i) => [i.number, i.title.value]), [[1, 'Meddelelser'], [2, 'Godkendelse af referat']]);
  assert.deepEqual(items[1].sections.map((s) => s.kind), ['Indstilling', 'Beslutning']);
});
