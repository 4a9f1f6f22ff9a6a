// The place as the room or address alone. A header copied from a table can put other fields'
// labels around the place's value: after it ("Mødelokale 1, Rådhuset. Møde slut: 14:00"),
// before it ("Udsendelsesdato: Afbud fra: Onsdag den 15-maj-2002 Byrådets mødelokaler", the
// labels of a row copied before its values) or its own label without a colon ("Sted
// Byrådssalen"). This last stage cuts the value at another field's label, skips labels and a
// weekday's date before it, and drops the place's own label. A building's name before a colon
// ("Brohuset: Venteområdet ved …") is the place's first part, not a label: a word naming a room or
// a building is no field's label unless it is a known one ("Lokale:").

import type { Located } from './model';
import { HEADER_FIELD_LABELS, MEETING_HELD_VERBS, READER_NOTICE_WORDS, ROOM_WORD_ENDINGS, WEEKDAYS } from './vocabulary';

/**
 * A field's label: a capitalised word, up to two small ones after it, and a colon ("Møde slut:",
 * "Afbud fra:"). A capitalised word before it is the value's ("Rådhus. Møde slut:").
 */
const LABEL = /(?<![\p{L}.])\p{Lu}[\p{L}.]*(?:\s+\p{Ll}[\p{L}.]*){0,2}:(?=\s|$)/gu;
/** The place's own labels that are no room's name: "Mødelokale 4" is a room, "Sted Byrådssalen" is not. */
/** The known labels, lower-cased: "Lokale:" ends in a room's word and is still a label. */
const KNOWN_LABELS = new Set(HEADER_FIELD_LABELS.map(([label]) => label.toLowerCase()));
/** Whether a capitalised word and its colon name a room or a building ("Brohuset:", "Byrådssalen:"), not a field. */
const namesRoom = (label: string): boolean => {
  const words = label.slice(0, -1).toLowerCase();
  return !words.includes(' ') && !KNOWN_LABELS.has(words) && ROOM_WORD_ENDINGS.some((e) => words.endsWith(e));
};
const PLACE_LABELS = HEADER_FIELD_LABELS.filter(([label, field]) => field === 'place' && !ROOM_WORD_ENDINGS.some((e) => label.toLowerCase().endsWith(e))).map(([label]) => label.toLowerCase());
/** "Onsdag den 15-maj-2002 ": a weekday and a date the copy put before the place. */
const DAY_AND_DATE = new RegExp(`^(?:${WEEKDAYS.join('|')})\\s+(?:den\\s+|d\\.\\s*)?\\d{1,2}[-. ]\\s*[\\p{L}\\d]+[-. ]\\s*\\d{4}\\s+`, 'iu');
const EDGE_MARKS = /^[\s,.;:-]+|[\s,.;:-]+$/g;
/** "Mødesalen, Ringe - Ekstraordinært": what kind of meeting it is, after the place. */
const MEETING_KIND_AT_END = /\s+[-–]\s+(?:ekstraordinært|ekstraordinær|ordinært)(?:\s+møde)?$/i;
/**
 * "Byrådssalen Medlemmer Anne Holm (ah) V …": a PDF's row of labels and values run on, the next
 * field a list of names under a label without its colon; the label's word, a name after it, ends the place.
 */
const LIST_LABEL = new RegExp(
  `\\s(?:${HEADER_FIELD_LABELS.filter(([label, field]) => (field === 'participants' || field === 'absent') && !label.includes(' ')).map(([label]) => label).join('|')})(?=\\s+\\p{Lu}|$)`,
  'u',
);

/** "OBS! Lukket møde kl. 16:30 - ": a notice to readers, up to the first spaced dash (the place after it). */
const NOTICE = new RegExp(`^(?:${READER_NOTICE_WORDS.map((w) => w.replace('!', '')).join('|')})!(?:.*?\\s[-–]\\s+|.*$)`, 'iu');
/** "14:00 - 15:00 - ": the hours the place is given for (a meeting held in two places, one a line). */
const HOURS_BEFORE = /^\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}\s+[-–]\s+/;

/**
 * The length of "Mødet afholdes fysisk i " / "Mødet blev holdt på " at the start of a text (a
 * sentence that says where the meeting is held; the place follows), or 0.
 */
export function heldInPrefix(text: string): number {
  return HELD_IN.exec(text)?.[0].length ?? 0;
}
const HELD_IN = new RegExp(`^Mødet\\s+(?:${MEETING_HELD_VERBS.join('|')})(?:\\s+\\p{Ll}+)?\\s+(?:i|på)\\s+(?=\\p{Lu})`, 'u');

export function placeName(place: Located | null): Located | null {
  if (place === null) return null;
  const { value, span } = place;
  // Only a value written as it stands in the text can be cut by offsets.
  if (value.length !== span.end - span.start) return place;
  let from = (NOTICE.exec(value)?.[0].length ?? 0) || (HOURS_BEFORE.exec(value)?.[0].length ?? 0) || heldInPrefix(value);
  if (from === value.length) return null;
  let to = value.length;
  LABEL.lastIndex = from;
  for (let m = LABEL.exec(value); m !== null; m = LABEL.exec(value)) {
    if (namesRoom(m[0])) continue;
    const before = value.slice(from, m.index);
    if (before.replace(EDGE_MARKS, '') === '') from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  const kindAtEnd = MEETING_KIND_AT_END.exec(value.slice(from, to));
  if (kindAtEnd) to = from + kindAtEnd.index;
  const list = LIST_LABEL.exec(value.slice(from, to));
  if (list !== null && list.index > 0) to = from + list.index;
  let rest = value.slice(from, to);
  const dated = DAY_AND_DATE.exec(rest.trimStart());
  if (dated) from += rest.length - rest.trimStart().length + dated[0].length;
  rest = value.slice(from, to);
  const lower = rest.trimStart().toLowerCase();
  const ownLabel = PLACE_LABELS.find((l) => lower.startsWith(l + ' ') && lower.length > l.length + 1);
  if (ownLabel) from += rest.length - rest.trimStart().length + ownLabel.length;
  // Trim the marks left at either edge.
  while (from < to && /[\s,.;:-]/.test(value[from])) from++;
  while (to > from && /[\s,;:-]/.test(value[to - 1])) to--;
  if (to > from && value[to - 1] === '.' && !/\b\p{L}{1,3}\.$/u.test(value.slice(from, to))) to--;
  if (from >= to) return null;
  if (from === 0 && to === value.length) return place;
  return { value: value.slice(from, to), span: { start: span.start + from, end: span.start + to } };
}
