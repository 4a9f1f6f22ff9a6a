// Stages 4 and 5 of the line-structured pipeline: which heading candidates are the table of
// contents, and which are the agenda items.
//
// Why cues, weighed together: no single pattern tells "5. Budget 2026" (an item) from "1. At
// godkende" (a point of a recommendation), "2018 Budget" (a year) or "1. Robert Sørensen" (a
// list). A reader uses several cues at once, and so does this stage: the shape of the number,
// the title's look, a case number or a section heading right below, the same number and title
// in the table of contents, and numbers that run in sequence. Each candidate gets a score from
// its own cues (CUE_WEIGHTS, a table), and the items are the increasing sequence of numbers with
// the best total (a longest-path over candidates in text order, linear with a Fenwick tree).

import type { Lines } from './lines';
import type { HeadingTable } from './headings';
import type { CompiledPatterns } from './caseNumbers';
import type { HeadingCandidate, HeadingShape } from './itemHeadings';
import { isYearNumber, readHeadingCandidate } from './itemHeadings';
import { caseLabelLength, findCaseNumbers, wholeCaseNumber } from './caseNumbers';

export { caseLabelLength } from './caseNumbers';
import { isLowerCode, normalizeTitle } from './lines';
import { pageAfterTitle } from './toc';
import type { CaseNumber, SectionKind } from './model';
import { AGENDA_DIVIDERS, HEADER_LABELS, ITEM_COLUMN_HEADERS, OUTCOME_PHRASES, TOC_COLUMN_HEADERS, TOC_HEADINGS, WEB_CONTROL_LINES as CONTROL_LINES } from './vocabulary';

const WEB_CONTROL_LINES = new Set(CONTROL_LINES.map((l) => l.toLowerCase()));

/** Each cue's weight: the numbers say how much more one cue tells than another. */
const CUE_WEIGHTS = {
  shape: { keyword: 3, numberBelow: 3, doubled: 2, numbered: 0, alone: 0, bare: -1, glued: 0 } satisfies Record<HeadingShape, number>,
  /** A document writes its items one way: another shape than the one most cues point at is likely a list. */
  otherShape: -3,
  /** The table of contents lists this number with this title. */
  inToc: 4,
  /** A case number (or its label) right below the title. */
  caseNumberBelow: 3,
  /** A case number right above (some exports put it before the heading). */
  caseNumberAbove: 2,
  /** An access word after a bare number ("5 Åbent Title", "5 Lukket Title"): a meeting system's heading, not a table's row. */
  accessWord: 2,
  /** A table's column header naming the number an item's ("Punkt Titel") right above. */
  itemColumnHeaderAbove: 3,
  /** A section heading before the next candidate. */
  sectionBelow: 2,
  /** The title reads as a decision's outcome ("Godkendt", "Indstilles godkendt"): a decision point. */
  titleIsOutcome: -4,
  /** The nearest section heading above is an Indstilling, a Beslutning or a Bilag: a point of it, more likely. */
  insideRecommendationOrDecision: -1,
  /** The title starts with a lower-case letter or a digit. */
  titleNotCapital: -2,
  /** The title reads like a sentence (long, ends with a full stop). */
  titleLikeSentence: -2,
  /** A four-digit number that is a year ("2018 Budget"). */
  yearNumber: -3,
  /** Numbers in sequence: n after n-1. Small: a long list of bare numbers must not outweigh a few items with cues. */
  next: 1,
  /** A chain that skips numbers; skipping many is implausible within one meeting. */
  gap: -1,
  longGap: -4,
  /** Skips over more than this many numbers cost longGap. */
  longGapFrom: 30,
  /** A line that goes on from the text line above it (no blank line, no full stop): a paragraph wrapped before "2025 …". */
  wrappedParagraph: -5,
  /** Starting a chain. */
  start: -1,
} as const;

/** How many non-blank lines below a title are searched for a case number. */
const CASE_DISTANCE = 3;
/** How many non-blank lines below a title are searched for a section heading. */
const SECTION_DISTANCE = 8;
/** Non-blank lines allowed between two entries of a table of contents. */
const TOC_GAP = 4;
const MAX_SENTENCE_TITLE = 90;

export interface ScoredCandidate extends HeadingCandidate {
  readonly score: number;
  /** A case number or a section heading right below: a body's item, never a contents entry. */
  readonly bodyBelow: boolean;
  /** The line right above is a numbered line too: the next entry of a list, when it has no cue of its own. */
  readonly afterEntry: boolean;
  /** Set when the title cannot be an item's ("at godkende", "- 2. Anbefales"). */
  readonly rejected: boolean;
  /** A section heading of an item stands above it (back to the candidate before): a point of that section's list, never a contents entry. */
  readonly underSection: boolean;
  /**
   * The line starts with "Punkt"/"Pkt." (no bullet before it): it names an item whatever the
   * cues. Kept here so that the choice reads it from the candidate, as the incremental re-parse
   * compares candidates ("• Pkt. 44" with its bullet deleted opens an item).
   */
  readonly startsWithPunkt: boolean;
}

export interface ItemChoice {
  /** Every candidate, in line order (the incremental re-parse compares them). */
  readonly candidates: readonly ScoredCandidate[];
  /** The candidates that open items, in order. */
  readonly items: readonly ScoredCandidate[];
  /** The table of contents: its heading line (or -1) and its candidate entries, and the line range it covers. */
  readonly toc: { readonly headingLine: number; readonly entries: readonly ScoredCandidate[]; readonly fromLine: number; readonly toLine: number } | null;
}

export function chooseItems(lines: Lines, furniture: Uint8Array | null, headings: HeadingTable, patterns: CompiledPatterns['patterns']): ItemChoice {
  return chooseAmong(lines, scoredCandidates(lines, furniture, 0, lines.count, lines.count, headings, patterns));
}

/**
 * The contents and the items among scored candidates: a function of the candidates (and, before
 * the first item with a body, of the lines: a contents heading, the gaps and pages between
 * entries), so the incremental re-parse can choose again among candidates it scored anew in one
 * item only, or keep the choice where they read as before. What the choice reads of a later line
 * it reads from the candidate (startsWithPunkt), so that comparing candidates compares it; a
 * closing divider between the contents and the items is the one line it reads there, and one
 * typed or deleted parses the whole text.
 */
export function chooseAmong(lines: Lines, candidates: readonly ScoredCandidate[]): ItemChoice {
  const toc = findTocRun(lines, candidates);
  const body = toc ? candidates.filter((c) => c.line >= toc.toLine) : candidates;
  const withToc = body.map((c) => (listedInToc(toc, c) ? { ...c, score: c.score + CUE_WEIGHTS.inToc } : c));
  const shape = dominantShape(withToc);
  // With no cue anywhere (a page that only lists its items) no shape is the document's own.
  const weighed = shape === null ? withToc : withToc.map((c) => (c.shape !== shape && !NAMED_SHAPES.has(c.shape) ? { ...c, score: c.score + CUE_WEIGHTS.otherShape } : c));
  const restarted = restartedLists(weighed);
  const chain = alike(bestChain(weighed.filter((c) => !c.rejected && !restarted.has(c.line))), toc);
  return { candidates, items: withKeywordItems(lines, chain, weighed), toc };
}

/**
 * Items of one document look alike: where most carry a cue of their own (a case number or a
 * section heading below, a contents entry, the word "Punkt"), a numbered line with none is a
 * point of a list that happened to continue the numbers ("8. …" of a list under item 7), not an
 * item. Closed items have no body and keep their place.
 */
function alike(chain: ScoredCandidate[], toc: ItemChoice['toc']): ScoredCandidate[] {
  // A closed item says so in its title ("Lukket: …") or in the word before it ("240. Lukket punkt: Title").
  const ownCue = (c: ScoredCandidate) => c.bodyBelow || c.caseAbove === true || NAMED_SHAPES.has(c.shape) || listedInToc(toc, c) || c.access === true;
  const cued = (c: ScoredCandidate) => ownCue(c) || CLOSED_TITLE.test(c.firstTitleLine);
  // A closed title keeps its place but says nothing of the others: a page that only lists its
  // items, "16. Lukket punkt." last among them, has no items with cues the open ones lack.
  const withCues = chain.filter(ownCue).length;
  if (withCues < 2) return chain;
  // A list's entries on consecutive lines ("4. Dorthe …" under "3. Christina …" in an item's
  // Sagsfremstilling) are no items when items here carry cues, however long the list.
  if (withCues * 2 < chain.length) return chain.filter((c) => cued(c) || !c.afterEntry);
  return chain.filter(cued);
}

const CLOSED_TITLE = /\blukket\b|\bfortrolig/i;

/**
 * The lines of lists that count from 1 again on lines one under the other ("1. Orientering om …" /
 * "2. Oversigt over …" in item 1's Sagsfremstilling) after an item 1 with a body: points, whose
 * "2." would otherwise follow item 1 in the chain and push the real item 2 out. Entries with a
 * cue of their own (a section or case number below) stay candidates.
 */
function restartedLists(candidates: readonly ScoredCandidate[]): Set<number> {
  const lines = new Set<number>();
  let itemOne = false;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.number !== 1 || c.afterEntry) continue;
    if (!itemOne) {
      itemOne = c.bodyBelow && !c.rejected;
      continue;
    }
    let expected = 2;
    const run = [c];
    for (let j = k + 1; j < candidates.length && candidates[j].afterEntry && candidates[j].number === expected; j++, expected++) run.push(candidates[j]);
    if (run.length < MIN_RESTARTED_LIST) continue;
    for (const entry of run) if (!entry.bodyBelow) lines.add(entry.line);
  }
  return lines;
}
const MIN_RESTARTED_LIST = 2;

/** Shapes where a word names the number an item's ("Punkt 5", "Sag nr. 5"). */
const NAMED_SHAPES: ReadonlySet<HeadingShape> = new Set(['keyword', 'numberBelow']);

/** The shape whose candidates carry the most cues (positive scores summed). */
function dominantShape(candidates: readonly ScoredCandidate[]): HeadingShape | null {
  const totals = new Map<HeadingShape, number>();
  for (const c of candidates) if (!c.rejected && c.score > 0) totals.set(c.shape, (totals.get(c.shape) ?? 0) + c.score);
  let best: HeadingShape | null = null;
  for (const [shape, total] of totals) if (best === null || total > totals.get(best)!) best = shape;
  return best;
}

const PUNKT_WORD = /^(?:punkt|pkt|dagsordenspunkt)/i;

/**
 * The chain, and every "Punkt N:" heading besides: the word says it is an item, so one that
 * repeats or goes back a number is an item out of order (a defect the diagnostics report),
 * not a line to drop.
 */
function withKeywordItems(lines: Lines, chain: ScoredCandidate[], candidates: readonly ScoredCandidate[]): ScoredCandidate[] {
  const inChain = new Set(chain.map((c) => c.line));
  const forced = candidates.filter(
    (c) =>
      c.shape === 'keyword' &&
      !c.rejected &&
      c.titleLine === c.line &&
      !inChain.has(c.line) &&
      // "Punkt"/"Pkt." name an item; "Sag 2 …" may be a sentence's start.
      c.startsWithPunkt &&
      (c.firstTitleLine.length === 0 || isCapital(c.firstTitleLine.charCodeAt(0))),
  );
  if (forced.length === 0) return chain;
  return [...chain, ...forced].sort((a, b) => a.line - b.line);
}

/**
 * The scored candidates on lines [from, to). A candidate's cues are read up to the next
 * candidate; the last one's up to `lookaheadEnd` (where the next candidate stands).
 */
export function scoredCandidates(
  lines: Lines,
  furniture: Uint8Array | null,
  from: number,
  to: number,
  lookaheadEnd: number,
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
): ScoredCandidate[] {
  const skip = furniture ? (i: number) => furniture[i] === 1 : undefined;
  const raw: HeadingCandidate[] = [];
  for (let i = from; i < to; i++) {
    if (furniture && furniture[i] === 1) continue;
    const c = readHeadingCandidate(lines, i, skip);
    if (c) raw.push(c);
  }
  // The nearest section heading above each candidate, read backwards to the one before: most
  // candidates have a heading a few lines up, and no line is read twice.
  // A decision that quotes its item's heading ("Dagsordenspunkt 1: Godkendelse af dagsorden"
  // under the Beslutning) names that item and opens none: inside a Beslutning or an Indstilling,
  // the same number and title as the heading above it (the item it stands in; a contents entry
  // further up is not that). The quote is text to the lines below.
  const quotes = new Set<number>();
  const inside: boolean[] = [];
  const underSection: boolean[] = [];
  const quoted: boolean[] = [];
  let above: HeadingCandidate | null = null;
  for (const c of raw) {
    const kind = sectionAbove(lines, furniture, c.line, c.number, headings, quotes);
    const isInside = kind === 'Indstilling' || kind === 'Beslutning' || kind === 'Bilag';
    const quote = isInside && above !== null && above.number === c.number && c.firstTitleLine.length > 0 && normalizeTitle(above.firstTitleLine) === normalizeTitle(c.firstTitleLine);
    if (quote) quotes.add(c.line);
    else above = c;
    inside.push(isInside);
    underSection.push(kind !== null);
    quoted.push(quote);
  }
  const scored: ScoredCandidate[] = new Array(raw.length);
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (quoted[k]) {
      scored[k] = { ...scoreCandidate(lines, furniture, c, k + 1 < raw.length ? raw[k + 1].line : lookaheadEnd, inside[k], headings, patterns, undefined, underSection[k]), rejected: true };
      continue;
    }
    const next = k + 1 < raw.length ? raw[k + 1] : lookaheadEnd < lines.count ? readHeadingCandidate(lines, lookaheadEnd, skip) : null;
    if (next !== null && repeatsHeading(lines, furniture, c, next)) {
      // The page shows the heading twice ("1. Title" as the folding block's label, then
      // "1.  Title" over the case): one item, its cues below the copy.
      scored[k] = scoreCandidate(lines, furniture, c, candidateLineAfter(lines, furniture, next, skip), inside[k], headings, patterns, next.titleLine, underSection[k]);
    } else if (k > 0 && repeatsHeading(lines, furniture, raw[k - 1], c)) {
      scored[k] = { ...scoreCandidate(lines, furniture, c, k + 1 < raw.length ? raw[k + 1].line : lookaheadEnd, inside[k], headings, patterns, undefined, underSection[k]), rejected: true };
    } else {
      scored[k] = scoreCandidate(lines, furniture, c, k + 1 < raw.length ? raw[k + 1].line : lookaheadEnd, inside[k], headings, patterns, undefined, underSection[k]);
    }
  }
  return scored;
}

/**
 * Whether `b` repeats heading `a` right below it: the same number and title, with blank lines
 * between or one line of the folding block's label ("Plan_2024.pdf Kort.pdf", its attachments).
 */
export function repeatsHeading(lines: Lines, furniture: Uint8Array | null, a: RepeatedHeading, b: RepeatedHeading): boolean {
  if (a.number !== b.number || a.firstTitleLine.length === 0 || b.line <= a.titleLine || b.line - a.titleLine > REPEAT_DISTANCE) return false;
  let between = 0;
  for (let i = a.titleLine + 1; i < b.line; i++) if (!lines.isBlank(i) && !(furniture && furniture[i] === 1) && ++between > MAX_LINES_BETWEEN_COPIES) return false;
  return normalizeTitle(a.firstTitleLine) === normalizeTitle(b.firstTitleLine);
}

type RepeatedHeading = Pick<HeadingCandidate, 'number' | 'line' | 'titleLine' | 'firstTitleLine'>;

/** Lines from a heading to its copy: a blank line or a few. */
const REPEAT_DISTANCE = 4;
const MAX_LINES_BETWEEN_COPIES = 1;

/** The line of the first candidate below `c`'s title, looked for as far as its cues are read; else the end. */
function candidateLineAfter(lines: Lines, furniture: Uint8Array | null, c: HeadingCandidate, skip: ((line: number) => boolean) | undefined): number {
  for (let i = c.titleLine + 1, seen = 0, passed = 0; i < lines.count && seen < SECTION_DISTANCE; i++) {
    if (lines.isBlank(i) || (furniture && furniture[i] === 1)) continue;
    if (readHeadingCandidate(lines, i, skip) !== null) return i;
    // Read past an attendance record as the cues are (scoreCandidate), so they never pass a candidate.
    if (passed < MAX_ATTENDANCE_LINES && isAttendanceLabel(lines, i)) {
      while (i + 1 < lines.count && !lines.isBlank(i + 1) && passed < MAX_ATTENDANCE_LINES) {
        i++;
        passed++;
        if (readHeadingCandidate(lines, i, skip) !== null) return i;
      }
      continue;
    }
    seen++;
  }
  return lines.count;
}

/** The kind of the nearest section heading above line `line`, back to the previous candidate (what the forward scan would have seen). */
function sectionAbove(lines: Lines, furniture: Uint8Array | null, line: number, number: number, headings: HeadingTable, quotes: ReadonlySet<number>): SectionKind | null {
  // A list counting up right above ("1. …" / "2. …" under an Indstilling, then "3. …") is the
  // same list: its points are read past, a few, to the heading above them.
  let expected = number - 1;
  let textBetween = false;
  for (let i = line - 1, skipped = 0; i >= 0; i--) {
    if (lines.isBlank(i) || (furniture && furniture[i] === 1)) continue;
    const candidate = quotes.has(i) ? null : readHeadingCandidate(lines, i, furniture ? (j) => furniture[j] === 1 : undefined);
    if (candidate) {
      if (textBetween || candidate.number !== expected || candidate.shape !== 'numbered' || ++skipped > MAX_LIST_POINTS) return null;
      expected--;
      continue;
    }
    const match = headings.classifyLine(lines, i, null, false);
    if (match) return match.kind;
    textBetween = true;
  }
  return null;
}

/** How many points of a list counting up are read past to its heading. */
export const MAX_LIST_POINTS = 30;

/** Whether the contents list the candidate's number with a title that starts alike. */
export function listedInToc(toc: ItemChoice['toc'], c: HeadingCandidate): boolean {
  const entry = toc?.entries.find((e) => e.number === c.number);
  return entry !== undefined && sameTitleStart(normalizeTitle(entry.firstTitleLine), normalizeTitle(c.firstTitleLine));
}

/** Whether two normalised titles agree at their start (a contents entry may be cut or wrapped). */
function sameTitleStart(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 25);
  return n >= 3 && a.slice(0, n) === b.slice(0, n);
}

function scoreCandidate(
  lines: Lines,
  furniture: Uint8Array | null,
  c: HeadingCandidate,
  nextCandidateLine: number,
  insideRecommendationOrDecision: boolean,
  headings: HeadingTable,
  patterns: CompiledPatterns['patterns'],
  /** Where the cues below start being read: the title's line, or its copy's. */
  cuesAfter: number = c.titleLine,
  underSection = false,
): ScoredCandidate {
  const title = c.firstTitleLine;
  const first = title.charCodeAt(0);
  // "Punkt 3:" with no title is an item whose title is missing (a defect to report), not no item.
  // Unless the keyword is in lower case right under a line: "punkt 83:" ends a decision heading
  // wrapped at a narrow column ("Beslutning <udvalg> den 15. september 2020" / "punkt 83:").
  const untitled = c.shape === 'keyword' && title.length === 0 && !(isLowerCode(lines.firstCode(c.line)) && isTextLine(lines, lineAbove(lines, furniture, c.line)));
  const rejected = (!untitled && !titleMayOpenItem(title)) || isContentsEntry(lines, furniture, c);
  let score: number = CUE_WEIGHTS.shape[c.shape];
  if (insideRecommendationOrDecision) score += CUE_WEIGHTS.insideRecommendationOrDecision;
  if (OUTCOME_FIRSTS.has(title.charAt(0).toLowerCase()) && OUTCOME_START.test(title)) score += CUE_WEIGHTS.titleIsOutcome;
  if (!isCapital(first) && !ORDINAL_TITLE.test(title)) score += CUE_WEIGHTS.titleNotCapital;
  if (title.length > MAX_SENTENCE_TITLE && title.endsWith('.')) score += CUE_WEIGHTS.titleLikeSentence;
  if (isYearNumber(c.number) && c.shape === 'bare') score += CUE_WEIGHTS.yearNumber;
  // Only for a bare number: a full stop already says "heading", and a closed part numbered anew ("1. Lukket punkt: …") is no stronger for it.
  if (c.access !== null && c.shape === 'bare') score += CUE_WEIGHTS.accessWord;
  if (!NAMED_SHAPES.has(c.shape) && continuesParagraph(lines, furniture, c.line, headings)) score += CUE_WEIGHTS.wrappedParagraph;
  let seen = 0;
  let caseBelow = false;
  let sectionBelow = false;
  for (let i = cuesAfter + 1, passed = 0; i < nextCandidateLine && seen < SECTION_DISTANCE; i++) {
    if (lines.isBlank(i) || (furniture && furniture[i] === 1)) continue;
    // An attendance record under the title ("Fraværende med afbud:" and its names, a block up to a
    // blank line) is the meeting's, written into its first item: read past it to the sections.
    if (passed < MAX_ATTENDANCE_LINES && isAttendanceLabel(lines, i)) {
      while (i + 1 < nextCandidateLine && !lines.isBlank(i + 1) && passed < MAX_ATTENDANCE_LINES) { i++; passed++; }
      continue;
    }
    seen++;
    const text = lines.textOf(i);
    if (seen <= CASE_DISTANCE && !caseBelow && isCaseNumberLine(text, patterns)) caseBelow = true;
    if (!sectionBelow && (headings.classifyLine(lines, i, null, false) !== null || headings.sectionLabelLength(lines, i) > 0)) sectionBelow = true;
  }
  if (caseBelow) score += CUE_WEIGHTS.caseNumberBelow;
  if (sectionBelow) score += CUE_WEIGHTS.sectionBelow;
  const bodyBelow = caseBelow || sectionBelow;
  for (let i = c.line - 1; i >= 0 && i >= c.line - 3; i--) {
    if (lines.isBlank(i)) continue;
    if (wholeCaseNumber(lines.textOf(i), patterns)) score += CUE_WEIGHTS.caseNumberAbove;
    else if (c.shape === 'bare' && isItemColumnHeader(lines, i)) score += CUE_WEIGHTS.itemColumnHeaderAbove;
    break;
  }
  // Built whole: V8's object spread is slow, and this runs for every numbered line.
  if (c.caseAbove === true) score += CUE_WEIGHTS.caseNumberAbove;
  const afterEntry = c.line > 0 && !lines.isBlank(c.line - 1) && !(furniture && furniture[c.line - 1] === 1) && readHeadingCandidate(lines, c.line - 1, furniture ? (j) => furniture[j] === 1 : undefined) !== null;
  const startsWithPunkt = c.shape === 'keyword' && PUNKT_WORD.test(lines.textOf(c.line));
  return { line: c.line, number: c.number, shape: c.shape, titleLine: c.titleLine, titleStart: c.titleStart, firstTitleLine: c.firstTitleLine, access: c.access, caseAbove: c.caseAbove, score, rejected, bodyBelow, afterEntry, underSection, startsWithPunkt };
}

/** An attendance label alone on its line, its names below: "Fraværende med afbud:", "Afbud:". */
function isAttendanceLabel(lines: Lines, i: number): boolean {
  if (lines.lengthOf(i) > MAX_ATTENDANCE_LABEL || lines.lastCode(i) !== 58 /* : */) return false;
  const text = lines.textOf(i).toLowerCase();
  return ATTENDANCE_LABELS.some((l) => text.startsWith(l));
}
const ATTENDANCE_LABELS = [...HEADER_LABELS.absent, HEADER_LABELS.participants, 'Fremmøde'].map((l) => l.toLowerCase());
const MAX_ATTENDANCE_LABEL = 40;
/** Lines of attendance records read past below one title (the window stays bounded). */
const MAX_ATTENDANCE_LINES = 40;

const ITEM_COLUMN_HEADER_SET = new Set(ITEM_COLUMN_HEADERS);
const MAX_COLUMN_HEADER = Math.max(...ITEM_COLUMN_HEADERS.map((h) => h.length)) + 8;

/** Whether line `i` is a table's column header naming its first column the item's number ("Punkt Titel"). */
function isItemColumnHeader(lines: Lines, i: number): boolean {
  return lines.lengthOf(i) <= MAX_COLUMN_HEADER && ITEM_COLUMN_HEADER_SET.has(lines.textOf(i).trim().toLowerCase().replace(/\s+/g, ' '));
}

/** A title that opens with an outcome phrase ("Godkendt.", "Indstilles godkendt", "Anbefales"). */
const escaped = (p: string) => p.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
const OUTCOME_FIRSTS = new Set(OUTCOME_PHRASES.map(([p]) => p.charAt(0)));
const OUTCOME_START = new RegExp('^(?:' + OUTCOME_PHRASES.map(([p]) => escaped(p)).join('|') + ')(?!\\p{L})', 'iu');

/**
 * Whether line `i` goes on from the line above it: that line is text (not blank, not a heading
 * or a case number), long, and does not end a sentence or a label, as a paragraph wrapped by a
 * PDF's line breaks ("… den 8. oktober" / "2025 besluttede …"). A section heading with its text
 * on the line ("Bilag: Bilag 1. Takstblad for svømmehallen") is a field, which a PDF's copy
 * without blank lines puts right above the next item's heading: no paragraph goes on from it.
 */
function continuesParagraph(lines: Lines, furniture: Uint8Array | null, i: number, headings: HeadingTable): boolean {
  // "• 307." opens a block of its own: a bullet goes on from no paragraph.
  if (BULLETS.has(lines.firstCode(i))) return false;
  const above = lineAbove(lines, furniture, i);
  if (above < 0 || lines.isBlank(above) || lines.lengthOf(above) < WRAPPED_LINE) return false;
  const last = lines.lastCode(above);
  if (!(isLowerCode(last) || last === 44 /* , */)) return false;
  // A numbered line above is the list's previous entry ("4. Praksisplan for … i Region Syddanmark"), not a paragraph.
  const entry = readHeadingCandidate(lines, above);
  return (entry === null || entry.shape === 'bare') && headings.sectionLabelLength(lines, above) === 0;
}

const BULLETS = new Set([0x2022, 0xb7, 0x25aa, 0x25e6, 0x2023]);

const isTextLine = (lines: Lines, i: number) => i >= 0 && !lines.isBlank(i);

/** The line above line `i` over page furniture (blank or not); -1 at the top. */
function lineAbove(lines: Lines, furniture: Uint8Array | null, i: number): number {
  let above = i - 1;
  while (above >= 0 && furniture && furniture[above] === 1) above--;
  return above;
}

/** A line this long that runs on without a full stop is a paragraph's line, not a heading's. */
const WRAPPED_LINE = 50;

/** A case number alone, or a case-number label ("Sagsnr.: …", "Sagsnummer" alone above it), or a case number opening the line. */
export function isCaseNumberLine(text: string, patterns: CompiledPatterns['patterns']): boolean {
  return wholeCaseNumber(text, patterns) !== null || caseLabelLength(text) > 0 || leadingCaseNumber(text, patterns) !== null;
}

/**
 * A case number of a known shape that opens a line and text after it ("00.22.02-A26-1-13 Beslutning
 * Byrådet, …"): a PDF's row that joined the case-number cell to the first line of the text.
 */
export function leadingCaseNumber(text: string, patterns: CompiledPatterns['patterns']): CaseNumber | null {
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 69 /* E */ && c !== 83 /* S */) return null;
  const found = findCaseNumbers(text, patterns, 0, Math.min(text.length, LEADING_CASE_WINDOW))[0];
  if (found === undefined || found.span.start !== 0 || found.style === 'custom' || !/\s/.test(text.charAt(found.span.end))) return null;
  return found;
}

const LEADING_CASE_WINDOW = 40;

/**
 * A contents entry as a PDF's text gives it: its title line, or the line its title wraps onto,
 * ends with a dot leader and a page ("Åbningstiden på Skovly ........ 3"). An item's heading never
 * does; a contents page alone (an excerpt, a copy cut before the items) is no list of items.
 */
/** Every entry but the last (which a copy may cut) ends with a page number, the pages never going back. */
export function endWithPages(run: readonly HeadingCandidate[]): boolean {
  let last = 0;
  for (let k = 0; k < run.length - 1; k++) {
    const page = pageAfterTitle(run[k].firstTitleLine);
    if (page === null || page < last) return false;
    last = page;
  }
  return true;
}

/**
 * Whether every entry but the last has its page alone on the first line below its title ("1." /
 * "Godkendelse af dagsorden" / "4", a web page's contents table a cell a line), the pages not going back.
 */
function pagesBelowTitles(lines: Lines, run: readonly HeadingCandidate[]): boolean {
  let last = 0;
  for (let k = 0; k < run.length - 1; k++) {
    let i = lastLineOf(run[k]) + 1;
    while (i < run[k + 1].line && (lines.isBlank(i) || lines.isFurniture(i))) i++;
    const page = i < run[k + 1].line ? PAGE_ALONE.exec(lines.textOf(i).trim()) : null;
    if (page === null || Number(page[0]) < last) return false;
    last = Number(page[0]);
  }
  return true;
}
const PAGE_ALONE = /^\d{1,4}$/;

function isContentsEntry(lines: Lines, furniture: Uint8Array | null, c: HeadingCandidate): boolean {
  if (c.titleLine < 0) return false;
  if (endsWithLeaderAndPage(lines, c.titleLine)) return true;
  for (let i = c.titleLine + 1; i < lines.count; i++) {
    if (lines.isBlank(i) || (furniture && furniture[i] === 1)) continue;
    return endsWithLeaderAndPage(lines, i) && readHeadingCandidate(lines, i) === null;
  }
  return false;
}

function endsWithLeaderAndPage(lines: Lines, i: number): boolean {
  const last = lines.lastCode(i);
  if (!(last >= 48 && last <= 57)) return false;
  const tail = lines.source.slice(Math.max(lines.starts[i], lines.ends[i] - LEADER_TAIL), lines.ends[i]);
  return LEADER_AND_PAGE.test(tail);
}

const LEADER_AND_PAGE = /\.{4,}\s*\d{1,4}$/;
/** How much of a line's end is read for its leader and page. */
const LEADER_TAIL = 16;

/** "at godkende …", "- 2. Anbefales.", "": a point or a range, not an item's title. */
function titleMayOpenItem(title: string): boolean {
  if (title.length === 0) return false;
  if (WEB_CONTROL_LINES.has(title.toLowerCase())) return false;
  if (/^at\s/i.test(title)) return false;
  // A title starts with a letter, a digit or an opening quote or bracket.
  return /^[\p{L}\d"'«»“”„(]/u.test(title);
}

/** A title that opens with an ordinal ("2. behandling af budgettet", "1. kvartal"): a title as any. */
const ORDINAL_TITLE = /^\d{1,2}\.\s(?!at\s)\p{Ll}/u;

const isCapital = (c: number) => (c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5 || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/**
 * The table of contents among the candidates: a dense run of increasing numbers (after a
 * contents heading if there is one) whose first number comes again further down, where the
 * items themselves start. A run whose numbers never come again is the items themselves
 * (Aarhus's "Punkt / Titel" list is the agenda, not a contents page).
 */
function findTocRun(lines: Lines, candidates: readonly ScoredCandidate[]): ItemChoice['toc'] {
  // Contents come before the items: the search ends at the first candidate with a body below it.
  const firstBody = candidates.find((c) => c.bodyBelow);
  // Nor does a line of the first item say there are contents above it: the choice reads no line
  // of the items with a body (the incremental re-parse relies on it, incremental.ts).
  const headingLine = findTocHeading(lines, firstBody ? firstBody.line : candidates.length > 0 ? candidates[candidates.length - 1].line : lines.count, firstBody ? firstBody.line : lines.count);
  let k = 0;
  if (headingLine >= 0) while (k < candidates.length && candidates[k].line <= headingLine) k++;
  for (; k < candidates.length; k++) {
    // A list under an item's section heading ("Sagsfremstilling" / "1. …" on a page whose item
    // headings are folded away) is that section's; contents stand under their own heading or none.
    if (candidates[k].bodyBelow || (headingLine < 0 && candidates[k].underSection === true)) break;
    const run = [candidates[k]];
    let j = k + 1;
    while (
      j < candidates.length &&
      !candidates[j].bodyBelow &&
      candidates[j].number > run[run.length - 1].number &&
      nonBlankBetween(lines, lastLineOf(run[run.length - 1]), candidates[j].line) <= TOC_GAP
    ) {
      run.push(candidates[j]);
      j++;
    }
    const again = candidates.slice(j).find((c) => c.number === run[0].number && !c.rejected);
    // "Lukkede dagsordenspunkter" / "1. Lukket punkt: …": the closed part numbered anew, a list of
    // its own, not the items repeating the contents (its first title is another).
    const numberedAnew = again !== undefined && closingDividerBetween(lines, lastLineOf(run[run.length - 1]), again.line) && !sameTitleStart(normalizeTitle(run[0].firstTitleLine), normalizeTitle(again.firstTitleLine));
    const restart = (numberedAnew ? undefined : again) ?? (headingLine >= 0 ? bodyRestart(candidates.slice(j), run[0].number) : undefined);
    if (run.length >= 2 && restart) {
      // A contents grouped by kind lists an item out of order ("6 …", "17 …" under A, then "7 …"
      // under B), which ends the increasing run but not the contents: the entries of the run's
      // shape after it, up to where the items start again, that fill the numbers the run skipped
      // (not a page's number, which repeats an entry's, runs past the last, or stands over the
      // heading the items start with).
      const entries = [...run];
      const numbers = new Set(run.map((c) => c.number));
      const largest = run[run.length - 1].number;
      for (let m = j; m < candidates.length && candidates[m].line < restart.line; m++) {
        const c = candidates[m];
        if (c.shape !== run[0].shape || c.rejected || c.bodyBelow || c.number >= largest || numbers.has(c.number) || c.titleLine >= restart.line) continue;
        entries.push(c);
        numbers.add(c.number);
      }
      return { headingLine, entries, fromLine: headingLine >= 0 ? headingLine : run[0].line, toLine: restart.line };
    }
    // Under a contents heading, entries that end with their page ("1 (Åben) Title 4", "2 … 5")
    // are the contents even where the copy ends before the items (an excerpt, a first page).
    if (run.length >= 2 && headingLine >= 0 && (endWithPages(run) || pagesBelowTitles(lines, run))) {
      return { headingLine, entries: run, fromLine: headingLine, toLine: lastLineOf(run[run.length - 1]) + 1 };
    }
    // A contents copied a column at a time ("41." / "42." / …, then the titles): its first
    // numbers stand alone, the title beside them further down; the run starts after them.
    if (run.length === 1 && headingLine >= 0 && k + 1 < candidates.length && !candidates[k + 1].bodyBelow) continue;
    // Only the first run after a contents heading, or at the very start, can be the contents.
    if (headingLine >= 0 || k > 0) break;
  }
  return null;
}

/**
 * Under a contents heading, the body's first item (a case number or a section below it) with a
 * number not above the run's first: the items start again there, the run was the contents (a
 * contents copied a column at a time lists its first numbers apart, so the first entry the run
 * holds is not the first the items repeat).
 */
function bodyRestart(after: readonly ScoredCandidate[], first: number): ScoredCandidate | undefined {
  const body = after.find((c) => c.bodyBelow && !c.rejected);
  return body !== undefined && body.number <= first ? body : undefined;
}

const lastLineOf = (c: HeadingCandidate) => Math.max(c.line, c.titleLine);

/** Whether a line between `from` and `to` (exclusive) opens the agenda's closed part ("Lukkede dagsordenspunkter"). */
function closingDividerBetween(lines: Lines, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (lines.isBlank(i) || lines.lengthOf(i) > MAX_DIVIDER) continue;
    const key = lines.textOf(i).replace(/:$/, '').trim().toLowerCase();
    if (CLOSING_DIVIDERS.has(key)) return true;
  }
  return false;
}
const CLOSING_DIVIDERS = new Set(AGENDA_DIVIDERS.filter(([, closed]) => closed).map(([d]) => d));
const MAX_DIVIDER = 40;

function nonBlankBetween(lines: Lines, from: number, to: number): number {
  let n = 0;
  // A page break between two entries (its running header and page number) is no gap in the list.
  for (let i = from + 1; i < to; i++) if (!lines.isBlank(i) && !lines.isFurniture(i)) n++;
  return n;
}

/**
 * The first line before `limit` that heads a table of contents, or -1. Its entries stand before
 * `entriesEnd`: where the items are chosen already, a heading right over the first item
 * ("Åbne dagsordenspunkter") has no entries, whatever the item's lines hold.
 */
export function findTocHeading(lines: Lines, limit: number, entriesEnd: number = lines.count): number {
  for (let i = 0; i < limit && i < lines.count; i++) {
    const n = lines.lengthOf(i);
    if (n === 0 || n > 80) continue;
    const key = lines.textOf(i).replace(/\s+/g, ' ').replace(/:$/, '').trim().toLowerCase();
    if (TOC_HEADINGS.includes(key) || key.includes('indholdsfortegnelse') || key.startsWith('sagsoversigt')) {
      if (tocFollows(lines, i, entriesEnd)) return i;
    }
  }
  return -1;
}

const NUMBER_ALONE = /^\d{1,4}\.?$/;
/** A row of a contents table's column headers only ("Sag nr. Side", "Pkt. Tekst Side"). */
const TOC_COLUMN_ROW = new RegExp(`^(?:(?:${TOC_COLUMN_HEADERS.map((h) => h.replace(/[.]/g, '\\.')).join('|')})(?:\\s+|$))+$`, 'i');

/** Whether entries follow a contents heading: a numbered line or a leader line within a few lines. */
function tocFollows(lines: Lines, heading: number, entriesEnd: number): boolean {
  for (let i = heading + 1, seen = 0; i < entriesEnd && i < lines.count && seen < 4; i++) {
    if (lines.isBlank(i)) continue;
    seen++;
    const t = lines.textOf(i);
    if (t.includes('...') || t.includes('\t')) return true;
    // "Sag nr. Side" over the entries: the table's column headers.
    if (TOC_COLUMN_ROW.test(t)) {
      seen--;
      continue;
    }
    // "41." over "42.": the numbers column of a contents copied a column at a time.
    if (NUMBER_ALONE.test(t) && i + 1 < lines.count && NUMBER_ALONE.test(lines.textOf(i + 1))) return true;
    // A numbered entry with a title ("2. maj 2017 kl. 10:00" under a title "Dagsorden" is a date).
    const entry = readHeadingCandidate(lines, i);
    if (entry && isCapital(entry.firstTitleLine.charCodeAt(0))) return true;
  }
  return false;
}

/**
 * The increasing chain of numbers with the best total score. Candidates come in text order; a
 * chain's next number is larger (n + 1 scores best; a gap costs). For each candidate the best
 * chain ending at n - 1 is one map lookup, and the best ending at any smaller number one prefix
 * maximum of a Fenwick tree over the numbers: linear in the candidates, times log of the
 * largest number.
 */
export function bestChain<T extends { readonly number: number; readonly score: number }>(candidates: readonly T[]): T[] {
  const n = candidates.length;
  if (n === 0) return [];
  const best = new Float64Array(n);
  const previous = new Int32Array(n).fill(-1);
  const endingAt = new Map<number, number>();
  const tree = new PrefixMax(10001);
  for (let k = 0; k < n; k++) {
    const c = candidates[k];
    let value = c.score + CUE_WEIGHTS.start;
    let from = -1;
    const consecutive = endingAt.get(c.number - 1);
    if (consecutive !== undefined && best[consecutive] + c.score + CUE_WEIGHTS.next > value) {
      value = best[consecutive] + c.score + CUE_WEIGHTS.next;
      from = consecutive;
    }
    const lower = tree.max(c.number - 1);
    if (lower.index >= 0) {
      const gap = c.number - candidates[lower.index].number > CUE_WEIGHTS.longGapFrom ? CUE_WEIGHTS.longGap : CUE_WEIGHTS.gap;
      if (lower.value + c.score + gap > value) {
        value = lower.value + c.score + gap;
        from = lower.index;
      }
    }
    best[k] = value;
    previous[k] = from;
    const same = endingAt.get(c.number);
    if (same === undefined || best[same] < value) endingAt.set(c.number, k);
    tree.update(c.number, value, k);
  }
  let end = 0;
  for (let k = 1; k < n; k++) if (best[k] > best[end]) end = k;
  if (best[end] <= 0) return [];
  const chain: T[] = [];
  for (let k = end; k >= 0; k = previous[k]) chain.push(candidates[k]);
  return chain.reverse();
}

/** Prefix maxima over numbers 0..size-1 (a Fenwick tree), remembering where each maximum came from. */
class PrefixMax {
  private readonly values: Float64Array;
  private readonly indices: Int32Array;
  constructor(private readonly size: number) {
    this.values = new Float64Array(size + 1).fill(-Infinity);
    this.indices = new Int32Array(size + 1).fill(-1);
  }
  update(at: number, value: number, index: number): void {
    for (let i = Math.min(at, this.size - 1) + 1; i <= this.size; i += i & -i) {
      if (value > this.values[i]) {
        this.values[i] = value;
        this.indices[i] = index;
      }
    }
  }
  /** The maximum over numbers 0..at (inclusive). */
  max(at: number): { value: number; index: number } {
    let value = -Infinity;
    let index = -1;
    for (let i = Math.min(at, this.size - 1) + 1; i > 0; i -= i & -i) {
      if (this.values[i] > value) {
        value = this.values[i];
        index = this.indices[i];
      }
    }
    return { value, index };
  }
}
