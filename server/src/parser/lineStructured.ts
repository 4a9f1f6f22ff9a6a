// The line-structured pipeline: text with one heading or paragraph per line, as web pages,
// API exports and PDF text give it. Stages, each in its own file with its reason at the top:
// lines (lines.ts) → page furniture (pageFurniture.ts) → heading candidates (itemHeadings.ts)
// → contents and items, by cues (itemChoice.ts) → each item's title, case number and sections
// (here and itemBody.ts) → with nothing numbered, a page of one item (itemPage.ts) → the
// meeting header (header.ts) → the document's kind (kind.ts).

import type { AgendaItem, CaseNumber, ItemKindPrefix, MeetingHeader, ParseProblem, Span } from './model';
import type { Line, Lines } from './lines';
import type { HeadingTable } from './headings';
import type { CompiledPatterns } from './caseNumbers';
import type { RawTocEntry } from './toc';
import type { ItemChoice } from './itemChoice';
import { parseHeader } from './header';
import { parseTocLine, withPageAfterTitle } from './toc';
import { flatTocEntries } from './flatToc';
import { columnEntries, contentsLines } from './tocLines';
import { parseItemBody } from './itemBody';
import { inlineSections } from './inlineSections';
import { wholeCaseNumber, findCaseNumbers, labelledCaseNumberIn } from './caseNumbers';
import { findFurniture } from './pageFurniture';
import { isYearNumber, readHeadingCandidate } from './itemHeadings';
import type { HeadingCandidate, HeadingShape } from './itemHeadings';
import { itemOfPage } from './itemPage';
import { caseLabelLength, chooseItems, endWithPages, findTocHeading, isCaseNumberLine, leadingCaseNumber, repeatsHeading } from './itemChoice';
import { isSpace } from './whitespace';
import { isUpperCode } from './lines';
import { AGENDA_DIVIDERS, CASE_NUMBER_LABELS, DOCUMENT_NUMBER_LABELS, GLUED_TAB_LABELS, ITEM_DETAILS_LABELS, ITEM_KIND_PREFIXES, TRAILING_ACCESS_BADGES, WEB_CONTROL_LABELS, WEB_CONTROL_SUFFIXES } from './vocabulary';

export interface ParsedStructure {
  readonly meeting: MeetingHeader;
  readonly tocHeading: Line | null;
  readonly tocEntries: RawTocEntry[];
  readonly tocSpan: Span | null;
  readonly items: AgendaItem[];
  readonly problems: ParseProblem[];
  /** The line of each numbered item's heading, in order: where an edit can re-parse one item from (an item page's item has none). */
  readonly headingLines: number[];
  /** The heading candidates and which were chosen, for the incremental re-parse. */
  readonly choice: ItemChoice;
  readonly furniture: Uint8Array | null;
  /** Lines that divide the agenda into open and closed parts, and whether each item follows a closing one. */
  readonly dividerLines: number[];
  readonly closedByDivider: boolean[];
}

/** Title parts shared by both export styles: kind prefix, "Lukket:" and trailing "(B)" markers. */
export function describeTitle(title: string): { kindPrefix: ItemKindPrefix | null; title: string; titleOffset: number; closed: boolean; markers: string[] } {
  let kindPrefix: ItemKindPrefix | null = null;
  let titleOffset = 0;
  for (const p of ITEM_KIND_PREFIXES) {
    if (title.startsWith(p + ':')) {
      kindPrefix = p;
      titleOffset = p.length + 1;
      while (title[titleOffset] === ' ') titleOffset++;
    }
  }
  const rest = title.slice(titleOffset);
  return { kindPrefix, title: rest, titleOffset, closed: CLOSED_TITLE.test(rest) || CLOSED_MARK.test(rest), markers: trailingMarkers(rest) };
}

const CLOSED_TITLE = /^(?:lukket|fortroligt?)\b/i;
const CLOSED_MARK = /\((?:lukket|fortroligt?)\)\s*$|^lukket punkt$/i;
const MAX_MARKERS = 5;

/**
 * The "(B)", "(C)" codes at the end of a title, read backwards from the end: a pattern
 * anchored at the end ("\s*\(..\)$") is tried at every start by the engine, quadratic on a
 * title padded with spaces.
 */
function trailingMarkers(title: string): string[] {
  const markers: string[] = [];
  let end = title.length;
  while (markers.length < MAX_MARKERS) {
    while (end > 0 && isSpace(title.charCodeAt(end - 1))) end--;
    if (end < 3 || title[end - 1] !== ')') break;
    const open = title.lastIndexOf('(', end - 2);
    if (open < 0 || end - open - 2 < 1 || end - open - 2 > 3) break;
    const code = title.slice(open + 1, end - 1);
    if (!/^[A-ZÆØÅ0-9]{1,3}$/.test(code)) break;
    markers.unshift(`(${code})`);
    end = open;
  }
  return markers;
}

/**
 * The header's lines: those before the contents, and, where the contents' heading is the page's
 * title ("Dagsorden" over "Regionsrådet 24-11-2020 13:00" over "1.Title"), the lines between that
 * heading and its first entry.
 */
function headerLines(lines: Lines, end: number, toc: ReturnType<typeof chooseItems>['toc']): Line[] {
  const before = lines.slice(0, end);
  if (toc === null || toc.headingLine < 0 || toc.headingLine !== end || toc.entries.length === 0) return before;
  for (let i = 0; i < end; i++) if (!lines.isBlank(i)) return before;
  return before.concat(lines.slice(end + 1, Math.min(toc.entries[0].line, end + 1 + TITLE_HEADER_LINES)));
}
const TITLE_HEADER_LINES = 4;

export function parseLineStructured(
  lines: Lines,
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
): ParsedStructure {
  const furniture = findFurniture(lines, (i) => headings.classifyLine(lines, i, null, false) !== null || isCaseNumberLine(lines.textOf(i), patterns) || readHeadingCandidate(lines, i) !== null);
  lines.furniture = furniture;
  const choice = chooseItems(lines, furniture, headings, patterns);
  const headingLines = choice.items.map((c) => c.line);
  const firstItemLine = headingLines.length > 0 ? headingLines[0] : lines.count;

  // The contents: a numbered run the items repeat (itemChoice), or the lines under a contents
  // heading before the first item (titles with leaders and pages).
  let tocLine = choice.toc ? choice.toc.headingLine : findTocHeading(lines, firstItemLine, firstItemLine);
  if (tocLine >= firstItemLine) tocLine = -1;
  const tocFrom = choice.toc ? choice.toc.fromLine : tocLine;
  const headerEndLine = tocFrom >= 0 ? Math.min(tocFrom, firstItemLine) : firstItemLine;
  let meeting = parseHeader(headerLines(lines, headerEndLine, choice.toc), lines.spanOf(0, headerEndLine));

  const tocEntries: RawTocEntry[] = [];
  let tocSpan: Span | null = null;
  let flat: RawTocEntry[] = [];
  if (choice.toc) {
    // The entries copied a column at a time before the run of numbered ones (tocLines.ts): the
    // numbers column's last number, read with the titles column's first title, is one of them.
    const numbered = choice.toc.entries.findIndex((e) => e.shape !== 'alone');
    const column = choice.toc.headingLine >= 0 && numbered >= 0 ? columnEntries(lines, furniture, choice.toc.headingLine + 1, choice.toc.entries[numbered].line) : [];
    tocEntries.push(...column);
    const entries = column.length > 0 ? choice.toc.entries.slice(numbered) : choice.toc.entries;
    const pagesAfterTitles = endWithPages(entries);
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      const end = k + 1 < entries.length ? entries[k + 1].line : choice.toc.toLine;
      // "341" alone over "00.01.00-G01-24-17": a closed entry whose title the copy left out; the
      // case number below is the first item's, no title.
      if (e.titleLine !== e.line && isCaseNumberLine(lines.textOf(e.titleLine), patterns)) continue;
      const title = titleLines(lines, furniture, e.titleLine, e.titleStart, end, headings, patterns, true);
      const entry = parseTocLine(title.text, e.titleStart);
      const found = entry && { ...entry, titleSpan: { start: e.titleStart, end: title.end }, span: { start: lines.starts[e.line], end: title.end }, number: e.number };
      // The page is cut by offsets: only from a title that stands in the text as it is read.
      const asWritten = found !== null && lines.source.startsWith(found.title, e.titleStart);
      if (found) tocEntries.push(pagesAfterTitles && asWritten ? withPageAfterTitle(found) : found);
    }
    tocSpan = lines.spanOf(choice.toc.fromLine, Math.min(choice.toc.toLine, firstItemLine));
  } else if ((flat = flatTocBefore(lines, furniture, firstItemLine)).length > 0) {
    tocEntries.push(...flat);
    tocSpan = { start: flat[0].span.start, end: flat[flat.length - 1].span.end };
  } else if (tocLine >= 0) {
    tocEntries.push(...contentsLines(lines, furniture, tocLine + 1, firstItemLine));
    tocSpan = lines.spanOf(tocLine, firstItemLine);
  }

  const meetingDate = meetingDateOf(meeting);
  const items: AgendaItem[] = [];
  const problems: ParseProblem[] = [];
  const dividerLines = dividerLinesOf(lines, firstItemLine, lines.count);
  const closedByDivider: boolean[] = [];
  for (let k = 0, d = 0, closed = false; k < headingLines.length; k++) {
    for (; d < dividerLines.length && dividerLines[d] < headingLines[k]; d++) closed = dividerCloses(lines, dividerLines[d]);
    closedByDivider.push(closed);
    const next = k + 1 < headingLines.length ? headingLines[k + 1] : lines.count;
    const item = parseItem(lines, headingLines[k], next, headings, patterns, meetingDate, problems, furniture);
    items.push(closed && !item.closed ? { ...item, closed: true } : item);
  }
  // Nothing numbered and no contents: a portal's page of one item, its title unnumbered (itemPage.ts).
  // It has no heading line, so an edit parses the whole page (incremental.ts), small as it is.
  const page = items.length === 0 && tocEntries.length === 0 ? itemOfPage(lines, furniture, headings, patterns, meeting, meetingDate) : null;
  if (page !== null) {
    meeting = parseHeader(lines.slice(0, page.titleLine), lines.spanOf(0, page.titleLine));
    items.push(page.item);
    for (const p of page.problems) problems.push(p);
  }
  const tocHeading = tocLine >= 0 ? lines.at(tocLine) : null;
  return { meeting, tocHeading, tocEntries, tocSpan, items, problems, headingLines, choice, furniture, dividerLines, closedByDivider };
}

/** The entries of the first contents line run on in one line before line `to` (flatToc.ts), or none. */
function flatTocBefore(lines: Lines, furniture: Uint8Array | null, to: number): RawTocEntry[] {
  // "Indholdsfortegnelse" on its own line, the run-on entries a few lines below it (under the
  // committee, the date, "Åben dagsorden"): those entries start at their line's start.
  let sinceHeading = Infinity;
  for (let i = 0; i < to; i++) {
    if (lines.isBlank(i) || (furniture && furniture[i] === 1)) continue;
    sinceHeading++;
    if (lines.lengthOf(i) <= MAX_CONTENTS_HEADING && CONTENTS_HEADING_LINE.test(lines.textOf(i))) {
      sinceHeading = 0;
      continue;
    }
    if (lines.lengthOf(i) < MIN_FLAT_TOC_LINE) continue;
    const entries = flatTocEntries(lines.textOf(i), lines.starts[i], sinceHeading <= LINES_UNDER_CONTENTS_HEADING, true);
    if (entries.length > 0) return entries;
  }
  return [];
}

const CONTENTS_HEADING_LINE = /^(?:indholdsfortegnelse|sagsoversigt)\s*:?$/i;
const MAX_CONTENTS_HEADING = 25;
/** Lines between a contents heading and its run-on entries: the body's name, the date, "Åben dagsorden". */
const LINES_UNDER_CONTENTS_HEADING = 4;

/** A contents line with at least three entries is longer than this. */
const MIN_FLAT_TOC_LINE = 60;

/** The lines in [from, to) that open the open or closed part of the agenda ("Lukket dagsorden"). */
export function dividerLinesOf(lines: Lines, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const n = lines.lengthOf(i);
    if (n > 0 && n <= 40 && DIVIDER_FIRSTS.has(lines.firstCode(i)) && dividerOf(lines.textOf(i)) !== undefined) out.push(i);
  }
  return out;
}

const DIVIDER_FIRSTS = new Set(AGENDA_DIVIDERS.flatMap(([d]) => [d.charCodeAt(0), d.toUpperCase().charCodeAt(0)]));
const dividerOf = (text: string) => {
  const key = text.replace(/:$/, '').trim().toLowerCase();
  return AGENDA_DIVIDERS.find(([d]) => d === key);
};
const dividerCloses = (lines: Lines, i: number) => dividerOf(lines.textOf(i))?.[1] === true;

/** The date items are read against (Mødedato, else the header's date). */
export function meetingDateOf(meeting: MeetingHeader): string | null {
  return meeting.meetingDate?.value || meeting.headerDate?.value || null;
}

/** A title as read from its lines: the text, where it ends, the line after it, and the access word read with it. */
interface TitleRead {
  readonly text: string;
  readonly end: number;
  readonly nextLine: number;
  readonly access: boolean | null;
}

/**
 * A title from `titleStart` on line `from`, continued over the lines right below it (no blank
 * line between) until the body starts, up to line `to`. Web controls glued to its end
 * ("Åbn/luk punkt") are cut off.
 */
function titleLines(
  lines: Lines,
  furniture: Uint8Array | null,
  from: number,
  titleStart: number,
  to: number,
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
  inToc: boolean,
): TitleRead {
  let text = lines.source.slice(titleStart, lines.ends[from]);
  let end = lines.ends[from];
  let cursor = from + 1;
  while (cursor < to && cursor - from <= MAX_TITLE_LINES) {
    if (furniture && furniture[cursor] === 1) {
      cursor++;
      continue;
    }
    if (lines.isBlank(cursor) || isBodyStart(lines, cursor, headings, patterns, inToc)) break;
    const next = lines.textOf(cursor);
    if (!continuesTitle(text, next) && !(inToc && wrapsOverToPage(lines, furniture, cursor, to))) break;
    // "kommune-" / "plan": a word the PDF hyphenated at the line's end is one word again;
    // "Social-" / "og Sundhedsudvalget" keeps its hyphen.
    text = HYPHENATED_END.test(text) && HYPHEN_CONTINUES.test(next) ? text.slice(0, -1) + next : text + ' ' + next;
    end = lines.ends[cursor];
    cursor++;
  }
  const cut = webControlSuffix(text);
  if (cut > 0) {
    text = text.slice(0, text.length - cut).trimEnd();
    end = Math.max(titleStart, end - cut);
    while (end > titleStart && isSpace(lines.source.charCodeAt(end - 1))) end--;
  }
  const badge = TRAILING_ACCESS_BADGES.find(([b]) => text.length > b.length + 1 && text.endsWith(b) && isSpace(text.charCodeAt(text.length - b.length - 1)));
  if (badge === undefined) return { text, end, nextLine: cursor, access: null };
  text = text.slice(0, text.length - badge[0].length).trimEnd();
  end -= badge[0].length;
  while (end > titleStart && isSpace(lines.source.charCodeAt(end - 1))) end--;
  return { text, end, nextLine: cursor, access: badge[1] };
}

/**
 * "2" / "Godkendelse af vedtægter for Nordby" / "Fjernvarme A.m.b.a." / "6": in a contents whose
 * entry ends with its page alone on a line, a line between the title and that page is the title
 * wrapped, a capital first or not. Not a divider ("Lukkede dagsordenspunkter"), nor a number alone.
 */
function wrapsOverToPage(lines: Lines, furniture: Uint8Array | null, i: number, to: number): boolean {
  const text = lines.textOf(i);
  if (PAGE_ALONE.test(text) || dividerOf(text) !== undefined) return false;
  let j = i + 1;
  while (j < to && (lines.isBlank(j) || (furniture && furniture[j] === 1))) j++;
  if (j >= to || !PAGE_ALONE.test(lines.textOf(j))) return false;
  // The page is the entry's last line: the next entry follows it.
  for (j++; j < to; j++) if (!lines.isBlank(j) && !(furniture && furniture[j] === 1)) return false;
  return true;
}
const PAGE_ALONE = /^\d{1,4}$/;

/**
 * Whether `next` continues a title that so far reads `title`: a wrapped title goes on in lower
 * case or after a word that needs one ("og", "af", a hyphen, a comma). A line in upper case after
 * a complete title is text ("Lukket: Orientering" / "Orienteringen blev taget til efterretning.").
 */
function continuesTitle(title: string, next: string): boolean {
  // A year alone after a word is the title's end, wrapped at a narrow column ("… af budget" / "2026").
  if (FOUR_DIGITS.test(next) && isYearNumber(Number(next)) && /\p{Ll}$/u.test(title)) return true;
  // One token with digits ("018520-2013", "24/6823", a date) is a number below the title; so
  // are tokens with digits apart by a dash ("01.02G00 - 2017/27088", a topic and a case number).
  if (numberTokensOnly(next)) return false;
  // "• Sagsfremstilling" below a title is the first folded section.
  if (next.charCodeAt(0) === 0x2022) return false;
  // "4. Meddelelser:" over "Ingen.": a title that ends with its colon, then the point's text (a
  // board's minutes written as a list); a title goes on with no full stop at its end.
  if (title.endsWith(':') && next.endsWith('.')) return false;
  if (!isUpperCode(next.charCodeAt(0))) return true;
  return TITLE_GOES_ON.test(title) || NAME_GOES_ON.test(title);
}

const FOUR_DIGITS = /^\d{4}$/;
const ONE_NUMBER_TOKEN = /^[^\s\p{L}]*\d[^\s]*$/u;
const NUMBER_TOKEN = /^\S*\d\S*$/;
const NUMBER_SEPARATORS = new Set(['-', '–', '/', '|']);

/** A line of one token with digits, or of several apart by a dash or a bar, and no word. */
export function numberTokensOnly(text: string): boolean {
  if (ONE_NUMBER_TOKEN.test(text)) return true;
  const tokens = text.split(/\s+/);
  if (tokens.length > MAX_NUMBER_TOKENS || !tokens.some((t) => NUMBER_SEPARATORS.has(t))) return false;
  return tokens.every((t) => NUMBER_SEPARATORS.has(t) || NUMBER_TOKEN.test(t)) && NUMBER_TOKEN.test(tokens[0]);
}
const MAX_NUMBER_TOKENS = 5;
const HYPHENATED_END = /\p{Ll}-$/u;
const HYPHEN_CONTINUES = /^(?!(?:og|eller|samt)\b)\p{Ll}/u;
const TITLE_GOES_ON = /(?:[-–,:&/]|\s(?:og|eller|af|for|til|i|på|med|om|fra|ved|samt|under|efter|mellem|vedr\.|jf\.|en|et|den|det))$/i;
/**
 * "… for Den Ny" / "Opera 2025-2028.": a name's definite article in capitals and at most one word
 * after it has no noun yet, so the name goes on over the break ("De Grønne" is a whole name).
 */
const NAME_GOES_ON = /\s(?:Den|Det)\s\p{Lu}[\p{L}-]*$/u;

/** A title wraps over at most this many lines; more is a paragraph. */
const MAX_TITLE_LINES = 4;

function webControlSuffix(text: string): number {
  const lower = text.toLowerCase();
  for (const s of WEB_CONTROL_SUFFIXES) if (lower.endsWith(s.toLowerCase()) && lower.length > s.length) return s.length;
  for (const label of WEB_CONTROL_LABELS) {
    const at = lower.indexOf(label.toLowerCase());
    if (at > 0) return text.length - at;
  }
  for (const label of GLUED_TAB_LABELS) {
    if (text.length > label.length + 1 && text.endsWith(label) && GLUED_BEFORE.test(text[text.length - label.length - 1])) return label.length;
  }
  return 0;
}
const GLUED_BEFORE = /[\p{Ll}\d]/u;

/** An item's heading as parseItem reads it: a candidate, or an item page's title, which has no number's shape (itemPage.ts). */
export type ItemHeading = Omit<HeadingCandidate, 'shape'> & { readonly shape: HeadingShape | null };

/**
 * The item whose heading is line `first`, running to line `next` (exclusive). Reads only those
 * lines, so an edit inside one item can re-parse just that item (incremental.ts).
 */
export function parseItem(
  lines: Lines,
  first: number,
  next: number,
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
  meetingDate: string | null,
  problems: ParseProblem[],
  furniture: Uint8Array | null = null,
  candidate: ItemHeading = readHeadingCandidate(lines, first, furniture ? (i) => furniture[i] === 1 : undefined)!,
): AgendaItem {
  // A case number above the heading (SBSYS's preview) is the item's, but the heading is the number's line.
  const headingLine = candidate.caseAbove === true ? candidate.titleLine : first;
  const headingStart = lines.starts[headingLine];
  const read = titleLines(lines, furniture, candidate.titleLine, candidate.titleStart, next, headings, patterns, false);
  const once = gluedCopyStart(read.text, candidate.number);
  const glued = once > 0 ? { ...read, text: read.text.slice(0, once), end: candidate.titleStart + once } : read;
  const cell = caseNumberCell(lines, candidate.titleLine, candidate.titleStart, glued, patterns) ?? caseLabelInTitle(lines, candidate.titleLine, candidate.titleStart, glued, patterns);
  const title = cell?.title ?? glued;
  const described = describeTitle(title.text);
  let caseNumber: CaseNumber | null = candidate.caseAbove === true ? (caseNumberAt(lines, first, next, patterns)?.caseNumber ?? null) : (cell?.caseNumber ?? null);
  // "Sag nr. 129" below the title is the item's number, not its case number.
  let bodyFrom = candidate.shape === 'numberBelow' ? Math.max(title.nextLine, first + 2) : title.nextLine;
  // A page break under the heading: its footer and the next page's header are no part of the body.
  while (bodyFrom < next && (lines.isBlank(bodyFrom) || furniture?.[bodyFrom] === 1)) bodyFrom++;
  // The heading shown twice (itemChoice.ts): the copy is the heading's, not the body's.
  const copy = bodyFrom < next ? headingCopyAt(lines, furniture, bodyFrom, next) : null;
  if (copy !== null && repeatsHeading(lines, furniture, candidate, copy)) {
    bodyFrom = copy.titleLine + 1;
    while (bodyFrom < next && lines.isBlank(bodyFrom)) bodyFrom++;
  }
  // A case number on the body's first line, the text going on after it: a PDF row that joined cells.
  let joinedRow = false;
  if (bodyFrom < next && caseNumber === null) {
    // "• Punktoplysninger" over "Sagsnr.: …" (a folding block of the item's details): read under the label.
    const details = isDetailsLabel(lines.textOf(bodyFrom)) ? nextTextLine(lines, bodyFrom + 1, next) : -1;
    const found =
      caseNumberAt(lines, bodyFrom, next, patterns) ??
      caseNumberInStatusLine(lines, bodyFrom, next, patterns) ??
      (details >= 0 ? caseNumberAt(lines, details, next, patterns) : null);
    if (found) {
      caseNumber = found.caseNumber;
      joinedRow = found.nextLine === bodyFrom;
      bodyFrom = found.nextLine;
    }
  }
  const body = parseItemBody(lines, bodyFrom, next, headings, meetingDate);
  const span = lines.spanOf(first, next);
  // A copy that flattened the item's paragraphs into long lines, or joined them to the case
  // number's cell, has no heading lines: its Indstilling and Beslutning are read inline, as in a
  // page-per-line transcript.
  // With heading lines for some sections only ("Beslutning Plan- og Ejendomsudvalget, …" on its
  // own line), an Indstilling inline before the first of them is read there.
  const flattened = bodyFrom < next && (joinedRow || hasLongLine(lines, bodyFrom, next));
  let sections = body.sections;
  if (flattened && sections.length === 0) sections = inlineSections(lines.source, lines.starts[bodyFrom], span.end, candidate.number);
  else if (flattened && !sections.some((s) => s.kind === 'Indstilling')) {
    const before = inlineSections(lines.source, lines.starts[bodyFrom], sections[0].span.start, candidate.number).filter((s) => s.kind === 'Indstilling');
    if (before.length > 0) sections = [...before, ...sections];
  }
  if (described.title.trim().length === 0) {
    problems.push({ code: 'item-no-title', span: { start: headingStart, end: lines.ends[headingLine] }, data: { number: candidate.number } });
  }
  return {
    number: candidate.number,
    numberWritten: true,
    title: { value: title.text, span: { start: candidate.titleStart, end: title.end } },
    kindPrefix: described.kindPrefix,
    closed: candidate.access === true || read.access === true || described.closed,
    markers: described.markers,
    caseNumber,
    heading: { start: headingStart, end: title.end },
    span,
    sections,
    subHeadings: body.preambleSubHeadings,
  };
}

/**
 * A heading set as a table row, the case number in its last cell ("31<TAB>Title<TAB>Sagsnr.
 * 25/9012", a Word template's item row read from a PDF): the title without that cell, and the
 * case number. The cell is the heading line's last; a wrapped title's later lines stay its own.
 */
function caseNumberCell(
  lines: Lines,
  line: number,
  titleStart: number,
  title: TitleRead,
  patterns: CompiledPatterns['patterns'],
): { title: TitleRead; caseNumber: CaseNumber } | null {
  const firstLine = lines.source.slice(titleStart, lines.ends[line]);
  const tab = firstLine.lastIndexOf('\t');
  if (tab <= 0 || !title.text.startsWith(firstLine)) return null;
  const cellStart = titleStart + tab + 1;
  const cellText = firstLine.slice(tab + 1);
  const label = caseLabelLength(cellText);
  const caseNumber = label > 0 ? labelledCaseNumberIn(lines.source, cellStart, lines.ends[line], patterns) : wholeCaseNumber(cellText, patterns);
  if (caseNumber === null) return null;
  const kept = firstLine.slice(0, tab).trimEnd();
  const oneLine = title.text.length === firstLine.length;
  return {
    title: { ...title, text: kept + title.text.slice(firstLine.length), end: oneLine ? titleStart + kept.length : title.end },
    caseNumber: label > 0 ? caseNumber : moved(caseNumber, cellStart),
  };
}

/**
 * A case-number label on the title's own line, after a space or glued to the title ("Nyt tag i
 * 2014Sagsnr.: 2013-111Dok.nr.: …", an ESDH full-text copy that lost the line breaks): the title
 * ends at the label, and the number after it is the item's. The label is written as a label
 * (capitalised) and a number follows, so a title that names a case in words keeps them.
 */
function caseLabelInTitle(
  lines: Lines,
  line: number,
  titleStart: number,
  title: TitleRead,
  patterns: CompiledPatterns['patterns'],
): { title: TitleRead; caseNumber: CaseNumber } | null {
  const firstLine = lines.source.slice(titleStart, lines.ends[line]);
  if (title.text.length !== firstLine.length) return null;
  const label = TITLE_CASE_LABEL.exec(firstLine);
  if (label === null) return null;
  // "…Sagsnr.: 2013-111Dok.nr.: 2013-222": the document's label glued on ends the case number.
  const documentLabel = firstLine.slice(label.index).search(DOCUMENT_LABEL);
  const limit = documentLabel > 0 ? titleStart + label.index + documentLabel : lines.ends[line];
  const caseNumber = labelledCaseNumberIn(lines.source, titleStart + label.index, limit, patterns, limit);
  if (caseNumber === null) return null;
  const kept = firstLine.slice(0, label.index).trimEnd();
  return { title: { ...title, text: kept, end: titleStart + kept.length }, caseNumber };
}
/** A label as written, after a title's space or glued to its last letter, digit or bracket. */
const TITLE_CASE_LABEL = new RegExp(
  '(?<=[\\s\\p{Ll}\\d)])(?:' + [...CASE_NUMBER_LABELS].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.]/g, '\\.')).join('|') + ')(?![\\p{L}\\d])',
  'u',
);
const DOCUMENT_LABEL = new RegExp('(?:' + DOCUMENT_NUMBER_LABELS.map((l) => l.replace(/[.]/g, '\\.')).join('|') + ')', 'u');

/** A line this long holds flattened paragraphs, not one paragraph of a layout with heading lines. */
const FLATTENED_LINE = 300;

function hasLongLine(lines: Lines, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines.lengthOf(i) >= FLATTENED_LINE) return true;
  return false;
}

/**
 * "TEST - sag med bilag1. TEST - sag med bilag": a page whose copy glues the block's label to the
 * heading inside it, the title, the number and the title again. The first title's length, or 0.
 */
function gluedCopyStart(title: string, number: number): number {
  const mark = `${number}.`;
  const half = (title.length - mark.length) >> 1;
  if (half < 3) return 0;
  for (let at = half; at <= half + 1 && at + mark.length < title.length; at++) {
    if (title.startsWith(mark, at) && title.slice(at + mark.length).trim() === title.slice(0, at).trim()) return title.slice(0, at).trimEnd().length;
  }
  return 0;
}

/**
 * The item's case number on line `i`: a case number alone, or after a label ("Sagsnr.: 21-014477",
 * whatever its shape), or on the line below a label that stands alone.
 */
function caseNumberAt(lines: Lines, i: number, next: number, patterns: CompiledPatterns['patterns']): { caseNumber: CaseNumber; nextLine: number } | null {
  const text = lines.textOf(i);
  const start = lines.starts[i];
  const whole = wholeCaseNumber(text, patterns);
  if (whole) return { caseNumber: moved(whole, start), nextLine: i + 1 };
  const label = caseLabelLength(text);
  if (label === 0 && numberTokensOnly(text)) {
    // "01.02G00 - 2017/27088": a topic's code and the case number below the title, the one number of a known shape.
    const found = findCaseNumbers(text, patterns);
    if (found.length === 1) return { caseNumber: moved(found[0], start), nextLine: i + 1 };
  }
  if (label === 0) {
    // "00.22.02-A26-1-13 Beslutning …": the case number opens the body's first line.
    const leading = leadingCaseNumber(text, patterns);
    return leading ? { caseNumber: moved(leading, start), nextLine: i } : null;
  }
  if (label < text.length) {
    const known = findCaseNumbers(text, patterns, label)[0];
    // The token after the label is the number, whatever its shape: a known shape that is only a
    // part of it ("J.nr.: 00.01.00A10-0001/2013", "86.00.G01/2011-102") is no number of its own.
    const token = /^\S{2,40}/.exec(text.slice(label))?.[0].replace(TOKEN_END_PUNCTUATION, '') ?? '';
    const tokenEnd = label + token.length;
    const withinToken = known !== undefined && known.span.start < tokenEnd;
    if (known && (!withinToken || known.span.end === tokenEnd)) return { caseNumber: moved(known, start), nextLine: i + 1 };
    if (token.length >= 2 && /\d/.test(token)) return { caseNumber: labelled(token, start + label), nextLine: i + 1 };
    return known ? { caseNumber: moved(known, start), nextLine: i + 1 } : null;
  }
  // "Sagsnr." alone: the number is the next non-blank line, when that is one token.
  let j = i + 1;
  while (j < next && lines.isBlank(j)) j++;
  if (j >= next) return null;
  const below = lines.textOf(j);
  if (!/^\S{2,40}$/.test(below) || !/\d/.test(below)) return null;
  const known = wholeCaseNumber(below, patterns);
  return { caseNumber: known ? moved(known, lines.starts[j]) : labelled(below, lines.starts[j]), nextLine: j + 1 };
}

/**
 * SBSYS and its kin put the case number in a status line a line or two below the title ("Åbent -
 * 00.01.00-G01-523-18", under a group line "A. Sager til afgørelse i byrådet"): a short line that
 * opens with the item's access word and holds a case number.
 */
function caseNumberInStatusLine(lines: Lines, from: number, next: number, patterns: CompiledPatterns['patterns']): { caseNumber: CaseNumber; nextLine: number } | null {
  for (let i = from, seen = 0; i < next && seen < STATUS_LINE_DISTANCE; i++) {
    if (lines.isBlank(i) || lines.isFurniture(i)) continue;
    seen++;
    if (lines.lengthOf(i) > MAX_STATUS_LINE) continue;
    const text = lines.textOf(i);
    if (!STATUS_LINE.test(text)) continue;
    const found = findCaseNumbers(text, patterns)[0];
    if (found) return { caseNumber: moved(found, lines.starts[i]), nextLine: i + 1 };
    // "Åbent" alone (a word processor's cell, set to the right) over "Sagsnr.: …  J.nr.: …": the
    // case number's line is the next.
    if (!ACCESS_ALONE.test(text)) return null;
    const below = nextTextLine(lines, i + 1, next);
    return below >= 0 ? caseNumberAt(lines, below, next, patterns) : null;
  }
  return null;
}

const STATUS_LINE = /^(?:åben|åbent|lukket|fortroligt?)\b/i;
const ACCESS_ALONE = /^(?:åben|åbent|lukket|fortroligt?)$/i;
/** A full stop or comma after a labelled number ends the sentence, not the number. */
const TOKEN_END_PUNCTUATION = /[.,;:]+$/;

/** A label over the item's details ("Punktoplysninger", a bullet before it or not). */
function isDetailsLabel(text: string): boolean {
  return ITEM_DETAILS_LABELS.includes(text.replace(/^[•·▪◦‣]\s*/, '').replace(/:$/, '').toLowerCase());
}

/** The first non-blank line in [from, to), or -1. */
function nextTextLine(lines: Lines, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!lines.isBlank(i) && !lines.isFurniture(i)) return i;
  return -1;
}
const STATUS_LINE_DISTANCE = 3;
const MAX_STATUS_LINE = 80;

const moved = (c: CaseNumber, by: number): CaseNumber => ({ ...c, span: { start: by + c.span.start, end: by + c.span.end } });
const labelled = (text: string, start: number): CaseNumber => ({ text, span: { start, end: start + text.length }, style: 'custom', fullYear: null, patternName: 'Sagsnr.' });

function isBodyStart(lines: Lines, i: number, headings: HeadingTable, patterns: CompiledPatterns['patterns'], inToc: boolean): boolean {
  const text = lines.textOf(i);
  if (readHeadingCandidate(lines, i) !== null) return true;
  if (inToc) return /^\d{1,4}$/.test(text);
  return isCaseNumberLine(text, patterns) || headings.classifyLine(lines, i, null, false) !== null;
}

/**
 * The heading candidate on the body's first line, or on the line after it when that one is no
 * candidate (the folding block's label of attachments between the heading and its copy).
 */
function headingCopyAt(lines: Lines, furniture: Uint8Array | null, from: number, to: number): HeadingCandidate | null {
  const skip = furniture ? (i: number) => furniture[i] === 1 : undefined;
  const first = readHeadingCandidate(lines, from, skip);
  if (first !== null) return first;
  const after = nextTextLine(lines, from + 1, to);
  return after < 0 ? null : readHeadingCandidate(lines, after, skip);
}
