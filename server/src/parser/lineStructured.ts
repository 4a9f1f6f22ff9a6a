// The line-structured exports: one heading or paragraph per line. Items open at
// "Punkt N: <title>" lines; everything before the first item is header and contents.

import type { AgendaItem, CaseNumber, ItemKindPrefix, MeetingHeader, ParseProblem, Span } from './model';
import type { Line } from './lines';
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
}

export function isItemHeading(text: string): boolean {
  return text.charCodeAt(0) === 80 /* P */ && ITEM_HEADING.test(text);
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
  text: string,
  lines: readonly Line[],
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
): ParsedStructure {
  const headingLines: number[] = [];
  for (const line of lines) if (isItemHeading(line.text)) headingLines.push(line.index);
  const firstItemLine = headingLines.length > 0 ? headingLines[0] : lines.length;

  let tocLine = -1;
  for (let i = 0; i < firstItemLine; i++) {
    const t = lines[i].text.replace(/:$/, '');
    if ((HEADER_LABELS.toc as readonly string[]).includes(t)) {
      tocLine = i;
      break;
    }
  }
  const headerEndLine = tocLine >= 0 ? tocLine : firstItemLine;
  const headerLines = lines.slice(0, headerEndLine);
  const meeting = parseHeader(headerLines, spanOfLines(headerLines));

  const tocEntries: RawTocEntry[] = [];
  let tocSpan: Span | null = null;
  if (tocLine >= 0) {
    for (let i = tocLine + 1; i < firstItemLine; i++) {
      const line = lines[i];
      if (line.text.length === 0) continue;
      const entry = parseTocLine(line.text, line.start);
      if (entry) tocEntries.push(entry);
    }
    const tocLines = lines.slice(tocLine, firstItemLine);
    tocSpan = spanOfLines(tocLines);
  }

  const meetingDate = meeting.meetingDate?.value || meeting.headerDate?.value || null;
  const items: AgendaItem[] = [];
  const problems: ParseProblem[] = [];
  for (let k = 0; k < headingLines.length; k++) {
    const first = headingLines[k];
    const next = k + 1 < headingLines.length ? headingLines[k + 1] : lines.length;
    const heading = lines[first];
    const m = ITEM_HEADING.exec(heading.text)!;
    let titleText = heading.text.slice(m[0].length);
    const titleStart = heading.start + m[0].length;
    let titleEnd = heading.end;
    let cursor = first + 1;
    // A title wrapped over lines continues on the very next line (no blank line between).
    while (cursor < next && lines[cursor].text.length > 0 && !isBodyStart(lines[cursor].text, headings, patterns)) {
      titleText += ' ' + lines[cursor].text;
      titleEnd = lines[cursor].end;
      cursor++;
    }
    const described = describeTitle(titleText);
    let caseNumber: CaseNumber | null = null;
    let bodyFrom = cursor;
    while (bodyFrom < next && lines[bodyFrom].text.length === 0) bodyFrom++;
    if (bodyFrom < next) {
      const candidate = lines[bodyFrom];
      const whole = wholeCaseNumber(candidate.text, patterns);
      const labelled = /^Sags?nr\.?:?\s/i.test(candidate.text) ? findCaseNumbers(candidate.text, patterns)[0] : undefined;
      const found = whole ?? labelled ?? null;
      if (found) {
        caseNumber = { ...found, span: { start: candidate.start + found.span.start, end: candidate.start + found.span.end } };
        bodyFrom++;
      }
    }
    const body = parseItemBody(lines.slice(bodyFrom, next), headings, meetingDate);
    const itemLines = lines.slice(first, next);
    const span = spanOfLines(itemLines);
    const title = { value: described.title, span: { start: titleStart + described.titleOffset, end: titleEnd } };
    if (described.title.trim().length === 0) {
      problems.push({ code: 'item-no-title', span: { start: heading.start, end: heading.end }, data: { number: Number(m[1]) } });
    }
    items.push({
      number: Number(m[1]),
      numberWritten: true,
      title,
      kindPrefix: described.kindPrefix,
      closed: described.closed,
      markers: described.markers,
      caseNumber,
      heading: { start: heading.start, end: titleEnd },
      span,
      sections: body.sections,
      subHeadings: body.preambleSubHeadings,
    });
  }
  return { meeting, tocHeading: tocLine >= 0 ? lines[tocLine] : null, tocEntries, tocSpan, items, problems };
}

function isBodyStart(text: string, headings: HeadingTable, patterns: CompiledPatterns['patterns']): boolean {
  return isItemHeading(text) || wholeCaseNumber(text, patterns) !== null || headings.classify(text, null, false) !== null;
}

/** From the first to the last non-blank line of `lines`. */
export function spanOfLines(lines: readonly Line[]): Span {
  let start = -1;
  let end = -1;
  for (const l of lines) {
    if (l.text.length === 0) continue;
    if (start < 0) start = l.start;
    end = l.end;
  }
  if (start < 0) {
    const at = lines.length > 0 ? lines[0].start : 0;
    return { start: at, end: at };
  }
  return { start, end };
}
