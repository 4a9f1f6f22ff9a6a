// Stage 2 of the line-structured pipeline: page furniture, the lines a PDF repeats on every
// page (committee, "Åbent referat", "Dato: …", "Side 3 af 9", a bare page number).
//
// Why: text extracted from a PDF interleaves them with the minutes, so a running header
// would otherwise become a sub-heading, glue itself to a wrapped title, or (a bare "5") pass
// for an item number. They are kept in the model (ReferatDocument.furniture) and never read
// as a title, a heading or a section's text.

import type { Span } from './model';
import type { Lines } from './lines';

/** "Side 3", "Side 3 af 9", "side 3/9", "Page 3 of 9": a page number wherever it stands. */
const PAGE_NUMBER = /^(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?\.?$/i;
const PAGE_WORD_FIRSTS = new Set([...'sSpP'].map((c) => c.charCodeAt(0)));
/** "- 3 -", "3", "3/9" at a page's edge only. */
const EDGE_PAGE_NUMBER = /^[-–]?\s*\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?\s*[-–]?$/;
/** How many non-blank lines at a page's top and bottom may be furniture. */
const EDGE_LINES = 3;
/** A line longer than this is text, not a running header. */
const MAX_FURNITURE_LENGTH = 160;

/**
 * Flags the furniture lines of `lines` (1 = furniture). Pages are split at form feeds; without
 * form feeds only explicit page numbers ("Side 3 af 27") are furniture. `isContent` tells the
 * lines that are the minutes' own however often they open a page (section headings, case numbers).
 */
export function findFurniture(lines: Lines, isContent: (line: number) => boolean = () => false): Uint8Array | null {
  let flags: Uint8Array | null = null;
  const mark = (i: number) => ((flags ??= new Uint8Array(lines.count))[i] = 1);
  for (let i = 0; i < lines.count; i++) {
    const n = lines.lengthOf(i);
    if (n > 0 && n <= 20 && PAGE_WORD_FIRSTS.has(lines.firstCode(i)) && PAGE_NUMBER.test(lines.textOf(i))) mark(i);
  }
  const pages = pageLineRanges(lines);
  markPageCounterCells(lines, pages.length > 0 ? pages : [[0, lines.count]], mark);
  if (pages.length < 2) {
    markRunningPageBreaks(lines, isContent, mark);
    return flags;
  }
  // A line at the edge of at least three pages and three in five (digits ignored: "Side 3",
  // "Dato 5.5.2024") is a running header or footer; two pages that end alike ("Beslutning",
  // "Godkendt.") are a coincidence.
  const edgeCount = new Map<string, number>();
  const edges: number[][] = pages.map(([from, to]) => edgeLines(lines, from, to));
  for (const edge of edges) {
    const seen = new Set<string>();
    for (const i of edge) {
      const key = furnitureKey(lines.textOf(i));
      if (!seen.has(key)) {
        seen.add(key);
        edgeCount.set(key, (edgeCount.get(key) ?? 0) + 1);
      }
    }
  }
  const needed = Math.max(3, Math.ceil(pages.length * 0.6));
  // A bare number as a page's first or last line is its page number when the numbers run with
  // the pages (one offset from the page's place, on one side, on most pages); an item's number
  // alone near a page break ("69", its title on the next page) does not.
  const bare: Array<{ line: number; key: string }> = [];
  const keys = new Map<string, number>();
  pages.forEach(([from, to], k) => {
    const first = lines.firstNonBlank(from, to);
    const last = lines.lastNonBlank(from, to);
    for (const [i, side] of [[first, 'top'], [last, 'bottom']] as const) {
      if (i < 0 || !EDGE_PAGE_NUMBER.test(lines.textOf(i))) continue;
      const key = `${side} ${parseInt(/\d+/.exec(lines.textOf(i))![0], 10) - k}`;
      keys.set(key, (keys.get(key) ?? 0) + 1);
      bare.push({ line: i, key });
    }
  });
  let pageNumbers: string | null = null;
  for (const [key, count] of keys) if (count >= needed && (pageNumbers === null || count > keys.get(pageNumbers)!)) pageNumbers = key;
  for (const b of bare) if (b.key === pageNumbers) mark(b.line);
  for (const edge of edges) {
    for (const i of edge) {
      const text = lines.textOf(i);
      // A section heading or a case number that opens every page opens every item there: content.
      if (!EDGE_PAGE_NUMBER.test(text) && (edgeCount.get(furnitureKey(text)) ?? 0) >= needed && !isContent(i)) mark(i);
    }
  }
  markSameOuterLines(lines, pages, isContent, mark);
  return flags;
}

/**
 * A document of two pages cannot show a line at three pages' edges: there, the lines that open
 * every page alike (or close every page alike), from the very first (last) on, are the running
 * header (footer), unless one ends as a sentence does ("Godkendt." closing both pages) or is the
 * minutes' own.
 */
function markSameOuterLines(lines: Lines, pages: ReadonlyArray<[number, number]>, isContent: (line: number) => boolean, mark: (line: number) => void): void {
  for (const fromTop of [true, false]) {
    // Each page's next line inward, blank lines skipped.
    const at = pages.map(([from, to]) => (fromTop ? lines.firstNonBlank(from, to) : lines.lastNonBlank(from, to)));
    for (let k = 0; k < EDGE_LINES && at.every((i) => i >= 0); k++) {
      const key = furnitureKey(lines.textOf(at[0]));
      const same = at.every((i) => lines.lengthOf(i) <= MAX_FURNITURE_LENGTH && furnitureKey(lines.textOf(i)) === key && !isContent(i));
      if (!same || SENTENCE_END.test(lines.textOf(at[0]))) break;
      for (const i of at) mark(i);
      at.forEach((i, p) => {
        const [from, to] = pages[p];
        at[p] = fromTop ? lines.firstNonBlank(i + 1, to) : lines.lastNonBlank(from, i);
      });
    }
  }
}

const SENTENCE_END = /[.!?:]$/;

/**
 * A row at a page's edge whose last cell counts the pages with this page's place and their
 * number ("file:///…/referat.html<TAB>1/1", a browser's footer; "Udskrevet …<TAB>Side 2 af 2")
 * is furniture on its own evidence: a one-page print has no other page to repeat it.
 */
function markPageCounterCells(lines: Lines, pages: ReadonlyArray<[number, number]>, mark: (line: number) => void): void {
  pages.forEach(([from, to], k) => {
    for (const i of edgeLines(lines, from, to)) {
      const text = lines.textOf(i);
      const tab = text.lastIndexOf('\t');
      const counter = tab > 0 ? PAGE_COUNTER_CELL.exec(text.slice(tab + 1)) : null;
      if (counter !== null && Number(counter[1]) === k + 1 && Number(counter[2]) === pages.length) mark(i);
    }
  });
}
const PAGE_COUNTER_CELL = /^(?:side\s+|page\s+)?(\d{1,4})\s*(?:\/|af|of)\s*(\d{1,4})$/i;

/**
 * A copy without form feeds (a PDF's text on a web page, one cell a line) that kept each page's
 * break as lines: the page's date, its number alone, the running header ("26. maj 2015" / "2" /
 * "Byen Kommune – Byrådet" / "Dagsorden"). A bare number is a page's when lines repeated at least
 * three times in the text stand around it and the numbers of such breaks count up by one; those
 * lines and the number are furniture, so a contents list or a title goes on across the break.
 */
function markRunningPageBreaks(lines: Lines, isContent: (line: number) => boolean, mark: (line: number) => void): void {
  const bare: number[] = [];
  for (let i = 0; i < lines.count; i++) {
    const n = lines.lengthOf(i);
    if (n > 0 && n <= 4 && isDigitCode(lines.firstCode(i)) && BARE_PAGE_NUMBER.test(lines.textOf(i))) bare.push(i);
  }
  if (bare.length < 2) return;
  // How often the lines around the bare numbers occur in the text; only lines of their lengths are read.
  const counts = new Map<string, number>();
  const lengths = new Set<number>();
  for (const i of bare) {
    for (const step of [-1, 1]) {
      for (let j = i + step, seen = 0; j >= 0 && j < lines.count && seen < BREAK_NEIGHBOURS; j += step) {
        if (lines.isBlank(j)) continue;
        seen++;
        if (lines.lengthOf(j) <= MAX_FURNITURE_LENGTH) {
          counts.set(lines.textOf(j), 0);
          lengths.add(lines.lengthOf(j));
        }
      }
    }
  }
  for (let i = 0; i < lines.count; i++) {
    if (!lengths.has(lines.lengthOf(i))) continue;
    const text = lines.textOf(i);
    const seen = counts.get(text);
    if (seen !== undefined) counts.set(text, seen + 1);
  }
  // The page's number stands between the footer of one page and the header of the next: repeated
  // lines on both sides (a contents entry's number under the header has them on one side only).
  const repeatedAround = (i: number): number[] => {
    const around: number[] = [];
    for (const step of [-1, 1]) {
      const before = around.length;
      for (let j = i + step, seen = 0; j >= 0 && j < lines.count && seen < BREAK_NEIGHBOURS; j += step) {
        if (lines.isBlank(j)) continue;
        seen++;
        const text = lines.textOf(j);
        if (!BARE_PAGE_NUMBER.test(text) && (counts.get(text) ?? 0) >= MIN_BREAK_REPEATS && !isContent(j)) around.push(j);
      }
      if (around.length === before) return [];
    }
    return around;
  };
  const breaks = bare.map((i) => ({ line: i, page: Number(lines.textOf(i)), around: repeatedAround(i) })).filter((b) => b.around.length > 0);
  // The breaks' numbers count up by one, as pages do: the longest such run, in text order.
  const runTo = new Map<number, number[]>();
  let counted: typeof breaks = [];
  for (let k = 0; k < breaks.length; k++) {
    const run = [...(runTo.get(breaks[k].page - 1) ?? []), k];
    runTo.set(breaks[k].page, run);
    if (run.length > counted.length) counted = run.map((x) => breaks[x]);
  }
  if (counted.length < 2) return;
  for (const b of counted) {
    mark(b.line);
    for (const j of b.around) mark(j);
  }
}

const BARE_PAGE_NUMBER = /^\d{1,4}$/;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Non-blank lines looked at on each side of a page's number. */
const BREAK_NEIGHBOURS = 2;
/** A running header or footer repeats on every page: three pages at least. */
const MIN_BREAK_REPEATS = 3;

/**
 * Whether lines [from, to) of a text of `pageCount` pages hold what is furniture on its own,
 * wherever they stand: a page number ("Side 3"), or a page counter's cell that counts that many
 * pages ("…<TAB>1/1" on one page). An edit that writes one changes the whole text's furniture,
 * which only a whole parse finds (incremental.ts).
 */
export function mayBeFurniture(lines: Lines, from: number, to: number, pageCount: number): boolean {
  for (let i = from; i < to; i++) {
    const n = lines.lengthOf(i);
    if (n === 0) continue;
    if (n <= 20 && PAGE_WORD_FIRSTS.has(lines.firstCode(i)) && PAGE_NUMBER.test(lines.textOf(i))) return true;
    const text = lines.textOf(i);
    const tab = text.lastIndexOf('\t');
    const counter = tab >= 0 ? PAGE_COUNTER_CELL.exec(text.slice(tab + 1)) : null;
    if (counter !== null && Number(counter[2]) === pageCount && Number(counter[1]) <= pageCount) return true;
  }
  return false;
}

/** The spans of the furniture lines, in order. */
export function furnitureSpans(lines: Lines, flags: Uint8Array | null): Span[] {
  const spans: Span[] = [];
  if (flags === null) return spans;
  for (let i = 0; i < lines.count; i++) if (flags[i] === 1) spans.push({ start: lines.starts[i], end: lines.ends[i] });
  return spans;
}

function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/** Line ranges [from, to) of the pages, split where a line holds a form feed. */
function pageLineRanges(lines: Lines): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const source = lines.source;
  let from = 0;
  let at = source.indexOf('\f');
  if (at < 0) return ranges;
  let line = 0;
  while (at >= 0) {
    // The line holding the form feed ends the page (its text before the feed is the page's).
    while (line + 1 < lines.count && lines.starts[line + 1] <= at) line++;
    ranges.push([from, line + 1]);
    from = line + 1;
    at = source.indexOf('\f', at + 1);
  }
  if (from < lines.count) ranges.push([from, lines.count]);
  return ranges;
}

function edgeLines(lines: Lines, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from, k = 0; i < to && k < EDGE_LINES; i++) {
    if (lines.isBlank(i)) continue;
    k++;
    if (lines.lengthOf(i) <= MAX_FURNITURE_LENGTH) out.push(i);
  }
  for (let i = to - 1, k = 0; i >= from && k < EDGE_LINES; i--) {
    if (lines.isBlank(i)) continue;
    k++;
    if (lines.lengthOf(i) <= MAX_FURNITURE_LENGTH && !out.includes(i)) out.push(i);
  }
  return out;
}
