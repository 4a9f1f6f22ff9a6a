// Dates as Danish minutes write them, with the weekday before them, and impossible ones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, isoDate, parseReferat, weekdayOf } from '../../server/src/parser';
import { cut, spans } from './marks';

const one = (source: string) => {
  const { text, spans: marks } = spans(source);
  const found = findDates(text);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  assert.deepEqual(cut(text, found[0].span), cut(text, marks[0]));
  return found[0];
};

test('"25-11-2020" (dashes)', () => {
  assert.equal(one('REFERAT Udvalget d. [[25-11-2020]]').iso, '2020-11-25');
});

test('"21.05.2024" (dots)', () => {
  assert.equal(one('Budgetopfølgning pr. [[21.05.2024]] for drift').iso, '2024-05-21');
});

test('"31/3 2024" (slash and space), "3/5-2021" (slash and hyphen)', () => {
  assert.equal(one('Frist [[31/3 2024]].').iso, '2024-03-31');
  assert.equal(one('Mødedato: mandag den [[3/5-2021]] kl. 16.00').iso, '2021-05-03');
  // A case number "21/1234" is no date, with or without a year after it.
  assert.deepEqual(findDates('Sagsnr. 21/1234-2021 og 21/1234'), []);
});

test('"9/11/2019 3:00:00 PM" (a portal in American English) is month first; "9/11/2019" without a 12-hour time is no date', () => {
  assert.equal(one('Mødedato: [[9/11/2019]] 3:00:00 PM').iso, '2019-09-11');
  assert.equal(one('Dato: [[12/24/2019]] 10:30 a.m.').iso, '2019-12-24');
  assert.equal(one('[[2/29/2024]]  9:00 AM, Rådhuset').iso, '2024-02-29');
  assert.deepEqual(findDates('Mødedato: 9/11/2019 15:00'), []);
  assert.deepEqual(findDates('jf. 9/11/2019 3:00 Pmodel'), []);
  assert.equal(findDates('Mødedato: 24/12/2019 3:00:00 PM')[0]?.iso ?? null, null, 'no month 24');
});

test('"11. januar 2017" (month name), also written without the space "1.januar 2020"', () => {
  assert.equal(one('den [[11. januar 2017]]').iso, '2017-01-11');
  assert.equal(one('den [[1.januar 2020]]').iso, '2020-01-01');
});

test('"07-marts-2002" (month name between hyphens, an older portal\'s dates), written out or cut short, in any case; no word that is no month', () => {
  assert.equal(one('Mødedato: [[07-marts-2002]] kl. 15.00').iso, '2002-03-07');
  assert.equal(one('Dato: [[7-Mar-2002]]').iso, '2002-03-07');
  assert.equal(one('ØKONOMIUDVALGET [[14-NOVEMBER-2002]]').iso, '2002-11-14');
  assert.deepEqual(findDates('sag 12-sager-2002 og bilag 3-a-2002'), []);
  assert.equal(parseReferat('Referat\nØkonomiudvalget\nMødedato: 07-marts-2002\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting.meetingDate?.value, '2002-03-07');
});

test('a month name cut short, with or without its dot ("23. jun 2014", "3. sept. 2019"), and a weekday before it; no word that is no month', () => {
  const { text, spans: [weekday, date] } = spans('[[Mandag]] [[23. jun 2014]] kl. 17:00');
  const [d] = findDates(text);
  assert.equal(d.iso, '2014-06-23');
  assert.deepEqual(cut(text, d.span), cut(text, date));
  assert.deepEqual(cut(text, d.weekday!.span), cut(text, weekday));
  assert.equal(one('mødet den [[3. sept. 2019]].').iso, '2019-09-03');
  assert.equal(one('frist [[12. okt 2020]]').iso, '2020-10-12');
  assert.deepEqual(findDates('punkt 2. ma 2020 og 5. mart 2019'), []);
});

test('"Onsdag d. 25. november 2020": the weekday has its own span, outside the date\'s', () => {
  const { text, spans: [weekday, date] } = spans('Mødedato [[Onsdag]] d. [[25. november 2020]] kl. 15:00');
  const [d] = findDates(text);
  assert.deepEqual(cut(text, d.span), cut(text, date));
  assert.deepEqual(d.weekday && { ...cut(text, d.weekday.span), value: d.weekday.value }, { ...cut(text, weekday), value: 'onsdag' });
  assert.equal(d.iso, '2020-11-25');
  assert.equal(weekdayOf(d.iso!), 'onsdag');
});

test('an impossible date "31. juni 2024" is found with iso null; 29 February only in a leap year', () => {
  const d = one('den [[31. juni 2024]]');
  assert.equal(d.iso, null);
  assert.deepEqual([d.year, d.month, d.day], [2024, 6, 31]);
  assert.equal(one('[[29-02-2023]]').iso, null);
  assert.equal(one('[[29-02-2024]]').iso, '2024-02-29');
});

test('a month 13 is no date; neither is a version number or an ISO date', () => {
  assert.deepEqual(findDates('den 12.13.2024'), []);
  assert.deepEqual(findDates('version 1.2.2020.3'), []);
  assert.deepEqual(findDates('2024-05-21'), []);
});

test('several dates come in text order', () => {
  const { text, spans: marks } = spans('Fra [[1. marts 2024]] til [[31.03.2024]] og [[5/4 2024]]');
  assert.deepEqual(findDates(text).map((d) => cut(text, d.span)), marks.map((s) => cut(text, s)));
});

test('isoDate and weekdayOf', () => {
  assert.equal(isoDate(2024, 6, 31), null);
  assert.equal(isoDate(2024, 13, 1), null);
  assert.equal(isoDate(2024, 5, 21), '2024-05-21');
  assert.equal(weekdayOf('2024-05-21'), 'tirsdag');
  assert.equal(weekdayOf('2017-01-11'), 'onsdag');
});

test('a date written with a word processor\'s hyphens (non-breaking U+2011, hyphen U+2010, minus U+2212, en dash) is the date', () => {
  for (const dash of ['\u2010', '\u2011', '\u2212', '\u2013']) {
    const text = `Udvalget mødtes 07${dash}05${dash}2018 i salen.`;
    const [date] = findDates(text);
    assert.equal(date?.iso, '2018-05-07', `dash U+${dash.charCodeAt(0).toString(16)}`);
    assert.equal(text.slice(date.span.start, date.span.end), `07${dash}05${dash}2018`);
    // The parse finds dates and case numbers in one scan of its own.
    assert.deepEqual(parseReferat(text).dates.map((d) => d.iso), ['2018-05-07']);
  }
  // Two different dashes are no date, as "07-05.2018" is none.
  assert.deepEqual(findDates('07\u201105-2018'), []);
});
