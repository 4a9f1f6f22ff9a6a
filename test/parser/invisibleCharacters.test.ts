// Text copied from web pages, PDFs and word processors carries characters a reader never sees:
// soft hyphens (&shy;) inside long words, zero-width spaces and joiners an editor leaves at a
// paragraph's edge, text decomposed as macOS copies it ("å" as "a" and a combining ring). The
// parser reads such a copy as the plain one, and every span still points into the text as written.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat, normalizeTitle } from '../../server/src/parser';

const SHY = '\u00ad';
const kinds = (text: string) => parseReferat(text).items.map((it) => it.sections.map((s) => s.kind));

const plain = [
  'Punkt 1: Ny legeplads ved skolen',
  'Sagsfremstilling',
  'Forvaltningen har set på pladsen.',
  'Indstilling',
  'Forvaltningen indstiller, at planen godkendes.',
  'Beslutning',
  'Godkendt.',
].join('\n\n');

test('a section heading with soft hyphens inside its word is the heading ("Sags\\u00adfrem\\u00adstil\\u00adling")', () => {
  const text = plain.replace('Sagsfremstilling', `Sags${SHY}frem${SHY}stil${SHY}ling`).replace('\nBeslutning', `\nBeslut${SHY}ning`);
  assert.deepEqual(kinds(text), [['Sagsfremstilling', 'Indstilling', 'Beslutning']]);
  const [section] = parseReferat(text).items[0].sections;
  assert.equal(text.slice(section.heading.span.start, section.heading.span.end), `Sags${SHY}frem${SHY}stil${SHY}ling`);
});

for (const [name, ch] of [['zero-width space', '\u200b'], ['zero-width non-joiner', '\u200c'], ['zero-width joiner', '\u200d'], ['word joiner', '\u2060'], ['byte order mark', '\ufeff']]) {
  test(`a ${name} at a line's edges or inside a heading's word changes nothing read`, () => {
    const edges = plain.split('\n\n').map((line) => ch + line + ch).join('\n\n');
    assert.deepEqual(kinds(edges), [['Sagsfremstilling', 'Indstilling', 'Beslutning']]);
    assert.equal(parseReferat(edges).items[0].title.value, 'Ny legeplads ved skolen');
    const inside = plain.replace('\nIndstilling', `\nInd${ch}stilling`);
    assert.deepEqual(kinds(inside), [['Sagsfremstilling', 'Indstilling', 'Beslutning']]);
  });
}

test('a heading in decomposed form (NFD, as macOS copies it) is the heading: "Resumé", "Forvaltningen foreslår"', () => {
  // "ø" and "æ" have no decomposition ("Høring", "Økonomi" read alike); "é" and "å" do.
  const text = ['Punkt 1: Område ved åen', 'Resumé', 'Udvalget så sagen i maj.', 'Forvaltningen foreslår', 'At planen godkendes.', 'Høring', 'Ingen.', 'Beslutning', 'Godkendt.'].join('\n\n');
  assert.deepEqual(kinds(text), [['Resume', 'Indstilling', 'Høring', 'Beslutning']]);
  const decomposed = text.normalize('NFD');
  assert.deepEqual(kinds(decomposed), kinds(text));
  assert.equal(parseReferat(decomposed).items[0].title.value, 'Område ved åen'.normalize('NFD'));
});

test('normalizeTitle ignores soft hyphens and zero-width characters, and reads decomposed letters as composed', () => {
  assert.equal(normalizeTitle(`Ud${SHY}bygning af gåhallen`), normalizeTitle('Udbygning af gåhallen'));
  assert.equal(normalizeTitle('Udbygning\u200b af\u2060 gåhallen\u200b.'), 'udbygning af gåhallen');
  assert.equal(normalizeTitle('Udbygning af gåhallen'.normalize('NFD')), 'udbygning af gåhallen');
  // A soft hyphen where a wrapped title was joined still reads as the join: one space between words.
  assert.equal(normalizeTitle(`Udbygning ${SHY}af gåhallen`), 'udbygning af gåhallen');
});

test('a decision\'s outcome is read through soft hyphens and decomposed letters ("God\\u00adkendt.", a decomposed "Tiltrådt.")', () => {
  const outcome = (decision: string) => parseReferat(`Punkt 1: Nyt tag på hallen\n\nBeslutning\n\n${decision}\n`).items[0].sections[0].outcome;
  assert.equal(outcome(`God${SHY}kendt.`), 'godkendt');
  assert.equal(outcome('Tiltrådt.'.normalize('NFD')), 'tiltrådt');
  assert.equal(outcome('Taget til\u200b efterretning.'), 'taget til efterretning');
});

test('a header read through soft hyphens, zero-width spaces and decomposed letters gives the plain header\'s fields, each span on the words as written', () => {
  const plain = ['REFERAT Økonomiudvalget d. 3. marts 2021', 'Mødedato: Onsdag d. 3. marts 2021 kl. 16:00', 'Mødested: Byrådssalen', 'Mødedeltagere Anne Lund, Bo Holm og Åse Dam', 'Fraværende: Carl Berg', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n\n');
  const copied = plain
    .replace('Økonomiudvalget', `Økonomi${SHY}udvalget`)
    .replace('Mødedato:', `Møde${SHY}dato:`)
    .replace('Mødested: Byrådssalen', `\u200bMødested:\u200b ${'Byrådssalen'.normalize('NFD')}`)
    .replace('Anne Lund', '\u200bAnne Lund')
    .replace('Åse Dam', 'Åse Dam'.normalize('NFD'))
    .replace('Fraværende', `Fra${SHY}værende`);
  const fields = (text: string) => {
    const m = parseReferat(text).meeting;
    return [m.committee, m.meetingDate, m.weekday, m.time, m.place, ...m.participants, ...m.absent].map((l) => l && { value: l.value, words: text.slice(l.span.start, l.span.end) });
  };
  const seen = (words: string) => words.normalize('NFC').replace(/[\u00ad\u200b]/g, '');
  const expected = fields(plain);
  assert.equal(expected.length, 9);
  const actual = fields(copied);
  assert.deepEqual(actual.map((f) => f?.value), expected.map((f) => f?.value));
  assert.deepEqual(actual.map((f) => f && seen(f.words)), expected.map((f) => f?.words));
  // A span starts and ends on a visible letter: the zero-width space before a value is not in it.
  assert.deepEqual([actual[4]?.words, actual[5]?.words, actual[7]?.words], ['Byrådssalen'.normalize('NFD'), 'Anne Lund', 'Åse Dam'.normalize('NFD')]);
});

test('a transcript\'s front page read through soft hyphens and zero-width spaces gives the plain page\'s fields, each span on the words as written', () => {
  const page = (front: string) => [`1 Referat Teknisk Udvalg ${front}`, '', '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Beslutning Godkendt. 2', '', '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Beslutning Godkendt. 3'].join('\n');
  const plain = page('Mødedato: Tirsdag den 3. marts 2020 Mødetidspunkt: 16:00 Mødested: Byrådssalen Medlemmer: Lise Holm (A), Per Dam (V) Fraværende: Per Dam (V)');
  const copied = page(`Mødedato: Tirsdag den 3. marts 2020 Møde${SHY}tidspunkt: 16:00 Møde${SHY}sted:\u200b ${'Byrådssalen'.normalize('NFD')} Medlemmer: Lise Holm (A), Per Dam (V) Fra${SHY}værende: Per Dam (V)`);
  const fields = (text: string) => {
    const m = parseReferat(text).meeting;
    return [m.committee, m.meetingDate, m.time, m.place, ...m.participants, ...m.absent].map((l) => l && { value: l.value, words: text.slice(l.span.start, l.span.end).normalize('NFC').replace(/[\u00ad\u200b]/g, '') });
  };
  const expected = fields(plain);
  assert.equal(expected.length, 7);
  assert.deepEqual(fields(copied), expected.map((f) => f && { value: f.value, words: f.words }));
  assert.deepEqual(parseReferat(copied).items.map((it) => it.number), [1, 2]);
});
