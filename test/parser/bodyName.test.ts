// The committee is the body's name alone, whatever a title line or a portal put around it
// (server/src/parser/bodyName.ts), in the text's own words and place.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyName } from '../../server/src/parser/bodyName';
import { parseReferat } from '../../server/src/parser';

/** The name bodyName keeps of `line` read as the committee, checked to be the text at its span. */
function nameIn(line: string): string | null {
  const found = bodyName({ value: line, span: { start: 10, end: 10 + line.length } });
  if (found) assert.equal(line.slice(found.span.start - 10, found.span.end - 10), found.value);
  return found?.value ?? null;
}

test('the document word, its openness and the meeting after the name go', () => {
  assert.equal(nameIn('Socialudvalget Åben beslutningsprotokol'), 'Socialudvalget');
  assert.equal(nameIn('Kommunalbestyrelsen BESLUTNINGSPROTOKOL'), 'Kommunalbestyrelsen');
  assert.equal(nameIn('Søby Byråd Ordinært møde'), 'Søby Byråd');
  assert.equal(nameIn('Byrådet møde'), 'Byrådet');
  assert.equal(nameIn('Byrådet REFERAT. Mødedato: Tirsdag den'), 'Byrådet');
  assert.equal(nameIn('Miljøudvalget (Indeholder åbne dagsordenspunkter)'), 'Miljøudvalget');
  assert.equal(nameIn('Teknisk Udvalg onsdag den'), 'Teknisk Udvalg');
});

test("a genitive before 'møde' is the body's name", () => {
  assert.equal(nameIn('Byrådets møde'), 'Byrådet');
  assert.equal(nameIn('Kommunalbestyrelsens ekstraordinære møde'), 'Kommunalbestyrelsen');
  assert.equal(nameIn('Byrådets'), 'Byrådet');
  assert.equal(nameIn('Udvalgets'), 'Udvalget');
});

test('a label, a town and the document word before the name go; a sentence keeps only the body it names', () => {
  assert.equal(nameIn('Dagsorden. Forum: Ældrerådet Tid'), 'Ældrerådet');
  assert.equal(nameIn('Søby Kommune. Kommunalbestyrelsen. Referat'), 'Kommunalbestyrelsen');
  assert.equal(nameIn('Søby Kommune Kommunalbestyrelsen'), 'Kommunalbestyrelsen');
  assert.equal(nameIn('Møde med Rådet for Etniske Minoriteter'), 'Rådet for Etniske Minoriteter');
  assert.equal(nameIn('Disse sager blev drøftet under punktet i Regionsrådet'), 'Regionsrådet');
  assert.equal(nameIn('Handicaprådet Socialforvaltningen, Sekretariatet Side 1.'), 'Handicaprådet');
  assert.equal(nameIn('SØBY BYRÅD SØBY BYRÅD. REFERAT fra møde i SØBY BYRÅD'), 'SØBY BYRÅD');
});

test("a body's meeting written as one word names the body by its first part", () => {
  assert.equal(nameIn('Referat af ekstraordinært Skolebestyrelsesmøde'), 'Skolebestyrelse');
  assert.equal(nameIn('kommunalbestyrelsesmøde 2. juni - mødet er åbent'), 'kommunalbestyrelse');
});

test('without a body word, a day, a time or a fragment is no name', () => {
  assert.equal(nameIn('tirsdag den 11. november 2014 Kl. 8:30 i Brandstationen'), null);
  assert.equal(nameIn("'s møde Mandag den Kl. 15:30 mødelokale 3"), null);
});

test('names stay whole: compounds, "for …" and "i …" phrases, terms, a town', () => {
  for (const name of [
    'Økonomiudvalget',
    'Børne- og Ungeudvalget',
    'Plan-, Erhvervs- og Teknikudvalget',
    'Udvalget for Klima, Miljø og Teknik',
    'Udvalg for regional udvikling',
    'KOMMUNALBESTYRELSEN FOR SØBY KOMMUNE',
    'Kommunalbestyrelsen 2022-25',
    'Beskæftigelsesudvalget til 31.12.25',
    'Søby Byråd',
    'Lokalrådet i Nordby',
    'Social og sundhed',
  ]) assert.equal(nameIn(name), name);
});

test('through the parser: the committee of a title line with the meeting after the name', () => {
  const text = 'Søby Byråd Ordinært møde\nMødedato: 3. maj 2022\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  const committee = parseReferat(text).meeting.committee!;
  assert.equal(committee.value, 'Søby Byråd');
  assert.equal(text.slice(committee.span.start, committee.span.end), 'Søby Byråd');
});

test('"&" between a word and the body word joins the name ("Børn & Læringsudvalget", a portal\'s title "<name> - <date>")', () => {
  assert.equal(nameIn('Børn & Læringsudvalget - 10-11-2025'), 'Børn & Læringsudvalget');
  assert.equal(nameIn('Plan & Teknikudvalget'), 'Plan & Teknikudvalget');
  // A "&" with no word before it starts nothing.
  assert.equal(nameIn('& Teknikudvalget'), 'Teknikudvalget');
  const doc = parseReferat('Kultur & Fritidsudvalget - 12-03-2024\n\nReferat\nDato:\nTirsdag, 12 marts, 2024 - 16:30\n\n40. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n');
  assert.equal(doc.meeting.committee?.value, 'Kultur & Fritidsudvalget');
});

test('a name that lists its areas, "Kultur, Fritid, Idræt og Sundhedsudvalget", keeps them all', () => {
  assert.equal(nameIn('Kultur, Fritid, Idræt og Sundhedsudvalget 2022-2025'), 'Kultur, Fritid, Idræt og Sundhedsudvalget 2022-2025');
  assert.equal(nameIn('Referat Miljø, Natur og Klimaudvalget'), 'Miljø, Natur og Klimaudvalget');
  // Without the list, a word and "og" before the body word is no part of it: a sentence may say so.
  assert.equal(nameIn('Borgmesteren og Økonomiudvalget'), 'Økonomiudvalget');
});
