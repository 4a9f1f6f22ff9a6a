// Dates as Danish minutes write them: "25-11-2020", "21.05.2024", "31/3 2024",
// "11. januar 2017", with an optional weekday before ("Onsdag d. 25. november 2020").

import type { DateMention, Located } from './model';
import { MONTHS, WEEKDAYS } from './vocabulary';

const WEEKDAY = '(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\s+(?:(?:d\\.|den)\\s+)?';
const TEXTUAL = new RegExp(`(?:${WEEKDAY})?(?<![\\d.])(\\d{1,2})\\.\\s?(${MONTHS.join('|')})\\s+(\\d{4})(?!\\d)`, 'gi');
const NUMERIC = new RegExp(`(?:${WEEKDAY})?(?<![\\d.\\-/])(\\d{1,2})([.\\-])(\\d{1,2})\\3(\\d{4})(?![\\d.\\-/]\\d)`, 'gi');
const SLASHED = new RegExp(`(?:${WEEKDAY})?(?<![\\d./])(\\d{1,2})/(\\d{1,2}) (\\d{4})(?!\\d)`, 'gi');

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
  const scan = (regex: RegExp, parts: (m: RegExpExecArray) => [number, number, number]) => {
    const re = new RegExp(regex.source, regex.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const [year, month, day] = parts(m);
      if (month < 1 || month > 12) continue;
      // The weekday has no digits, so the date proper starts at the first digit.
      const dateStart = from + m.index + m[0].search(/\d/);
      let weekday: Located | null = null;
      if (m[1]) {
        const ws = from + m.index;
        weekday = { value: m[1].toLowerCase(), span: { start: ws, end: ws + m[1].length } };
      }
      found.push({
        span: { start: dateStart, end: from + m.index + m[0].length },
        iso: isoDate(year, month, day),
        year,
        month,
        day,
        weekday,
      });
    }
  };
  scan(TEXTUAL, (m) => [Number(m[4]), MONTHS.indexOf(m[3].toLowerCase()) + 1, Number(m[2])]);
  scan(NUMERIC, (m) => [Number(m[5]), Number(m[4]), Number(m[2])]);
  scan(SLASHED, (m) => [Number(m[4]), Number(m[3]), Number(m[2])]);
  found.sort((a, b) => a.span.start - b.span.start);
  return found;
}
