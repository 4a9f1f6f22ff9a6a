// The meeting header of the line-structured exports: "REFERAT <committee> d. <date>",
// then labelled lines (Mødedato, Mødested, Mødedeltagere, Fraværende).

import type { DocumentKind, Located, MeetingHeader, Span } from './model';
import type { Line } from './lines';
import { findDates } from './dates';
import { HEADER_LABELS } from './vocabulary';

export const located = (value: string, start: number): Located => ({ value, span: { start, end: start + value.length } });

/** The rest of a labelled line after "Label" or "Label:", located. */
export function afterLabel(line: Line, label: string): Located | null {
  if (!line.text.startsWith(label)) return null;
  const rest = line.text.slice(label.length);
  if (rest.length > 0 && !/^[:\s]/.test(rest)) return null;
  const lead = rest.length - rest.replace(/^[:\s]+/, '').length;
  const value = rest.slice(lead).trim();
  return value.length > 0 ? located(value, line.start + label.length + lead) : null;
}

/** Split a list of names on commas and " og ", keeping each name's place. */
export function splitNames(list: Located): Located[] {
  const names: Located[] = [];
  const re = /[^,]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(list.value)) !== null) {
    for (const part of m[0].split(/ og (?=[A-ZÆØÅ])/)) {
      const offset = m.index + m[0].indexOf(part);
      const trimmed = part.trim();
      if (trimmed.length > 0) names.push(located(trimmed, list.span.start + offset + (part.length - part.trimStart().length)));
    }
  }
  return names;
}

export function timeIn(line: Line, label: RegExp): Located | null {
  const m = label.exec(line.text);
  if (!m) return null;
  const value = m[1].replace('.', ':');
  return { value, span: { start: line.start + m.index + m[0].length - m[1].length, end: line.start + m.index + m[0].length } };
}

export function parseHeader(lines: readonly Line[], span: Span): MeetingHeader {
  let kind: DocumentKind | null = null;
  let committee: Located | null = null;
  let headerDate: Located | null = null;
  let meetingDate: Located | null = null;
  let weekday: Located | null = null;
  let time: Located | null = null;
  let endTime: Located | null = null;
  let place: Located | null = null;
  let participants: Located[] = [];
  let absent: Located[] = [];
  for (const line of lines) {
    const t = line.text;
    if (t.length === 0) continue;
    const title = /^(REFERAT|DAGSORDEN|Referat|Dagsorden)\s+/.exec(t);
    if (title && kind === null) {
      kind = title[1].toLowerCase() as DocumentKind;
      const rest = t.slice(title[0].length);
      const sep = /\s+(?:d\.|den)\s+(?=\d)/g;
      let last: RegExpExecArray | null = null;
      let m: RegExpExecArray | null;
      while ((m = sep.exec(rest)) !== null) last = m;
      const committeeText = last ? rest.slice(0, last.index) : rest;
      committee = located(committeeText.trim(), line.start + title[0].length);
      if (last) {
        const dateStart = line.start + title[0].length + last.index + last[0].length;
        const date = findDates(t, dateStart - line.start).find(() => true);
        if (date && date.iso) headerDate = { value: date.iso, span: { start: line.start + (date.span.start), end: line.start + date.span.end } };
      }
      continue;
    }
    const dateLine = afterLabel(line, HEADER_LABELS.meetingDate);
    if (dateLine && meetingDate === null) {
      const date = findDates(t)[0];
      if (date) {
        meetingDate = { value: date.iso ?? '', span: { start: line.start + date.span.start, end: line.start + date.span.end } };
        if (date.weekday) weekday = { value: date.weekday.value, span: { start: line.start + date.weekday.span.start, end: line.start + date.weekday.span.end } };
      }
      time = timeIn(line, /\bkl\.?\s*(\d{1,2}[:.]\d{2})/i);
      endTime = timeIn(line, /\bkl\.?\s*\d{1,2}[:.]\d{2}\s*(?:-|–|til)\s*(\d{1,2}[:.]\d{2})/i);
      continue;
    }
    const placeLine = afterLabel(line, HEADER_LABELS.place);
    if (placeLine) {
      place = placeLine;
      continue;
    }
    const people = afterLabel(line, HEADER_LABELS.participants);
    if (people) {
      participants = splitNames(people);
      continue;
    }
    for (const label of HEADER_LABELS.absent) {
      const list = afterLabel(line, label);
      if (list) absent = absent.concat(splitNames(list));
    }
  }
  return { kind, committee, headerDate, meetingDate, weekday, time, endTime, place, participants, absent, span };
}
