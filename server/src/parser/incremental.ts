// Re-parsing after an edit. When an edit lies inside one agenda item and leaves every
// "Punkt N:" line a heading (and makes no new one), only that item is parsed again: the items
// before it are kept as they are, those after it are kept and moved by the edit's length.
// Anything else (an edit in the header or the table of contents, across an item boundary, a
// transcript, custom case-number patterns) parses the whole text. Either way the model equals
// what parseReferat gives for the new text; test/parser/incremental.test.ts checks that for
// random edits. Typing in a 10 MB referat then costs about one item's parse, not 10 MB's.

import type { AgendaItem, CaseNumber, DateMention, Located, MeetingHeader, ParseProblem, Point, ReferatDocument, Section, Span, SubHeading } from './model';
import { LineIndex } from './lineIndex';
import { Lines, scanLines } from './lines';
import { findMentions } from './mentions';
import { dividerLinesOf, meetingDateOf, parseItem } from './lineStructured';
import { chooseAmong, MAX_LIST_POINTS, scoredCandidates, type ItemChoice, type ScoredCandidate } from './itemChoice';
import { documentKind } from './kind';
import { formFeedPages, parseEditable, withMembersAfterItems, type EditableParse, type LineStructure } from './parse';
import { bodyFromItems } from './bodyFromItems';
import { matchToc } from './toc';
import { lastWhere } from './sorted';
import { mayBeFurniture } from './pageFurniture';
import { withOwnStrings } from './ownStrings';

/** An edit of a text: its [start, end) became `insertedLength` characters. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insertedLength: number;
}

/** Two edits in a row as one: what both touched, as an edit of the text before the first. */
export function composeEdits(first: TextEdit, second: TextEdit): TextEdit {
  // The first turned [start, end) into [start, firstNewEnd); past firstNewEnd the text between
  // the edits is the old text moved by the first edit's delta.
  const firstNewEnd = first.start + first.insertedLength;
  const start = Math.min(first.start, second.start);
  const touchedEnd = Math.max(firstNewEnd, second.end);
  const end = first.end + (touchedEnd - firstNewEnd);
  const newEnd = touchedEnd + second.insertedLength - (second.end - second.start);
  return { start, end, insertedLength: newEnd - start };
}

/** A model that is `previous` with item `item` parsed again (`lineDelta` lines more) and the later items moved. */
export interface ModelOrigin {
  readonly previous: ReferatDocument;
  readonly item: number;
  readonly lineDelta: number;
}

/** The parse of `text`, which is `previous`'s text with `edit` applied. */
export function reparseAfterEdit(previous: EditableParse, text: string, edit: TextEdit): EditableParse {
  return reparseOneItem(previous, text, edit) ?? parseEditable(text, previous.options);
}

function reparseOneItem(previous: EditableParse, text: string, edit: TextEdit): EditableParse | null {
  const structure = previous.structure;
  const old = previous.model;
  const delta = edit.insertedLength - (edit.end - edit.start);
  // A byte order mark shifts every offset by one between the editor's text and the model's.
  if (!structure || text.charCodeAt(0) === 0xfeff || text.length !== old.text.length + delta) return null;
  if (edit.start < 0 || edit.end < edit.start || edit.end > old.text.length) return null;
  const { headingLines, lines: oldLines } = structure;
  const lineStarts = old.lines.lineStarts;

  // The item the edit falls in: the last one whose heading line starts before the edit. An
  // edit at the very start of a heading line could join it to the line before.
  const k = lastWhere(headingLines.length, (j) => lineStarts[headingLines[j]] < edit.start);
  if (k < 0) return null;
  const isLast = k === headingLines.length - 1;
  const firstLine = headingLines[k];
  const oldEndLine = isLast ? oldLines.count : headingLines[k + 1];
  const regionStart = lineStarts[firstLine];
  const oldRegionEnd = isLast ? old.text.length : lineStarts[oldEndLine];
  // The next heading's first character and the line break before it must stay untouched.
  if (!isLast && edit.end >= oldRegionEnd) return null;
  const newRegionEnd = oldRegionEnd + delta;

  const region = text.slice(regionStart, newRegionEnd);
  const scanned = scanLines(region);
  // Before the next heading the region ends with a line break, after which the scan sees one
  // more (empty) line: that is the next heading's line, not the region's.
  const regionLineCount = isLast ? scanned.lines.count : scanned.lines.count - 1;
  if (regionLineCount < 1) return null;

  // Only a text without page furniture re-parses by item (parse.ts); a line written here that
  // could be furniture or break a page ("Side 3", a form feed) makes the whole text's anew.
  if (region.includes('\f') || mayBeFurniture(scanned.lines, 0, regionLineCount, Math.max(1, old.pages.length))) return null;
  const lineDelta = regionLineCount - (oldEndLine - firstLine);
  const lines = spliceLines(oldLines, text, firstLine, oldEndLine, scanned.lines, regionLineCount, regionStart, delta);

  // The items stay where they were when the heading candidates of the region (and the next
  // heading, whose cues read the lines above it) are the same, with the same cues: the choice of
  // items is a function of the candidates alone. The numbered lines right under the next heading
  // read the region too: a list's point reads back past the points above it to the section
  // heading over the list (itemChoice.ts, sectionAbove), so a heading typed in the region makes
  // them that section's points.
  const newEndLine = firstLine + regionLineCount;
  const choice = structure.choice;
  const oldScoredEnd = isLast ? oldLines.count : listRunEnd(choice.candidates, oldLines, oldEndLine);
  const oldCandidates = candidatesIn(choice.candidates, firstLine, oldScoredEnd + 1);
  const lookaheadEnd = isLast ? lines.count : nextCandidateLine(choice.candidates, oldScoredEnd, lineDelta, lines.count);
  const newCandidates = scoredCandidates(lines, null, firstLine, isLast ? lines.count : oldScoredEnd + lineDelta + 1, lookaheadEnd, structure.headings, []);
  if (newCandidates.length === 0 || newCandidates[0].line !== firstLine) return null;
  const newHeadingLines = headingLines.slice(0, k + 1);
  for (let j = k + 1; j < headingLines.length; j++) newHeadingLines.push(headingLines[j] + lineDelta);
  // Kept by later versions too, and a candidate holds its title's first line as written.
  const candidates = spliceCandidates(choice.candidates, withOwnStrings(newCandidates), oldCandidates.length, firstLine, delta, lineDelta);
  // Candidates that read otherwise (a case number's line or a section heading typed over, a
  // title's first letter) may still give the same items: choosing among all candidates again
  // costs a fraction of a whole parse, which such a letter cost before (4% of letters typed at
  // random into the 1 MB bench referat, each a 10 ms parse: the p95 of typing). Up to the first
  // item with a body the choice reads lines too (a contents heading typed over), so there the
  // candidates alone never say the choice is the same.
  const firstBody = choice.candidates.find((c) => c.bodyBelow);
  const sameAsRead = firstBody !== undefined && firstLine > firstBody.line && sameCandidates(oldCandidates, newCandidates);
  if (!sameAsRead && !sameChoice(chooseAmong(lines, candidates), choice.toc, newHeadingLines)) return null;
  // A divider ("Lukket dagsorden") closes the items after it: one typed or deleted parses whole.
  if (structure.dividerLines.some((d) => d >= firstLine && d < oldEndLine) || dividerLinesOf(scanned.lines, 0, regionLineCount).length > 0) return null;
  const newLineStarts = spliceLineStarts(lineStarts, firstLine, oldEndLine, scanned.index.lineStarts, regionLineCount, regionStart, delta);

  // What is parsed from the region is kept by later versions (moved, not parsed again), so it
  // gets strings of its own: slices would keep this version's whole text alive (ownStrings.ts).
  const parsedProblems: ParseProblem[] = [];
  const parsed = withOwnStrings(parseItem(lines, firstLine, newEndLine, structure.headings, [], meetingDateOf(old.meeting), parsedProblems));
  const problems = withOwnStrings(parsedProblems);
  const oldItem = old.items[k];
  // A divider above the item ("Lukket dagsorden") closed it; the region holds none, so it still does.
  const item = structure.closedByDivider[k] && !parsed.closed ? { ...parsed, closed: true } : parsed;
  const items = old.items.slice(0, k);
  items.push(item);
  for (let j = k + 1; j < old.items.length; j++) items.push(shiftItem(old.items[j], delta));

  const found = withOwnStrings(findMentions(text, [], regionStart, newRegionEnd));
  const caseNumbers = spliceMentions(old.caseNumbers, found.caseNumbers, regionStart, oldRegionEnd, delta, shiftCaseNumber);
  const dates = spliceMentions(old.dates, found.dates, regionStart, oldRegionEnd, delta, shiftDate);
  if (!caseNumbers || !dates) return null;

  const sameForToc = item.number === oldItem.number && item.title.value === oldItem.title.value;
  const toc = !old.toc || sameForToc ? old.toc : { ...old.toc, entries: matchToc(structure.tocEntries, items) };

  const model: ReferatDocument = {
    text,
    lines: new LineIndex(text, newLineStarts),
    format: old.format,
    meeting: meetingAfter(old.meeting, structure, text, items, lines, newHeadingLines),
    toc,
    items,
    caseNumbers,
    dates,
    // No form feed before, none typed: still none (the scan is a pass over the whole text).
    pages: old.pages.length === 0 && !region.includes('\f') ? old.pages : formFeedPages(text),
    furniture: old.furniture,
    minutesEnd: lines.spanOf(0, lines.count).end,
    problems: spliceMentions(old.problems, problems, regionStart, oldRegionEnd, delta, shiftProblem)!,
  };
  const chosen = new Set(newHeadingLines);
  const newChoice = { candidates, items: candidates.filter((c) => chosen.has(c.line)), toc: choice.toc };
  const dividerLines = structure.dividerLines.map((d) => (d >= oldEndLine ? d + lineDelta : d));
  return { model, structure: { ...structure, lines, headingLines: newHeadingLines, choice: newChoice, dividerLines }, options: previous.options, reparsedItem: k, reparsedLineDelta: lineDelta };
}

/**
 * The header kept, but for what the items decide: the document's kind (kind.ts) and, when the
 * header names no body, the body the items name (bodyFromItems.ts).
 */
function meetingAfter(old: MeetingHeader, structure: LineStructure, text: string, items: readonly AgendaItem[], lines: Lines, headingLines: readonly number[]): MeetingHeader {
  const kind = documentKind(structure.labelledKind, items);
  const committee = structure.headerNamesBody ? old.committee : bodyFromItems(text, items);
  const sameBody = committee === old.committee || (committee !== null && old.committee !== null && sameLocated(committee, old.committee));
  // The members listed after the last item, where the header names none: an edit there changes them.
  const listed = structure.headerNamesMembers ? old : withMembersAfterItems({ ...old, participants: [], absent: [] }, lines, headingLines);
  const sameMembers = sameList(listed.participants, old.participants) && sameList(listed.absent, old.absent);
  if (kind === old.kind && sameBody && sameMembers) return old;
  // A new name is a slice of this version's text: a copy of its own, as for the re-parsed item.
  return {
    ...old,
    kind,
    committee: sameBody ? old.committee : withOwnStrings(committee),
    participants: sameMembers ? old.participants : withOwnStrings(listed.participants),
    absent: sameMembers ? old.absent : withOwnStrings(listed.absent),
  };
}

const sameLocated = (a: Located, b: Located) => a.value === b.value && a.span.start === b.span.start && a.span.end === b.span.end;
const sameList = (a: readonly Located[], b: readonly Located[]) => a.length === b.length && a.every((x, i) => sameLocated(x, b[i]));

/** The candidates on lines [from, to). */
function candidatesIn(all: readonly ScoredCandidate[], from: number, to: number): ScoredCandidate[] {
  const first = lastWhere(all.length, (j) => all[j].line < from) + 1;
  const out: ScoredCandidate[] = [];
  for (let j = first; j < all.length && all[j].line < to; j++) out.push(all[j]);
  return out;
}

/**
 * The line of the last candidate of the list that starts with the candidate on `line`: each
 * under the one before with only blank lines between, as far as a list's point reads back.
 */
function listRunEnd(all: readonly ScoredCandidate[], lines: Lines, line: number): number {
  let j = lastWhere(all.length, (x) => all[x].line < line) + 1;
  if (j >= all.length || all[j].line !== line) return line;
  for (let points = 0; points < MAX_LIST_POINTS && j + 1 < all.length && onlyBlankBetween(lines, all[j].line, all[j + 1].line); points++) j++;
  return all[j].line;
}

function onlyBlankBetween(lines: Lines, above: number, below: number): boolean {
  for (let i = above + 1; i < below; i++) if (!lines.isBlank(i)) return false;
  return true;
}

/** The line of the first old candidate at or after `line`, moved to the new text. */
function nextCandidateLine(all: readonly ScoredCandidate[], line: number, lineDelta: number, fallback: number): number {
  const j = lastWhere(all.length, (x) => all[x].line < line + 1) + 1;
  return j < all.length ? all[j].line + lineDelta : fallback;
}

/**
 * Whether the region's candidates read as before, in order: the choice of items depends on
 * their order, numbers, shapes, scores and titles only, not on the lines they stand on. A title
 * typed in is chosen among again (chooseAmong, a fraction of a millisecond on 1 MB): the choice
 * reads a title in several ways (its first letter, a closed item's word, a page number after
 * it, its start against the contents'), and "Lukket" typed over kept an item the whole parse
 * folds into the one before.
 */
function sameCandidates(old: readonly ScoredCandidate[], found: readonly ScoredCandidate[]): boolean {
  if (old.length !== found.length) return false;
  for (let j = 0; j < old.length; j++) {
    const a = old[j];
    const b = found[j];
    if (a.number !== b.number || a.shape !== b.shape || a.score !== b.score || a.rejected !== b.rejected || a.afterEntry !== b.afterEntry || a.underSection !== b.underSection || a.startsWithPunkt !== b.startsWithPunkt) return false;
    if (a.access !== b.access || a.firstTitleLine !== b.firstTitleLine) return false;
  }
  return true;
}

/** The choice among re-scored candidates is the one before: same contents lines, items on the same lines. */
function sameChoice(again: ItemChoice, toc: ItemChoice['toc'], headingLines: readonly number[]): boolean {
  if ((again.toc === null) !== (toc === null)) return false;
  if (again.toc && toc && (again.toc.headingLine !== toc.headingLine || again.toc.fromLine !== toc.fromLine || again.toc.toLine !== toc.toLine || again.toc.entries.length !== toc.entries.length)) return false;
  if (again.items.length !== headingLines.length) return false;
  for (let j = 0; j < headingLines.length; j++) if (again.items[j].line !== headingLines[j]) return false;
  return true;
}

/** Old candidates with the `replaced` of the region (and the next heading) replaced by `found` and the later ones moved. */
function spliceCandidates(all: readonly ScoredCandidate[], found: readonly ScoredCandidate[], replaced: number, firstLine: number, delta: number, lineDelta: number): ScoredCandidate[] {
  const first = lastWhere(all.length, (j) => all[j].line < firstLine) + 1;
  const out = all.slice(0, first);
  for (const c of found) out.push(c);
  for (let j = first + replaced; j < all.length; j++) {
    const c = all[j];
    out.push({ ...c, line: c.line + lineDelta, titleLine: c.titleLine + lineDelta, titleStart: c.titleStart + delta });
  }
  return out;
}

/** The old lines with lines [first, oldEnd) replaced by the region's first `count` lines. */
function spliceLines(old: Lines, text: string, first: number, oldEnd: number, region: Lines, count: number, regionStart: number, delta: number): Lines {
  const total = old.count - (oldEnd - first) + count;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const firsts = new Uint16Array(total);
  const lasts = new Uint16Array(total);
  for (let i = 0; i < count; i++) {
    starts[first + i] = region.starts[i] + regionStart;
    ends[first + i] = region.ends[i] + regionStart;
    firsts[first + i] = region.firsts[i];
    lasts[first + i] = region.lastCode(i) || 0;
  }
  const to = first + count - oldEnd;
  for (let i = 0; i < first; i++) {
    starts[i] = old.starts[i];
    ends[i] = old.ends[i];
  }
  for (let i = oldEnd; i < old.count; i++) {
    starts[i + to] = old.starts[i] + delta;
    ends[i + to] = old.ends[i] + delta;
  }
  firsts.set(old.firsts.subarray(0, first));
  firsts.set(old.firsts.subarray(oldEnd, old.count), first + count);
  if (old.lasts) {
    lasts.set(old.lasts.subarray(0, first));
    lasts.set(old.lasts.subarray(oldEnd, old.count), first + count);
  } else {
    for (let i = 0; i < first; i++) lasts[i] = old.lastCode(i) || 0;
    for (let i = oldEnd; i < old.count; i++) lasts[i + to] = old.lastCode(i) || 0;
  }
  return new Lines(text, total, starts, ends, firsts, lasts);
}

/** LineIndex starts, spliced the same way, in an array made at its length. */
function spliceLineStarts(
  old: readonly number[],
  first: number,
  oldEnd: number,
  region: readonly number[],
  count: number,
  regionStart: number,
  delta: number,
): number[] {
  const result = new Array<number>(old.length - (oldEnd - first) + count);
  for (let i = 0; i < first; i++) result[i] = old[i];
  for (let i = 0; i < count; i++) result[first + i] = region[i] + regionStart;
  const to = first + count - oldEnd;
  for (let i = oldEnd; i < old.length; i++) result[i + to] = old[i] + delta;
  return result;
}

/**
 * Things found in the old text with those in the old region [from, to) replaced by those found
 * in the new one, and those after it moved. Null when one crosses the region's edge (then
 * re-parsing the region alone would not find what the whole text gives).
 */
function spliceMentions<T extends { readonly span: Span }>(
  old: readonly T[],
  found: readonly T[],
  from: number,
  to: number,
  delta: number,
  shift: (t: T, delta: number) => T,
): T[] | null {
  const firstIn = lastWhere(old.length, (j) => old[j].span.start < from) + 1;
  const firstAfter = lastWhere(old.length, (j) => old[j].span.start < to) + 1;
  if (firstIn > 0 && old[firstIn - 1].span.end > from) return null;
  if (firstAfter > firstIn && old[firstAfter - 1].span.end > to) return null;
  const result = old.slice(0, firstIn);
  for (const t of found) result.push(t);
  for (let j = firstAfter; j < old.length; j++) result.push(shift(old[j], delta));
  return result;
}

// Written out field by field: V8 builds spread copies slowly, and a 10 MB referat moves
// tens of thousands of these per keystroke. CaseNumber and ParseProblem keep the spread for
// their optional fields, which a literal would turn into present-but-undefined ones.
const shiftSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
const shiftLocated = <T>(l: Located<T>, d: number): Located<T> => ({ value: l.value, span: shiftSpan(l.span, d) });
const shiftSubHeading = (h: SubHeading, d: number): SubHeading => ({ text: h.text, span: shiftSpan(h.span, d) });
const shiftCaseNumber = (c: CaseNumber, d: number): CaseNumber => ({ ...c, span: shiftSpan(c.span, d) });
const shiftProblem = (p: ParseProblem, d: number): ParseProblem => ({ ...p, span: shiftSpan(p.span, d) });

function shiftDate(m: DateMention, d: number): DateMention {
  return { span: shiftSpan(m.span, d), iso: m.iso, year: m.year, month: m.month, day: m.day, weekday: m.weekday && shiftLocated(m.weekday, d) };
}

function shiftPoint(p: Point, d: number): Point {
  return { number: p.number, answers: p.answers, numbered: p.numbered, text: p.text, span: shiftSpan(p.span, d), outcome: p.outcome };
}

function shiftSection(s: Section, d: number): Section {
  return {
    kind: s.kind,
    heading: shiftLocated(s.heading, d),
    qualifier: s.qualifier,
    implicit: s.implicit,
    prior: s.prior,
    body: shiftSpan(s.body, d),
    span: shiftSpan(s.span, d),
    subHeadings: s.subHeadings.length === 0 ? s.subHeadings : s.subHeadings.map((h) => shiftSubHeading(h, d)),
    points: s.points.length === 0 ? s.points : s.points.map((p) => shiftPoint(p, d)),
    outcome: s.outcome,
    empty: s.empty,
  };
}

function shiftItem(item: AgendaItem, d: number): AgendaItem {
  return {
    number: item.number,
    numberWritten: item.numberWritten,
    title: shiftLocated(item.title, d),
    kindPrefix: item.kindPrefix,
    closed: item.closed,
    markers: item.markers,
    caseNumber: item.caseNumber && shiftCaseNumber(item.caseNumber, d),
    heading: shiftSpan(item.heading, d),
    span: shiftSpan(item.span, d),
    sections: item.sections.map((s) => shiftSection(s, d)),
    subHeadings: item.subHeadings.length === 0 ? item.subHeadings : item.subHeadings.map((h) => shiftSubHeading(h, d)),
  };
}
