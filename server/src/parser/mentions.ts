// Dates and case numbers of the whole text in one pass: both start with a digit (or "EMN-",
// "S" and a digit), so one scan finds every place either can start and each tries its shapes
// there. Seven passes over every character (one per shape) were a quarter of a parse.

import type { CaseNumber, DateMention } from './model';
import type { CompiledPatterns } from './caseNumbers';
import { CaseNumberScan } from './caseNumbers';
import { DateScan, nextCandidate } from './dates';
import { DASH_CLASS } from './whitespace';

/** DATE_CANDIDATE or CASE_NUMBER_CANDIDATE ("\d\d[./-]" lies within "\d\d?[.\-/]"; "\d{4}/" is a written-out year's). */
const CANDIDATE = new RegExp(`(?<![\\d.])\\d{4}\\/|(?<![\\d.])\\d\\d?[./${DASH_CLASS}]|EMN-|S\\d`, 'g');

/** Dates and case numbers in text[from, to), with offsets into `text`. */
export function findMentions(
  text: string,
  custom: CompiledPatterns['patterns'],
  from = 0,
  to = text.length,
): { dates: DateMention[]; caseNumbers: CaseNumber[] } {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const dates = new DateScan(slice, from);
  const caseNumbers = new CaseNumberScan(slice, from);
  const candidates = new RegExp(CANDIDATE.source, 'g');
  for (let p = nextCandidate(candidates, slice, 0); p >= 0; p = nextCandidate(candidates, slice, p + 1)) {
    dates.at(p);
    caseNumbers.at(p);
  }
  return { dates: dates.found, caseNumbers: caseNumbers.finish(custom) };
}
