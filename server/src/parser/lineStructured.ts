// The line-structured exports: one heading or paragraph per line. Items open at
// "Punkt N: <title>" lines; everything before the first item is header and contents.

import type { AgendaItem, CaseNumber, ItemKindPrefix, MeetingHeader, ParseProblem, Span } from './model';
import type { Line, Lines } from './lines';
import type { HeadingTable } from './headings';
import type { CompiledPatterns } from './caseNumbers';
import type { RawTocEntry } from './toc';
import { parseHeader } from './header';
import { parseTocLine } from './toc';
import { parseItemBody } from './itemBody';
import { wholeCaseNumber, findCaseNumbers } from './caseNumbers';
import { HEADER_LABELS, ITEM_KIND_PREFIXES } from './vocabulary';

const ITEM_HEADING = /^Punkt\s+(\d{1,5})\s*:\s*/;

export interface ParsedStructure {
  readonly meeting: MeetingHeader;
  readonly tocHeading: Line | null;
  readonly tocEntries: RawTocEntry[];
  readonly tocSpan: Span | null;
  readonly items: AgendaItem[];
  readonly problems: ParseProblem[];
  /** The line of each item's heading, in order: where an edit can re-parse one item from. */
  readonly headingLines: number[];
}

export function isItemHeading(text: string): boolean {
  return text.charCodeAt(0) === 80 /* P */ && ITEM_HEADING.test(text);
}

/** isItemHeading for line `i`, copying the line only when its first character allows it. */
export function isItemHeadingLine(lines: Lines, i: number): boolean {
  return lines.firstCode(i) === 80 /* P */ && ITEM_HEADING.test(lines.textOf(i));
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
  const markers: string[] = [];
  const markerRe = /\s*\(([A-ZÆØÅ0-9]{1,3})\)$/;
  let tail = rest;
  let m: RegExpExecArray | null;
  while ((m = markerRe.exec(tail)) !== null && markers.length < 5) {
    markers.unshift(`(${m[1]})`);
    tail = tail.slice(0, m.index);
  }
  return { kindPrefix, title: rest, titleOffset, closed: /^lukket\s*:/i.test(rest), markers };
}

export function parseLineStructured(
  lines: Lines,
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
): ParsedStructure {
  const headingLines: number[] = [];
  for (let i = 0; i < lines.count; i++) {
    if (isItemHeadingLine(lines, i)) headingLines.push(i);
  }
  const firstItemLine = headingLines.length > 0 ? headingLines[0] : lines.count;

  let tocLine = -1;
  for (let i = 0; i < firstItemLine; i++) {
    const t = lines.textOf(i).replace(/:$/, '');
    if ((HEADER_LABELS.toc as readonly string[]).includes(t)) {
      tocLine = i;
      break;
    }
  }
  const headerEndLine = tocLine >= 0 ? tocLine : firstItemLine;
  const meeting = parseHeader(lines.slice(0, headerEndLine), lines.spanOf(0, headerEndLine));

  const tocEntries: RawTocEntry[] = [];
  let tocSpan: Span | null = null;
  if (tocLine >= 0) {
    for (let i = tocLine + 1; i < firstItemLine; i++) {
      if (lines.isBlank(i)) continue;
      const entry = parseTocLine(lines.textOf(i), lines.starts[i]);
      if (entry) tocEntries.push(entry);
    }
    tocSpan = lines.spanOf(tocLine, firstItemLine);
  }

  const meetingDate = meetingDateOf(meeting);
  const items: AgendaItem[] = [];
  const problems: ParseProblem[] = [];
  for (let k = 0; k < headingLines.length; k++) {
    const next = k + 1 < headingLines.length ? headingLines[k + 1] : lines.count;
    items.push(parseItem(lines, headingLines[k], next, headings, patterns, meetingDate, problems));
  }
  return { meeting, tocHeading: tocLine >= 0 ? lines.at(tocLine) : null, tocEntries, tocSpan, items, problems, headingLines };
}

/** The date items are read against (Mødedato, else the header's date). */
export function meetingDateOf(meeting: MeetingHeader): string | null {
  return meeting.meetingDate?.value || meeting.headerDate?.value || null;
}

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
): AgendaItem {
  const headingText = lines.textOf(first);
  const headingStart = lines.starts[first];
  const m = ITEM_HEADING.exec(headingText)!;
  let titleText = headingText.slice(m[0].length);
  const titleStart = headingStart + m[0].length;
  let titleEnd = lines.ends[first];
  let cursor = first + 1;
  // A title wrapped over lines continues on the very next line (no blank line between).
  while (cursor < next && !lines.isBlank(cursor) && !isBodyStart(lines, cursor, headings, patterns)) {
    titleText += ' ' + lines.textOf(cursor);
    titleEnd = lines.ends[cursor];
    cursor++;
  }
  const described = describeTitle(titleText);
  let caseNumber: CaseNumber | null = null;
  let bodyFrom = cursor;
  while (bodyFrom < next && lines.isBlank(bodyFrom)) bodyFrom++;
  if (bodyFrom < next) {
    const candidate = lines.textOf(bodyFrom);
    const candidateStart = lines.starts[bodyFrom];
    const whole = wholeCaseNumber(candidate, patterns);
    const labelled = /^Sags?nr\.?:?\s/i.test(candidate) ? findCaseNumbers(candidate, patterns)[0] : undefined;
    const found = whole ?? labelled ?? null;
    if (found) {
      caseNumber = { ...found, span: { start: candidateStart + found.span.start, end: candidateStart + found.span.end } };
      bodyFrom++;
    }
  }
  const body = parseItemBody(lines, bodyFrom, next, headings, meetingDate);
  const span = lines.spanOf(first, next);
  const title = { value: described.title, span: { start: titleStart + described.titleOffset, end: titleEnd } };
  if (described.title.trim().length === 0) {
    problems.push({ code: 'item-no-title', span: { start: headingStart, end: lines.ends[first] }, data: { number: Number(m[1]) } });
  }
  return {
    number: Number(m[1]),
    numberWritten: true,
    title,
    kindPrefix: described.kindPrefix,
    closed: described.closed,
    markers: described.markers,
    caseNumber,
    heading: { start: headingStart, end: titleEnd },
    span,
    sections: body.sections,
    subHeadings: body.preambleSubHeadings,
  };
}

function isBodyStart(lines: Lines, i: number, headings: HeadingTable, patterns: CompiledPatterns['patterns']): boolean {
  const text = lines.textOf(i);
  return isItemHeading(text) || wholeCaseNumber(text, patterns) !== null || headings.classifyLine(lines, i, null, false) !== null;
}
