// A member's attendance written after the name in a web page's list of members: "Ida Lund (A) -
// Deltog", "Per Holm: Afbud (Stedfortræder …)", "Bo Dam (V), 1. næstformand- afbud". The
// portals list the whole body and mark each one, so the list is both the participants (the
// names, without their marks) and, where the mark says so, the absent. The words are a
// vocabulary table (ATTENDANCE_WORDS).

import type { Located } from './model';
import { ATTENDANCE_WORDS } from './vocabulary';

const WORDS = ATTENDANCE_WORDS.map(([w]) => w).join('|');
/** The mark: a dash or a colon, then the word; what follows ("ikke i behandlingen af punkt: 4", a note in brackets) is the mark's. */
const MARK = new RegExp(`\\s*[-–:]\\s*(${WORDS})(?![\\p{L}])`, 'iu');
/** A list line that is only a mark ("Deltog ikke under punkterne 4-5"): a note on the member above. */
const MARK_FIRST = new RegExp(`^(?:${WORDS})(?![\\p{L}])`, 'iu');
const PRESENT = new Map(ATTENDANCE_WORDS.map(([w, present]) => [w, present]));

/** The name before its attendance mark, and whether the mark says absent; null for a line that is only a note. */
export function attendanceOf(name: Located): { name: Located; absent: boolean } | null {
  if (MARK_FIRST.test(name.value)) return null;
  const mark = MARK.exec(name.value);
  if (mark === null || mark.index === 0) return { name, absent: false };
  return { name: { value: name.value.slice(0, mark.index), span: { start: name.span.start, end: name.span.start + mark.index } }, absent: PRESENT.get(mark[1].toLowerCase()) === false };
}

/** The text of a list line before its attendance mark ("" for a note): what is read as the name. */
export function beforeAttendance(text: string): string {
  if (MARK_FIRST.test(text)) return '';
  const mark = MARK.exec(text);
  return mark === null ? text : text.slice(0, mark.index);
}
