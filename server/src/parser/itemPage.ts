// A portal's page of one agenda item (kk.dk's ".../referat/punkt-10", First Agenda's item pages):
// the meeting's header, then the item's title with no number, then its sections. No numbered
// heading stands there, so the choice of items finds none and the reader saw an empty Outline.
// Where nothing numbered was chosen, a text whose sections make exactly one item's run (an
// Indstilling or a Beslutning among them) under a title line below the header is that item.
// A page whose several items had their titles folded away repeats its sections (a Beslutning
// for the same meeting twice, a Sagsfremstilling twice) and stays without items: there is no
// title to give each. The item's number is the one the page states ("Hent punkt 10 som PDF"),
// else 1; it is never written as a heading (numberWritten: false).

import type { AgendaItem, MeetingHeader, ParseProblem, Section, Span } from './model';
import type { Lines } from './lines';
import type { HeadingTable } from './headings';
import type { CompiledPatterns } from './caseNumbers';
import { isUpperCode, isWebControlLine } from './lines';
import { isCaseNumberLine } from './itemChoice';
import { dividerLinesOf, parseItem } from './lineStructured';
import { HEADER_FIELD_LABELS } from './vocabulary';

/** The item a page of one item holds, or null when the text is not such a page. */
export function itemOfPage(
  lines: Lines,
  furniture: Uint8Array | null,
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
  header: MeetingHeader,
  meetingDate: string | null,
): { item: AgendaItem; titleLine: number; problems: ParseProblem[] } | null {
  const isText = (i: number) => !lines.isBlank(i) && !(furniture && furniture[i] === 1);
  let firstSection = -1;
  for (let i = 0; i < lines.count && firstSection < 0; i++) if (isText(i) && headings.classifyLine(lines, i, meetingDate, false) !== null) firstSection = i;
  // A divider above the sections ("Åben dagsorden") parts an agenda of several items.
  if (firstSection < 0 || dividerLinesOf(lines, 0, firstSection).length > 0) return null;

  // Below the header: after every field it read above the first section (Mødedato, Mødested).
  const headerEnd = headerFieldsEnd(header, lines.starts[firstSection]);
  let titleLine = -1;
  // The title is among the first lines under the header (a site's name or a notice may come first).
  for (let i = 0, seen = 0; i < firstSection && titleLine < 0 && seen < TITLE_LINES; i++) {
    if (!isText(i) || lines.starts[i] < headerEnd) continue;
    seen++;
    if (isTitleLine(lines.textOf(i), patterns) && !writtenAgain(lines, i)) titleLine = i;
  }
  if (titleLine < 0) return null;

  const problems: ParseProblem[] = [];
  const heading = {
    line: titleLine,
    number: statedNumber(lines) ?? 1,
    shape: null,
    titleLine,
    titleStart: lines.starts[titleLine],
    firstTitleLine: lines.textOf(titleLine),
    access: null,
  };
  const item = parseItem(lines, titleLine, lines.count, headings, patterns, meetingDate, problems, furniture, heading);
  if (!item.sections.some((s) => !s.implicit && (s.kind === 'Indstilling' || s.kind === 'Beslutning')) || !oneRun(item.sections)) return null;
  return { item: { ...item, numberWritten: false }, titleLine, problems };
}

/**
 * Whether line `i` is written elsewhere too: a template's label over each folded item's decision
 * ("Offentlig beslutning der skal udfyldes, hvis punktet er lukket"), not a title.
 */
function writtenAgain(lines: Lines, i: number): boolean {
  const text = lines.textOf(i);
  for (let j = 0; j < lines.count; j++) if (j !== i && lines.lengthOf(j) === text.length && lines.textOf(j) === text) return true;
  return false;
}

/** Where the last header field that starts before `before` ends; 0 without one. */
function headerFieldsEnd(header: MeetingHeader, before: number): number {
  const spans: Span[] = [];
  for (const f of [header.committee, header.headerDate, header.meetingDate, header.weekday, header.time, header.endTime, header.place]) if (f) spans.push(f.span);
  for (const p of header.participants) spans.push(p.span);
  for (const a of header.absent) spans.push(a.span);
  let end = 0;
  for (const s of spans) if (s.start < before && s.end > end) end = s.end;
  return end;
}

/**
 * An item's title: a short line of at least two words, a capital first and no full stop or colon
 * at its end (a sentence, a label), neither a web control ("Se alle bilag"), a case number, a
 * header field the header reader left unread ("Fraværende Ingen" in a label column) nor the
 * meeting's address under its date ("Rådhuset, Byrådssalen, Torvet 1, 2600 Nordby"). One word is
 * a site's or a municipality's name ("Bornholm").
 */
function isTitleLine(text: string, patterns: CompiledPatterns['patterns']): boolean {
  if (text.length > MAX_TITLE || !isUpperCode(text.charCodeAt(0)) || /[.:;,!?]$/.test(text) || !/\S\s+\S/.test(text)) return false;
  if (isWebControlLine(text) || isCaseNumberLine(text, patterns)) return false;
  return !FIELD_LABEL_FIRST.test(text) && !POSTCODE_AND_TOWN.test(text);
}
const MAX_TITLE = 200;
const TITLE_LINES = 6;
const FIELD_LABEL_FIRST = new RegExp(`^(?:${HEADER_FIELD_LABELS.map(([l]) => l.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'iu');
/** ", 2635 Ishøj", ", 8800 Viborg C": a Danish postcode and town end an address. */
const POSTCODE_AND_TOWN = /,\s*\d{4}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;

/**
 * Whether the sections are one item's: no kind comes twice, where a Beslutning that names its
 * meeting ("Beslutning Kommunalbestyrelsen den 27-11-2025") is one kind per meeting, and the
 * Indstilling right before it belongs to that meeting too (an item decided at two meetings, each
 * with its own recommendation). Several items' sections repeat a kind.
 */
function oneRun(sections: readonly Section[]): boolean {
  const seen = new Set<string>();
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    const decision = s.kind === 'Beslutning' ? s : s.kind === 'Indstilling' && sections[k + 1]?.kind === 'Beslutning' ? sections[k + 1] : null;
    const key = decision?.qualifier ? `${s.kind} ${decision.qualifier.toLowerCase()}` : s.kind;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/**
 * The item's number as the page states it on a control or a breadcrumb of its own ("Hent punkt
 * 10 som PDF", "Referat › Punkt 10"): a short line that names one "punkt N", all such lines the
 * same N. A sentence that names another item ("jf. punkt 4.") is longer or ends with a full stop.
 */
function statedNumber(lines: Lines): number | null {
  let found: number | null = null;
  for (let i = 0; i < lines.count; i++) {
    const n = lines.lengthOf(i);
    if (n < 7 || n > MAX_CONTROL) continue;
    const m = STATED_PUNKT.exec(lines.textOf(i));
    if (m === null) continue;
    const number = Number(m[1]);
    if (found !== null && found !== number) return null;
    found = number;
  }
  return found;
}
const MAX_CONTROL = 40;
/** A few words around "punkt N" (a breadcrumb's separators among them), no full stop anywhere. */
const STATED_PUNKT = /^(?:[^\s.]+\s+){0,5}punkt\s+(\d{1,3})(?:\s+[^\s.]+){0,3}$/i;
