// The "Sager" and "Møder" views' content, built from the index on request.

import type { Messages } from '../l10n';
import { caseKey, type ItemSummary, type MinutesSummary } from './summary';
import type { CaseEntry, CaseStep, CommitteeEntry, ItemEntry, MeetingEntry } from '../protocol';
import { compareMeetings, compareMeetingsRecentFirst } from './queries';
import { uriFileName } from './uriKey';

function itemEntry(summary: MinutesSummary, item: ItemSummary, messages: Messages): ItemEntry {
  return {
    uri: summary.uri,
    range: item.heading,
    number: item.number,
    title: item.title,
    caseNumber: item.caseNumber,
    outcome: item.outcome ? messages.outcome(item.outcome) : null,
  };
}

/**
 * Every case that is some item's own case number, with each item where it appears in date
 * order; the cases whose latest step is most recent come first.
 */
export function caseEntries(summaries: Iterable<MinutesSummary>, messages: Messages): CaseEntry[] {
  const ordered = [...summaries].sort(compareMeetings);
  const cases = new Map<string, { caseNumber: string; steps: CaseStep[]; latest: MinutesSummary; owned: boolean }>();
  for (const summary of ordered) {
    const seen = new Set<string>();
    for (const occurrence of summary.caseNumbers) {
      if (occurrence.item < 0) continue;
      const once = `${occurrence.key}\u0000${occurrence.item}`;
      const entry = cases.get(occurrence.key) ?? { caseNumber: occurrence.text, steps: [], latest: summary, owned: false };
      cases.set(occurrence.key, entry);
      const ownNumber = summary.items[occurrence.item].caseNumber;
      const own = ownNumber !== null && caseKey(ownNumber) === occurrence.key;
      entry.owned ||= own;
      if (seen.has(once)) continue;
      seen.add(once);
      const item = summary.items[occurrence.item];
      entry.steps.push({ ...itemEntry(summary, item, messages), committee: summary.meeting.committee, date: summary.meeting.date, own });
      entry.latest = summary;
    }
  }
  return [...cases.values()]
    .filter((c) => c.owned)
    .sort((a, b) => compareMeetingsRecentFirst(a.latest, b.latest) || (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0))
    .map((c) => ({ caseNumber: c.caseNumber, steps: c.steps }));
}

/** Minutes by committee (alphabetical, unnamed last), each committee's meetings most recent first. */
export function committeeEntries(summaries: Iterable<MinutesSummary>, messages: Messages): CommitteeEntry[] {
  const committees = new Map<string, { committee: string | null; summaries: MinutesSummary[] }>();
  for (const summary of summaries) {
    if (summary.items.length === 0 && !summary.meeting.committee && !summary.meeting.date) continue;
    const key = summary.meeting.committeeKey;
    const entry = committees.get(key) ?? { committee: summary.meeting.committee, summaries: [] };
    committees.set(key, entry);
    entry.summaries.push(summary);
  }
  const entries = [...committees.values()].map((c) => {
    const meetings = c.summaries.sort(compareMeetingsRecentFirst);
    return {
      // Named as its most recent minutes name it.
      committee: meetings[0].meeting.committee,
      meetings: meetings.map(
        (s): MeetingEntry => ({
          uri: s.uri,
          fileName: uriFileName(s.uri),
          committee: s.meeting.committee,
          date: s.meeting.date,
          kind: s.meeting.kind,
          items: s.items.map((item) => itemEntry(s, item, messages)),
        }),
      ),
    };
  });
  return entries.sort((a, b) => {
    if (a.committee === null || b.committee === null) return a.committee === b.committee ? 0 : a.committee === null ? 1 : -1;
    return a.committee.localeCompare(b.committee, 'da');
  });
}
