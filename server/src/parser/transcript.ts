// The one-line-per-page transcript of a PDF (export style 2): each page is one long line that
// starts with its page number; items, headings and the table of contents run inline.
// Attachment pages follow the minutes, and the hosting page's unrelated text follows those.

import type { AgendaItem, Located, MeetingHeader, Page, Span } from './model';
import type { Line, Lines } from './lines';
import type { CompiledPatterns } from './caseNumbers';
import type { RawTocEntry } from './toc';
import { findCaseNumbers, labelledCaseNumberIn } from './caseNumbers';
import { findDates } from './dates';
import { endClockIn } from './headerDates';
import { describeTitle } from './lineStructured';
import { located, meetingWordsLength, namesBody, namesNoOne, placeAfterTime, withoutMunicipality } from './header';
import { parseTocLine } from './toc';
import { flatTocEntries } from './flatToc';
import { findHeadedPages, findInlineHeadings, type ContentsCue } from './inlineItems';
import { inlineSections } from './inlineSections';
import { bodyName } from './bodyName';
import { DOCUMENT_KIND_WORDS, ITEM_KIND_PREFIXES, ROOM_WORD_ENDINGS, WEEKDAYS } from './vocabulary';
import { kindWordIn } from './kind';
import { readFolded } from './headerFolding';
import { FOLDABLE } from './whitespace';

/** How far after an inline title its case-number label may start, with the label itself. */
const CASE_LABEL_WINDOW = 60;

const PAGE_PREFIX = /^(\d{1,4})\s+\S/;
const MIN_PAGES = 3;
/** Fewer pages than MIN_PAGES pass only when they are long, apart and open the text. */
const MIN_TWO_PAGES = 2;
const MAX_PAGE_GAP = 50;
/** The average length a run of numbered lines needs to be pages rather than a list. */
const MIN_PAGE_LINE_LENGTH = 400;
/** Even a short page is longer on average than a list's numbered lines ("1 Forslag fra et parti"). */
const MIN_SHORT_PAGE_LENGTH = 60;
/** A page-per-line copy starts with page 1, after at most the hosting page's title lines. */
const MAX_LINES_BEFORE_FIRST_PAGE = 12;
// The page header before an item's title, and the marker after it; copies vary the spacing.
const ITEM_MARKER = /Mødedato\s+Side\s+(?=\D)/g;
const OPEN_OR_CLOSED_AHEAD = /\s+(Åben|Lukket)\s+sag\b/;
const MAX_TITLE_LENGTH = 400;
/** How far after an inline title an unlabelled case number is looked for. */
const UNLABELLED_CASE_DISTANCE = 30;

export interface PageLine {
  readonly number: number;
  readonly line: Line;
}

/** The run of lines numbered 1, 2, 3 ... if the text is a transcript, else null. */
export function findPageLines(lines: Lines): PageLine[] | null {
  let start = -1;
  for (let i = 0; i < lines.count; i++) {
    if (lines.firstCode(i) === 49 /* 1 */ && /^1\s+\S/.test(lines.textOf(i))) {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  const pages: PageLine[] = [];
  let previous = 0;
  for (let i = start; i < lines.count; i++) {
    if (lines.isBlank(i)) continue;
    const line = lines.at(i);
    const m = PAGE_PREFIX.exec(line.text);
    // "2" alone: an empty page (a blank page of the PDF), only its number; the next page's number alone, nothing else.
    const empty = m === null && pages.length > 0 && line.text === String(previous + 1);
    const n = m ? Number(m[1]) : empty ? previous + 1 : -1;
    // Pages run upwards; a gap (a page left out of the copy) is allowed, a step back is not.
    if (n <= previous || n > previous + MAX_PAGE_GAP) break;
    pages.push({ number: n, line });
    previous = n;
  }
  if (pages.length < MIN_TWO_PAGES) return null;
  // A page per line: page 1 opens the text, or the lines are long. A numbered list or table rows
  // ("1 Bedre mad") further down are short.
  const characters = pages.reduce((n, p) => n + p.line.text.length, 0);
  // Pages stand apart (a blank line between); table rows follow each other line by line.
  let before = 0;
  for (let i = 0; i < start; i++) if (!lines.isBlank(i)) before++;
  const apart = pages.every((p, k) => k === 0 || p.line.index > pages[k - 1].line.index + 1);
  // Two pages only (the copy's first pages, cut off) must look like pages in every way: long,
  // apart, at the text's start.
  if (pages.length < MIN_PAGES) return before <= MAX_LINES_BEFORE_FIRST_PAGE && apart && characters / pages.length >= MIN_PAGE_LINE_LENGTH ? pages : null;
  if (characters / pages.length >= MIN_PAGE_LINE_LENGTH) return pages;
  return before <= MAX_LINES_BEFORE_FIRST_PAGE && apart && characters / pages.length >= MIN_SHORT_PAGE_LENGTH ? pages : null;
}

export interface TranscriptStructure {
  readonly meeting: MeetingHeader;
  readonly tocEntries: RawTocEntry[];
  readonly tocHeading: Located | null;
  readonly tocSpan: Span | null;
  readonly items: AgendaItem[];
  readonly pages: Page[];
  readonly minutesEnd: number;
}

// "Sted:", "Dato:", "Start kl.:", "Slut kl.:": another system's front page labels the same fields.
// "Mødet påbegyndt:", "Starttidspunkt for møde:": the start as Hjørring's and Tønder's front pages label it.
// "Mødedeltagere:": the members as Frederikssund's and Egebjerg's front pages label them.
const HEADER_FIELDS = [
  'Mødedato:', 'Mødetidspunkt:', 'Sluttidspunkt:', 'Mødested:', 'Bemærkninger:', 'Medlemmer:', 'Deltagere:', 'Fraværende:', 'Sagsoversigt', 'Sted:', 'Dato:', 'Start kl.:', 'Slut kl.:', 'Afbud:', 'Indholdsfortegnelse',
  'Mødet påbegyndt:', 'Mødet afsluttet:', 'Starttidspunkt for møde:', 'Sluttidspunkt for møde:', 'Mødedeltagere:',
  // "Starttidspunkt: Kl. 16:00": the start as Haderslev's front page labels it.
  'Starttidspunkt:',
];

/**
 * `complete`: the header with what the transcript's own front-page reader missed filled in by
 * another (the title lines above page 1): items inline need the meeting's body to tell its
 * decisions from an earlier committee's.
 */
export function parseTranscript(
  text: string,
  pageLines: readonly PageLine[],
  patterns: CompiledPatterns['patterns'],
  complete: (own: MeetingHeader) => MeetingHeader = (own) => own,
): TranscriptStructure {
  const pages: Page[] = pageLines.map((p, i) => ({
    number: p.number,
    span: { start: p.line.start, end: i + 1 < pageLines.length ? pageLines[i + 1].line.start : p.line.end },
  }));
  const first = pageLines[0].line;
  const own = parseTranscriptHeader(first, text.slice(0, first.start));
  const tocStart = own.tocStart;
  const meeting = complete(own.meeting);

  const items: AgendaItem[] = [];
  const headings: { start: number; pageStart: number; markerAt: number; titleStart: number; titleEnd: number; closed: boolean; afterTitle: number }[] = [];
  for (const p of pageLines.slice(1)) {
    const t = p.line.text;
    const marker = new RegExp(ITEM_MARKER.source, 'g');
    let found: RegExpExecArray | null;
    while ((found = marker.exec(t)) !== null) {
      const at = found.index;
      const titleAt = at + found[0].length;
      // Look only a title's length ahead, so a line full of page headers stays linear.
      const m = OPEN_OR_CLOSED_AHEAD.exec(t.slice(titleAt, titleAt + MAX_TITLE_LENGTH + 20));
      if (!m || m.index === 0 || m.index >= MAX_TITLE_LENGTH) continue;
      const end = titleAt + m.index;
      const shut = m[1] === 'Lukket' ? end : -1;
      // The next heading cannot start inside this one's title.
      marker.lastIndex = end;
      headings.push({
        start: p.line.start + titleAt,
        pageStart: p.line.start,
        markerAt: p.line.start + at,
        titleStart: p.line.start + titleAt,
        titleEnd: p.line.start + end,
        closed: end === shut,
        afterTitle: p.line.start + end,
      });
    }
  }

  if (headings.length === 0) return withInlineItems(text, pageLines, pages, meeting, tocStart, patterns);
  const minutesEnd = findMinutesEnd(pageLines, headings.length > 0 ? headings[headings.length - 1].start : first.end);
  headings.forEach((h, k) => {
    // An item starts a new page: the next item's page header is not part of this one. Where
    // two items share a page, this one ends before the next one's "Mødedato Side".
    const next = headings[k + 1];
    const itemEnd = next ? (next.pageStart > h.start ? next.pageStart : next.markerAt) : minutesEnd;
    const rawTitle = text.slice(h.titleStart, h.titleEnd);
    const described = describeTitle(rawTitle);
    const caseFrom = text.indexOf('Sagsnr.:', h.afterTitle);
    let caseNumber = null;
    if (caseFrom >= 0 && caseFrom < itemEnd) {
      caseNumber = findCaseNumbers(text, patterns, caseFrom, Math.min(itemEnd, caseFrom + 200))[0] ?? null;
    }
    const span = { start: h.start, end: trimEnd(text, h.start, itemEnd) };
    items.push({
      number: k + 1,
      numberWritten: false,
      title: { value: described.title, span: { start: h.titleStart + described.titleOffset, end: h.titleEnd } },
      kindPrefix: described.kindPrefix,
      closed: h.closed || described.closed,
      markers: described.markers,
      caseNumber,
      heading: { start: h.start, end: h.titleEnd },
      span,
      sections: inlineSections(text, h.afterTitle, span.end),
      subHeadings: [],
    });
  });

  return structure(meeting, tocStart, items, pages, minutesEnd, pageLines);
}

/**
 * The transcript of another system, without the page header that marks items: the numbered
 * headings inline in the pages (inlineItems.ts), each item running to the next.
 */
function withInlineItems(
  text: string,
  pageLines: readonly PageLine[],
  pages: Page[],
  meeting: MeetingHeader,
  tocStart: Located | null,
  patterns: CompiledPatterns['patterns'],
): TranscriptStructure {
  const first = pageLines[0].line;
  const pageSpans = pageLines.map((p) => ({ start: p.line.start, end: p.line.end }));
  const flat = tocStart ? [] : flatTocOfPages(pageLines);
  const contents: ContentsCue | null =
    flat.length > 0 ? { titles: new Map(flat.filter((e) => e.number !== undefined && e.title.length >= MIN_CONTENTS_TITLE).map((e) => [e.number!, e.title.toLowerCase()])), span: { start: flat[0].span.start, end: flat[flat.length - 1].span.end } } : null;
  const numbered = findInlineHeadings(text, pageSpans, contents, bodyName(meeting.committee)?.value ?? null);
  const headed = numbered.length > 0 ? [] : findHeadedPages(text, pageSpans.slice(1));
  const headings = numbered.length > 0 ? numbered : headed;
  const minutesEnd = findMinutesEnd(pageLines, headings.length > 0 ? headings[headings.length - 1].start : first.end);
  const items: AgendaItem[] = headings.map((h, k) => {
    const end = trimEnd(text, h.start, k + 1 < headings.length ? headings[k + 1].start : Math.max(minutesEnd, h.title.end));
    const rawTitle = text.slice(h.title.start, h.title.end);
    const described = describeTitle(rawTitle);
    // Under its label ("Sagsnr.: 16/28428", "Dok.nr.: 1965 Sagsid.: 14/40") a few words after the
    // title, or right after the title where the copy lost the label ("Title 11/31929 …"); in the
    // fields between the number and the title where a template puts them there ("Punkt: 4 Acadre sagsnr.: …").
    const caseNumber =
      labelledCaseNumberIn(text, h.start, h.title.start, patterns, h.title.start) ??
      labelledCaseNumberIn(text, h.title.end, Math.min(end, h.title.end + CASE_LABEL_WINDOW), patterns, end) ??
      findCaseNumbers(text, patterns, h.title.end, Math.min(end, h.title.end + UNLABELLED_CASE_DISTANCE)).find((c) => c.span.start <= h.title.end + 1) ??
      null;
    return {
      number: h.number,
      numberWritten: numbered.length > 0,
      // Inline, the title keeps its kind prefix: it is all the reader has ("Orientering: …").
      title: { value: rawTitle, span: h.title },
      kindPrefix: described.kindPrefix,
      closed: described.closed || /^\s*Lukket sag/.test(text.slice(h.title.end, h.title.end + 15)),
      markers: described.markers,
      caseNumber,
      heading: { start: h.start, end: h.title.end },
      span: { start: h.start, end },
      sections: inlineSections(text, h.title.end, end, h.number),
      subHeadings: [],
    };
  });
  // "Sagsoversigt 1. Title Afbud: … Beslutning Byrådet den …" on page 1: the heading stands over the
  // items themselves (Esbjerg's layout), no contents.
  const itemsUnderHeading = tocStart !== null && items.some((it) => it.heading.start >= tocStart.span.start - ITEM_NUMBER_BEFORE_CONTENTS && it.heading.start < first.end);
  return structure(meeting, itemsUnderHeading ? null : tocStart, items, pages, minutesEnd, pageLines);
}
/** The contents' start skips a first entry's number ("Sagsoversigt 1. Title"): an item there starts this far before it. */
const ITEM_NUMBER_BEFORE_CONTENTS = 6;

/** The transcript's structure, its inline contents split into entries by the items' titles. */
function structure(meeting: MeetingHeader, tocStart: Located | null, items: AgendaItem[], pages: Page[], minutesEnd: number, pageLines: readonly PageLine[]): TranscriptStructure {
  // Other systems' contents: numbered entries run on in one of the first pages (flatToc.ts).
  const flat = tocStart ? [] : flatTocOfPages(pageLines);
  const flatSpan = flat.length > 0 ? { start: flat[0].span.start, end: flat[flat.length - 1].span.end } : null;
  return {
    meeting,
    tocEntries: tocStart ? splitInlineToc(tocStart.value, tocStart.span.start, items) : flat,
    tocHeading: tocStart ? { value: 'Sagsoversigt', span: { start: tocStart.span.start, end: tocStart.span.start } } : null,
    tocSpan: tocStart ? tocStart.span : flatSpan,
    items,
    pages,
    minutesEnd,
  };
}

/** The contents entries of the first of the first pages that holds a contents line, or none. */
function flatTocOfPages(pageLines: readonly PageLine[]): RawTocEntry[] {
  for (const p of pageLines.slice(0, CONTENTS_PAGES)) {
    const entries = flatTocEntries(p.line.text, p.line.start);
    if (entries.length > 0) return entries;
  }
  return [];
}

/** A contents title this short ("Budget") could start any sentence: no cue. */
const MIN_CONTENTS_TITLE = 8;

/** The contents stand among a document's first pages. */
const CONTENTS_PAGES = 6;

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Attachments start at a page that begins "Bilag:" or holds the list of attachments. */
function findMinutesEnd(pageLines: readonly PageLine[], lastItemStart: number): number {
  for (const p of pageLines) {
    if (p.line.start <= lastItemStart) continue;
    const body = p.line.text.replace(/^\d+\s+/, '');
    if (/^Bilag:/.test(body) || /^.{0,120}?Side(?: \d+)? Bilagsliste\b/.test(body)) return p.line.start;
  }
  const last = pageLines[pageLines.length - 1].line;
  return last.end;
}

export function parseTranscriptHeader(first: Line, above: string): { meeting: MeetingHeader; tocStart: Located | null } {
  const read = readTranscriptHeader(first, above);
  if (!FOLDABLE.test(first.text)) return read;
  // The fields as a reader sees them (headerFolding.ts: "Møde\u00adsted:" is the place's label); the
  // contents, cut into entries by their own offsets, and the header's span as the page is written.
  const meeting = readFolded([first], ([folded]) => readTranscriptHeader(folded, above).meeting);
  return { meeting: { ...meeting, span: read.meeting.span }, tocStart: read.tocStart };
}

function readTranscriptHeader(first: Line, above: string): { meeting: MeetingHeader; tocStart: Located | null } {
  const t = first.text;
  // Labels after the contents' heading are the items' ("Sagsoversigt 1. Title Afbud: … Fraværende: Ingen"), not the meeting's.
  const contentsAt = t.indexOf('Sagsoversigt');
  const labelled = HEADER_FIELDS.map((f) => ({ f, at: t.indexOf(f), length: f.length })).filter((x) => x.at >= 0 && (contentsAt < 0 || x.at <= contentsAt));
  const positions = labelled.concat(colonlessLabels(t, labelled, contentsAt), colonlessClockLabels(t, labelled, contentsAt)).sort((a, b) => a.at - b.at);
  const valueOf = (i: number): { raw: string; from: number } => {
    const from = positions[i].at + positions[i].length;
    return { raw: t.slice(from, i + 1 < positions.length ? positions[i + 1].at : t.length), from };
  };
  const field = (name: string): Located | null => {
    const i = positions.findIndex((p) => p.f === name);
    if (i < 0) return null;
    const { raw, from } = valueOf(i);
    const value = raw.trim();
    // "Medlemmer: Afbud: Fraværende: <values…>": the labels stand in a row and their values after
    // the last; which value is whose cannot be told, so none is read.
    if (value.length === 0 || LABEL_ONLY.test(value) || (i > 0 && LABEL_ONLY.test(valueOf(i - 1).raw.trim()))) return null;
    return located(value, first.start + from + (raw.length - raw.trimStart().length));
  };
  const opening = FRONT_PAGE_OPENING.exec(t);
  const firstField = positions.length > 0 ? positions[0].at : t.length;
  // "1 Økonomiudvalg Referat Møde 22. marts …": the body named before the document's word.
  const bodyFirst = opening ? null : BODY_BEFORE_KIND.exec(t);
  // The committee runs to the first field; where no known field follows, to the first label
  // without its colon ("Dato 24. juni 2015") or to its body word ("Frederikshavn Byråd Ordinært …").
  // "1 Referat fra Økonomiudvalget Mødedato: …": the committee after the words that lead to it.
  const lead = opening ? opening[0].length + meetingWordsLength(t.slice(opening[0].length, firstField)) : 0;
  const committee = opening
    ? committeeIn(t, lead, firstField, first.start)
    : bodyFirst && bodyFirst[1].length <= MAX_COMMITTEE && namesBody(bodyFirst[1])
      ? located(withoutMunicipality(bodyFirst[1]), first.start + bodyFirst[0].length - bodyFirst[1].length - bodyFirst[2].length)
      : null;
  // The hosting page's title above page 1 repeats the front page's, often with the date the copy lost.
  // The first of these that holds a date: a copy often keeps the label and loses the date ("Mødedato:.").
  let meetingDate: Located | null = null;
  let weekday: Located | null = null;
  for (const dateField of [field('Mødedato:'), field('Dato:'), unlabelledDate(t, first.start), unlabelledDate(above, 0)]) {
    const d = dateField ? findDates(dateField.value)[0] : undefined;
    if (dateField && d) {
      const base = dateField.span.start;
      meetingDate = { value: d.iso ?? '', span: { start: base + d.span.start, end: base + d.span.end } };
      if (d.weekday) weekday = { value: d.weekday.value, span: { start: base + d.weekday.span.start, end: base + d.weekday.span.end } };
      break;
    }
  }
  const clock = (f: Located | null): Located | null => {
    if (!f) return null;
    const m = /(\d{1,2})[:.](\d{2})/.exec(f.value);
    return m ? { value: `${m[1].padStart(2, '0')}:${m[2]}`, span: { start: f.span.start + m.index, end: f.span.start + m.index + m[0].length } } : null;
  };
  // "Medlemmer: Fraværende: <names>": a two-column table copied labels first; the names under
  // the first label (the members) come after both, and nothing says who was away.
  const together = ABSENT_LABELS.find((a) => adjacent(positions, t, 'Medlemmer:', a));
  // "Deltagere:" ("Mødedeltagere:") lists the members where no "Medlemmer:" does (beside it, the others present).
  const members = together ? field(together) : (field('Medlemmer:') ?? (positions.some((p) => p.f === 'Medlemmer:') ? null : (field('Deltagere:') ?? field('Mødedeltagere:'))));
  const absentees = together ? null : withoutDocumentWord(namesUpToLabel(field('Fraværende:') ?? field('Afbud:')));
  const start = field('Mødetidspunkt:') ?? field('Start kl.:') ?? field('Mødet påbegyndt:') ?? field('Starttidspunkt for møde:') ?? field('Starttidspunkt:') ?? field('Tid:');
  const sagsoversigt = positions.find((p) => p.f === 'Sagsoversigt');
  let tocStart: Located | null = null;
  if (sagsoversigt) {
    const after = t.slice(sagsoversigt.at + 'Sagsoversigt'.length);
    const skip = /^\s*(?:Side\s*)?(?:\d+\.\s*)?/.exec(after)![0].length;
    const from = sagsoversigt.at + 'Sagsoversigt'.length + skip;
    tocStart = located(t.slice(from), first.start + from);
  }
  const meeting: MeetingHeader = {
    // The word may stand anywhere on the front page ("ÅBEN DAGSORDEN ØKONOMIUDVALG", "… REFERAT").
    kind: opening ? (opening[1].toLowerCase() as 'referat' | 'dagsorden') : kindWordIn(t.slice(0, FRONT_PAGE_KIND_WINDOW)),
    committee,
    // Without a labelled date, the front page's first date is the meeting's as the document heads it.
    headerDate: meetingDate === null ? firstDateIn(t, first.start) : null,
    meetingDate,
    weekday,
    time: clock(start),
    // "Mødetidspunkt: 13:00-16:00": without an end of its own, the end of the start's range.
    endTime: clock(field('Sluttidspunkt:') ?? field('Slut kl.:') ?? field('Mødet afsluttet:') ?? field('Sluttidspunkt for møde:')) ?? (start ? endClockIn(start) : null),
    // "… TORSDAG DEN 29. JANUAR 2009, KL PÅ <STED>": a front page without labels ends with the place.
    place: withoutFooter(field('Mødested:') ?? field('Sted:')) ?? placeAfterTime(first),
    participants: members ? partyNames(members) : [],
    absent: absentees && !namesNoOne(absentees) ? partyNames(absentees) : [],
    span: { start: first.start, end: sagsoversigt ? first.start + sagsoversigt.at : first.end },
  };
  return { meeting, tocStart };
}

/**
 * "Mødested: Salen Medlemmer Anne Holm … Fraværende … Bemærkninger": the list labels of a front page
 * whose copy lost their colons, after a labelled field (a label's word alone is text elsewhere), each
 * read as its label with the colon; none where the page writes that label with its colon.
 */
function colonlessLabels(t: string, labelled: readonly { f: string; at: number }[], contentsAt: number): { f: string; at: number; length: number }[] {
  if (labelled.length === 0) return [];
  const after = Math.min(...labelled.map((p) => p.at));
  const end = contentsAt < 0 ? t.length : contentsAt;
  const found: { f: string; at: number; length: number }[] = [];
  COLONLESS_LABEL.lastIndex = after;
  let m: RegExpExecArray | null;
  while ((m = COLONLESS_LABEL.exec(t)) !== null && m.index < end) {
    const f = `${m[1]}:`;
    if (!labelled.some((p) => p.f === f) && !found.some((p) => p.f === f)) found.push({ f, at: m.index, length: m[1].length });
  }
  return found;
}
/** A list label's word between spaces, before a capital or the line's end. */
const COLONLESS_LABEL = /(?<=\s)(Medlemmer|Deltagere|Fraværende|Bemærkninger)(?=\s+\p{Lu}|\s*$)/gu;

/**
 * "Dato 27. februar 2014 Mødetidspunkt 18:00 Sluttidspunkt 20:25 Sted Medlemmer Fraværende …",
 * "Dato 23. september 2009 Tid 19:00 Sted …":
 * a front page whose copy lost every colon; a time label right before a clock is that label,
 * wherever it stands. The list labels stay unread there: in a row before their values, which
 * names are whose cannot be told.
 */
function colonlessClockLabels(t: string, labelled: readonly { f: string }[], contentsAt: number): { f: string; at: number; length: number }[] {
  const end = contentsAt < 0 ? t.length : contentsAt;
  const found: { f: string; at: number; length: number }[] = [];
  COLONLESS_CLOCK_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COLONLESS_CLOCK_LABEL.exec(t)) !== null && m.index < end) {
    const f = `${m[1]}:`;
    if (!labelled.some((p) => p.f === f) && !found.some((p) => p.f === f)) found.push({ f, at: m.index, length: m[1].length });
  }
  return found;
}
const COLONLESS_CLOCK_LABEL = /(?<=\s)(Mødetidspunkt|Starttidspunkt|Sluttidspunkt|Tid)(?=\s+(?:[Kk]l\.?\s*)?\d{1,2}[:.]\d{2}\b)/gu;

/**
 * A list of names up to a label the front page's fields do not know ("Bo Lund og Eva Holm Følgende
 * sager behandles: Pkt. …"): a capitalised word and up to three small ones, then a colon.
 */
function namesUpToLabel(list: Located | null): Located | null {
  if (list === null) return null;
  const label = OTHER_LABEL.exec(list.value);
  // "Fraværende: Følgende sager behandles: …": the label stands with no names after it.
  if (label !== null && label.index === 0) return null;
  return label === null ? list : located(list.value.slice(0, label.index), list.span.start);
}
const OTHER_LABEL = /(?:^|\s)\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,3}:(?=\s|$)/u;

/**
 * "Afbud: Eva Holm og Bo Lund REFERAT", "Fraværende: REFERAT Eva Holm": the front page's document
 * word in capitals, copied where the PDF set it beside the list, is no part of a name.
 */
function withoutDocumentWord(list: Located | null): Located | null {
  if (list === null) return null;
  const lead = DOCUMENT_WORD_FIRST.exec(list.value)?.[0].length ?? 0;
  const rest = list.value.slice(lead).replace(DOCUMENT_WORD_LAST, '');
  return rest.length === list.value.length ? list : located(rest, list.span.start + lead);
}
const DOCUMENT_WORDS = DOCUMENT_KIND_WORDS.map(([w]) => w.toUpperCase()).filter((w) => !w.includes(' '));
const DOCUMENT_WORD_FIRST = new RegExp(`^(?:${DOCUMENT_WORDS.join('|')})\\s+`, 'u');
const DOCUMENT_WORD_LAST = new RegExp(`\\s+(?:${DOCUMENT_WORDS.join('|')})$`, 'u');

/** A value that is only another label ("Afbud:", "Mødelokale:"): the labels stand in a row. */
const LABEL_ONLY = /^(?:\p{L}+\s?){1,2}:(?:\s+(?:\p{L}+\s?){1,2}:)*$/u;

/**
 * Page 1's opening: its number, perhaps the municipality in capitals and an access word ("1 TÅRNBY
 * KOMMUNE Åbent referat til Økonomiudvalget …"), the document's word and the preposition before the committee.
 */
const FRONT_PAGE_OPENING = /^\d+\s+(?:\p{Lu}[\p{Lu}-]+\s+KOMMUNE\s+)?(?:(?:Åbent|Åben|Lukket|ÅBENT|ÅBEN|LUKKET)\s+)?(Referat|Dagsorden|referat|dagsorden|REFERAT|DAGSORDEN)\s+(?:(?:til|for|fra)\s+(?=\p{Lu}))?/u;

/** "1 <Body> Referat", "1 <Body> BESLUTNINGSPROTOKOL": page 1's number, the body, the document's word. */
const BODY_BEFORE_KIND = /^(?:\d+\s+)?(\p{Lu}[^\s:]*(?:\s+[^\s:]+){0,5}?)(\s+(?:Referat|Dagsorden|Beslutningsprotokol|REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL))\b/u;

const ABSENT_LABELS = ['Fraværende:', 'Afbud:'];

/** Whether label `b` follows label `a` with nothing between them. */
function adjacent(positions: readonly { f: string; at: number; length: number }[], t: string, a: string, b: string): boolean {
  const i = positions.findIndex((p) => p.f === a);
  return i >= 0 && i + 1 < positions.length && positions[i + 1].f === b && t.slice(positions[i].at + positions[i].length, positions[i + 1].at).trim() === '';
}

/** A front page's committee from `from` to `to`, cut before a label, never longer than a name. */
function committeeIn(t: string, from: number, to: number, base: number): Located | null {
  const label = FRONT_PAGE_LABEL.exec(t.slice(from, to));
  const end = label ? from + label.index : to;
  const value = t.slice(from, end).trim();
  // "1 Referat tirsdag den 11. november 2014 Kl. 8:30 i …": the front page names the day, not the body
  // (the hosting page's title above may).
  if (DAY_FIRST.test(value)) return null;
  // "1 REFERAT fra møde i kl i byrådssalen": the copy lost the body's name, which starts with a capital.
  if (!/^\p{Lu}/u.test(value)) return null;
  return value.length > 0 && value.length <= MAX_COMMITTEE ? located(value, base + from) : null;
}

const DAY_FIRST = new RegExp(`^(?:${WEEKDAYS.join('|')}|den\\s+\\d|\\d)`, 'i');
const FRONT_PAGE_LABEL = /\s(?:Mødedato|Dato|Tid|Tidspunkt|Sted|Mødested|Medlemmer|Deltagere|Fraværende|Afbud)\b/;
const MAX_COMMITTEE = 80;
/** How much of the front page is searched for the document's kind word. */
const FRONT_PAGE_KIND_WINDOW = 400;

/** The first date among the front page's first characters, ISO, spanning it as written. */
function firstDateIn(t: string, base: number): Located | null {
  const d = findDates(t.slice(0, FRONT_PAGE_DATE_WINDOW)).find((x) => x.iso);
  return d ? { value: d.iso!, span: { start: base + d.span.start, end: base + d.span.end } } : null;
}

const FRONT_PAGE_DATE_WINDOW = 300;

/** "Dato 24. juni 2015", "Mødedato Tirsdag d. 3. maj 2016": a date after its label, the colon lost. */
function unlabelledDate(t: string, base: number): Located | null {
  // The first label with a date after it: the hosting page's title may have lost the date its
  // download line keeps.
  const label = /\b(?:Mødedato|Dato)\b:?\s*/g;
  let m: RegExpExecArray | null;
  for (let k = 0; k < MAX_DATE_LABELS && (m = label.exec(t)) !== null; k++) {
    const from = m.index + m[0].length;
    const window = t.slice(from, from + UNLABELLED_DATE_WINDOW);
    if (findDates(window).length > 0) return located(window, base + from);
  }
  return null;
}

const MAX_DATE_LABELS = 5;

const UNLABELLED_DATE_WINDOW = 40;

/** The header with each field it lacks taken from `other` (the span stays the transcript's). */
export function withHeaderFallback(header: MeetingHeader, other: MeetingHeader): MeetingHeader {
  const dated = header.meetingDate !== null;
  return {
    kind: header.kind ?? other.kind,
    committee: header.committee ?? other.committee,
    headerDate: header.headerDate ?? other.headerDate,
    // A date and its weekday come together, from one reader.
    meetingDate: dated ? header.meetingDate : other.meetingDate,
    weekday: dated ? header.weekday : other.weekday,
    time: header.time ?? other.time,
    endTime: header.endTime ?? other.endTime,
    place: header.place ?? other.place,
    participants: header.participants.length > 0 ? header.participants : other.participants,
    absent: header.absent.length > 0 ? header.absent : other.absent,
    span: header.span,
  };
}

/** "Allan Berg Mortensen (Ø) Marlene Harpsøe (O)" or "A, B": one name each, party kept. */
function partyNames(list: Located): Located[] {
  const names: Located[] = [];
  // "Anne Holm (anho) V": the member's initials in brackets, the party after them (Ringsted's front pages);
  // a note in brackets after that ("(Orlov)", "(Stedfortræder for …)") is no name.
  const re = /([^()]+?\s*(?:\(\s*[A-ZÆØÅ]{1,3}\s*\)|\([a-zæøå]{2,8}\)\s+[A-ZÆØÅ]{1,2}(?![\p{L}])))(?:\s+\([^()]{1,80}\))?/gu;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(list.value)) !== null) {
    // "Formand: Anne Holm (A)": the member's role is no part of the name.
    // ", Eva Lund (evlu) C": the comma between two names is neither's.
    const lead = m[1].length - m[1].replace(/^[\s,]+/, '').replace(ROLE_LABEL, '').length;
    names.push(located(m[1].slice(lead).trim(), list.span.start + m.index + lead));
    consumed = m.index + m[0].length;
  }
  // "Fraværende: Anne Holm Byrådssalen, Rådhuset Orientering kl : …": a place copied after the last
  // list (its label stood in a row with the others); a room after a name is no name, and what
  // follows it is no list. A room first ("Mødested: Fraværende: Mødelokale 2 …") is the place's
  // value before the names, which cannot be told apart from it here.
  const all = list.value.slice(consumed);
  const room = ROOM_WORD.exec(all);
  const named = room !== null && all.slice(0, room.index).replace(LABELS_ONLY, '').trim().length > 0;
  const rest = room && named ? all.slice(0, room.index) : all;
  // "Anne Holm ved afbud Per Dam ved afbud": each name's reason stands between it and the next.
  for (const part of rest.split(/,| og (?=\p{Lu})|\s+ved afbud(?![\p{L}])/u)) {
    // "… Vibeke Holm åben": the page's access word after the last name; a name ends capitalised.
    const trimmed = part.trim().replace(TRAILING_SMALL_WORD, '');
    // "Nordby Kommune" after the last name, "Nordby Kommune Teknisk Udvalg 03-03-2020": the page's
    // footer or running header, no person (a name has no digits).
    // A name starts with a capital: "regnskab og …" is a title run on after the list.
    if (/^\p{Lu}/u.test(trimmed) && !MUNICIPALITY.test(trimmed) && !/\d/.test(trimmed)) names.push(located(trimmed, list.span.start + consumed + rest.indexOf(trimmed)));
  }
  return names;
}

const MUNICIPALITY = /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+Kommune\b/u;
const TRAILING_SMALL_WORD = /(?<=\p{Lu}[\p{L}.-]*)\s+\p{Ll}+$/u;
const LABELS_ONLY = /\p{L}+:/gu;
/** A capitalised word that names a room ("Byrådssalen", "Mødelokalet"); the short endings ("hus", "sal") also end surnames. */
const ROOM_WORD = new RegExp(`(?:^|\\s)\\p{Lu}\\p{L}*(?:${ROOM_WORD_ENDINGS.filter((e) => e.length >= 4).join('|')})(?![\\p{L}])`, 'u');
const MUNICIPALITY_AT_END = /\s+[\p{L}-]+\s+Kommune$/u;

/** A front page's last field runs into the page's footer ("Rådhuset Mødelokale 21 Nordby Kommune"): the footer is no part of it. */
function withoutFooter(value: Located | null): Located | null {
  if (value === null) return null;
  const cut = value.value.replace(MUNICIPALITY_AT_END, '');
  return cut.length > 0 && cut !== value.value ? located(cut, value.span.start) : value;
}

/** Spaces and a role before a member's name ("Formand: ", "Næstformand: "): one word and a colon. */
const ROLE_LABEL = /^\s*(?:\p{L}+:\s+)?/u;

/** Entries run on in one line; each starts at a kind prefix or after a "...<page>" leader. */
function splitInlineToc(toc: string, base: number, items: readonly AgendaItem[]): RawTocEntry[] {
  const cuts = new Set<number>([0]);
  for (const p of ITEM_KIND_PREFIXES) {
    let at = toc.indexOf(p + ':');
    while (at >= 0) {
      cuts.add(at);
      at = toc.indexOf(p + ':', at + 1);
    }
  }
  const leader = /\.{3,}\s*\d{1,4}\s*/g;
  let m: RegExpExecArray | null;
  while ((m = leader.exec(toc)) !== null) cuts.add(m.index + m[0].length);
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: { start: number; end: number }[] = [];
  sorted.forEach((c, i) => {
    const end = i + 1 < sorted.length ? sorted[i + 1] : toc.length;
    if (toc.slice(c, end).trim().length > 0) segments.push({ start: c, end });
  });
  // A segment that begins with an item's whole title and runs on holds the next entry too.
  const titles = items.map((it) => it.title.value);
  const split: { start: number; end: number }[] = [];
  for (const s of segments) {
    const seg = toc.slice(s.start, s.end);
    const described = describeTitle(seg);
    const title = titles.find((tt) => described.title.startsWith(tt + ' ') && described.title.length > tt.length + 2);
    if (title) {
      const cut = s.start + described.titleOffset + title.length;
      split.push({ start: s.start, end: cut });
      split.push({ start: cut, end: s.end });
    } else split.push(s);
  }
  const entries: RawTocEntry[] = [];
  for (const s of split) {
    const raw = toc.slice(s.start, s.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const entry = parseTocLine(trimmed, base + s.start + lead);
    if (entry) entries.push(entry);
  }
  return entries;
}
