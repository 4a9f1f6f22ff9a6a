// The parser's one entry point. It never throws: whatever the text, it returns a model
// (possibly empty) and the problems it noticed.

import type { DocumentKind, MeetingHeader, Page, ParseProblem, ReferatDocument } from './model';
import type { CaseNumberPattern } from './caseNumbers';
import type { ExtraSectionHeading } from './headings';
import { scanLines, type Lines } from './lines';
import { compileCaseNumberPatterns } from './caseNumbers';
import { findMentions } from './mentions';
import { HeadingTable } from './headings';
import { parseLineStructured } from './lineStructured';
import { findPageLines, parseTranscript, parseTranscriptHeader, withHeaderFallback } from './transcript';
import { parseHeader } from './header';
import { membersAfterItems } from './membersAfterItems';
import { bodyName } from './bodyName';
import { placeName } from './placeName';
import { bodyFromItems } from './bodyFromItems';
import { matchToc, type RawTocEntry } from './toc';
import type { ItemChoice } from './itemChoice';
import { documentKind } from './kind';
import { furnitureSpans } from './pageFurniture';
import { lastWhere } from './sorted';

export interface ParseOptions {
  /** Extra section headings for a municipality's own variants. */
  readonly sectionHeadings?: readonly ExtraSectionHeading[];
  /** Extra case-number shapes. */
  readonly caseNumberPatterns?: readonly CaseNumberPattern[];
}

/**
 * What an edit needs to re-parse one item instead of the whole text (incremental.ts): the
 * trimmed lines, each item's heading line and the raw table of contents. Only line-structured
 * text without custom case-number patterns has one (a custom pattern may match across lines).
 */
export interface LineStructure {
  readonly lines: Lines;
  readonly headingLines: readonly number[];
  readonly tocEntries: readonly RawTocEntry[];
  readonly headings: HeadingTable;
  /** The heading candidates and the chosen items: an edit that changes neither keeps the items' boundaries. */
  readonly choice: ItemChoice;
  readonly dividerLines: readonly number[];
  readonly closedByDivider: readonly boolean[];
  /** The kind the header names; the decisions present decide the model's (kind.ts). */
  readonly labelledKind: DocumentKind | null;
  /** Whether the header names the body; if not, the items name it (bodyFromItems.ts). */
  readonly headerNamesBody: boolean;
  /** Whether the header names attendees or absentees; if not, a marked list after the items may (membersAfterItems.ts). */
  readonly headerNamesMembers: boolean;
}

/** A model and, where one item can be re-parsed after an edit, its line structure. */
export interface EditableParse {
  readonly model: ReferatDocument;
  readonly structure: LineStructure | null;
  readonly options: ParseOptions;
  /** The index of the one item re-parsed after an edit; null after a whole parse. */
  readonly reparsedItem: number | null;
  /** How many lines that item gained (negative: lost); 0 after a whole parse. */
  readonly reparsedLineDelta: number;
}

export function parseReferat(input: string, options: ParseOptions = {}): ReferatDocument {
  return parseEditable(input, options).model;
}

export function parseEditable(input: string, options: ParseOptions = {}): EditableParse {
  // A byte order mark is not text; editors drop it, so we do too, and positions agree.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const { index: lines, lines: lineList } = scanLines(text);
  const compiled = compileCaseNumberPatterns(options.caseNumberPatterns ?? []);
  const headings = new HeadingTable(options.sectionHeadings);
  const { caseNumbers, dates } = findMentions(text, compiled.patterns);
  const problems: ParseProblem[] = [];

  const pageLines = findPageLines(lineList);
  if (pageLines) {
    // What the transcript's own header reader does not find (it knows one system's labels), the
    // line-structured reader may, over the title lines above page 1 and the front page.
    const t = parseTranscript(text, pageLines, compiled.patterns, (own) => withHeaderFallback(own, parseHeader(lineList.slice(0, pageLines[0].line.index + 1), own.span)));
    const meeting = t.meeting;
    const model: ReferatDocument = {
      text,
      lines,
      format: 'page-per-line transcript',
      meeting: { ...meeting, committee: bodyName(meeting.committee) ?? bodyFromItems(text, t.items), place: placeName(meeting.place), kind: documentKind(meeting.kind, t.items) },
      toc: t.tocSpan ? { heading: t.tocHeading, entries: matchToc(t.tocEntries, t.items), span: t.tocSpan } : null,
      items: t.items,
      caseNumbers,
      dates,
      pages: t.pages,
      furniture: [],
      minutesEnd: t.minutesEnd,
      problems,
    };
    return { model, structure: null, options, reparsedItem: null, reparsedLineDelta: 0 };
  }

  const s = parseLineStructured(lineList, headings, compiled.patterns);
  // A PDF copied as one paragraph (a whole front page on one line, no page numbers): its labelled
  // fields run inline, as on a transcript's front page. Only without items: an item's edit then
  // never reaches it (the incremental parse keeps the header).
  const header = s.items.length === 0 ? withFlatFrontPage(s.meeting, lineList) : s.meeting;
  const headerNamesMembers = header.participants.length > 0 || header.absent.length > 0;
  const meeting = headerNamesMembers ? header : withMembersAfterItems(header, lineList, s.headingLines);
  // One at a time: spread arguments live on the stack, and a text of 150,000 untitled
  // "Punkt 1:" headings has that many problems.
  for (const p of s.problems) problems.push(p);
  // A header naming no body leaves it to the items (bodyFromItems.ts), read again after an item's edit.
  const headerBody = bodyName(meeting.committee);
  const model: ReferatDocument = {
    text,
    lines,
    format: 'line-structured',
    meeting: { ...meeting, committee: headerBody ?? bodyFromItems(text, s.items), place: placeName(meeting.place), kind: documentKind(meeting.kind, s.items) },
    toc: s.tocSpan
      ? {
          heading: s.tocHeading ? { value: s.tocHeading.text, span: { start: s.tocHeading.start, end: s.tocHeading.end } } : null,
          entries: matchToc(s.tocEntries, s.items),
          span: s.tocSpan,
        }
      : null,
    items: s.items,
    caseNumbers,
    dates,
    pages: formFeedPages(text),
    furniture: furnitureSpans(lineList, s.furniture),
    minutesEnd: lineList.spanOf(0, lineList.count).end,
    problems,
  };
  // Pages with furniture (a PDF's text) are read-only in practice and parse whole.
  const editable = compiled.patterns.length === 0 && s.furniture === null;
  const structure = editable ? { lines: lineList, headingLines: s.headingLines, tocEntries: s.tocEntries, headings, choice: s.choice, dividerLines: s.dividerLines, closedByDivider: s.closedByDivider, labelledKind: s.meeting.kind, headerNamesBody: headerBody !== null, headerNamesMembers } : null;
  return { model, structure, options, reparsedItem: null, reparsedLineDelta: 0 };
}

/** A header that names no attendees, with the marked members listed after the last item (membersAfterItems.ts). */
export function withMembersAfterItems(meeting: MeetingHeader, lines: Lines, headingLines: readonly number[]): MeetingHeader {
  const listed = headingLines.length > 0 ? membersAfterItems(lines, headingLines[headingLines.length - 1]) : null;
  return listed === null ? meeting : { ...meeting, participants: listed.participants, absent: listed.absent };
}

/** The header with the fields it lacks read from the first line, when that line is a whole page run on. */
function withFlatFrontPage(meeting: MeetingHeader, lines: Lines): MeetingHeader {
  let first = 0;
  while (first < lines.count && lines.isBlank(first)) first++;
  if (first >= lines.count || lines.lengthOf(first) < MIN_FLAT_PAGE) return meeting;
  const flat = parseTranscriptHeader(lines.at(first), '').meeting;
  return { ...withHeaderFallback(meeting, flat), span: meeting.span };
}

/** A line this long holds a page, not a heading or a paragraph's line. */
const MIN_FLAT_PAGE = 400;

/** Pages split by form feeds; none when the text has no form feed. */
export function formFeedPages(text: string): Page[] {
  if (text.indexOf('\f') < 0) return [];
  const pages: Page[] = [];
  let start = 0;
  let at = text.indexOf('\f');
  while (at >= 0) {
    pages.push({ number: pages.length + 1, span: { start, end: at } });
    start = at + 1;
    at = text.indexOf('\f', start);
  }
  pages.push({ number: pages.length + 1, span: { start, end: text.length } });
  return pages;
}

/**
 * The page a position falls on, or null when the document has no page breaks or the offset
 * lies before the first page. A form feed between two pages ends the page before it.
 */
export function pageAt(doc: ReferatDocument, offset: number): number | null {
  // The last page starting at or before the offset: pages need not touch (a form feed or a
  // blank line may lie between them), and what follows the last page belongs to it.
  const j = lastWhere(doc.pages.length, (k) => doc.pages[k].span.start <= offset);
  return j < 0 ? null : doc.pages[j].number;
}
