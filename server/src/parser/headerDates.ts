// Dates and clock times in a header field's value ("Mandag, 15 juni, 2020 - 17:00", "kl. 16.00 -
// 18.30", "9/11/2019 3:00:00 PM"): shapes a label vouches for, which the text's date scan
// (dates.ts) does not read in running text. Stage of header.ts; every position is the text's.

import type { Located } from './model';
import { findDates, isoDate } from './dates';
import { MONTHS, MONTHS_ENGLISH, WEEKDAYS } from './vocabulary';

/** The first date in a value, written out or ISO ("2025-10-01T17:30:00+02:00"). */
export function dateIn(value: Located): { date: Located; weekday: Located | null } | null {
  const d = findDates(value.value)[0];
  if (d && d.iso) {
    const base = value.span.start;
    return {
      date: { value: d.iso, span: { start: base + d.span.start, end: base + d.span.end } },
      weekday: d.weekday ? { value: d.weekday.value, span: { start: base + d.weekday.span.start, end: base + d.weekday.span.end } } : null,
    };
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?=T|\s|$)/.exec(value.value);
  if (!iso) return commaDateIn(value) ?? undottedDateIn(value);
  const start = value.span.start + iso.index;
  return { date: { value: iso[0], span: { start, end: start + iso[0].length } }, weekday: null };
}

/**
 * A web page's date field with commas, the weekday first: "Mandag, 15 juni, 2020 - 17:00" (day,
 * month, year) or "Onsdag, April 3, 2019 - 18:00" (month, day, year; the month named in Danish
 * or English). Read in the header's date field only: in running text "3, 2019" is no date.
 */
function commaDateIn(value: Located): { date: Located; weekday: Located | null } | null {
  const m = COMMA_DATE.exec(value.value);
  const g = m?.groups;
  if (!m || !g) return null;
  const month = monthNumber(g.month1 ?? g.month2);
  const iso = month > 0 ? isoDate(Number(g.year1 ?? g.year2), month, Number(g.day1 ?? g.day2)) : null;
  if (iso === null) return null;
  const weekdayAt = value.span.start + m.index + m[0].indexOf(g.weekday ?? '');
  const dateAt = value.span.start + m.index + m[0].indexOf(g.date);
  return {
    date: { value: iso, span: { start: dateAt, end: dateAt + g.date.length } },
    weekday: g.weekday === undefined ? null : { value: g.weekday.toLowerCase(), span: { start: weekdayAt, end: weekdayAt + g.weekday.length } },
  };
}
const MONTH_NAMES = [...MONTHS, ...MONTHS_ENGLISH].join('|');
const COMMA_DATE = new RegExp(
  `(?:^|\\s)(?:(?<weekday>${WEEKDAYS.join('|')}),\\s*)?(?<date>(?<day1>\\d{1,2})\\.?\\s+(?<month1>${MONTH_NAMES}),\\s*(?<year1>\\d{4})|(?<month2>${MONTH_NAMES})\\s+(?<day2>\\d{1,2}),\\s*(?<year2>\\d{4}))(?!\\d)`,
  'iu',
);
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const k = MONTHS.indexOf(lower);
  return k >= 0 ? k + 1 : MONTHS_ENGLISH.indexOf(lower) + 1;
}

/**
 * "Mandag d. 7 februar 2022, kl. 10:15": the day without its full stop, which the text's date
 * scan (dates.ts) does not read as a date; in a header's line it is the meeting's.
 */
function undottedDateIn(value: Located): { date: Located; weekday: Located | null } | null {
  const m = UNDOTTED_DATE.exec(value.value);
  if (m === null) return null;
  const iso = isoDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
  if (iso === null) return null;
  const start = value.span.start + m.index;
  return { date: { value: iso, span: { start, end: start + m[0].length } }, weekday: null };
}
const UNDOTTED_DATE = new RegExp(`(?<![\\d.])(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})(?!\\d)`, 'i');

/** The first clock time ("kl. 16.00", "17:30", "T17:30:00") in a value at or after `from` (an offset in the text). */
export function clockIn(value: Located, from: number): Located | null {
  const offset = Math.max(0, from - value.span.start);
  const re = /(?:^|[\sT])(?:kl\.?\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d])/g;
  re.lastIndex = offset;
  const m = re.exec(value.value);
  if (!m) return null;
  // "3:00:00 PM": a portal's American 12-hour clock (the date before it is read month first).
  const meridiem = MERIDIEM.exec(value.value.slice(m.index + m[0].length));
  const hour = meridiem ? (Number(m[1]) % 12) + (/^[Pp]/.test(meridiem[1]) ? 12 : 0) : Number(m[1]);
  const text = `${String(hour).padStart(2, '0')}:${m[2]}`;
  const at = value.span.start + m.index + m[0].length - (m[1].length + 1 + m[2].length);
  return { value: text, span: { start: at, end: at + m[1].length + 1 + m[2].length } };
}
const MERIDIEM = /^(?::\d\d)?\s?([AaPp])\.?[Mm]\.?(?![A-Za-z])/;

/** The end of a span of hours ("kl. 16.00 - 18.30", "19.00-23.55", "fra kl. 16.00 til kl. 18.00"): the clock time after the dash or "til". */
export function endClockIn(value: Located): Located | null {
  const m = END_CLOCK.exec(value.value);
  if (!m) return null;
  const at = value.span.start + m.index + m[0].length - (m[1].length + 1 + m[2].length);
  return { value: `${m[1].padStart(2, '0')}:${m[2]}`, span: { start: at, end: at + m[1].length + 1 + m[2].length } };
}
const END_CLOCK = /(?:[-–]|\stil)\s*(?:kl\.?\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)/;
