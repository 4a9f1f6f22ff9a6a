// Sections of one item in the line-structured exports: bare heading lines split the item,
// and each section gets its body, sub-headings, points and outcome.

import type { Outcome, Section, SectionKind, SubHeading } from './model';
import type { Lines } from './lines';
import { isUpperCode, startsUpper } from './lines';
import type { HeadingMatch, HeadingTable } from './headings';
import { labelledDecision } from './headings';
import { findOutcome, pointsFromLines } from './decisions';

const NO_SUBHEADINGS = new Set(['Bilag', 'Indstilling', 'Beslutning', 'Kommunikation']);

/**
 * The one empty list every section and item without sub-headings or points shares: most have
 * none (10,000 of 12,000 sections on 10 MB), and an array each was 1 MB more of model to copy
 * through the young generation. Frozen, so that no reader can add to all of them at once.
 */
const NONE: readonly never[] = Object.freeze([]);

// Patterns at module level: a regular-expression literal in a function is a new object on
// every call, and these run for tens of thousands of lines.
const ENDS_LIKE_SENTENCE = /[.,;:!?]$/;
const STARTS_LIKE_POINT = /^(?:\d+[.)]|[-–•])\s/;
const HAS_LOWER = /[a-zæøå]/;

/** A short bare line that titles the paragraph after it ("Baggrund", "Rammebesparelse – RCJ"). */
export function isSubHeading(text: string): boolean {
  if (text.length < 2 || text.length > 70 || !startsUpper(text)) return false;
  if (ENDS_LIKE_SENTENCE.test(text) || text.includes('\t')) return false;
  if (STARTS_LIKE_POINT.test(text)) return false;
  if (!HAS_LOWER.test(text)) return false;
  // At most eight words split on single spaces: at most seven spaces.
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++spaces > 7) return false;
  return true;
}

export interface ItemBody {
  readonly sections: Section[];
  readonly preambleSubHeadings: readonly SubHeading[];
}

/**
 * Lines [from, to) are the item's lines after its heading (and case number). A section's
 * content is every non-blank line from its heading to the next one, so sections are kept as
 * line ranges and only the lines a section reads (points, outcome, sub-headings) are copied.
 */
export function parseItemBody(
  lines: Lines,
  from: number,
  to: number,
  headings: HeadingTable,
  meetingDate: string | null,
): ItemBody {
  // The headings found are kept in lists shared by every item, the first `count` entries this
  // item's: this runs once per item and never within itself, and two lists per item were garbage.
  const headingLines = scratchHeadingLines;
  const matches = scratchMatches;
  const texts = scratchTexts;
  const gluedLengths = scratchGluedLengths;
  let count = 0;
  let hasRecommendation = false;
  for (let i = from; i < to; i++) {
    if (lines.isBlank(i) || lines.isFurniture(i)) continue;
    const current = count > 0 ? matches[count - 1]!.kind : null;
    // A "... indstiller, at" line opens no Indstilling once there is one, nor inside a
    // Beslutning, where it is what the committee decided to recommend.
    const inRecommendation = hasRecommendation || current === 'Indstilling' || current === 'Beslutning';
    const classified = headings.classifyLine(lines, i, meetingDate, inRecommendation);
    // A heading with its text on the line: glued to it, or after a colon or a label column's gap.
    const glued = classified ? 0 : gluedHeadingLength(lines, i) || labelledHeadingLength(lines, i, headings);
    const match = classified ?? (glued > 0 ? headings.classify(lines.source.slice(lines.starts[i], lines.starts[i] + glued), meetingDate, inRecommendation) : bodyOnlyHeading(lines, i, to, current, meetingDate));
    if (match) {
      headingLines[count] = i;
      matches[count] = match;
      gluedLengths[count] = glued;
      texts[count] = classified ? headings.lastHeadingText : glued > 0 ? lines.source.slice(lines.starts[i], lines.starts[i] + glued) : lines.textOf(i);
      count++;
      if (match.kind === 'Indstilling') hasRecommendation = true;
    }
  }
  // The table outlives this text when an edited document keeps it; its last line must not keep the text alive.
  headings.lastHeadingText = '';
  // Made at its length: a list grown by push() keeps room for more, kept as long as the model.
  const sections = new Array<Section>(count);
  for (let k = 0; k < count; k++) {
    const section = toSection(lines, headingLines[k], texts[k], matches[k]!, k + 1 < count ? headingLines[k + 1] : to, gluedLengths[k]);
    // "Bilag: Bilag 1. Budget 2026" names an attachment on its own line: not empty.
    sections[k] = matches[k] === ATTACHMENTS && section.empty ? { ...section, empty: false } : section;
    // Matches and texts can hold text of this document, which the shared lists must not keep alive.
    matches[k] = undefined;
    texts[k] = '';
  }
  return {
    sections,
    preambleSubHeadings: subHeadingsOf(lines, from, count > 0 ? headingLines[0] : to),
  };
}

/**
 * Headings that depend on their place: "Bilag: <title>" opens the attachments (the next ones
 * are its lines), and an "Udvalg:" line over a "Dato:" line is a committee's decision.
 */
function bodyOnlyHeading(lines: Lines, i: number, to: number, current: SectionKind | null, meetingDate: string | null): HeadingMatch | null {
  const first = lines.firstCode(i);
  if (first === 66 /* B */ && current !== 'Bilag' && lines.lengthOf(i) > 7 && lines.textOf(i).startsWith('Bilag:')) return ATTACHMENTS;
  if (first === 85 /* U */ && lines.lengthOf(i) <= 90) {
    // The next line of text, over a page break and its running header if need be.
    const next = lines.firstText(i + 1, Math.min(to, i + 12));
    if (next >= 0) return labelledDecision(lines.textOf(i), lines.textOf(next), meetingDate);
  }
  return null;
}

const ATTACHMENTS: HeadingMatch = { kind: 'Bilag', qualifier: null, implicit: false, prior: null };

/**
 * "Beslutning: Godkendt." or "Beslutning<TAB>Godkendt.": the heading's length (with its colon).
 * "Bilag: <title>" is bodyOnlyHeading's: the whole line names an attachment.
 */
function labelledHeadingLength(lines: Lines, i: number, headings: HeadingTable): number {
  return lines.source.startsWith('Bilag', lines.starts[i]) ? 0 : headings.sectionLabelLength(lines, i);
}

/**
 * A web page's text that glues a heading to its first words ("BeslutningGodkendt.",
 * "SagsfremstillingUdvalget besøger …"): the heading word, then at once a capital or a digit.
 * The length of the heading word, or 0.
 */
function gluedHeadingLength(lines: Lines, i: number): number {
  if (!GLUED_FIRSTS.has(lines.firstCode(i))) return 0;
  GLUED_HEADING.lastIndex = lines.starts[i];
  const m = GLUED_HEADING.exec(lines.source);
  return m === null || lines.starts[i] + m[0].length >= lines.ends[i] ? 0 : m[0].length;
}

const GLUED_WORDS = ['Beslutning', 'Indstilling', 'Sagsfremstilling', 'Sagsbeskrivelse', 'Beslutningstema', 'Resumé', 'Resume', 'Bilag', 'Økonomi', 'Høring', 'Lovgrundlag'];
const GLUED_HEADING = new RegExp(`(?:${[...GLUED_WORDS].sort((a, b) => b.length - a.length).join('|')})(?=[\\p{Lu}\\d])`, 'uy');
const GLUED_FIRSTS = new Set(GLUED_WORDS.map((w) => w.charCodeAt(0)));
const scratchGluedLengths: number[] = [];

const scratchHeadingLines: number[] = [];
const scratchMatches: (HeadingMatch | undefined)[] = [];
const scratchTexts: string[] = [];

/** Sub-headings among lines [from, to). */
function subHeadingsOf(lines: Lines, from: number, to: number): readonly SubHeading[] {
  let result: SubHeading[] | null = null;
  // The last line has no paragraph after it to title.
  const last = lines.lastNonBlank(from, to);
  for (let i = from; i < last; i++) {
    if (lines.isFurniture(i)) continue;
    const length = lines.lengthOf(i);
    // isSubHeading's own first tests, before the line is copied.
    if (length < 2 || length > 70 || !isUpperCode(lines.firstCode(i)) || endsLikeSentence(lines.lastCode(i))) continue;
    const text = lines.textOf(i);
    if (isSubHeading(text)) (result ??= []).push({ text, span: { start: lines.starts[i], end: lines.ends[i] } });
  }
  // A copy at its length: push() left room for 16, kept as long as the model.
  return result === null ? NONE : result.slice();
}

/** ENDS_LIKE_SENTENCE of a line's last character. */
const endsLikeSentence = (c: number) => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;

/** The non-blank lines of [from, to) joined by spaces. */
function joinedText(lines: Lines, from: number, to: number): string {
  const texts: string[] = [];
  for (let i = from; i < to; i++) if (!lines.isBlank(i)) texts.push(lines.textOf(i));
  return texts.join(' ');
}

/** The section headed by line `heading`, its content running to line `to` (exclusive). */
function toSection(lines: Lines, heading: number, headingText: string, match: HeadingMatch, to: number, glued = 0): Section {
  const last = lines.lastNonBlank(heading + 1, to);
  const headingStart = lines.starts[heading];
  // A glued heading ("BeslutningGodkendt.") ends inside its line, where its text begins.
  const headingEnd = glued > 0 ? headingStart + glued : lines.ends[heading];
  const bodyStart = headingEnd;
  const bodyEnd = last >= 0 ? lines.ends[last] : glued > 0 ? lines.ends[heading] : bodyStart;
  const isRecommendation = match.kind === 'Indstilling';
  const isDecision = match.kind === 'Beslutning';
  const onHeadingLine = glued > 0 ? lines.source.slice(headingEnd, lines.ends[heading]) + ' ' : '';
  const outcome: Outcome | null = isDecision ? findOutcome(onHeadingLine + joinedText(lines, heading + 1, to)) : null;
  return {
    kind: match.kind,
    heading: { value: headingText, span: { start: headingStart, end: headingEnd } },
    qualifier: match.qualifier,
    implicit: match.implicit,
    prior: match.prior,
    body: { start: bodyStart, end: bodyEnd },
    span: { start: headingStart, end: bodyEnd },
    subHeadings: NO_SUBHEADINGS.has(match.kind) ? NONE : subHeadingsOf(lines, heading + 1, to),
    points: isRecommendation || isDecision ? pointsFromLines(lines, heading + 1, to, isDecision) : NONE,
    outcome,
    empty: last < 0 && glued === 0,
  };
}
