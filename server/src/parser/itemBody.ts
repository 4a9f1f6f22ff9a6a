// Sections of one item in the line-structured exports: bare heading lines split the item,
// and each section gets its body, sub-headings, points and outcome.

import type { Outcome, Section, SubHeading } from './model';
import type { Line } from './lines';
import { startsUpper } from './lines';
import type { HeadingTable } from './headings';
import { findOutcome, pointsFromLines } from './decisions';

const NO_SUBHEADINGS = new Set(['Bilag', 'Indstilling', 'Beslutning', 'Kommunikation']);

/** A short bare line that titles the paragraph after it ("Baggrund", "Rammebesparelse – RCJ"). */
export function isSubHeading(text: string): boolean {
  if (text.length < 2 || text.length > 70 || !startsUpper(text)) return false;
  if (/[.,;:!?]$/.test(text) || text.includes('\t')) return false;
  if (/^(?:\d+[.)]|[-–•])\s/.test(text)) return false;
  if (!/[a-zæøå]/.test(text)) return false;
  return text.split(' ').length <= 8;
}

export interface ItemBody {
  readonly sections: Section[];
  readonly preambleSubHeadings: SubHeading[];
}

/** `lines` are the item's lines after its heading (and case number). */
export function parseItemBody(lines: readonly Line[], headings: HeadingTable, meetingDate: string | null): ItemBody {
  interface Draft {
    heading: Line;
    match: NonNullable<ReturnType<HeadingTable['classify']>>;
    content: Line[];
  }
  const drafts: Draft[] = [];
  const preamble: Line[] = [];
  let hasRecommendation = false;
  for (const line of lines) {
    if (line.text.length === 0) continue;
    const current = drafts[drafts.length - 1];
    // A "... indstiller, at" line opens no Indstilling once there is one, nor inside a
    // Beslutning, where it is what the committee decided to recommend.
    const inRecommendation = hasRecommendation || current?.match.kind === 'Indstilling' || current?.match.kind === 'Beslutning';
    const match = headings.classify(line.text, meetingDate, inRecommendation);
    if (match) {
      drafts.push({ heading: line, match, content: [] });
      if (match.kind === 'Indstilling') hasRecommendation = true;
    } else if (current) {
      current.content.push(line);
    } else {
      preamble.push(line);
    }
  }
  return {
    sections: drafts.map(toSection),
    preambleSubHeadings: subHeadingsOf(preamble),
  };
}

function subHeadingsOf(content: readonly Line[]): SubHeading[] {
  const result: SubHeading[] = [];
  // The last line has no paragraph after it to title.
  for (let i = 0; i + 1 < content.length; i++) {
    const line = content[i];
    if (isSubHeading(line.text)) result.push({ text: line.text, span: { start: line.start, end: line.end } });
  }
  return result;
}

function toSection(d: { heading: Line; match: NonNullable<ReturnType<HeadingTable['classify']>>; content: Line[] }): Section {
  const { heading, match, content } = d;
  const last = content[content.length - 1];
  const bodyStart = heading.end;
  const bodyEnd = last ? last.end : heading.end;
  const isRecommendation = match.kind === 'Indstilling';
  const isDecision = match.kind === 'Beslutning';
  let outcome: Outcome | null = null;
  if (isDecision) outcome = findOutcome(content.map((l) => l.text).join(' '));
  return {
    kind: match.kind,
    heading: { value: heading.text, span: { start: heading.start, end: heading.end } },
    qualifier: match.qualifier,
    implicit: match.implicit,
    prior: match.prior,
    body: { start: bodyStart, end: bodyEnd },
    span: { start: heading.start, end: bodyEnd },
    subHeadings: NO_SUBHEADINGS.has(match.kind) ? [] : subHeadingsOf(content),
    points: isRecommendation || isDecision ? pointsFromLines(content, isDecision) : [],
    outcome,
    empty: content.length === 0,
  };
}
