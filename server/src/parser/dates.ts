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

/**
 * Whether s[end - word.length, end) lower-cased is `word` (ASCII letters and dots): no
 * character but the ASCII capital lower-cases to an ASCII letter other than i and k, and the
 * words hold neither, so comparing codes gives what slicing and lower-casing gave.
 */
function endsWithWord(s: string, end: number, word: string): boolean {
  const start = end - word.length;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = s.charCodeAt(start + k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

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
    if (b < floor || !endsWithWord(s, a, word)) continue;
    let c = b;
    while (c > floor && isSpace(s.charCodeAt(c - 1))) c--;
    if (c < b) return weekdayEndingAt(s, c, floor);
  }
  return null;
}

export function daysInMonth(year: number, month: number): number {
  if (month >= 1 && month <= 12 && year >= 100 && year <= 9999 && Number.isInteger(year)) {
    if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  // Date.UTC reads years 0-99 as 1900-1999; the values above 99 agree with it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "00" to "99": months and days written with two digits. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const yyyy = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${twoDigits(month)}-${twoDigits(day)}`;
}

const twoDigits = (n: number) => TWO_DIGITS[n] ?? String(n).padStart(2, '0');

/** The Danish weekday of an ISO date. */
export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where the next match of a candidate pattern starts, at or after `from`, or -1; the pattern
 * global, its alternatives among `\d\d?[.\-/]`, `\d\d[./]`, `EMN-` and `S\d`. test() finds the
 * match without the array exec() makes for each (5,700 per MB, all garbage at once), and its
 * end tells where it began: `S\d` ends with a digit, `EMN-` with "N-", the digit shapes with a
 * separator after one digit or two (two when a digit stands third from the end, since the
 * leftmost match would have started there).
 */
export function nextCandidate(candidates: RegExp, text: string, from: number): number {
  candidates.lastIndex = from;
  if (!candidates.test(text)) return -1;
  const end = candidates.lastIndex;
  const last = text.charCodeAt(end - 1);
  if (isDigit(last)) return end - 2;
  if (last === 45 /* - */ && text.charCodeAt(end - 2) === 78 /* N */) return end - 4;
  return end - 3 >= from && isDigit(text.charCodeAt(end - 3)) ? end - 3 : end - 2;
}

interface DateShape {
  /** The shape's pattern, sticky: tried only where a date can start. */
  readonly at: RegExp;
  /** The month of a match as written (any number), or -1 when it is no date (a word that is no month). */
  readonly monthOf: (m: RegExpExecArray) => number;
  /** The groups holding the day and the year. */
  readonly day: number;
  readonly year: number;
}

const SHAPES: readonly DateShape[] = [
  { at: new RegExp(TEXTUAL.source, 'y'), monthOf: (m) => MONTH_INDEX.get(m[2].toLowerCase()) ?? -1, day: 1, year: 3 },
  { at: new RegExp(NUMERIC.source, 'y'), monthOf: (m) => Number(m[3]), day: 1, year: 4 },
  { at: new RegExp(SLASHED.source, 'y'), monthOf: (m) => Number(m[2]), day: 1, year: 3 },
];

/**
 * Every place a date can start: each shape opens with one or two digits and its separator. A
 * superset (a digit after a digit passes too); DateScan.at sorts them out.
 */
export const DATE_CANDIDATE = /\d\d?[.\-/]/g;

/**
 * The dates of a text, found by trying the shapes only where one can start, in the order of
 * the text. It gives what scanning the text once per shape with a global pattern gives: each
 * shape keeps the place its own scan would go on from and the end of its last date (the floor
 * for the weekday before the next one), and at one place the shapes come in their order.
 * Dates are found at about 5,000 places per MB instead of by three passes over every character.
 */
export class DateScan {
  readonly found: DateMention[] = [];
  private readonly next = SHAPES.map(() => 0);
  private readonly lastEnd = SHAPES.map(() => 0);

  /** `base` is added to every span: the offset of `text` in the document. */
  constructor(private readonly text: string, private readonly base: number) {}

  /** Try the shapes at `p`. Call with increasing `p`, at least at every place a date can start. */
  at(p: number): void {
    const s = this.text;
    // Every shape starts with one or two digits, not after a digit or a dot, then its separator.
    if (!isDigit(s.charCodeAt(p)) || (p > 0 && (isDigit(s.charCodeAt(p - 1)) || s.charCodeAt(p - 1) === 46))) return;
    const separator = s.charCodeAt(isDigit(s.charCodeAt(p + 1)) ? p + 2 : p + 1);
    if (separator === 46 /* . */) {
      this.tryShape(0, p);
      this.tryShape(1, p);
    } else if (separator === 45 /* - */) this.tryShape(1, p);
    else if (separator === 47 /* / */) this.tryShape(2, p);
  }

  private tryShape(k: number, p: number): void {
    if (p < this.next[k]) return;
    const shape = SHAPES[k];
    shape.at.lastIndex = p;
    const m = shape.at.exec(this.text);
    if (m === null) return;
    const month = shape.monthOf(m);
    if (month < 0) {
      // Not a date here: the shape's scan would go on from the next character.
      this.next[k] = p + 1;
      return;
    }
    const end = p + m[0].length;
    const weekday = weekdayBefore(this.text, p, this.lastEnd[k]);
    this.lastEnd[k] = end;
    this.next[k] = end;
    if (month < 1 || month > 12) return;
    const year = Number(m[shape.year]);
    const day = Number(m[shape.day]);
    const base = this.base;
    this.found.push({
      span: { start: base + p, end: base + end },
      iso: isoDate(year, month, day),
      year,
      month,
      day,
      weekday: weekday && { value: weekday.value, span: { start: base + weekday.span.start, end: base + weekday.span.end } },
    });
  }
}

export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const scan = new DateScan(slice, from);
  for (let p = nextCandidate(DATE_CANDIDATES, slice, 0); p >= 0; p = nextCandidate(DATE_CANDIDATES, slice, p + 1)) scan.at(p);
  return scan.found;
}

/** DATE_CANDIDATE for findDates, one object for every call (the scan sets lastIndex before each use). */
const DATE_CANDIDATES = new RegExp(DATE_CANDIDATE.source, 'g');
