// Questions the features ask the index. Each is a walk over the summaries: a thousand minutes
// hold some tens of thousands of case numbers, which a walk answers in well under a
// millisecond, so no second structure has to be kept in step.

import type { MinutesSummary, CaseOccurrence, ItemSummary } from './summary';
import { committeeKey } from './committee';
import { uriKey } from './uriKey';

export interface CaseHit {
  readonly summary: MinutesSummary;
  readonly occurrence: CaseOccurrence;
  /** The item the occurrence stands in, if any. */
  readonly item: ItemSummary | null;
}

/** Meetings in date order (undated last), then by file. */
export function compareMeetings(a: MinutesSummary, b: MinutesSummary): number {
  const da = a.meeting.date;
  const db = b.meeting.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  const ka = uriKey(a.uri);
  const kb = uriKey(b.uri);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Meetings most recent first (undated still last), then by file. */
export function compareMeetingsRecentFirst(a: MinutesSummary, b: MinutesSummary): number {
  if (a.meeting.date !== b.meeting.date && a.meeting.date !== null && b.meeting.date !== null) return a.meeting.date < b.meeting.date ? 1 : -1;
  return compareMeetings(a, b);
}

function comparePositions(a: CaseOccurrence, b: CaseOccurrence): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * Every occurrence of a case number, by meeting date, then file, then position. `current`
 * replaces the index's summary of the same file (the open document's live model).
 */
export function caseOccurrences(summaries: Iterable<MinutesSummary>, key: string, current: MinutesSummary | null = null): CaseHit[] {
  const hits: CaseHit[] = [];
  const skip = current ? uriKey(current.uri) : null;
  const visit = (summary: MinutesSummary) => {
    for (const occurrence of summary.caseNumbers) {
      if (occurrence.key === key) hits.push({ summary, occurrence, item: occurrence.item >= 0 ? summary.items[occurrence.item] : null });
    }
  };
  for (const summary of summaries) if (uriKey(summary.uri) !== skip) visit(summary);
  if (current) visit(current);
  return hits.sort((a, b) => compareMeetings(a.summary, b.summary) || comparePositions(a.occurrence, b.occurrence));
}

/**
 * The minutes of a meeting named by committee and date: the committee matched loosely (case,
 * term and punctuation ignored), the date exactly. A referat is preferred over a dagsorden.
 */
export function findMeeting(summaries: Iterable<MinutesSummary>, committee: string, date: string): MinutesSummary | null {
  const key = committeeKey(committee);
  if (!key) return null;
  let best: MinutesSummary | null = null;
  for (const s of summaries) {
    if (s.meeting.date !== date || s.meeting.committeeKey !== key) continue;
    if (!best || rank(s) < rank(best) || (rank(s) === rank(best) && compareMeetings(s, best) < 0)) best = s;
  }
  return best;
}

const rank = (s: MinutesSummary) => (s.meeting.kind === 'referat' ? 0 : s.meeting.kind === null ? 1 : 2);

export interface ItemHit {
  readonly summary: MinutesSummary;
  readonly item: ItemSummary;
}

/**
 * Items whose title or own case number contains every word of the query (case ignored),
 * most recent meeting first, at most `limit`.
 */
export function itemsMatching(summaries: Iterable<MinutesSummary>, query: string, limit: number): ItemHit[] {
  const words = query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  const hits: ItemHit[] = [];
  for (const summary of summaries) {
    for (const item of summary.items) {
      const haystack = `${item.title} ${item.caseNumber ?? ''}`.toLocaleLowerCase('da');
      if (words.every((w) => haystack.includes(w))) hits.push({ summary, item });
    }
  }
  hits.sort((a, b) => compareMeetingsRecentFirst(a.summary, b.summary) || a.item.heading.start.line - b.item.heading.start.line);
  return hits.slice(0, limit);
}
