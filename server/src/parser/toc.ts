// Table-of-contents entries and which item each refers to. Entries are often truncated,
// misspelt or merged; matching walks entries and items in step (both are in agenda order),
// so it stays linear and a fuzzy entry cannot steal an item far away.

import type { AgendaItem, Span, TocEntry } from './model';
import { normalizeTitle } from './lines';
import { ITEM_KIND_PREFIXES } from './vocabulary';
import { isSpace } from './whitespace';

const NONE: readonly never[] = Object.freeze([]);
const isDigit = (c: number) => c >= 48 && c <= 57;

export interface RawTocEntry {
  readonly title: string;
  readonly titleSpan: Span;
  readonly pages: number[];
  readonly span: Span;
  /** The item number the entry is written with ("5. Title"), when it has one. */
  readonly number?: number;
}

/** Split "Title.....<TAB>3 8" into title and pages. Offsets are relative to `start`. */
export function parseTocLine(text: string, start: number): RawTocEntry | null {
  let titleEnd = text.length;
  let pages: number[] = [];
  const tab = text.lastIndexOf('\t');
  const leader = text.lastIndexOf('...');
  const cut = tab >= 0 ? tab : leader >= 0 ? leader + 3 : -1;
  if (cut >= 0) {
    // The tail after the cut, without leading dots, tabs and spaces and trimmed: page numbers
    // ("3", "3 8") or nothing, else the cut was no leader.
    let from = cut;
    while (from < text.length && (text.charCodeAt(from) === 46 || text.charCodeAt(from) === 9 || text.charCodeAt(from) === 32)) from++;
    while (from < text.length && isSpace(text.charCodeAt(from))) from++;
    let to = text.length;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (from === to) titleEnd = cut;
    else {
      const numbers = pageNumbers(text, from, to);
      if (numbers) {
        pages = numbers;
        titleEnd = cut;
      }
    }
  }
  let end = titleEnd;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === 0) return null;
  return { title: text.slice(0, end), titleSpan: { start, end: start + end }, pages, span: { start, end: start + text.length } };
}

/** The numbers of text[from, to) when it is `\d{1,4}(?:\s+\d{1,4})*`, else null. */
function pageNumbers(text: string, from: number, to: number): number[] | null {
  const numbers: number[] = [];
  let i = from;
  for (;;) {
    let n = 0;
    const digitsFrom = i;
    while (i < to && isDigit(text.charCodeAt(i))) n = n * 10 + text.charCodeAt(i++) - 48;
    if (i === digitsFrom || i - digitsFrom > 4) return null;
    numbers.push(n);
    // A copy at its length: push() left room for 16 numbers, kept as long as the model.
    if (i === to) return numbers.slice();
    const spacesFrom = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i === spacesFrom || i === to) return null;
  }
}

/**
 * The entry with the page after its title split off ("Godkendelse af dagsorden 4"), for a
 * contents whose entries all end so (itemChoice.ts `endWithPages`): alone, a number after a
 * title may be the title's own ("Lokalplan 14").
 */
export function withPageAfterTitle(entry: RawTocEntry): RawTocEntry {
  const found = entry.pages.length === 0 ? PAGE_AFTER_TITLE.exec(entry.title) : null;
  if (!found) return entry;
  const end = found.index + 1;
  return { ...entry, title: entry.title.slice(0, end), titleSpan: { start: entry.titleSpan.start, end: entry.titleSpan.start + end }, pages: [Number(found[1])] };
}

/** The page number a title ends with, parted from it by a space ("Godkendelse af dagsorden 4"), or null. */
export function pageAfterTitle(title: string): number | null {
  const found = PAGE_AFTER_TITLE.exec(title);
  return found ? Number(found[1]) : null;
}

const PAGE_AFTER_TITLE = /\S\s+(\d{1,3})\s*$/;

const stripKindPrefix = (s: string) => {
  for (const p of ITEM_KIND_PREFIXES) if (s.startsWith(p) && s.charCodeAt(p.length) === 58 /* : */) return s.slice(p.length + 1).trim();
  return s;
};

const WINDOW = 6;
const MAX_COMPARE = 300;

/** Attach each entry to its item. */
export function matchToc(raw: readonly RawTocEntry[], items: readonly AgendaItem[]): TocEntry[] {
  const titles = items.map((it) => normalizeTitle(it.title.value));
  const byTitle = new Map<string, number>();
  for (let i = 0; i < titles.length; i++) if (!byTitle.has(titles[i])) byTitle.set(titles[i], i);
  let next = 0;
  const byNumber = new Map<number, number>();
  for (let i = 0; i < items.length; i++) if (!byNumber.has(items[i].number)) byNumber.set(items[i].number, i);
  return raw.map((entry) => {
    if (entry.number !== undefined) {
      // A numbered entry names its item; the title only says whether it is written alike.
      const k = byNumber.get(entry.number);
      if (k === undefined) return tocEntry(entry, null, false, NONE);
      next = Math.max(next, k + 1);
      return tocEntry(entry, items[k].number, normalizeTitle(entry.title) === titles[k], NONE);
    }
    const written = stripKindPrefix(entry.title);
    // Most entries are written exactly as the item the walk expects next, whose title is
    // normalised already.
    const t = next < items.length && written === items[next].title.value ? titles[next] : normalizeTitle(written);
    const exactIndex = byTitle.get(t);
    if (exactIndex !== undefined) {
      next = Math.max(next, exactIndex + 1);
      return tocEntry(entry, items[exactIndex].number, true, NONE);
    }
    let best = -1;
    let bestScore = 0;
    let merged: readonly number[] = NONE;
    const lo = Math.max(0, next - 1);
    const hi = Math.min(items.length, next + WINDOW);
    for (let i = lo; i < hi; i++) {
      const score = similarity(t, titles[i]);
      if (score > bestScore) {
        bestScore = score;
        best = i;
        merged = NONE;
      }
      // Merged entry: starts like item i and ends with the whole title of item i+1.
      if (i + 1 < items.length && titles[i + 1].length >= 3 && t.endsWith(titles[i + 1])) {
        const head = t.slice(0, t.length - titles[i + 1].length).trim();
        if (commonPrefix(head, titles[i]) >= Math.min(20, titles[i].length) && 0.95 > bestScore) {
          bestScore = 0.95;
          best = i;
          merged = [items[i].number, items[i + 1].number];
        }
      }
    }
    if (best >= 0 && bestScore >= 0.75) {
      next = best + 1 + (merged.length > 1 ? 1 : 0);
      return tocEntry(entry, items[best].number, false, merged);
    }
    return tocEntry(entry, null, false, NONE);
  });
}

/** Built whole, not spread from a shared base: V8's object spread made this a tenth of a parse. */
function tocEntry(entry: RawTocEntry, item: number | null, exact: boolean, mergedItems: readonly number[]): TocEntry {
  return { title: { value: entry.title, span: entry.titleSpan }, pages: entry.pages, span: entry.span, item, exact, mergedItems };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** 1 for equal; a clean prefix (a truncated entry) scores high; else 1 - edit distance / length. */
function similarity(entry: string, title: string): number {
  if (entry.length === 0 || title.length === 0) return 0;
  if (entry.length >= 12 && title.startsWith(entry)) return 0.9;
  const a = entry.slice(0, MAX_COMPARE);
  const b = title.slice(0, MAX_COMPARE);
  const longest = Math.max(a.length, b.length);
  // A score below 0.75 matches nothing, whatever it is (matchToc keeps the best score only
  // when it reaches 0.75), so the distance is computed only as far as a quarter of the length.
  const limit = Math.floor(longest / 4);
  const distance = editDistanceWithin(a, b, limit);
  return distance > limit ? 0 : 1 - distance / longest;
}

/**
 * The edit distance of a and b when it is at most `limit`, else limit + 1. Only the diagonal
 * band |i - j| <= limit of the table can hold such a distance, so only it is filled.
 */
function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    cur[from - 1] = from === 1 && i <= limit ? i : over;
    let best = cur[from - 1];
    for (let j = from; j <= to; j++) {
      const value = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = value > over ? over : value;
      if (cur[j] < best) best = cur[j];
    }
    if (to < b.length) cur[to + 1] = over;
    if (best > limit) return over;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] > limit ? over : prev[b.length];
}
