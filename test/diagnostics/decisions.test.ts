// The decision of this meeting: missing, empty, or dated on another day.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, referat, spanOf, spans } from './check';
import { restyle } from '../../server/src/diagnostics/rules/decisions';

const ITEM = 'Punkt 1: Første\n\nIndstilling\n\nAt sagen godkendes.\n\n';

test('missing-decision: an open item of a referat with an Indstilling and no Beslutning, on the heading', () => {
  const text = referat(ITEM + 'Sagsfremstilling\n\nTekst.\n');
  assert.deepEqual(spans(text, 'missing-decision'), [spanOf(text, 'Punkt 1: Første')]);
  assert.deepEqual(findings(text, 'missing-decision')[0].related?.map((r) => r.span), [spanOf(text, 'Indstilling')]);
});

test('missing-decision: not in a dagsorden, not for a closed item, not with a Beslutning', () => {
  assert.deepEqual(spans(referat(ITEM, 'DAGSORDEN Udvalget d. 21-05-2024\n\n'), 'missing-decision'), []);
  assert.deepEqual(spans(referat('Punkt 1: Lukket: Personalesag\n\nIndstilling\n\nAt sagen godkendes.\n'), 'missing-decision'), []);
  assert.deepEqual(spans(referat(ITEM + 'Beslutning\n\nGodkendt.\n'), 'missing-decision'), []);
});

test('missing-decision: a quoted decision of another committee is not the decision of this meeting', () => {
  const text = referat(ITEM + 'Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:\n\nAnbefalet.\n');
  assert.deepEqual(spans(text, 'missing-decision'), [spanOf(text, 'Punkt 1: Første')]);
});

test('empty-decision: a Beslutning heading with no text, on the heading', () => {
  const text = referat(ITEM + 'Beslutning\n\nPunkt 2: Andet\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(text, 'empty-decision'), [spanOf(text, 'Beslutning')]);
});

test('empty-decision: not for a Beslutning with text', () => {
  assert.deepEqual(spans(referat(ITEM + 'Beslutning\n\nGodkendt.\n'), 'empty-decision'), []);
});

const DATED = (date: string, committee = 'Udvalget for arbejdsmarked og integration') => referat(`${ITEM}Beslutning ${committee} den ${date}\n\nGodkendt.\n`);

test('decision-date-mismatch: this committee\'s Beslutning dated on another day, on the date, with a fix', () => {
  const text = DATED('20-05-2024');
  assert.deepEqual(spans(text, 'decision-date-mismatch'), [spanOf(text, '20-05-2024')]);
  const [f] = findings(text, 'decision-date-mismatch');
  assert.deepEqual(f.message.args, [1, '20-05-2024', '21. maj 2024']);
  assert.deepEqual(f.related?.map((r) => r.span), [spanOf(text, '21. maj 2024')]);
  assert.equal(fixed(text, 'decision-date-mismatch'), text.replace('den 20-05-2024', 'den 21-05-2024'));
  assert.deepEqual(spans(text, 'missing-decision'), [], 'the misdated decision is not also missing');
});

test('decision-date-mismatch: not for the meeting\'s own date, nor for another committee\'s decision', () => {
  assert.deepEqual(spans(DATED('21-05-2024'), 'decision-date-mismatch'), []);
  const other = DATED('20-05-2024', 'Økonomiudvalget');
  assert.deepEqual(spans(other, 'decision-date-mismatch'), []);
  assert.equal(spans(other, 'missing-decision').length, 1);
});

test('the fix writes the meeting date the way the heading writes dates', () => {
  assert.equal(restyle('20-05-2024', '2024-05-21'), '21-05-2024');
  assert.equal(restyle('1.5.2024', '2024-05-21'), '21.5.2024');
  assert.equal(restyle('20. maj 2024', '2024-06-03'), '3. juni 2024');
  assert.equal(restyle('20/5 2024', '2024-06-03'), '3/6 2024');
});
