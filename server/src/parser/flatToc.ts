// A table of contents run on in one line: a PDF's copy that joined the contents page's lines
// ("Side 2 af 66 Indholdsfortegnelse 1. Lokalplan 264 … 2. Kommuneplantillæg … 3. …", a docplayer
// page "Indholdsfortegnelse 89. Title...i 90. Title...ii …").
//
// Why a stage of its own: the line-structured contents reader takes a line per entry, and the
// transcript's takes only one system's "Sagsoversigt"; such a line was no contents at all, and its
// items (often all an excerpt holds) were lost. The entries are the numbered titles after the
// heading word, their numbers the best increasing chain (itemChoice.ts bestChain), so a number
// inside a title ("Budget 2016. Godkendelse") that breaks the sequence does not cut it.

import type { RawTocEntry } from './toc';
import { bestChain } from './itemChoice';
import { PAGE_CONTENTS_HEADINGS } from './vocabulary';

/** The heading words, in any case, that open a contents line. */
const CONTENTS_WORD = /\b(?:indholdsfortegnelse|sagsoversigt)\b:?/i;
/** A heading word that is one only as the first word, after a page's number ("2 Indhold Sag nr. 74 …"). */
const OPENING_CONTENTS_WORD = new RegExp(`^\\s*(?:\\d{1,4}\\s+)?(?:${PAGE_CONTENTS_HEADINGS.join('|')})(?![\\p{L}\\d]):?`, 'u');
/**
 * "12. Title": a number, a full stop, a capital; not inside a number or a word ("2.1.", "nr. 3."),
 * nor after "punkt" ("Bo Dam gik efter punkt 13. Eva Lund …": a reference to an item).
 */
const ENTRY_NUMBER = /(?<![\p{L}\d.,/-])(?<!(?:[Pp]unkt|PUNKT|[Pp]kt\.?)\s)(\d{1,4})\.\s+(?=\p{Lu}|["“„«])/gu;
/** "Punkt nr. 12: Title", "Punkt 12 : Title": the word that names the number an item's, then a capital. */
const KEYWORD_ENTRY_NUMBER = /(?<![\p{L}\d])(?:PUNKT|Punkt|Pkt\.|SAG|Sag)(?:\s+(?:NR|nr)\.)?\s*(\d{1,4})\s*[:.]?\s+(?=\p{Lu}|["“„«])/gu;
/**
 * "12 Title", "12 (Åben) Title": a number without a full stop, then a capital (or the access word
 * in brackets and a capital). Read only where no entry has a full stop: a number inside a title
 * ("Lokalplan 12 for …") most often goes on in lower case, and the chain skips the others.
 */
const BARE_ENTRY_NUMBER = /(?<![\p{L}\d.,/-])(?<!(?:[Pp]unkt|PUNKT|[Pp]kt\.?)\s)(\d{1,4})\s+(?:\((?:Åben|Åbent|Lukket)\)\s+)?(?=\p{Lu}|["“„«])/gu;
/** Fewer entries than this in a line is a sentence that happens to hold a number. */
const MIN_ENTRIES = 3;
const ENTRY_SCORE = 2;
/** A title this long has run into the text after the contents. */
const MAX_ENTRY_TITLE = 200;
/** A dot leader and the page after it: roman ("...xi") or arabic ("...12"). */
const MAX_LEADER = 120;
/** "Side 2 af 56": a page's count, its footer, where a copy ran the page's lines on. */
const PAGE_FOOTER = /\sSide \d{1,4} af \d{1,4}\s*$/;
const LEADER = /\.{3,}\s*([ivxlc]{1,6}\b|\d{1,4})?/i;

/**
 * The entries of a contents line: `text` is the line (or a transcript page) and `base` its offset
 * in the document. Empty when the line holds no contents word or fewer than MIN_ENTRIES numbered
 * titles after it; with `headingless` (a line before the items), a line that opens with a long run
 * of entries needs no contents word.
 */
export function flatTocEntries(text: string, base: number, underHeading = false, headingless = false): RawTocEntry[] {
  const word = CONTENTS_WORD.exec(text) ?? OPENING_CONTENTS_WORD.exec(text);
  // A line under a contents heading of its own is all entries from its start.
  if (!word && !underHeading) return headingless ? headinglessEntries(text, base) : [];
  const from = word ? word.index + word[0].length : 0;
  let chain = entryChain(text, from, ENTRY_NUMBER);
  if (chain.length < MIN_ENTRIES) chain = entryChain(text, from, KEYWORD_ENTRY_NUMBER);
  if (chain.length < MIN_ENTRIES) chain = entryChain(text, from, BARE_ENTRY_NUMBER);
  if (chain.length < MIN_ENTRIES) return [];
  const entries = entriesOf(text, base, chain);
  return PAGE_COLUMN.test(text.slice(from, from + MAX_COLUMN_HEADER)) ? withPagesApart(entries) : entries;
}

/** "Pkt. Tekst Side", "Punkt nr. Side", "Side": the contents table's column header, a page column last in each row. */
const PAGE_COLUMN = /^\s*(?:Pkt\.?\s+|Nr\.?\s+|Punkt\s+nr\.?\s+)?(?:Tekst\s+|Emne\s+)?Side\b/;
const MAX_COLUMN_HEADER = 30;
/** "… Havnebestyrelsen 5": the page a row ends with, a page's number at most. */
const TRAILING_PAGE = /\s(\d{1,3})$/;

/**
 * A row of a contents with a page column ends with its page ("1 Title 5 2 Title 6 …" once run
 * on): that number is no part of the title where such end numbers rise from entry to entry, as
 * pages do. A row that lost its page keeps its title; numbers that fall are titles' own ("Lokalplan 245").
 */
function withPagesApart(entries: RawTocEntry[]): RawTocEntry[] {
  const ends = entries.map((e) => (e.pages.length === 0 ? TRAILING_PAGE.exec(e.title) : null));
  const pages = ends.filter((m) => m !== null).map((m) => Number(m![1]));
  if (pages.length < MIN_PAGES_APART || pages.some((p, k) => k > 0 && p < pages[k - 1])) return entries;
  return entries.map((e, k) => {
    const m = ends[k];
    if (m === null) return e;
    const title = e.title.slice(0, m.index).trimEnd();
    return { ...e, title, titleSpan: { start: e.titleSpan.start, end: e.titleSpan.start + title.length }, pages: [Number(m[1])] };
  });
}
/** Pages read from fewer rows than this are no column. */
const MIN_PAGES_APART = 2;

/**
 * "1. Godkendelse af dagsordenen 2. Orientering fra borgmesteren … 29. Licitation …" with no
 * heading (a web portal's contents above its "Deltagere:", the lines joined): read only where the
 * line opens with an entry and holds a long run of them, full stops after the numbers; fewer is a
 * sentence or a list of points.
 */
function headinglessEntries(text: string, base: number): RawTocEntry[] {
  const lead = text.length - text.trimStart().length;
  const chain = entryChain(text, lead, ENTRY_NUMBER);
  return chain.length >= MIN_HEADINGLESS_ENTRIES && chain[0].at === lead ? entriesOf(text, base, chain) : [];
}
/** A run on line without a contents heading needs this many entries. */
const MIN_HEADINGLESS_ENTRIES = 5;

type ChainEntry = { number: number; score: number; at: number; titleAt: number };

/** The entries the numbers of `chain` open in `text`, each cut at the next or at its dot leader. */
function entriesOf(text: string, base: number, chain: readonly ChainEntry[]): RawTocEntry[] {
  const entries: RawTocEntry[] = [];
  for (let k = 0; k < chain.length; k++) {
    const e = chain[k];
    const end = k + 1 < chain.length ? chain[k + 1].at : Math.min(text.length, e.titleAt + MAX_ENTRY_TITLE);
    // A segment longer than any title with its leader is text after the contents.
    if (end - e.titleAt > MAX_ENTRY_TITLE + MAX_LEADER) continue;
    // The page's own count after the last entry ("… Venskabsby Side 2 af 20") is its footer.
    const footer = k + 1 === chain.length ? PAGE_FOOTER.exec(text.slice(e.titleAt, end)) : null;
    const segment = text.slice(e.titleAt, footer ? e.titleAt + footer.index : end).replace(/\s+$/, '');
    // The title ends at its dot leader; what follows is its page and perhaps a divider
    // ("Dallund Slot...ii Til behandling - for åbne døre").
    const leader = LEADER.exec(segment);
    const pages = leader && leader[1] && /^\d+$/.test(leader[1]) ? [Number(leader[1])] : [];
    const title = (leader ? segment.slice(0, leader.index) : segment).replace(/[\s.]+$/, '');
    if (title.length === 0 || title.length > MAX_ENTRY_TITLE) continue;
    entries.push({
      title,
      titleSpan: { start: base + e.titleAt, end: base + e.titleAt + title.length },
      pages,
      span: { start: base + e.at, end: base + e.titleAt + segment.length },
      number: e.number,
    });
  }
  return entries;
}

/** The best increasing chain of entry numbers of shape `entry` in `text` from `from` on. */
function entryChain(text: string, from: number, entry: RegExp): ChainEntry[] {
  const markers: ChainEntry[] = [];
  const re = new RegExp(entry.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  // Each entry weighs more than a skipped number costs: a copy that lost one number ("678. … 680.") keeps the run.
  while ((m = re.exec(text)) !== null) markers.push({ number: Number(m[1]), score: ENTRY_SCORE, at: m.index, titleAt: m.index + m[0].length });
  return bestChain(markers);
}
