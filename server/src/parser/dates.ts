// Dates as Danish minutes write them: "25-11-2020", "21.05.2024", "31/3 2024",
// "11. januar 2017", with an optional weekday before ("Onsdag d. 25. november 2020").

import type { DateMention, Located } from './model';
import { MONTHS, WEEKDAYS } from './vocabulary';
import { isSpace } from './whitespace';

// Each shape is scanned without its optional weekday, and the weekday is then looked for
// just before the date: a pattern that may start with a weekday cannot skip ahead to the next
// digit, so it tried seven words at every character (a third of a parse's time), and the
// case-insensitive flag did the same for the digit-only shapes. The result is the same as
// one pattern with an optional "<weekday> [d.|den] " prefix.
const MONTH_LETTERS = [...new Set(MONTHS.join('') + MONTHS.join('').toUpperCase())].join('').replace(/[\]\\^-]/g, '\\$&');
const MONTH_INDEX = new Map(MONTHS.map((m, i) => [m, i + 1]));
const TEXTUAL = new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s?([${MONTH_LETTERS}]+)\\s+(\\d{4})(?!\\d)`, 'g');
const NUMERIC = /(?<![\d.\-/])(\d{1,2})([.\-])(\d{1,2})\2(\d{4})(?![\d.\-/]\d)/g;
const SLASHED = /(?<![\d./])(\d{1,2})\/(\d{1,2}) (\d{4})(?!\d)/g;
const WEEKDAY_LENGTHS = [...new Set(WEEKDAYS.map((w) => w.length))];

const WEEKDAY_LAST_LETTERS = new Set(WEEKDAYS.map((w) => w[w.length - 1]));

function weekdayEndingAt(s: string, end: number, floor: number): Located | null {
  if (end <= floor || !WEEKDAY_LAST_LETTERS.has(s[end - 1].toLowerCase())) return null;
  for (const length of WEEKDAY_LENGTHS) {
    const start = end - length;
    const word = start >= floor ? s.slice(start, end).toLowerCase() : '';
    if (WEEKDAYS.includes(word)) return { value: word, span: { start, end } };
  }
  return null;
}

/**
 * The weekday of "<weekday>\s+((d.|den)\s+)?" when that ends right before `dateStart` and
 * starts at or after `floor` (the end of the previous date found), case-insensitively.
 */
function weekdayBefore(s: string, dateStart: number, floor: number): Located | null {
  let a = dateStart;
  while (a > floor && isSpace(s.charCodeAt(a - 1))) a--;
  if (a === dateStart) return null;
  const direct = weekdayEndingAt(s, a, floor);
  if (direct) return direct;
  for (const word of ['d.', 'den']) {
    const b = a - word.length;
    if (b < floor || s.slice(b, a).toLowerCase() !== word) continue;
    let c = b;
    while (c > floor && isSpace(s.charCodeAt(c - 1))) c--;
    if (c < b) return weekdayEndingAt(s, c, floor);
  }
  return null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Danish weekday of an ISO date. */
export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: DateMention[] = [];
  const scan = (regex: RegExp, partsOf: (m: RegExpExecArray) => [number, number, number] | null) => {
    const re = new RegExp(regex.source, regex.flags);
    let lastEnd = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const parts = partsOf(m);
      if (!parts) {
        // Not a date here (a word that is no month): go on from the next character.
        re.lastIndex = m.index + 1;
        continue;
      }
      const end = m.index + m[0].length;
      const weekday = weekdayBefore(slice, m.index, lastEnd);
      lastEnd = end;
      const [year, month, day] = parts;
      if (month < 1 || month > 12) continue;
      found.push({
        span: { start: from + m.index, end: from + end },
        iso: isoDate(year, month, day),
        year,
        month,
        day,
        weekday: weekday && { value: weekday.value, span: { start: from + weekday.span.start, end: from + weekday.span.end } },
      });
    }
  };
  scan(TEXTUAL, (m) => {
    const month = MONTH_INDEX.get(m[2].toLowerCase());
    return month === undefined ? null : [Number(m[3]), month, Number(m[1])];
  });
  scan(NUMERIC, (m) => [Number(m[4]), Number(m[3]), Number(m[1])]);
  scan(SLASHED, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]);
  found.sort((a, b) => a.span.start - b.span.start);
  return found;
}
