// Dates: weekdays, impossible dates, header against Mødedato.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, referat, spanOf, spans } from './check';

const header = (title: string, meeting: string) => `REFERAT Udvalget d. ${title}\n\nMødedato ${meeting} kl. 14:00\n\n`;

test('weekday-mismatch: "Onsdag d. 21. maj 2024" (a Tuesday), over weekday and date, with a fix', () => {
  const text = referat('', header('21-05-2024', 'Onsdag d. 21. maj 2024'));
  assert.deepEqual(spans(text, 'weekday-mismatch'), [spanOf(text, 'Onsdag d. 21. maj 2024')]);
  const [f] = findings(text, 'weekday-mismatch');
  assert.deepEqual(f.message.args, ['21. maj 2024', { weekday: 'tirsdag' }, { weekday: 'onsdag' }]);
  assert.equal(f.fix?.preferred, false, 'the date may be the wrong one, so the fix is not preferred');
  assert.equal(fixed(text, 'weekday-mismatch'), text.replace('Onsdag d.', 'Tirsdag d.'));
});

test('weekday-mismatch: not for the right weekday, in any case', () => {
  assert.deepEqual(spans(referat('', header('21-05-2024', 'tirsdag den 21. maj 2024')), 'weekday-mismatch'), []);
});

test('invalid-date: "31. juni 2024", on the date', () => {
  const text = referat('Punkt 1: Første\n\nSagsfremstilling\n\nMødet holdes 31. juni 2024.\n');
  assert.deepEqual(spans(text, 'invalid-date'), [spanOf(text, '31. juni 2024')]);
  assert.deepEqual(findings(text, 'invalid-date')[0].message.args, ['31. juni 2024', 30]);
});

test('invalid-date: not for "30. juni 2024" nor "29-02-2024"', () => {
  assert.deepEqual(spans(referat('Punkt 1: Første\n\nSagsfremstilling\n\nMødet holdes 30. juni 2024 og 29-02-2024.\n'), 'invalid-date'), []);
});

test('header-date-mismatch: the header\'s date against the Mødedato, the Mødedato related', () => {
  const text = referat('', header('20-05-2024', 'Tirsdag d. 21. maj 2024'));
  assert.deepEqual(spans(text, 'header-date-mismatch'), [spanOf(text, '20-05-2024')]);
  assert.deepEqual(findings(text, 'header-date-mismatch')[0].related?.map((r) => r.span), [spanOf(text, '21. maj 2024')]);
});

test('header-date-mismatch: not when both say the same day, however written', () => {
  assert.deepEqual(spans(referat('', header('21.05.2024', 'Tirsdag d. 21. maj 2024')), 'header-date-mismatch'), []);
});
