// A header that names no body (a portal's page: "Dato:", "Sted:", then the items) leaves the
// committee to the items, which name it in their case-number lines ("Sagsnr. 4411 Miljøudvalget
// Åbent punkt") and in this meeting's decision headings (server/src/parser/bodyFromItems.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';

const portal = (items: string[], header = ['Referat', 'Dato: Onsdag, 3. april 2019 - 18:00', 'Sted: Lokale 2']) => [...header, ...items].join('\n\n') + '\n';

function committee(text: string): string | null {
  const c = parseReferat(text).meeting.committee;
  if (c) assert.equal(text.slice(c.span.start, c.span.end), c.value);
  return c?.value ?? null;
}

const item = (n: number, lines: string[]) => [`Pkt. ${n}`, `Sag nummer ${n} om stierne`, ...lines];

test('the body every case-number line and decision heading of the items names is the committee', () => {
  const text = portal([
    ...item(12, ['Sagsnr. 4411 Miljøudvalget Åbent punkt', 'Miljøudvalget, 03-04-2019, pkt. 12', 'Godkendt.']),
    ...item(13, ['Sagsnr. 4412 Miljøudvalget Åbent punkt', 'Indstilling', 'Forvaltningen indstiller, at sagen godkendes.', 'Miljøudvalget, 03-04-2019, pkt. 13', 'Godkendt.']),
  ]);
  assert.equal(committee(text), 'Miljøudvalget');
});

test('"Beslutning i <Udvalg> den <dato>:" alone names it too', () => {
  const text = portal([
    '1. Sag om stierne', 'Indstilling', 'Forvaltningen indstiller, at sagen godkendes.', 'Beslutning i Teknik- og Miljøudvalget den 03-04-2019:', 'Godkendt.',
    '2. Sag om vejene', 'Beslutning i Teknik- og Miljøudvalget den 03-04-2019:', 'Taget til efterretning.',
  ]);
  assert.equal(committee(text), 'Teknik- og Miljøudvalget');
});

test('an earlier meeting\'s decision of another body does not count; bodies named otherwise, nor does either', () => {
  const quoted = portal([
    '1. Sag om stierne', 'Økonomiudvalget, 04-03-2019, pkt. 40', 'Anbefales.', 'Byrådet, 03-04-2019, pkt. 1', 'Godkendt.',
  ]);
  assert.equal(committee(quoted), 'Byrådet');
  const mixed = portal([
    ...item(12, ['Sagsnr. 4411 Miljøudvalget Åbent punkt', 'Miljøudvalget, 03-04-2019, pkt. 12', 'Godkendt.']),
    ...item(13, ['Sagsnr. 4412 Kulturudvalget Åbent punkt', 'Beslutning', 'Godkendt.']),
  ]);
  assert.equal(committee(mixed), null);
});

test("the header's own committee stands", () => {
  const text = portal(
    [...item(12, ['Sagsnr. 4411 Miljøudvalget Åbent punkt', 'Beslutning', 'Godkendt.'])],
    ['Referat', 'Udvalg: Byrådet', 'Dato: Onsdag, 3. april 2019 - 18:00'],
  );
  assert.equal(committee(text), 'Byrådet');
});
