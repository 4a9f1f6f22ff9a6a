// Table-of-contents entries and which item each refers to. Entries are often truncated,
// misspelt or merged; matching walks entries and items in step (both are in agenda order),
// so it stays linear and a fuzzy entry cannot steal an item far away.

import type { AgendaItem, Span, TocEntry } from './model';
import { normalizeTitle } from './lines';
import { ITEM_KIND_PREFIXES } from './vocabulary';

export interface RawTocEntry {
  readonly title: string;
  readonly titleSpan: Span;
  readonly pages: number[];
  readonly span: Span;
}

/** Split "Title.....<TAB>3 8" into title and pages. Offsets are relative to `start`. */
export function parseTocLine(text: string, start: number): RawTocEntry | null {
  let titleEnd = text.length;
  let pages: number[] = [];
  const tab = text.lastIndexOf('\t');
  const leader = text.lastIndexOf('...');
  const cut = tab >= 0 ? tab : leader >= 0 ? leader + 3 : -1;
  if (cut >= 0) {
    const tail = text.slice(cut).replace(/^[.\t ]+/, '').trim();
    if (/^\d{1,4}(?:\s+\d{1,4})*$/.test(tail)) {
      pages = tail.split(/\s+/).map(Number);
      titleEnd = cut;
    } else if (tail.length === 0) {
      titleEnd = cut;
    }
  }
  let end = titleEnd;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === 0) return null;
  return { title: text.slice(0, end), titleSpan: { start, end: start + end }, pages, span: { start, end: start + text.length } };
}

const stripKindPrefix = (s: string) => {
  for (const p of ITEM_KIND_PREFIXES) if (s.startsWith(p + ':')) return s.slice(p.length + 1).trim();
  return s;
};

const WINDOW = 6;
const MAX_COMPARE = 300;

/** Attach each entry to its item. */
export function matchToc(raw: readonly RawTocEntry[], items: readonly AgendaItem[]): TocEntry[] {
  const titles = items.map((it) => normalizeTitle(it.title.value));
  const byTitle = new Map<string, number>();
  titles.forEach((t, i) => {
    if (!byTitle.has(t)) byTitle.set(t, i);
  });
  let next = 0;
  return raw.map((entry) => {
    const t = normalizeTitle(stripKindPrefix(entry.title));
    // Built whole, not spread from a shared base: V8's object spread made this a tenth of a parse.
    const make = (item: number | null, exact: boolean, mergedItems: readonly number[]): TocEntry => ({
      title: { value: entry.title, span: entry.titleSpan },
      pages: entry.pages,
      span: entry.span,
      item,
      exact,
      mergedItems,
    });
    const exactIndex = byTitle.get(t);
    if (exactIndex !== undefined) {
      next = Math.max(next, exactIndex + 1);
      return make(items[exactIndex].number, true, []);
    }
    let best = -1;
    let bestScore = 0;
    let merged: number[] = [];
    const lo = Math.max(0, next - 1);
    const hi = Math.min(items.length, next + WINDOW);
    for (let i = lo; i < hi; i++) {
      const score = similarity(t, titles[i]);
      if (score > bestScore) {
        bestScore = score;
        best = i;
        merged = [];
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
      return make(items[best].number, false, merged);
    }
    return make(null, false, []);
  });
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
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

function editDistance(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
