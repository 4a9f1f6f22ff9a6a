// "Also in": the other meetings and items where a case number appears, for the hover on a
// case number. Answers from what is indexed so far; never waits for the index.

import type { Range } from 'vscode-languageserver-types';
import type { Outcome } from '../parser';
import type { MinutesSummary } from './summary';
import { caseKey } from './summary';
import { caseOccurrences } from './queries';
import { uriKey } from './uriKey';

export interface OtherOccurrence {
  readonly uri: string;
  readonly committee: string | null;
  /** ISO date of the meeting, or null. */
  readonly date: string | null;
  /** The item's number, or null when the number stands outside any item. */
  readonly punkt: number | null;
  readonly title: string | null;
  readonly outcome: Outcome | null;
  /** The item's heading, or the occurrence when it stands outside any item. */
  readonly range: Range;
}

/** The case's items in other files, one entry per item, in meeting date order. */
export function alsoIn(summaries: Iterable<MinutesSummary>, currentUri: string, caseNumber: string): OtherOccurrence[] {
  const current = uriKey(currentUri);
  const seen = new Set<string>();
  const result: OtherOccurrence[] = [];
  for (const hit of caseOccurrences(summaries, caseKey(caseNumber))) {
    if (uriKey(hit.summary.uri) === current) continue;
    const once = `${hit.summary.uri}\u0000${hit.occurrence.item}`;
    if (hit.item && seen.has(once)) continue;
    seen.add(once);
    result.push({
      uri: hit.summary.uri,
      committee: hit.summary.meeting.committee,
      date: hit.summary.meeting.date,
      punkt: hit.item?.number ?? null,
      title: hit.item?.title ?? null,
      outcome: hit.item?.outcome ?? null,
      range: hit.item?.heading ?? hit.occurrence.range,
    });
  }
  return result;
}

/** "Byrådet, 2020-12-15, Punkt 7" entries for a hover line. */
export function alsoInLabels(others: readonly OtherOccurrence[], punktWord: string): string[] {
  return others.map((o) => [o.committee, o.date, o.punkt !== null ? `${punktWord} ${o.punkt}` : null].filter(Boolean).join(', '));
}
