// A portal's page of one agenda item: the meeting's header, the item's title without a number,
// its sections. The reader sees one item there, so the Outline shows it and no "no items"
// notice stands on line 1. Pages of several items whose titles were folded away, news pages and
// other text keep no item: nothing there is one item's title.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { looksLikeMinutes } from '../../server/src/parser/detect';
import { findingsOf } from '../../server/src/diagnostics';
import { documentSymbols } from '../../server/src/languageFeatures/documentSymbols';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { Messages } from '../../server/src/l10n';

/** A city portal's item page: a search box, a notice, the header, the title, a link, the sections. */
const cityPage = (extra = '') =>
  'Søg\n\nFå besked om nye møder i Nordby Kommune\n\n' +
  'Mødedato: 12.05.2022, kl. 16:00\nMødested: Rådhuset, mødelokale 3\n\n' +
  'Nye cykelstier langs Strandvejen\n\nSe alle bilag\n\n' +
  'Udvalget skal tage stilling til, om der skal anlægges cykelstier på hele strækningen.\n\n' +
  'Indstilling\n\nForvaltningen indstiller,\n\n 1. at udvalget godkender projektet.\n\n' +
  'Problemstilling\n\nStrækningen er smal, og mange cyklister kører der.\n\n' +
  'Beslutning\n\nGodkendt.\n' +
  extra;

test('a portal\'s page of one item, its title unnumbered under the header, is that one item', () => {
  const text = cityPage();
  const doc = parseReferat(text);
  assert.equal(doc.items.length, 1);
  const [item] = doc.items;
  assert.equal(item.title.value, 'Nye cykelstier langs Strandvejen');
  assert.equal(text.slice(item.title.span.start, item.title.span.end), 'Nye cykelstier langs Strandvejen');
  assert.equal(item.number, 1, 'no number on the page: the first');
  assert.equal(item.numberWritten, false);
  assert.deepEqual(item.sections.map((s) => s.kind), ['Indstilling', 'Sagsfremstilling', 'Beslutning']);
  assert.equal(item.sections[2].outcome, 'godkendt');
  assert.equal(item.span.end, text.length - 1);
  // The header is the lines above the title, its fields as before.
  assert.equal(doc.meeting.meetingDate?.value, '2022-05-12');
  assert.equal(doc.meeting.place?.value, 'Rådhuset, mødelokale 3');
  assert.ok(doc.meeting.span.end <= item.span.start, 'the header ends where the item starts');
  assert.equal(doc.meeting.kind, 'referat');
  assert.equal(looksLikeMinutes(text), true);
});

test('an item page shows its item in the Outline and no "no items" notice, nor a number-order error', () => {
  const doc = parseReferat(cityPage());
  const findings = findingsOf(doc, {});
  assert.deepEqual(findings.filter((f) => f.code === 'no-items' || f.code === 'item-number-order'), []);
  const names = documentSymbols(doc, new Messages('en'), null, { subHeadings: false }, notCancelled).map((s) => s.name);
  assert.ok(names.includes('Punkt 1: Nye cykelstier langs Strandvejen'), names.join(' | '));
});

test('the number the page states on its own button or breadcrumb is the item\'s', () => {
  assert.equal(parseReferat(cityPage('\nHent punkt 7 som PDF\n')).items[0].number, 7);
  assert.equal(parseReferat('Forside › Møder › Punkt 12\n\n' + cityPage()).items[0].number, 12);
  // A sentence that names another item is no statement of this one's number.
  const sentence = cityPage().replace('Strækningen er smal', 'Sagen blev udsat under punkt 4.\n\nStrækningen er smal');
  assert.equal(parseReferat(sentence).items[0].number, 1);
  // Two numbers named: none is reliable.
  assert.equal(parseReferat(cityPage('\nHent punkt 7 som PDF\nGå til punkt 8\n')).items[0].number, 1);
});

/** An agenda system's item page: the site's name, the title, the case number, two meetings' decisions. */
const systemPage =
  'Nordø\n\nOmlægning af busruterne på Nordø\n\n24/51234 -\n\nBilag\n\nKøreplan 2026\n\n' +
  'Indstilling\n\nDirektionen indstiller, at\n\n  • sagen sendes videre til anden behandling\n\n' +
  'Beslutning Kommunalbestyrelsen den 03-02-2025\n\nGodkendt.\n\n' +
  'Indstilling\n\nDirektionen indstiller, at\n\n  • omlægningen godkendes.\n\n' +
  'Beslutning Kommunalbestyrelsen den 10-02-2025\n\nGodkendt.\n\n' +
  'Sagsfremstilling\n\nRuterne skal følge de nye skoledistrikter.\n';

test('an item decided at two meetings, under the site\'s name and over its case number, is one item', () => {
  const doc = parseReferat(systemPage);
  assert.equal(doc.items.length, 1);
  const [item] = doc.items;
  assert.equal(item.title.value, 'Omlægning af busruterne på Nordø');
  assert.equal(item.caseNumber?.text, '24/51234');
  assert.equal(item.sections.filter((s) => s.kind === 'Beslutning').length, 2);
  assert.equal(looksLikeMinutes(systemPage), true);
});

test('a page of several items whose titles were folded away keeps no item', () => {
  const header = 'Referat\n\nDato: 28-03-2022 17:00\n\nSted: Rådhussalen\n\n';
  // Each item's case number and decision, the same meeting's decision again and again.
  const decisions = header + [11, 12, 13].map((n) => `Sagsnr.: 22/1${n}\n\nBeslutning i Kommunalbestyrelsen den 28-03-2022\n\nGodkendt.\n\n`).join('');
  assert.equal(parseReferat(decisions).items.length, 0);
  // A municipality's template: each folded item's sections, and its label over the decision.
  const label = 'Offentlig beslutning til brug, hvis sagen er lukket';
  const folded = 'Referat\nByrådet tirsdag den 4. januar 2022 kl. 17.00\nRådhuset, Byrådssalen, Torvet 1, 2600 Nordby\n' +
    `${label}\nTiltrådt.\nBeslutning\nIngen bemærkninger.\nSagsfremstilling\nTekst om den første sag.\n` +
    `${label}\nTiltrådt.\nIndstilling\nat sagen godkendes.\nBeslutning\nGodkendt.\nSagsfremstilling\nTekst om den anden sag.\n`;
  assert.equal(parseReferat(folded).items.length, 0);
  // That label twice, even where the sections in view repeat no kind: written twice, it is no title.
  assert.equal(parseReferat(`Referat\nByrådet tirsdag den 4. januar 2022 kl. 17.00\n${label}\nTiltrådt.\nBeslutning\nIngen bemærkninger.\n${label}\nTiltrådt.\nSagsfremstilling\nTekst.\n`).items.length, 0);
  // A title-like line over several items' sections: the same meeting's decision twice.
  const repeated = 'Mødedato: 14.08.2024\n\nSager på mødet i august\n\nBeslutning i Teknikudvalget den 14-08-2024\n\nGodkendt.\n\nSagsfremstilling\n\nTekst om vejene.\n\nBeslutning i Teknikudvalget den 14-08-2024\n\nTaget til efterretning.\n';
  assert.equal(parseReferat(repeated).items.length, 0);
  // The whole agenda's page: its print button and a divider over the items' sections.
  const agenda = 'Beslutningsprotokol\n\nMødested: Byrådssalen\n\nUdskriv hele dagsordenen\n\n  • Udskriv\n    Sagsid.: 22/2694\n    Indstilling\n    at dagsordenen godkendes.\n    Beslutning Byrådet den 30-11-2022\n    Godkendt.\n';
  assert.equal(parseReferat(agenda).items.length, 0);
  const divided = 'Mødedato: 26.08.2019\n\nÅben dagsorden\n\nBeskrivelse\n\nNye fridage for de ansatte\n\nTekst om fridagene.\n\nBeslutning\n\nGodkendt.\n';
  assert.equal(parseReferat(divided).items.length, 0);
});

test('text without one item\'s sections under a title keeps no item', () => {
  // A news page: a title and prose, no Indstilling or Beslutning.
  const news = 'Mødedato: 07.10.2025\n\nNyt fra kommunalbestyrelsen\n\nKommunalbestyrelsen drøftede budgettet for 2026.\n\nSagsfremstilling\n\nBudgettet blev vedtaget i sidste uge.\n';
  assert.equal(parseReferat(news).items.length, 0);
  assert.equal(parseReferat('2 Mælk\n3 Æbler\n1 Rugbrød\n4 Tomater\n').items.length, 0);
  // Sections with no line above them that could be a title: a sentence, a label.
  assert.equal(parseReferat('Mødedato: 07.10.2025\n\nUdvalget mødtes i dag.\n\nIndstilling\n\nat sagen godkendes.\n').items.length, 0);
  assert.equal(parseReferat('Mødested: Rådhuset\nFraværende Ingen\nIndstilling\nat sagen godkendes.\nBeslutning\nGodkendt.\n').items.length, 0);
});

test('a text with numbered items keeps them as they are', () => {
  const text = 'Mødedato: 12.05.2022\n\nEt udvalg i forandring\n\n1. Godkendelse af dagsorden\n\nIndstilling\n\nat dagsordenen godkendes.\n\nBeslutning\n\nGodkendt.\n\n2. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n';
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((i) => [i.number, i.numberWritten, i.title.value]), [[1, true, 'Godkendelse af dagsorden'], [2, true, 'Meddelelser']]);
});
