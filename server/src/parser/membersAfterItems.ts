// A portal's page that lists the body's members after the agenda, each marked with whether they
// came ("Medlemmer" over " • Ida Lund: Deltog", " • Bo Dam: Afbud (Stedfortræder …)", Region
// Hovedstaden's meeting pages): the attendees and the absent, though no header holds them. Read
// only where the header names no attendees, from the last lines after the last item's heading, and
// only a list whose every name is marked: a list of names in an item's text is the item's. The
// incremental parse asks again after an edit of the last item (incremental.ts).

import type { Located } from './model';
import type { Lines } from './lines';
import { attendanceOf } from './attendance';
import { HEADER_FIELD_LABELS } from './vocabulary';

export interface Members {
  readonly participants: readonly Located[];
  readonly absent: readonly Located[];
}

/** The marked members listed after the line `after` (the last item's heading), or null. */
export function membersAfterItems(lines: Lines, after: number): Members | null {
  const from = Math.max(after + 1, lines.count - TAIL_LINES);
  // The last members' label alone: an earlier one is an item's.
  let label = -1;
  for (let i = lines.count - 1; i >= from && label < 0; i--) if (!lines.isBlank(i) && lines.lengthOf(i) <= MAX_LABEL && MEMBERS_LABEL.test(lines.textOf(i))) label = i;
  if (label < 0) return null;
  const participants: Located[] = [];
  const absent: Located[] = [];
  for (let i = label + 1; i < lines.count; i++) {
    if (lines.isBlank(i)) continue;
    const line = lines.at(i);
    const bullet = BULLET.exec(line.text)?.[0].length ?? 0;
    const entry: Located = { value: line.text.slice(bullet), span: { start: line.start + bullet, end: line.end } };
    const marked = attendanceOf(entry);
    // "Deltog ikke under punkt 4": a note on the member above.
    if (marked === null) continue;
    // A line without its mark ends the list; a list with one is no portal's.
    if (marked.name.value.length === entry.value.length) break;
    const name = { value: marked.name.value.trimEnd(), span: { start: marked.name.span.start, end: marked.name.span.start + marked.name.value.trimEnd().length } };
    participants.push(name);
    if (marked.absent) absent.push(name);
  }
  return participants.length >= MIN_MEMBERS ? { participants, absent } : null;
}

const TAIL_LINES = 200;
const MAX_LABEL = 40;
const MIN_MEMBERS = 2;
const BULLET = /^[-–•·*]\s+/;
const MEMBERS_LABEL = new RegExp(
  `^(?:${HEADER_FIELD_LABELS.filter(([, f]) => f === 'participants').map(([l]) => l).join('|')})\\s*:?$`,
  'i',
);
