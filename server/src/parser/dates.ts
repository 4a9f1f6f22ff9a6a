// Dates as Danish minutes write them: "25-11-2020", "21.05.2024", "31/3 2024", "3/5-2021",
// "11. januar 2017", with an optional weekday before ("Onsdag d. 25. november 2020"); and as
// a portal that formats dates in American English does: "9/11/2019 3:00:00 PM", month first.

import type { DateMention, Located } from './model';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './vocabulary';
import { DASH_CLASS, isDash, isSpace } from './whitespace';

// Each shape is scanned without its optional weekday, and the weekday is then looked for
// just before the date: a pattern that may start with a weekday cannot skip ahead to the next
// digit, so it tried seven words at every character (a third of a parse's time), and the
// case-insensitive flag did the same for the digit-only shapes. The result is the same as
// one pattern with an optional "<weekday> [d.|den] " prefix.
const MONTH_LETTERS = [...new Set(MONTHS.join('') + MONTHS.join('').toUpperCase())].join('').replace(/[\]\\^-]/g, '\\$&');
// The month written out, or cut short with or without a dot ("23. jun 2014", "3. sept. 2019").
const TEXTUAL = new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s?([${MONTH_LETTERS}]+\\.?)\\s+(\\d{4})(?!\\d)`, 'g');
// The dash may be a word processor's: a hyphen (U+2010), a non-breaking one (U+2011), a figure
// dash, an en dash, a minus (DASH_CLASS); the same one both times, as the dot.
const NUMERIC = new RegExp(`(?<![\\d./${DASH_CLASS}])(\\d{1,2})([.${DASH_CLASS}])(\\d{1,2})\\2(\\d{4})(?![\\d./${DASH_CLASS}]\\d)`, 'g');
// "31/3 2024", and "3/5-2021" with a hyphen before the year (as Danish hands write it).
const SLASHED = /(?<![\d./])(\d{1,2})\/(\d{1,2})[ -](\d{4})(?!\d)/g;
// The month written out between hyphens ("07-marts-2002", "7-Mar-2002": an older portal's dates).
const DASHED_TEXTUAL = new RegExp(`(?<![\\d./${DASH_CLASS}])(\\d{1,2})-([${MONTH_LETTERS}]+)-(\\d{4})(?!\\d)`, 'g');
// Month first: only with a time on the 12-hour clock after it, which no Danish text writes, so
// "9/11/2019" alone (a Danish 9 November or an American 11 September) is no date at all.
const AMERICAN = /(?<![\d./])(\d{1,2})\/(\d{1,2})\/(\d{4})(?=\s+\d{1,2}:\d\d(?::\d\d)?\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))/g;
const WEEKDAY_LENGTHS = [...new Set(WEEKDAYS.map((w) => w.length))];

/**
 * Whether s[start, start + word.length) lower-cased is `word`, a lower-case word of ASCII
 * letters, "ø" and dots (the weekdays, "d.", "den", the months). No character but the capital
 * lower-cases to one of those letters except "i" (from "İ", as two characters, so a slice of
 * the word's length never equals it) and "k" (from the Kelvin sign; no such word holds a "k"),
 * so comparing codes gives what slicing and lower-casing gave, without the copies.
 */
function isWordAt(s: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = s.charCodeAt(start + k);
    if (c !== w && !(((w >= 97 && w <= 122) || w === 0xf8) /* ø */ && c === w - 32)) return false;
  }
  return true;
}

const endsWithWord = (s: string, end: number, word: string) => isWordAt(s, end - word.length, word);

function weekdayEndingAt(s: string, end: number, floor: number): Located | null {
  if (end <= floor) return null;
  for (const length of WEEKDAY_LENGTHS) {
    const start = end - length;
    if (start < floor) continue;
    for (const w of WEEKDAYS) if (w.length === length && isWordAt(s, start, w)) return { value: w, span: { start, end } };
  }
  return null;
}

/** The words that may stand between a weekday and its date ("onsdag d. 25. november"). */
const DAY_WORDS = ['d.', 'den'];

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
  for (const word of DAY_WORDS) {
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
 * global, its alternatives among `\d\d?[.\-/]`, `\d\d[./]` (either behind `(?<![\d.])` or not),
 * `EMN-` and `S\d`. test() finds the
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
  // "2007/": a written-out year before a case number's slash.
  if (last === 47 /* / */ && end - 5 >= from && isDigit(text.charCodeAt(end - 5)) && isDigit(text.charCodeAt(end - 4)) && isDigit(text.charCodeAt(end - 3)) && isDigit(text.charCodeAt(end - 2))) return end - 5;
  return end - 3 >= from && isDigit(text.charCodeAt(end - 3)) ? end - 3 : end - 2;
}

/** The number written with the digits s[from, to). */
function digitsValue(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/** The number written with the digits from `from` on. */
function numberFrom(s: string, from: number): number {
  let to = from;
  while (isDigit(s.charCodeAt(to))) to++;
  return digitsValue(s, from, to);
}

/**
 * A date shape. Every shape is one or two digits of day, a separator, the month, and four
 * digits of year that end the match, so a match is read from the text where test() found it,
 * without the array and the strings of exec() (6,000 dates per 10 MB).
 */
interface DateShape {
  /** The shape's pattern, sticky: tried only where a date can start. */
  readonly at: RegExp;
  /**
   * The month of a match whose day ends at `afterDay` (where its separator stands), as written
   * (any number), or -1 when it is no date (a word that is no month).
   */
  readonly monthOf: (s: string, afterDay: number) => number;
  /** The month is written first and the day second ("9/11/2019 3:00:00 PM"): the two numbers swap. */
  readonly monthFirst?: boolean;
}

/** TEXTUAL's month: the letters after the dot and at most one space, up to the space before the year; a name cut short ends with a dot or not. */
function monthNamed(s: string, afterDay: number): number {
  let from = afterDay + 1;
  if (isSpace(s.charCodeAt(from))) from++;
  let to = from;
  while (!isSpace(s.charCodeAt(to))) to++;
  return s.charCodeAt(to - 1) === 46 /* . */ ? monthCutShort(s, from, to - 1) : monthWord(s, from, to);
}

/** DASHED_TEXTUAL's month: the letters between the hyphens. */
function monthBetweenHyphens(s: string, afterDay: number): number {
  return monthWord(s, afterDay + 1, s.indexOf('-', afterDay + 1));
}

/** The month that s[from, to) names, written out or cut short, or -1. */
function monthWord(s: string, from: number, to: number): number {
  for (let k = 0; k < MONTHS.length; k++) if (MONTHS[k].length === to - from && isWordAt(s, from, MONTHS[k])) return k + 1;
  return monthCutShort(s, from, to);
}

function monthCutShort(s: string, from: number, to: number): number {
  for (const [short, month] of MONTH_ABBREVIATIONS) if (short.length === to - from && isWordAt(s, from, short)) return month;
  return -1;
}

const SHAPES: readonly DateShape[] = [
  { at: new RegExp(TEXTUAL.source, 'y'), monthOf: monthNamed },
  { at: new RegExp(NUMERIC.source, 'y'), monthOf: (s, afterDay) => numberFrom(s, afterDay + 1) },
  { at: new RegExp(SLASHED.source, 'y'), monthOf: (s, afterDay) => numberFrom(s, afterDay + 1) },
  { at: new RegExp(AMERICAN.source, 'y'), monthOf: (s, afterDay) => numberFrom(s, afterDay + 1), monthFirst: true },
  { at: new RegExp(DASHED_TEXTUAL.source, 'y'), monthOf: monthBetweenHyphens },
];

/**
 * isoDate of the dates found, one string per date however often it is written: a date comes
 * back again and again in minutes (the meeting's, deadlines). At most ISO_KEPT dates.
 */
const isoCache = new Map<number, string | null>();
const ISO_KEPT = 4096;
function cachedIsoDate(year: number, month: number, day: number): string | null {
  const key = (year * 100 + month) * 100 + day;
  let iso = isoCache.get(key);
  if (iso === undefined) {
    iso = isoDate(year, month, day);
    if (isoCache.size >= ISO_KEPT) isoCache.clear();
    isoCache.set(key, iso);
  }
  return iso;
}

/**
 * Every place a date can start: each shape opens with one or two digits and its separator, not
 * after a digit or a dot (every shape's look-behind). A superset; DateScan.at sorts them out.
 * Without the look-behind, "1.600.000" was three places to try instead of one, three times as
 * many in all.
 */
export const DATE_CANDIDATE = new RegExp(`(?<![\\d.])\\d\\d?[./${DASH_CLASS}]`, 'g');

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
    const separatorAt = isDigit(s.charCodeAt(p + 1)) ? p + 2 : p + 1;
    const separator = s.charCodeAt(separatorAt);
    // After the separator TEXTUAL and DASHED_TEXTUAL have a space or a letter, NUMERIC a digit: only one can match.
    const digitAfter = isDigit(s.charCodeAt(separatorAt + 1));
    if (separator === 46 /* . */) this.tryShape(digitAfter ? 1 : 0, p);
    else if (separator === 45 /* - */ && !digitAfter) this.tryShape(4, p);
    else if (isDash(separator)) this.tryShape(1, p);
    else if (separator === 47 /* / */) {
      this.tryShape(2, p);
      this.tryShape(3, p);
    }
  }

  private tryShape(k: number, p: number): void {
    if (p < this.next[k]) return;
    const shape = SHAPES[k];
    const s = this.text;
    shape.at.lastIndex = p;
    if (!shape.at.test(s)) return;
    const end = shape.at.lastIndex;
    // at() let the shape be tried only with its separator after one digit or two.
    const afterDay = isDigit(s.charCodeAt(p + 1)) ? p + 2 : p + 1;
    const second = shape.monthOf(s, afterDay);
    if (second < 0) {
      // Not a date here: the shape's scan would go on from the next character.
      this.next[k] = p + 1;
      return;
    }
    const weekday = weekdayBefore(s, p, this.lastEnd[k]);
    this.lastEnd[k] = end;
    this.next[k] = end;
    const first = digitsValue(s, p, afterDay);
    const [day, month] = shape.monthFirst ? [second, first] : [first, second];
    if (month < 1 || month > 12) return;
    const year = digitsValue(s, end - 4, end);
    const base = this.base;
    this.found.push({
      span: { start: base + p, end: base + end },
      iso: cachedIsoDate(year, month, day),
      year,
      month,
      day,
      weekday: weekday && base !== 0 ? { value: weekday.value, span: { start: base + weekday.span.start, end: base + weekday.span.end } } : weekday,
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
