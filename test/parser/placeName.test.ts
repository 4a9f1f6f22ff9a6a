// The place is the room or address alone, whatever labels a copied table put around it
// (server/src/parser/placeName.ts), in the text's own words and place.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeName } from '../../server/src/parser/placeName';
import { parseReferat } from '../../server/src/parser';

function placeIn(value: string): string | null {
  const found = placeName({ value, span: { start: 5, end: 5 + value.length } });
  if (found) assert.equal(value.slice(found.span.start - 5, found.span.end - 5), found.value);
  return found?.value ?? null;
}

test("another field's label after the place ends it", () => {
  assert.equal(placeIn('Mødelokale 2, Nordby Rådhus. Møde slut: 15:00'), 'Mødelokale 2, Nordby Rådhus');
  assert.equal(placeIn('Byrådssalen Starttidspunkt: Kl. 17:00'), 'Byrådssalen');
});

test('labels copied before their values, and a weekday with its date, go before the place', () => {
  assert.equal(placeIn('Udsendelsesdato: Afbud fra: Tirsdag den 14-maj-2002 Byrådets mødelokaler'), 'Byrådets mødelokaler');
});

test("the place's own label without a colon goes; a room's name that is a label word stays", () => {
  assert.equal(placeIn('Sted Byrådssalen, Torvegade 8'), 'Byrådssalen, Torvegade 8');
  assert.equal(placeIn('Mødelokale 4, Nordby'), 'Mødelokale 4, Nordby');
  assert.equal(placeIn('Lokale 125B, Søby Rådhus'), 'Lokale 125B, Søby Rådhus');
});

test('an address keeps its abbreviations; a trailing comma goes', () => {
  assert.equal(placeIn('Mødelokale 18, Torvet 1, 1. tv.,'), 'Mødelokale 18, Torvet 1, 1. tv.');
  assert.equal(placeIn('Rådhuset'), 'Rådhuset');
});

test('through the parser: the place of a labelled header with the end time after it', () => {
  const text = 'Referat\nØkonomiudvalget\nMødedato: 3. maj 2022\nMødested: Mødelokale 1, Søby Rådhus. Møde slut: 14:00\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  const place = parseReferat(text).meeting.place!;
  assert.equal(place.value, 'Mødelokale 1, Søby Rådhus');
  assert.equal(text.slice(place.span.start, place.span.end), place.value);
});

test("a building's name before a colon is the place's, not another field's label", () => {
  assert.equal(placeIn('Kulturhuset: Lokalet ved Biblioteket'), 'Kulturhuset: Lokalet ved Biblioteket');
  assert.equal(placeIn('Byrådssalen: indgang fra gården'), 'Byrådssalen: indgang fra gården');
  // A label that is also a room word still ends the place after it.
  assert.equal(placeIn('Kulturhuset, sal 2 Lokale: 14'), 'Kulturhuset, sal 2');
});

test('through the parser: "Mødested: <building>: <room>" keeps both', () => {
  const text = 'Referat\nPlanudvalget\nMødedato: 3. maj 2022\nMødested: Sundhedshuset: Mødelokalet ved Træningen\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  const place = parseReferat(text).meeting.place!;
  assert.equal(place.value, 'Sundhedshuset: Mødelokalet ved Træningen');
  assert.equal(text.slice(place.span.start, place.span.end), place.value);
});

test('the kind of meeting after the place ("Mødesalen, Ringe - Ekstraordinært") is no part of it', () => {
  assert.equal(placeIn('Mødesalen, Ringe - Ekstraordinært'), 'Mødesalen, Ringe');
  assert.equal(placeIn('Byrådssalen – ekstraordinært møde'), 'Byrådssalen');
});

test('a notice to readers before the place ("OBS! Lukket møde kl. 16:30 - Mødelokale 3") is no part of it; a notice alone is no place', () => {
  assert.equal(placeIn('OBS! Lukket møde kl. 17:00 - Mødelokale Søen'), 'Mødelokale Søen');
  assert.equal(placeIn('NB! Mødet starter kl. 15 – Byrådssalen'), 'Byrådssalen');
  assert.equal(placeIn('BEMÆRK! Lukket møde kl. 17:00'), null);
  // An exclamation inside a room's name is no notice.
  assert.equal(placeIn('Byrådssalen - Rådhuset'), 'Byrådssalen - Rådhuset');
});

test('the hours a place is given for ("09:00 - 10:30 - Nordby Skole, …") go before it', () => {
  assert.equal(placeIn('09:00 - 10:30 - Nordby Skole, Skolevej 4, 5000 Nordby C.'), 'Nordby Skole, Skolevej 4, 5000 Nordby C.');
  assert.equal(placeIn('13.00 – 14.00 - Rådhuset'), 'Rådhuset');
  // A room named by a number keeps it.
  assert.equal(placeIn('Mødelokale 14, Torvet 2'), 'Mødelokale 14, Torvet 2');
});

test('through the parser: a title line\'s room that ends in an address\'s abbreviation ("…, st.") is the place', () => {
  const text = 'Referat Sundhedsudvalgets møde Mandag den 7. november 2011 Kl. 15:30 Sundhedsafd. s mødelokale Torvet 3, st.\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  const place = parseReferat(text).meeting.place;
  assert.equal(place?.value, 'Sundhedsafd. s mødelokale Torvet 3, st.');
  assert.equal(text.slice(place!.span.start, place!.span.end), place!.value);
  // A sentence after the time ends with its full stop: no place.
  const sentence = 'Referat Sundhedsudvalgets møde Mandag den 7. november 2011 Kl. 15:30 Mødet blev holdt i salen.\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  assert.equal(parseReferat(sentence).meeting.place, null);
});
