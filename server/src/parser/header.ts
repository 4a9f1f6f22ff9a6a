// The meeting header of the line-structured exports: "REFERAT <committee> d. <date>",
// then labelled lines (Mødedato, Mødested, Mødedeltagere, Fraværende).

import type { DocumentKind, Located, MeetingHeader, Span } from './model';
import { isWebControlLine, type Line } from './lines';
import { heldInPrefix } from './placeName';
import { findDates } from './dates';
import { ABSENT_STATUSES, ADDRESS_ABBREVIATIONS, AGENDA_DIVIDERS, ATTENDANCE_COLUMNS, BODY_WORDS, HEADER_FIELD_LABELS, HEADER_LABELS, ICON_WORDS, MEETING_KIND_PHRASES, MEMBER_ROLES, NO_ONE, ONLINE_PLACES, ROOM_WORD_ENDINGS, TABLE_COLUMN_WORDS, WEEKDAYS } from './vocabulary';
import { kindWordIn } from './kind';
import { holdsBodyWord } from './bodyName';
import { attendanceOf, beforeAttendance } from './attendance';
import { clockIn, dateIn, endClockIn } from './headerDates';
import { readFolded } from './headerFolding';

export const located = (value: string, start: number): Located => ({ value, span: { start, end: start + value.length } });

/** The rest of a labelled line after "Label" or "Label:", located. */
export function afterLabel(line: Line, label: string): Located | null {
  if (!line.text.startsWith(label)) return null;
  const rest = line.text.slice(label.length);
  if (rest.length > 0 && !/^[:\s]/.test(rest) && !GLUED_VALUE.test(rest)) return null;
  const lead = rest.length - rest.replace(/^[:\s]+/, '').length;
  const value = rest.slice(lead).trim();
  // "Mødested er ved indgangen, …": without a colon, a sentence that starts with the label's word.
  if (!rest.slice(0, lead).includes(':') && isSentence(value)) return null;
  return value.length > 0 ? located(value, line.start + label.length + lead) : null;
}

/**
 * A list of names up to the full stop that ends its sentence ("Ole Holm. I stedet mødte …"): a
 * word of two letters or more, a full stop, then a space or the end. An initial ("Kim E. Lund")
 * ends nothing.
 */
export function namesBeforeSentenceEnd(list: Located): Located {
  const end = SENTENCE_AFTER_NAMES.exec(list.value);
  return end === null ? list : located(list.value.slice(0, end.index + end[0].length - 1).trimEnd(), list.span.start);
}
const SENTENCE_AFTER_NAMES = /\p{L}{2}\.(?=\s|$)/u;

/** Where one name's party bracket closes and the next name starts, glued ("Bo Lund (A)Eva Holm (V)"). */
const BRACKET_GLUE = /(?<=\))(?=\p{Lu})/u;
const NAME_JOINS = new RegExp(` og (?=[A-ZÆØÅ])|${BRACKET_GLUE.source}`, 'u');
/** The names of a line glued at BRACKET_GLUE. */
function gluedAtBracket(line: Located): Located[] {
  if (!BRACKET_GLUE.test(line.value)) return [line];
  const names: Located[] = [];
  let at = 0;
  for (const part of line.value.split(BRACKET_GLUE)) {
    names.push(located(part, line.span.start + at));
    at += part.length;
  }
  return names;
}
/** "(A)", "(Ø)", "(SF)": a party's letters in brackets, alone. */
const PARTY_ALONE = /^\(\p{Lu}{1,3}\)$/u;
/** "Anne Holm, (A)": a name line whose party stands after a comma; shown as "Anne Holm (A)", the span as written. */
function partyAfterComma(name: Located): Located {
  const m = /,\s*(\(\p{Lu}{1,3}\))$/u.exec(name.value);
  return m === null ? name : { value: `${name.value.slice(0, m.index)} ${m[1]}`, span: name.span };
}
/** A member's role glued to the name after it ("NæstformandKaren Holm"): the role, then a name's capital and small letter. */
const GLUED_ROLE = new RegExp(`^(?:${MEMBER_ROLES.map((r) => `[${r[0].toUpperCase()}${r[0]}]${r.slice(1)}`).join('|')})(?=\\p{Lu}\\p{Ll})`, 'u');

/** "Ingen", "Ingen.", "Ingen afbud": a list that names no one (NO_ONE). */
export const namesNoOne = (list: Located): boolean => NO_NAMES.has(list.value.replace(CELL_BAR_AT_END, '').trim().toLowerCase().replace(/\.$/, ''));
const NO_NAMES = new Set(NO_ONE.map((w) => w.toLowerCase()));

/**
 * A labelled list of names and the lines its paragraph wrapped onto in a PDF ("…, Rikke" over
 * "Lærkholm (Ø), …", no blank line between): each such line is joined on, and the value keeps
 * the text's offsets (what stands between the lines counts as spaces). A line that is a label
 * of its own, a table's row, a contents heading, one word alone or no name's start ends it, as
 * does a value that ends its sentence or its label, or says there are none ("Ingen").
 */
function wrappedOn(value: Located, lines: readonly Line[], i: number): Located {
  let joined = value;
  for (let j = i + 1; j < lines.length && !namesNoOne(joined) && wrapsOn(joined.value, lines[j]); j++) {
    const gap = lines[j].start - joined.span.end;
    joined = located(joined.value + ' '.repeat(gap) + lines[j].text, joined.span.start);
  }
  return joined;
}

function wrapsOn(value: string, next: Line): boolean {
  const t = next.text;
  // One word alone ("Bemærkninger", a label without its colon) is no name's end: that has a party or more words.
  if (t.length === 0 || t.length > 120 || /[.:]$/.test(value) || !/^\p{Lu}/u.test(t) || /[:\t]/.test(t) || !/[\s,]/.test(t)) return false;
  const lower = t.toLowerCase();
  // "Fraværende Ingen" under the names: the next label without its colon, as a web page's block writes it.
  return !HEADER_LABELS.toc.some((h) => lower.startsWith(h.toLowerCase())) && kindWordIn(t) === null && fieldOf(next, undefined) === null && spacedLabel(next) === null;
}

/** The names of a list, each with one space between its words (a name wrapped over a line break); none where it says there are none. */
function namesOf(list: Located): Located[] {
  if (namesNoOne(list)) return [];
  return splitNames(list).map((n) => (/\s{2}|[^\S ]/.test(n.value) ? { value: n.value.replace(/\s+/g, ' '), span: n.span } : n));
}

/** Split a list of names on commas and " og ", keeping each name's place. */
export function splitNames(list: Located): Located[] {
  const names: Located[] = [];
  const re = /[^,]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(list.value)) !== null) {
    // Each part is looked for after the one before it: a name written twice gets its own place,
    // and a long list is read once, not once per name.
    let from = 0;
    // "Bo Lund (A)Eva Holm (V)": a PDF's copy lost the line break after a name's party.
    for (const part of m[0].split(NAME_JOINS)) {
      const at = m[0].indexOf(part, from);
      from = at + part.length;
      const offset = m.index + at;
      const whole = withoutReason(part.trim());
      const start = list.span.start + offset + (part.length - part.trimStart().length);
      // "…, FormandBo Lund (V)": the role of the name before, glued to the next where the copy lost the line break.
      const role = GLUED_ROLE.exec(whole)?.[0].length ?? 0;
      const trimmed = whole.slice(role);
      const previous = names[names.length - 1];
      if (previous && at === 0 && PARTY_ALONE.test(trimmed)) {
        // "Anne Holm, (A), Bo Dam, (V)": the party after the comma is the name's.
        names[names.length - 1] = { value: `${previous.value} ${trimmed}`, span: { start: previous.span.start, end: start + trimmed.length } };
      } else if (previous && at === 0 && (role > 0 || ROLE.test(trimmed))) {
        // "Karen Dam (A), formand": the role after the comma is the name's.
        const roleEnd = start - list.span.start + (role > 0 ? role : trimmed.length);
        names[names.length - 1] = located(list.value.slice(previous.span.start - list.span.start, roleEnd), previous.span.start);
        if (role > 0 && trimmed.length > 0) names.push(located(trimmed, start + role));
      } else if (trimmed.length > 0) names.push(located(trimmed, start + role));
    }
  }
  return names;
}

/**
 * A name without the words in lower case after it ("Ole Holm ved afbud", "Lise Dam pga. sygdom",
 * "Bo Lund deltog ikke i punkt 3"): a reason or a note, not the name. A name's particles ("Anna de
 * la Cour") are its own; a name that starts in lower case ("rådmand Bo Lund") is left whole.
 */
function withoutReason(name: string): string {
  if (!/^\p{Lu}/u.test(name)) return name;
  const words = name.split(' ');
  const cut = words.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
  return cut < 0 ? name : words.slice(0, cut).join(' ');
}

export function timeIn(line: Line, label: RegExp): Located | null {
  const m = label.exec(line.text);
  if (!m) return null;
  const value = m[1].replace('.', ':');
  return { value, span: { start: line.start + m.index + m[0].length - m[1].length, end: line.start + m.index + m[0].length } };
}

/** The header of `lines`, read as a reader sees them (headerFolding.ts), with spans into the text as written. */
export const parseHeader = (lines: readonly Line[], span: Span): MeetingHeader => readFolded(lines, (folded) => readHeader(folded, span));

function readHeader(lines: readonly Line[], span: Span): MeetingHeader {
  let kind: DocumentKind | null = null;
  let committee: Located | null = null;
  let headerDate: Located | null = null;
  let meetingDate: Located | null = null;
  let weekday: Located | null = null;
  let time: Located | null = null;
  let endTime: Located | null = null;
  let place: Located | null = null;
  let participants: Located[] = [];
  let absent: Located[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (t.length === 0) continue;
    // "ReferatByrådet": a PDF's copy that lost the space after the document's word.
    const title = /^(REFERAT|DAGSORDEN|Referat|Dagsorden)(?:\s+|(?=\p{Lu}\p{Ll}))/u.exec(t);
    // "Dagsorden blev godkendt som udsendt …": a sentence about the agenda, not a title line.
    if (title && kind === null && !isSentence(t.slice(title[0].length))) {
      kind = title[1].toLowerCase() as DocumentKind;
      const rest = t.slice(title[0].length);
      const sep = /\s+(?:d\.|den)\s+(?=\d)/g;
      let last: RegExpExecArray | null = null;
      let m: RegExpExecArray | null;
      while ((m = sep.exec(rest)) !== null) last = m;
      // "Referat byrådet 31. oktober 2018": without "den", the body ends where the date starts.
      const undated = last ? null : findDates(rest)[0];
      const committeeText = last ? rest.slice(0, last.index) : undated && undated.span.start > 0 ? rest.slice(0, undated.span.start).trimEnd() : rest;
      // "Dagsorden 8. oktober 2025 kl. 16.00": a date line is never the committee; "Referat fra
      // mødet i Økonomiudvalget" names it after its preposition.
      const lead = MEETING_OF.exec(committeeText)?.[0].length ?? 0;
      // "Dagsorden til" over "møde i" over the body: the title line names no body.
      // "Referat Økonomiudvalget tirsdag den 18. april": the weekday belongs to the date.
      // "Referat for Byrådet møde den 7. april 2014": the body's meeting, the body without it.
      const named = committeeText.slice(lead).replace(TRAILING_WEEKDAY, '').replace(TRAILING_MEETING, '').trim();
      // "Dagsorden eller referat": a name starts with a capital, or with the body's word ("byrådet").
      const firstWord = (named.split(' ')[0] ?? '').toLowerCase();
      // "Dagsorden kommunalbestyrelsesmøde 2. juni": the body's meeting, not the body.
      const nameLike = (/\p{L}/u.test(named) && !/^\p{Ll}/u.test(named)) || (BODY_WORDS.some((w) => firstWord.includes(w)) && !/møde[rt]?$/.test(firstWord));
      // "Referat<TAB>Mødedato 24.02.2025" (a running header's cells): a field's label names no body.
      const label = FIELD_BY_LABEL.get(firstWord.replace(/:$/, ''));
      const labelled = label !== undefined && label !== 'committee';
      if (!/^\d/.test(committeeText) && !ONLY_PREPOSITION.test(named) && nameLike && !labelled) committee = located(named, line.start + title[0].length + lead);
      if (last) {
        const dateStart = line.start + title[0].length + last.index + last[0].length;
        const date = findDates(t, dateStart - line.start).find(() => true);
        if (date && date.iso) headerDate = { value: date.iso, span: { start: line.start + (date.span.start), end: line.start + date.span.end } };
        // "Referat Byrådet Onsdag den 28. oktober 2015 Kl. 16:00 …": the title line gives the time after the date.
        if (date && time === null) time = clockIn(located(t.slice(date.span.end, date.span.end + TIME_AFTER_DATE), line.start + date.span.end), line.start + date.span.end);
      }
      continue;
    }
    const dateLine = afterLabel(line, HEADER_LABELS.meetingDate);
    if (dateLine && meetingDate === null) {
      const date = findDates(t)[0];
      if (date) {
        meetingDate = { value: date.iso ?? '', span: { start: line.start + date.span.start, end: line.start + date.span.end } };
        if (date.weekday) weekday = { value: date.weekday.value, span: { start: line.start + date.weekday.span.start, end: line.start + date.weekday.span.end } };
      }
      time = timeIn(line, /\bkl\.?\s*(\d{1,2}[:.]\d{2})/i);
      // "Mødedato: 25-06-2020 18:00:00": a web page's date and time, no "kl." between.
      if (time === null && date) time = clockIn(located(t, line.start), line.start + date.span.end);
      endTime = timeIn(line, /\bkl\.?\s*\d{1,2}[:.]\d{2}\s*(?:-|–|til)\s*(\d{1,2}[:.]\d{2})/i);
      continue;
    }
    const afterKind: { place: Located; time: Located | null } | null = place === null ? placeAfterMeetingKind(line) : null;
    if (afterKind) {
      place = afterKind.place;
      time = time ?? afterKind.time;
      continue;
    }
    let placeLine: Located | null = null;
    for (const label of HEADER_LABELS.place) if (placeLine === null) placeLine = afterLabel(line, label);
    // "Mødested<TAB>Tid" over the values: a row of labels, the place's value is in the row below.
    if (placeLine !== null && FIELD_BY_LABEL.has(placeLine.value.trim().replace(/:$/, '').toLowerCase())) placeLine = null;
    // "Mødelokale 4, Nordby": a room word and its number name the room; no label precedes it.
    if (placeLine !== null && ROOM_NUMBER_LINE.test(t)) placeLine = located(t, line.start);
    if (placeLine && place === null) {
      // "Mødelokale F 7, Frederikssund kl. 16.00": the meeting's time after the room is no part of it.
      const clock = PLACE_CLOCK.exec(placeLine.value);
      if (clock) {
        if (time === null) time = timeIn(line, /\bkl\.?\s*(\d{1,2}[:.]\d{2})/i);
        placeLine = located(placeLine.value.slice(0, clock.index), placeLine.span.start);
      }
      place = continuedAfterComma(placeLine, line, lines[i + 1]) ?? placeLine;
      continue;
    }
    const people = afterLabel(line, HEADER_LABELS.participants);
    if (people) {
      participants = namesOf(wrappedOn(people, lines, i));
      continue;
    }
    // The first label the line opens with: "Afbud fra:" alone is that label with no value yet.
    const absentLabel = HEADER_LABELS.absent.find((label) => t.startsWith(label) && /^(?:$|[:\s])/.test(t.slice(label.length)));
    const list = absentLabel === undefined ? null : afterLabel(line, absentLabel);
    // "Afbud under hele mødet:": a longer label (its names below), no names.
    if (list && !/:\s*$/.test(list.value) && !namesNoOne(list)) absent = absent.concat(namesOf(namesBeforeSentenceEnd(wrappedOn(list, lines, i))));
  }
  const found: MeetingHeader = { kind, committee, headerDate, meetingDate, weekday, time, endTime, place, participants, absent, span };
  return withOtherSystemsFields(lines, found);
}

/**
 * The fields the samples' labels left empty, read from the other systems' headers: labelled
 * lines ("Dato:", "Sted:", "Udvalg:<TAB>", a label alone above its value), else the first line
 * naming a political body for the committee and the first date for the date. A date line is
 * never the committee.
 */
function withOtherSystemsFields(lines: readonly Line[], h: MeetingHeader): MeetingHeader {
  let { kind, committee, meetingDate, weekday, time, endTime, place, participants, absent } = h;
  const texts = lines.filter((l) => l.text.length > 0);
  /** Where the attendees' names below a row of labels start: the labels after theirs in the row have none. */
  let namesTaken = -1;
  /** The label of the list of attendees read so far, if this reader found it. */
  let listLabel: string | null = null;
  const columns = labelColumnValues(texts);
  // Each text line's place among all the lines, for what a paragraph wrapped onto the next ones.
  const at = lines.flatMap((l, i) => (l.text.length > 0 ? [i] : []));
  for (let k = 0; k < texts.length; k++) {
    const line = texts[k];
    const row = labelRowFields(line, texts[k + 1]);
    for (const labelled of row ?? [fieldOf(line, texts[k + 1]) ?? spacedFieldOf(texts, k) ?? bulletLabelOf(line)]) {
      if (!labelled) continue;
      const { field } = labelled;
      // "Mødedato:" / "Mødested:" over "25. maj 2016" / "Rådhuset": a label column copied before its values.
      // (A list of names keeps to its own label: the lines below it.)
      const single = field !== 'participants' && field !== 'absent';
      let value = single && !row && columns.has(k) ? columns.get(k)! : labelled.value;
      // "Byrådssalen, Nordby" / "Rådhus" under "Mødelokale:": a PDF's cell wrapped the place.
      if (field === 'place' && value !== null && !row && !columns.has(k) && texts[k + 1]?.start === value.span.start) value = wrappedValue(texts, k + 1) ?? value;
      // "Mødested:<TAB>Mødelokale Lærken," over "Sundhedshuset, Skolegade 7": the cell wrapped after a comma.
      else if (field === 'place' && value !== null && !row) value = continuedAfterComma(value, line, texts[k + 1]) ?? value;
      // "Mødested" over "Byrådssalen," over "Rådhuset": the values row's last cell wrapped after a comma.
      else if (field === 'place' && value !== null && row && texts[k + 1] !== undefined) value = continuedAfterComma(value, texts[k + 1], texts[k + 2]) ?? value;
      if (field === 'date' && value) {
        const date = dateIn(value);
        if (date && meetingDate === null) {
          meetingDate = date.date;
          weekday = weekday ?? date.weekday;
          if (time === null) time = clockIn(value, date.date.span.end);
        } else if (date === null && time === null) {
          // "Starttidspunkt 08:30": a start label with a time and no date.
          time = clockIn(value, value.span.start);
        }
      } else if (field === 'time' && time === null && value) {
        time = clockIn(value, value.span.start);
        endTime = endTime ?? endClockIn(value);
        if (meetingDate === null) meetingDate = dateIn(value)?.date ?? null;
      } else if (field === 'end' && endTime === null && value) endTime = clockIn(value, value.span.start);
      else if (field === 'place' && place === null && value) place = value;
      else if (field === 'committee' && committee === null && value) committee = value;
      // "Deltagere" over two officials, then "Indkaldelse :" over the members: two lists of one
      // meeting, both read; the same label again is another meeting's (a page of several).
      else if (field === 'participants' && (participants.length === 0 || (listLabel !== null && listLabel !== labelWords(line)))) {
        listLabel = labelWords(line);
        // "Deltagere:" over "Fraværende:" over one list of names: a table copied labels first puts the
        // values in the labels' order, so one list is the first label's; the absentees have none.
        const namesAt = value ? k + 1 : afterLabelRow(texts, k + 1);
        if (!value && namesAt > k + 1) namesTaken = namesAt;
        const table = value ? null : attendanceTable(texts, k + 1);
        if (table !== null && absent.length === 0) absent = table.absent;
        const listed = table?.members ?? (value ? namesOf(row ? value : wrappedOn(value, lines, at[k])) : nameLines(texts, namesAt));
        // "Ida Lund (A) - Deltog", "Ole Dam (O) - Afbud": each member marked; a line that is only a mark is a note.
        const marked = table ? listed.map((name) => ({ name, absent: false })) : listed.flatMap((p) => attendanceOf(p) ?? []);
        const people = marked.map((m) => m.name);
        const listedNow = people.map(withoutAbsentMark);
        participants = participants.concat(listedNow.filter((p) => !participants.some((q) => q.value === p.value)));
        const gone = marked
          .filter((m) => m.absent || ABSENT_MARK.test(m.name.value))
          .map(({ name: p }) => withoutAbsentMark(p));
        if (gone.length > 0 && absent.length === 0) absent = gone;
      } else if (field === 'absent' && (absent.length === 0 || value === null) && !(value === null && afterLabelRow(texts, k + 1) === namesTaken)) {
        // A label alone: the names on the lines below, up to the first line that is no name
        // ("Bemærkninger: …", a sentence); after "Fraværende med afbud:", "Fraværende i øvrigt:" adds its own.
        // "Fraværende Ingen": no one was away.
        const before = value === null && texts[k + 1] ? namesBeforeSentenceEnd(located(texts[k + 1].text, texts[k + 1].start)) : null;
        if (value) absent = namesOf(row ? value : wrappedOn(value, lines, at[k]));
        else if (before !== null && before.value.length < texts[k + 1].text.length && isNameLine(before.value)) {
          // "Gitte Holm, Bo Dam. Ole Lund deltog ikke i behandlingen af pkt. 3.": the names, then a sentence on who missed what.
          absent = absent.concat(splitNames(before));
        } else {
          const names: Located[] = [];
          for (const entry of nameLines(texts, k + 1)) {
            // "Ole Dam (O) - Afbud": the name before its mark; a line that is only a mark is a note.
            const n = attendanceOf(entry)?.name;
            if (n === undefined) continue;
            // "Britt Holm (A), sag 129-138": the name, then a note in lower case on what was missed.
            // "Vibe Holm, F - Ane Lund stedfortræder": the substitute who came instead is no absentee.
            const note = NAME_NOTE.exec(n.value) ?? SUBSTITUTE_NOTE.exec(n.value);
            const name = note ? located(n.value.slice(0, note.index), n.span.start) : n;
            if (!isNameLine(name.value)) break;
            names.push(name);
          }
          absent = absent.concat(names);
        }
      }
    }
    // The row of values under a row of labels is read.
    if (row) k++;
  }
  // "Lise Berg og Ole Dam havde meldt forfald. I stedet mødte …": the header says who was away in a sentence.
  if (absent.length === 0) absent = absentInSentence(texts.slice(0, ABSENCE_SENTENCE_LINES));
  // "Dagsorden. Forum: Handicaprådet Tid: 14. marts 2018, kl Sted: Mødelokale 9": a title line that
  // holds its labels one after another (a PDF's first line as a hosting page writes it).
  for (const line of texts.slice(0, HEADER_FALLBACK_LINES)) {
    for (const { field, value } of inlineFields(line)) {
      if (field === 'committee' && committee === null && namesBody(value.value)) committee = value;
      else if (field === 'place' && place === null) place = value;
      else if ((field === 'date' || field === 'time') && meetingDate === null) {
        const date = dateIn(value);
        if (date) {
          meetingDate = date.date;
          weekday = weekday ?? date.weekday;
        }
      }
    }
  }
  // A web page's title line: "Regionsrådet - Referat - 25. november 2019", "Byrådet - Referat".
  for (const line of texts.slice(0, HEADER_FALLBACK_LINES)) {
    const titled = committee === null && line.text.length <= 120 ? BODY_KIND_TITLE.exec(line.text) : null;
    if (titled === null || !namesBody(titled[1])) continue;
    committee = located(titled[1], line.start);
    if (kind === null) kind = kindWordIn(titled[2]);
    break;
  }
  // "Titel Udvalg Funktioner" over "Byrådet Byrådet Vis medlemmer …": a table's header row; the
  // committee is the first body named in the row below it (the cells are not told apart in the copy).
  for (let k = 0; committee === null && k + 1 < Math.min(texts.length, HEADER_FALLBACK_LINES); k++) {
    if (!isColumnHeaderRow(texts[k].text) || !texts[k].text.toLowerCase().split(/\s+/).includes('udvalg')) continue;
    const row = texts[k + 1];
    const body = FIRST_BODY_NAME.exec(row.text);
    if (body !== null && namesBody(body[0])) committee = located(body[0], row.start);
    break;
  }
  // "Økonomiudvalgets møde den 21. januar 2026", "Social og sundheds møde den …": the body in the
  // genitive before "møde" and its date; the name is the body's own (a committee may be named
  // without a body word, as "Social og sundhed").
  for (const line of texts.slice(0, HEADER_FALLBACK_LINES)) {
    const owner = committee === null && line.text.length <= 120 ? GENITIVE_MEETING.exec(line.text) : null;
    if (owner === null) continue;
    committee = located(owner[1], line.start);
    break;
  }
  // A header is the document's first lines; further down (a text with no items has no end of its
  // header) words like "referat" are prose.
  let agendaBegun = false;
  // The date so far is a line of its own, no weekday, no time: a page's stamp as much as the meeting's.
  let stamped = false;
  for (let k = 0; k < Math.min(texts.length, HEADER_FALLBACK_LINES); k++) {
    const line = texts[k];
    // "Åbent møde:" over the agenda's titles (a news page's, without numbers): a body a title names
    // below it ("Vedtægt for Nordby Idrætsråd") is what an item is about, not the meeting's.
    if (committee === null && AGENDA_DIVIDER_LINES.has(line.text.replace(/:\s*$/, '').trim().toLowerCase())) {
      agendaBegun = true;
    }
    // "Tønder Kommune Kommunalbestyrelsen. Referat. Mødedato: 26. juni …": a hosting page's title
    // joins the PDF's first lines with ". "; its first sentences are the title's.
    const head = line.text.length <= 80 ? line : joinedTitleHead(line);
    if (kind === null && head !== null) kind = kindWordIn(head.text);
    const titled = committee === null && !agendaBegun && line.text.length <= 120 && !fieldOf(line, undefined) ? KIND_AFTER_BODY.exec(line.text) : null;
    const part = committee === null && !agendaBegun && head !== null ? bodyPart(head) : null;
    if (titled !== null && namesBody(titled[1]) && !/["“]/.test(titled[1]) && findDates(titled[1]).length === 0) {
      // "Byrådet Beslutningsprotokol. 24. september kl. 17:00 …": the body before the document's word.
      committee = located(withoutMunicipality(titled[1]).replace(SEPARATORS_AT_END, ''), line.start);
    } else if (part !== null && !isColumnHeaderRow(part.value) && findDates(part.value).length === 0 && !fieldOf(line, undefined)) {
      // "mødet i Odense Byråd" (under "Referat" / "til"): the body, after its preposition.
      // "Tønder Kommune – Kommunalbestyrelsen" (a PDF's running header): the body after the municipality.
      // "Referat af ekstraordinært Skolebestyrelsesmøde": the document's word and the words to the body.
      const kindFirst = KIND_AT_START.exec(part.value)?.[0].length ?? 0;
      const lead = MUNICIPALITY_AT_START.exec(part.value)?.[0].length ?? kindFirst + (MEETING_OF.exec(part.value.slice(kindFirst))?.[0].length ?? 0);
      // "Kommunalbestyrelsen BESLUTNINGSPROTOKOL", "Byrådet Beslutningsprotokol. 24. september …":
      // the document's word after the body, and what follows it, are no part of the body's name.
      const whole = part.value.slice(lead);
      const kindAfter = KIND_AFTER_BODY.exec(whole);
      const name = (kindAfter && namesBody(kindAfter[1]) ? kindAfter[1] : whole).replace(MUNICIPALITY_AT_END, '');
      committee = located(name, part.span.start + lead);
    } else if (committee === null && !agendaBegun && line.text.length <= 120 && !fieldOf(line, undefined)) committee = committeeBeforeDate(line);
    // "den 26. april 2017 kl. 08:30" / "i Byrådssalen": a title broken over lines names the place last.
    // "Onsdag den 05-09-2012 kl. 09:00" / "Rådhuset": a room alone on that line, without its "i".
    const onLine = (j: number, field: Located | null) => field !== null && j >= 0 && field.span.start >= texts[j].start && field.span.start <= texts[j].end;
    const timeAbove = place === null && k > 0 && onLine(k - 1, time);
    // "Mandag 23. jun 2014 kl. 17:00" / "Byrådet" / "Byrådssalen": the body named between the time and the room.
    const bodyBetween = place === null && k > 1 && onLine(k - 2, time) && onLine(k - 1, committee);
    const under = timeAbove ? PLACE_LINE.exec(line.text) : null;
    if (under) place = located(under[1], line.start + line.text.length - line.text.slice(1).trimStart().length);
    else if ((timeAbove || bodyBetween) && (isRoomLine(line.text) || BUILDING_AND_COLON.test(line.text))) place = located(line.text, line.start);
    if (place === null && line.text.length <= 120) place = placeAfterTime(line);
    if (place === null) place = roomAfterClock(line);
    if (place === null) place = placeInSentence(line);
    if (meetingDate === null) {
      const date = dateIn(located(line.text, line.start));
      if (date && line.text.length <= 120) {
        meetingDate = date.date;
        weekday = weekday ?? date.weekday;
        if (time === null) time = clockIn(located(line.text, line.start), date.date.span.end);
        // "Den 20. april 2015, kl. 19.00-23.55": the hours, start and end.
        if (time !== null && endTime === null && time.span.start >= line.start && time.span.end <= line.start + line.text.length) endTime = endClockIn(located(line.text.slice(time.span.end - line.start), time.span.end));
        stamped = time === null && date.weekday === null && line.text.trim().length === date.date.span.end - date.date.span.start;
      }
      continue;
    }
    // "24.09.2020" alone (a news page's own date) over "Tirsdag den 29. september 2020 kl. 18.00
    // holder Byrådet møde": the line that names the meeting's weekday, date and time dates it.
    const meetingLine = stamped && time === null ? weekdayDateTime(line) : null;
    if (meetingLine !== null && meetingLine.date.date.value !== meetingDate.value) {
      ({ date: meetingDate, weekday } = meetingLine.date);
      time = meetingLine.time;
      endTime = endClockIn(located(line.text.slice(time.span.end - line.start), time.span.end));
      stamped = false;
    } else if (time === null && line.text.length <= 120) {
      // "Onsdag den 05-09-2012 kl. 09:00" under a title that gave the date alone: the same day, its time.
      const date = dateIn(located(line.text, line.start));
      if (date && date.date.value === meetingDate.value) {
        time = clockIn(located(line.text, line.start), date.date.span.end);
        weekday = weekday ?? date.weekday;
      }
    }
  }
  return { ...h, kind, committee, meetingDate, weekday, time, endTime, place, participants, absent: firstMentions(absent) };
}

/** A line that dates a meeting with its weekday and its clock time, not the next one's. */
function weekdayDateTime(line: Line): { date: NonNullable<ReturnType<typeof dateIn>>; time: Located } | null {
  if (line.text.length > 120 || NEXT_MEETING.test(line.text)) return null;
  const date = dateIn(located(line.text, line.start));
  if (date === null || date.weekday === null) return null;
  const time = clockIn(located(line.text, line.start), date.date.span.end);
  return time === null ? null : { date: { date: date.date, weekday: date.weekday }, time };
}
/** "Næste møde: Tirsdag den …": another meeting's date. */
const NEXT_MEETING = /\bnæste\s+møde/i;

/** "Indkaldelse :" → "indkaldelse": a labelled line's label words, to tell two lists' labels apart. */
const labelWords = (line: Line): string => /^[^:\t]*/.exec(line.text)![0].trim().toLowerCase();

/**
 * Each absentee once, where first named: a page without item headings is all header, and the note
 * "Fraværende med afbud: …" under every item's decision names the same people again.
 */
function firstMentions(names: readonly Located[]): Located[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.value) && seen.add(n.value) !== undefined);
}

const HEADER_FALLBACK_LINES = 12;
/** The dividers of an agenda's list; not "Åben dagsorden", which is also the document's title ("ÅBEN DAGSORDEN" / "ØKONOMIUDVALG"). */
const AGENDA_DIVIDER_LINES = new Set(AGENDA_DIVIDERS.map(([d]) => d).filter((d) => kindWordIn(d) === null));
/** How far after a title line's date its time may stand (" kl. 16:00", ", Kl. 9.30"). */
const TIME_AFTER_DATE = 16;

const ABSENCE_SENTENCE_LINES = 20;

/**
 * The names a header's sentence says were away: "<names> havde meldt forfald." (or "afbud", "har
 * meldt …") and "… mødte for <names>, der havde forfald."; each name two to five capitalised words.
 */
function absentInSentence(texts: readonly Line[]): Located[] {
  const away: Located[] = [];
  for (const line of texts) {
    if (line.text.length > MAX_ABSENCE_SENTENCE) continue;
    const found = NAMES_AWAY.exec(line.text) ?? STOOD_IN_FOR.exec(line.text);
    if (found === null) continue;
    const names = splitNames(located(found[1], line.start + found.index + found[0].indexOf(found[1])));
    if (names.length > 0 && names.every((n) => isNameLine(n.value))) away.push(...names);
  }
  return away;
}
const MAX_ABSENCE_SENTENCE = 300;
const NAMES_AWAY = /^(\p{Lu}[^.:;]{2,200}?)\s+(?:havde|har)\s+meldt\s+(?:forfald|afbud)\b/u;
const STOOD_IN_FOR = /\bmødte\s+for\s+(\p{Lu}[^.:;]{2,120}?),\s+der\s+(?:havde|har)\s+(?:meldt\s+)?(?:forfald|afbud)\b/u;
/**
 * "Møde med Rådet for Etniske Minoriteter", "Henvendelse fra Ældrerådet": a title naming the body the
 * meeting is with or about, not the one meeting (an item page repeats its title above the header).
 */
const OTHER_PARTY = /^(?!(?:referat|dagsorden|beslutningsreferat|beslutningsprotokol|protokol)\b)\p{L}+\s+(?:med|hos|om|fra)\s+/iu;
const TRAILING_WEEKDAY = new RegExp(`\\s+(?:${WEEKDAYS.join('|')})$`, 'i');
const TRAILING_MEETING = /\s+(?:(?:ordinære|ekstraordinære)\s+)?møde[t]?$/i;
/** "<Body>s møde den <date>": the body (without the genitive s), a capital first. */
const GENITIVE_MEETING = /^(\p{Lu}[^\n]{1,60}?)s\s+(?:ekstraordinære\s+)?møde\s+(?:den|d\.)\s+\d/u;
/** "<body> - Referat - <date>", "<body> - Referat fra mødet den <date>": the body, the document's word, then anything. */
const BODY_KIND_TITLE = /^([^\s\-–].{1,80}?)\s+[-–]\s+(Referat|Dagsorden|Beslutningsreferat|Protokol)(?:\s+[-–]\s+.*|\s+(?:fra|for|af|til)\s+.*)?$/i;
const ONLY_PREPOSITION = /^(?:til|fra|for|af|i|over)?$/i;
/** The length of the words ("fra mødet i", "til") that open `text` before a committee's name. */
export const meetingWordsLength = (text: string): number => MEETING_OF.exec(text)?.[0].length ?? 0;

/** A small word first and a full stop last: a sentence of the text ("blev godkendt."), never a committee. */
function isSentence(rest: string): boolean {
  return /^\p{Ll}+\s/u.test(rest) && meetingWordsLength(rest) === 0 && /\.\s*$/.test(rest);
}

/** "fra mødet i", "til", "for", "af møde i", "- ": the words between "Referat" and the committee. */
const MEETING_OF = /^(?:[-–:]\s+)?(?:(?:fra|til|for|af)\s+)?(?:(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?møde(?:t)?\s+i\s+|(?:ordinært|ekstraordinært)\s+(?=\p{Lu}))?/iu;
/** The body's word in the definite form, small, alone: "the committee", a sentence's word, no name. */
const GENERIC_BODY = new Set(BODY_WORDS.flatMap((w) => [w, `${w}et`, `${w}en`]));
const ABSENT_MARK = /\s*\((?:afbud|fraværende)\)\s*$/i;
/** "Bo Lund (afbud)" → "Bo Lund"; a name without the mark keeps its value and span ("Anne Holm (A)" over "Anne Holm, (A)"). */
const withoutAbsentMark = (p: Located): Located => (ABSENT_MARK.test(p.value) ? located(p.value.replace(ABSENT_MARK, '').trim(), p.span.start) : p);
const MAX_NAME_LINES = 60;
const LABEL_START = /^\p{L}[\p{L} ]{0,30}:/u;
const MUNICIPALITY_LINE = /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+Kommune$/u;
const NAME_BULLET = /^[-–•·*]\s+/;
const MAX_LIST_NAMES = 100;

/** The first line at or after `from` that is no names' label alone ("Fraværende:" under "Deltagere:"). */
function afterLabelRow(texts: readonly Line[], from: number): number {
  let k = from;
  while (k < texts.length && /:\s*$/.test(texts[k].text) && NAMES_FIELDS.has(fieldOf(texts[k], undefined)?.field ?? '')) k++;
  return k;
}
const NAMES_FIELDS = new Set<string>(['participants', 'absent']);

/**
 * An attendance table under a label alone: a row of column headers that pairs a name column
 * with a status column ("Navn<TAB>Fremmøde", repeated for two members a row), then rows of as
 * many cells or fewer; every name is a member, those whose status says they did not come
 * (ABSENT_STATUSES) are absent too. Null where the first row is no such header.
 */
function attendanceTable(texts: readonly Line[], from: number): { members: Located[]; absent: Located[] } | null {
  const header = texts[from]?.text.toLowerCase().split('\t').map((c) => c.trim());
  if (header === undefined || header.length < 2 || header.length % 2 !== 0) return null;
  for (let c = 0; c < header.length; c += 2) {
    if (!ATTENDANCE_COLUMNS.name.includes(header[c] as never) || !ATTENDANCE_COLUMNS.status.includes(header[c + 1] as never)) return null;
  }
  const members: Located[] = [];
  const absent: Located[] = [];
  for (let k = from + 1; k < texts.length && k - from <= MAX_NAME_LINES; k++) {
    const cells = texts[k].text.split('\t');
    if (cells.length < 2 || cells.length > header.length || cells.length % 2 !== 0) break;
    let at = texts[k].start;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c].trim();
      if (c % 2 === 0 && cell.length > 0) {
        const name = located(cell, at + cells[c].indexOf(cell));
        members.push(name);
        if (ABSENT_STATUSES.includes(cells[c + 1].trim().toLowerCase())) absent.push(name);
      }
      at += cells[c].length + 1;
    }
  }
  return members.length > 0 ? { members, absent } : null;
}

/** The names on the lines after a label that stands alone, one a line, up to the next label or a long line. */
function nameLines(texts: readonly Line[], from: number): Located[] {
  const names: Located[] = [];
  for (let k = from; k < texts.length && names.length < MAX_NAME_LINES; k++) {
    const t = texts[k];
    // "Ikke registreret |" under "Deltagere: |": the field says it holds no one.
    if (k === from && namesNoOne(located(t.text, t.start))) return [];
    // The names on one line after the label ("Anne Hansen, Bo Jensen, Per Lund", a web page's cell):
    // that line is the list. "John Hansen, V" over "Lisa Holm, A" is a name and its party a line.
    if (k === from && isOneLineList(t, texts[k + 1])) return oneLineLists(texts, from).slice(0, MAX_LIST_NAMES);
    if (k === from) {
      const wrapped = wrappedList(texts, from);
      if (wrapped !== null) return splitNames(wrapped).slice(0, MAX_LIST_NAMES);
    }
    // "Per Berg (Ø)        Mona Lund (C)": a word processor's table, a name a cell, its cells
    // apart by runs of spaces.
    const cells = tableCells(t);
    if (cells.length >= 2) {
      names.push(...cells);
      continue;
    }
    // "Kopier link til punktet - Print": the page's controls under the list end it.
    if (isWebControlLine(t.text)) break;
    // "- Hans Hansen": a web page's list of names, one a bullet.
    const bullet = NAME_BULLET.exec(t.text)?.[0].length ?? 0;
    // The name is what stands before a member's attendance mark ("Per Holm: Afbud (… 1-3. )") and a
    // note in lower case ("Kim Vest (C), stedfortræder for …"); a line that is only a mark is a note.
    const name = beforeAttendance(t.text.slice(bullet));
    if (name.length === 0) {
      // A note of words ("Deltog ikke under punkterne 4-5"), not a label ("Fraværende:", "AFBUD/FRAVÆRENDE").
      if (!t.text.includes(' ', bullet) || /:\s*$/.test(t.text) || fieldOf(t, undefined)) break;
      names.push(located(t.text.slice(bullet), t.start + bullet));
      continue;
    }
    const shown = t.text.slice(0, bullet) + name.replace(NAME_NOTE, '');
    if (shown.length > 60 || t.text.includes('\t') || fieldOf(t, undefined) || /\d{1,2}[.:]\d{2}/.test(shown)) break;
    // "ÅBNE SAGER": a heading in capitals; "Nordby Kommune", "Udvalget, Mandag den 08-04-2013":
    // a page's footer or running header (a name may say "1. næstformand", never a year).
    if (!/\p{Ll}/u.test(t.text) || /\d{4}/.test(t.text) || MUNICIPALITY_LINE.test(t.text)) break;
    // "Bemærkninger: …": another label, of a field the header does not keep.
    if (LABEL_START.test(shown)) break;
    // A name has a first and a last name: one word alone ("Referat" over the list of items,
    // "Bemærkninger") ends the names.
    if (!t.text.includes(' ', bullet)) break;
    // "Per Berg (Ø)Mona Lund (C)": a row of two members whose cells the copy glued at the bracket.
    if (bullet < t.text.length) names.push(...gluedAtBracket(located(t.text.slice(bullet), t.start + bullet)).map(partyAfterComma));
  }
  return names;
}

/**
 * The names of a list on one line and of each such list right after it ("Anne Lund (A)Bo Holm (V)…"
 * over "Erik Mose (F)…": a table's two columns of members, each copied as a paragraph).
 */
function oneLineLists(texts: readonly Line[], from: number): Located[] {
  const names: Located[] = [];
  for (let k = from; k < texts.length && names.length < MAX_LIST_NAMES; k++) {
    const list = splitNames(located(texts[k].text.replace(CELL_BAR_AT_END, ''), texts[k].start));
    // A line after the first goes on the list only when every part is a name ("Budget, regnskab og plan" is a title).
    if (k > from && !(isOneLineList(texts[k], texts[k + 1]) && list.every((n) => isNameLine(n.value)))) break;
    names.push(...list);
  }
  return names;
}

/**
 * A list of names a PDF's cell wrapped over lines ("Lise Holm, Per Dam, Anne" / "Lund, Bo Kragh"):
 * the lines right below one another, joined where a name was cut (the line's last name one word)
 * or after a comma, up to the next label. The joins are spaces over the line breaks, so every
 * name keeps its place; a name split over two lines spans the break.
 */
function wrappedList(texts: readonly Line[], from: number): Located | null {
  const first = texts[from];
  if (first.text.split(', ').length < MIN_LIST_NAMES || first.text.length > 120) return null;
  let value = first.text;
  let last = first;
  for (let k = from + 1; k < texts.length && k <= from + MAX_WRAPPED_LINES; k++) {
    const t = texts[k];
    // "… Bolette Dahl" / "Pedersen, Preben Andersen, …": a line opening with one word before its
    // first comma is the end of the name above, as a line ending with one word is the start of one.
    const cut = /,\s*$/.test(last.text) || (last.text.split(',').pop() ?? '').trim().split(/\s+/).length === 1 || /^\p{Lu}[\p{L}.-]*,/u.test(t.text);
    if (!cut || t.index !== last.index + 1 || t.text.length > 80 || /\d|:\s*$/.test(t.text) || fieldOf(t, undefined)) break;
    value += ' '.repeat(t.start - (last.start + last.text.length)) + t.text;
    last = t;
  }
  return last === first ? null : located(value, first.start);
}
const MAX_WRAPPED_LINES = 5;

/**
 * A line of names and nothing else ("Lise Berg", "Ole Holm (A), Sara Dam og Kim E. Lund"): each
 * name of two to five capitalised words (a party in brackets, "van"/"de" between), no label.
 */
function isNameLine(text: string): boolean {
  if (text.length > MAX_NAME_LINE || text.includes(':') || /\d/.test(text)) return false;
  return text.split(/,\s*|\s+og\s+/).every((name) => {
    const words = name.trim().split(/\s+/);
    // "Robert Hansen, Ø": the party after the comma.
    if (PARTY.test(name.trim())) return true;
    return words.length >= 2 && words.length <= 5 && words.every((w) => /^(?:\p{Lu}|\()/u.test(w) || NAME_PARTICLES.has(w));
  });
}
const MAX_NAME_LINE = 120;
const ROLE = new RegExp(`^(?:\\d\\.\\s*)?(?:${MEMBER_ROLES.join('|')})$`, 'iu');
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'la', 'af', 'der', 'den']);
const PARTY = /^\(?\p{Lu}{1,3}\)?$/u;
const NAME_NOTE = /,\s*\p{Ll}.*$/u;
const SUBSTITUTE_NOTE = /\s+[-–]\s+[^-–]{1,60}\bstedfortræder$/u;

/** The cells of a row of names set apart by runs of three or more spaces or tabs, each a name of two words or more; none when a cell is no name. */
function tableCells(line: Line): Located[] {
  const cells: Located[] = [];
  const re = /\S+(?: {1,2}\S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.text)) !== null) {
    if (m[0].length > MAX_CELL_NAME || !m[0].includes(' ') || /\d{1,2}[.:]\d{2}/.test(m[0])) return [];
    cells.push(located(m[0], line.start + m.index));
  }
  return cells;
}
const MAX_CELL_NAME = 40;

/**
 * The part of a line that names the body: the line, or of a title line in sentences ("Beslutninger
 * fra mødet. Torsdag kl Ordinært møde. Økonomiudvalget") the sentence that does; never one naming the
 * body the meeting is with or about (OTHER_PARTY).
 */
function bodyPart(line: Line): Located | null {
  let at = 0;
  for (const sentence of line.text.split(SENTENCE_BREAK)) {
    if (namesBody(sentence) && !OTHER_PARTY.test(sentence)) return located(sentence, line.start + at);
    at += sentence.length + 2;
  }
  return null;
}

/**
 * The first sentences, up to 80 characters, of a long line that holds a header's label ("… Referat.
 * Mødedato: 26. juni …"): a hosting page's title of a PDF's first lines. Null for other long lines (prose).
 */
function joinedTitleHead(line: Line): Line | null {
  INLINE_LABEL.lastIndex = 0;
  if (!INLINE_LABEL.test(line.text)) return null;
  let end = 0;
  for (const m of line.text.matchAll(/\. (?=\p{Lu})/gu)) {
    if (m.index > MAX_TITLE_HEAD) break;
    end = m.index;
  }
  return end === 0 ? null : { ...line, text: line.text.slice(0, end), end: line.start + end };
}
const MAX_TITLE_HEAD = 80;

/** A full stop and a space before a capital ("mødet. Torsdag"), not "kl. 17:00". */
const SENTENCE_BREAK = /\. (?=\p{Lu})/u;

/** A line of two or more table column words and nothing else. */
function isColumnHeaderRow(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return words.length >= 2 && words.every((w) => COLUMN_WORDS.has(w));
}
const COLUMN_WORDS = new Set(TABLE_COLUMN_WORDS);
/** The words up to and including the first that names a body ("Miljø- og Teknikudvalget", "Byrådet"). */
const FIRST_BODY_NAME = new RegExp(`^\\S.{0,80}?(?:${BODY_WORDS.join('|')})\\S*`, 'iu');

function isOneLineList(line: Line, next: Line | undefined): boolean {
  // "Poul Berg, Ib Dam og Eva Sand.": commas and " og " part the names.
  return splitNames(located(line.text, line.start)).length >= MIN_LIST_NAMES && !fieldOf(line, undefined) && (next === undefined || !next.text.includes(','));
}
const MIN_LIST_NAMES = 3;

/**
 * Whether `text` names a political body: a word that holds a body word and is not the room it
 * meets in, in a name: capitalised ("Økonomiudvalget", "Udvalget for …"), or a short line that is
 * a name as a whole ("Hennys testudvalg"); not "lokaludvalg" in an item's title, nor a point or a
 * sentence ("1. at Byrådet godkender …").
 */
export const namesBody = (text: string) => {
  if (SENTENCE_END.test(text) || POINT_START.test(text)) return false;
  const words = text.split(NOT_LETTERS).filter((w) => w.length > 0);
  for (const written of words) {
    if (!UPPER_FIRST.test(written) && words.length > SHORT_NAME_WORDS) continue;
    const word = written.toLowerCase();
    if (holdsBodyWord(word)) return true;
  }
  return false;
};
const UPPER_FIRST = /^\p{Lu}/u;
const POINT_START = /^\s*(?:\d|[-•·–])/;
/** A full stop, not the dots of a title cut short ("… - Rudersdal ..."). */
const SENTENCE_END = /[^.]\.\s*$/;
const SHORT_NAME_WORDS = 3;
const NOT_LETTERS = /[^\p{L}]+/u;

/**
 * "Teknik- og Bygningsudvalget tirsdag den 13. august 2024 kl. 16.30", "Byrådet - Referat fra
 * mødet den 24-04-2019": the body named before the meeting's day, without the document's word.
 */
function committeeBeforeDate(line: Line): Located | null {
  const date = findDates(line.text)[0];
  if (date === undefined || date.span.start === 0) return null;
  const before = line.text.slice(0, date.weekday ? Math.min(date.weekday.span.start, date.span.start) : date.span.start);
  // "Byrådet Beslutningsprotokol. 24. september …": a download page's title joins the PDF's lines with ". ".
  const name = before.replace(DAY_WORDS_AT_END, '').replace(JOINED_STOP_AT_END, '').replace(KIND_AT_END, '').replace(SEPARATORS_AT_END, '');
  if (name.length < 3 || /^\d/.test(name) || !namesBody(name) || /["“]/.test(name)) return null;
  const kindFirst = KIND_AT_START.exec(name)?.[0].length ?? 0;
  const lead = kindFirst + (MEETING_OF.exec(name.slice(kindFirst))?.[0].length ?? 0);
  // "Møde i udvalget d. 21. marts 2018": "the committee", no name.
  return lead < name.length && !GENERIC_BODY.has(name.slice(lead)) ? located(name.slice(lead), line.start + lead) : null;
}
/** "Økonomiudvalget - Viborg Kommune": a web page's title names the municipality after the body. */
const MUNICIPALITY_AT_START = /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+Kommune\s+[-–|]\s+(?=\p{Lu})/u;
const MUNICIPALITY_AT_END = /\s+(?:[-–|]|for)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:Kommune|Kommunalbestyrelse)$/iu;
/** "tirsdag den", "d.", "mødet den", ",": what stands between a body and its meeting's date. */
const DAY_WORDS_AT_END = new RegExp(`(?:\\s*,)?(?:\\s+(?:${WEEKDAYS.join('|')}))?(?:\\s+(?:fra\\s+)?(?:mødet|møde))?(?:\\s+(?:den|d\\.))?\\s*$`, 'i');
const JOINED_STOP_AT_END = /\.\s*$/;
/** A short line whose last word names a room or a building ("Rådhuset", "Udvalgsværelse D"). */
function isRoomLine(text: string): boolean {
  // "Skype", "via Teams": a meeting held online names its service where the room would stand.
  if (ONLINE_PLACE.test(text)) return true;
  const words = text.split(/\s+/);
  // "Byrådets mødesal på Nordby Rådhus": a room named at length; a sentence ends with its full stop.
  if (text.length > MAX_ROOM_LINE || words.length > MAX_ROOM_WORDS || !UPPER_FIRST.test(text) || (/\.$/.test(text) && !ADDRESS_AT_END.test(text))) return false;
  return words.some((w) => ROOM_WORD_ENDINGS.some((e) => w.toLowerCase().replace(/[,.]$/, '').endsWith(e)));
}
/** "…, st.": an address's floor ends the place with an abbreviation's full stop, not a sentence's. */
const ADDRESS_AT_END = new RegExp(`[\\s,](?:${ADDRESS_ABBREVIATIONS.map((a) => a.replace('.', '\\.')).join('|')})$`, 'i');
const MAX_ROOM_LINE = 60;
const MAX_ROOM_WORDS = 8;
const ONLINE_PLACE = new RegExp(`^(?:via\\s+)?(?:${ONLINE_PLACES.join('|')})$`, 'i');

/**
 * "Ekstraordinært møde - Mødelokale F7 kl. 12.00": the meeting's kind, a dash, then its place and
 * time. Without a time the words after the kind must name a room ("… - Rådhuset").
 */
function placeAfterMeetingKind(line: Line): { place: Located; time: Located | null } | null {
  const kind = MEETING_KIND_LEAD.exec(line.text);
  if (kind === null) return null;
  const rest = line.text.slice(kind[0].length);
  const clock = PLACE_CLOCK.exec(rest);
  const room = (clock ? rest.slice(0, clock.index) : rest).trimEnd();
  if (room.length === 0 || (clock === null && !isRoomLine(room) && !ROOM_NUMBER_LINE.test(room))) return null;
  return { place: located(room, line.start + kind[0].length), time: clock ? clockIn(located(line.text, line.start), line.start + kind[0].length + clock.index) : null };
}
const MEETING_KIND_LEAD = new RegExp(`^(?:${MEETING_KIND_PHRASES.join('|')})\\s*[-–]\\s+`, 'i');

/**
 * "Brohuset: Venteområdet ved Genoptræningen, …": a building's name and its colon open the line,
 * the room after it (a word ending as a room's or a building's does, capitalised, one word).
 */
const BUILDING_AND_COLON = new RegExp(`^\\p{Lu}\\p{L}*(?:${ROOM_WORD_ENDINGS.join('|')}):\\s+\\p{Lu}.{0,118}$`, 'u');

/** "Møde 22. marts 2011 kl. 08:00 i <sted>": on a dated line, the place after the meeting's time, to the line's end. */
export function placeAfterTime(line: Line): Located | null {
  if (findDates(line.text).length === 0) return null;
  const after = PLACE_AFTER_TIME.exec(line.text);
  return after ? located(after[1].trim(), line.start + after.index + after[0].length - after[1].length) : null;
}

/**
 * "Onsdag den 28. oktober 2015 Kl. 16:00 Byrådssalen Nordby Medlemmer …", "… 2015Kl. 16:00Byrådssalen
 * Nordby" (a PDF's title lines run on, or copied without spaces): on a dated line, the room right
 * after the meeting's time, up to the next field's label or the line's end.
 */
function roomAfterClock(line: Line): Located | null {
  const clock = CLOCK_BEFORE_ROOM.exec(line.text);
  if (clock === null) return null;
  const date = findDates(line.text.slice(0, clock.index))[0];
  if (date === undefined) return null;
  const from = clock.index + clock[0].length;
  const rest = line.text.slice(from, from + MAX_ROOM_LINE + 1);
  const label = NEXT_FIELD_LABEL.exec(rest);
  // 'Download "Byrådet … kl. 17:00 Byrådssalen, Rådhuset"': a hosting page quotes the title; the quote closes it.
  const end = label ?? QUOTE_AT_END.exec(rest);
  const room = (end ? rest.slice(0, end.index) : rest).trimEnd();
  return room.length > 0 && (end !== null || from + room.length === line.text.length) && isRoomLine(room) ? located(room, line.start + from) : null;
}
const QUOTE_AT_END = /["”]\s*$/;

/**
 * "Mødet afholdes fysisk i Rådssalen, Bogense Rådhus. På grund af …": a header's sentence that
 * opens its line and says where the meeting is held; the place runs to the sentence's end or the
 * time, and must name a room or a building ("Mødet holdes i år i …" names none).
 */
function placeInSentence(line: Line): Located | null {
  const from = heldInPrefix(line.text);
  if (from === 0) return null;
  const rest = PLACE_TO_SENTENCE_END.exec(line.text.slice(from));
  const room = rest?.[0].trimEnd() ?? '';
  return room.length > 0 && isRoomLine(room) ? located(room, line.start + from) : null;
}
/** The place up to the sentence's end (a full stop before a space or the line's end) or the time. */
const PLACE_TO_SENTENCE_END = new RegExp(`^[^.;:]{1,${MAX_ROOM_LINE}}?(?=,?\\s+kl\\b|\\.(?:\\s|$)|$)`, 'u');
// "2015Kl. 16:00": the copy may glue the clock to the year before it.
const CLOCK_BEFORE_ROOM = /(?<!\p{L})kl\.?\s*\d{1,2}[:.]\d{2}\s*(?=\p{Lu})/iu;
/** A field's label, capitalised as written, after a word: where a value run on ends. */
const NEXT_FIELD_LABEL = new RegExp(`\\s(?:${[...HEADER_FIELD_LABELS].map(([l]) => l).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'u');

/**
 * "i Byrådssalen", "i Rådssalen, Regionshuset, Vejen 26, 8800 By", "i Mødesalen, Ringe -
 * Ekstraordinært": a place, alone on its line after its preposition, its parts apart by commas;
 * the meeting's kind after it no part of it.
 */
const PLACE_LINE = new RegExp(`^i\\s+(\\p{Lu}[^\\s,.:;]*(?:,?\\s+[^\\s,.:;\\-–][^\\s,.:;]*){0,9})(?:\\s+[-–]\\s+(?:${MEETING_KIND_PHRASES.map((p) => p.split(' ')[0]).join('|')})(?:\\s+møde)?)?$`, 'u');
/** "<Body> Referat …", "<Body> BESLUTNINGSPROTOKOL": the body, then the document's word. */
const KIND_AFTER_BODY =
  /^(\S.{0,60}?)\s+(?:(?:Åben|Åbent|Lukket|ÅBEN|ÅBENT|LUKKET)\s+(?:[Rr]eferat|[Dd]agsorden|[Bb]eslutningsreferat|[Bb]eslutningsprotokol|[Pp]rotokol)|Referat|Dagsorden|Beslutningsreferat|Beslutningsprotokol|Protokol|REFERAT|DAGSORDEN|BESLUTNINGSREFERAT|BESLUTNINGSPROTOKOL|PROTOKOL)\b/u;

/** A body's name without the municipality after it ("Socialudvalget - Nordby Kommune", "KOMMUNALBESTYRELSEN FOR NORDBY KOMMUNE"). */
export const withoutMunicipality = (name: string): string => name.replace(MUNICIPALITY_AT_END, '');
/** "Mødelokale 4, Nordby", "Mødelokale F 7", "Mødelokale C": a room word and the room's number or letter. */
const ROOM_NUMBER_LINE = /^Mødelokale\s+(?:\d|\p{Lu}\s*\d|\p{Lu}(?![\p{L}\d]))/u;
/** "kl. 08:00 i Erhvervshuset Nordby": the place a title line names after the meeting's time. */
// "… 29. JANUAR 2009, KL PÅ BOGENSE RÅDHUS": the time the copy lost, the place after "på".
const PLACE_AFTER_TIME = /\bkl\.?(?:\s*\d{1,2}[:.]\d{2})?\s+(?:i|på)\s+(\p{L}.{1,80})$/iu;
/** "Økonomiudvalget - 22-04-2022": the dash before the date. */
const SEPARATORS_AT_END = /[\s\-–:|,]+$/;
/** "Referat byrådet 31. oktober 2018": the document's word before the body's name. */
const KIND_AT_START = /^(?:referat|dagsorden|beslutningsreferat|beslutningsprotokol|protokol)\s+/i;
/** " - Referat", "Referat" and the like after the body's name. */
const KIND_AT_END = /(?:\s*[-–:]\s*|\s+)(?:referat|dagsorden|beslutningsreferat|beslutningsprotokol|protokol)(?:\s+(?:af|fra|for|til))?$/i;
/** " kl. 16.00" and what follows it on a place's line. */
const PLACE_CLOCK = /\s+kl\.?\s*\d{1,2}[:.]\d{2}.*$/i;

/** The header field a line labels and its value (the rest of the line, or the next line under a label alone). */
function fieldOf(line: Line, next: Line | undefined): { field: (typeof HEADER_FIELD_LABELS)[number][1]; value: Located | null } | null {
  const lower = line.text.toLowerCase();
  for (const [label, field] of FIELD_LABELS_LONGEST_FIRST) {
    if (!lower.startsWith(label)) continue;
    // "Udvalg Ikon": the label and its icon's text, the value below.
    const rest = ICON_AFTER_LABEL.test(line.text.slice(label.length)) ? '' : line.text.slice(label.length);
    // "Starttidspunkt 08:30", "Dato 24. juni 2015": a PDF's label column lost its colon; a date or a time follows.
    const spacedValue = (field === 'date' || field === 'time' || field === 'end') && /^\s+\d/.test(rest);
    if (rest.length > 0 && !/^\s*:|^\t/.test(rest) && !spacedValue && !GLUED_VALUE.test(rest)) continue;
    const lead = rest.length - rest.replace(/^[\s:]+/, '').length;
    // "Dato: |" over "10-10-2022 17:00:00 |": a table copied with its cells' bars.
    const value = rest.slice(lead).replace(CELL_BAR_AT_END, '').trim();
    if (value.length > 0) return { field, value: located(value, line.start + label.length + lead) };
    // A label alone: its value is the next line (one value) or the lines below (a list of names).
    const single = next && next.text.length <= 120 && !/:\s*$/.test(next.text) && field !== 'participants' && field !== 'absent' ? located(next.text.replace(CELL_BAR_AT_END, ''), next.start) : null;
    return { field, value: single };
  }
  return null;
}

const CELL_BAR_AT_END = /\s*\|\s*$/;
/**
 * "MødestedRådssalen", "UdvalgÆldreråd": a web page's label cell and value cell copied without a
 * space between them; the value starts with a capital and a small letter, as no word that only
 * starts with a label's letters goes on ("Stedfortræder", "Tidsplan").
 */
const GLUED_VALUE = /^\p{Lu}\p{Ll}/u;

/**
 * "Udvalg Byrådet", "Fraværende Ingen": a label without its colon, its value after a space, read
 * only in a block of such lines (the line above or below is labelled too): alone, "Udvalg for …"
 * or "Tid til …" is text.
 */
function spacedFieldOf(texts: readonly Line[], k: number): ReturnType<typeof fieldOf> {
  const spaced = spacedLabel(texts[k]);
  if (spaced === null) return null;
  const neighbour = (j: number) => j >= 0 && j < texts.length && Math.abs(texts[j].index - texts[k].index) === 1 && (spacedLabel(texts[j]) !== null || fieldOf(texts[j], undefined) !== null);
  return neighbour(k - 1) || neighbour(k + 1) ? spaced : null;
}
function spacedLabel(line: Line): { field: (typeof HEADER_FIELD_LABELS)[number][1]; value: Located } | null {
  const lower = line.text.toLowerCase();
  for (const [label, field] of FIELD_LABELS_LONGEST_FIRST) {
    if (!lower.startsWith(label)) continue;
    const m = /^ +(?=[\p{Lu}\d])/u.exec(line.text.slice(label.length));
    return m === null ? null : { field, value: located(line.text.slice(label.length + m[0].length).trim(), line.start + label.length + m[0].length) };
  }
  return null;
}

/** "• Afbud" over "• Bo Lund, V": a web page's list of attendees opened by a label as its first bullet. */
function bulletLabelOf(line: Line): ReturnType<typeof fieldOf> {
  const bullet = NAME_BULLET.exec(line.text.trimStart());
  if (bullet === null) return null;
  const rest = line.text.trimStart().slice(bullet[0].length).replace(/:\s*$/, '').trim().toLowerCase();
  const label = FIELD_LABELS_LONGEST_FIRST.find(([l, f]) => l === rest && (f === 'absent' || f === 'participants'));
  return label ? { field: label[1], value: null } : null;
}

/**
 * A label column copied before its values ("Mødedato:" / "Mødet påbegyndt:" / "Mødested:" over
 * "25. maj 2016" / "kl. 18:00" / "Rådhuset"): two labels alone or more on consecutive lines, then
 * as many values; each label's value is the one in its place. Keyed by the label's index in `texts`.
 */
function labelColumnValues(texts: readonly Line[]): Map<number, Located | null> {
  const paired = new Map<number, Located | null>();
  for (let k = 0; k < Math.min(texts.length, COLUMN_SEARCH_LINES); k++) {
    let n = 0;
    while (k + n < texts.length && LABEL_ALONE.test(texts[k + n].text) && (n === 0 || texts[k + n].index === texts[k + n - 1].index + 1)) n++;
    if (n < 2) continue;
    // The values, each a line of its own right below the last; the last labels may have none
    // ("Fraværende:" over "Følgende sager behandles:"). Two labels over one value are no column
    // copied before its values ("Udvalg:" / "Dato:" / "Mandag, 11 januar, 2021" / "Hent som fil:").
    const values: Located[] = [];
    for (let j = 0; j < n; j++) {
      const v = texts[k + n + j];
      if (v === undefined || v.index !== texts[k + n + j - 1].index + 1 || /:\s*$/.test(v.text) || v.text.length > 120) break;
      values.push(located(v.text, v.start));
    }
    if (values.length >= 2) for (let j = 0; j < n; j++) paired.set(k + j, values[j] ?? null);
    k += n - 1;
  }
  return paired;
}
const LABEL_ALONE = /^\p{Lu}[\p{L} .]{0,40}:$/u;
const COLUMN_SEARCH_LINES = 40;

/**
 * A value under a label alone, with the short line below it when that line stands right above the
 * next label ("Byrådssalen, Nordby" / "Rådhus" / "Starttidspunkt for møde:"): a cell wrapped in the
 * copy. Joined by a space over the line break, so the value keeps its place.
 */
function wrappedValue(texts: readonly Line[], at: number): Located | null {
  const first = texts[at];
  const more = texts[at + 1];
  const after = texts[at + 2];
  if (more === undefined || after === undefined || more.index !== first.index + 1 || after.index !== more.index + 1) return null;
  if (more.text.length > MAX_WRAPPED_PLACE || /[\d:]/.test(more.text) || !(LABEL_ALONE.test(after.text) || fieldOf(after, undefined) !== null)) return null;
  return located(first.text + ' '.repeat(more.start - (first.start + first.text.length)) + more.text, first.start);
}
const MAX_WRAPPED_PLACE = 40;

/**
 * A value that ends its line with a comma (the line's last cell), joined with the next line when
 * that holds no field of its own.
 */
function continuedAfterComma(value: Located, line: Line, more: Line | undefined): Located | null {
  const kept = value.value.trimEnd();
  if (more === undefined || more.index !== line.index + 1 || !kept.endsWith(',') || value.span.start + kept.length !== line.end) return null;
  if (more.text.length > MAX_WRAPPED_PLACE || /[:\t]|^\d{1,3}\.\s/.test(more.text) || fieldOf(more, undefined) !== null) return null;
  return located(kept + ' '.repeat(more.start - (value.span.start + kept.length)) + more.text, value.span.start);
}

/**
 * A table of the meeting's facts with its labels in one row and the values in the row below,
 * as a Word template lays out "Mødedato | Tid | Sted": each cell's value under its label. Both
 * rows need as many cells (TABs between them), and every cell of the first row is a label.
 */
function labelRowFields(line: Line, next: Line | undefined): { field: (typeof HEADER_FIELD_LABELS)[number][1]; value: Located }[] | null {
  if (next === undefined || !line.text.includes('\t')) return null;
  const labels = line.text.split('\t');
  const values = next.text.split('\t');
  if (labels.length !== values.length) return null;
  const fields: { field: (typeof HEADER_FIELD_LABELS)[number][1]; value: Located }[] = [];
  let at = next.start;
  for (let k = 0; k < labels.length; k++) {
    const field = FIELD_BY_LABEL.get(labels[k].trim().replace(/\s*:$/, '').toLowerCase());
    if (field === undefined) return null;
    const value = values[k].trim();
    if (value.length > 0) fields.push({ field, value: located(value, at + values[k].indexOf(value)) });
    at += values[k].length + 1;
  }
  return fields;
}
const FIELD_BY_LABEL = new Map(HEADER_FIELD_LABELS.map(([l, f]) => [l.toLowerCase(), f] as const));

const ICON_AFTER_LABEL = new RegExp(`^\\s+(?:${ICON_WORDS.join('|')})$`, 'i');

/**
 * The labelled values of a line that holds two labels or more, or one after other text
 * ("Dagsorden. Forum: …"): each value up to the next label. A label at the line's start alone is fieldOf's.
 */
function inlineFields(line: Line): { field: (typeof HEADER_FIELD_LABELS)[number][1]; value: Located }[] {
  const found: { field: (typeof HEADER_FIELD_LABELS)[number][1]; at: number; after: number }[] = [];
  INLINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_LABEL.exec(line.text)) !== null) {
    const field = INLINE_FIELDS.get(m[1].toLowerCase());
    if (field !== undefined) found.push({ field, at: m.index + m[0].length - m[1].length - m[2].length, after: m.index + m[0].length });
  }
  if (found.length === 0 || (found.length === 1 && found[0].at === 0)) return [];
  const fields: { field: (typeof HEADER_FIELD_LABELS)[number][1]; value: Located }[] = [];
  found.forEach((f, k) => {
    const raw = line.text.slice(f.after, k + 1 < found.length ? found[k + 1].at : line.text.length);
    const value = raw.trim().replace(/[,.;]+$/, '');
    if (value.length > 0 && f.field !== 'participants' && f.field !== 'absent') fields.push({ field: f.field, value: located(value, line.start + f.after + (raw.length - raw.trimStart().length)) });
  });
  return fields;
}
const INLINE_FIELDS = new Map(HEADER_FIELD_LABELS.map(([l, f]) => [l.toLowerCase(), f] as const));
/** A label, capitalised as headers write it, after the line's start or a space, and its colon. */
const INLINE_LABEL = new RegExp(`(?:^|(?<=[\\s.]))(${[...HEADER_FIELD_LABELS].map(([l]) => l).sort((a, b) => b.length - a.length).join('|')})(\\s*:\\s*)`, 'g');

const FIELD_LABELS_LONGEST_FIRST = HEADER_FIELD_LABELS.map(([l, f]) => [l.toLowerCase(), f] as const).sort((a, b) => b[0].length - a[0].length);
