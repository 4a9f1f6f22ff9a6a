// Dates and case numbers of the whole text in one pass: both start with a digit (or "EMN-",
// "S" and a digit), so one scan finds every place either can start and each tries its shapes
// there. Seven passes over every character (one per shape) were a quarter of a parse.

import type { CaseNumber, DateMention } from './model';
import type { CompiledPatterns } from './caseNumbers';
import { CaseNumberScan } from './caseNumbers';
import { DateScan } from './dates';

/** DATE_CANDIDATE or CASE_NUMBER_CANDIDATE ("\d\d[./]" lies within "\d\d?[.\-/]"). */
const CANDIDATE = /\d\d?[.\-/]|EMN-|S\d/g;

export function findMentions(text: string, custom: CompiledPatterns['patterns']): { dates: DateMention[]; caseNumbers: CaseNumber[] } {
  const dates = new DateScan(text, 0);
  const caseNumbers = new CaseNumberScan(text, 0);
  const candidates = new RegExp(CANDIDATE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = candidates.exec(text)) !== null) {
    dates.at(m.index);
    caseNumbers.at(m.index);
    candidates.lastIndex = m.index + 1;
  }
  return { dates: dates.found, caseNumbers: caseNumbers.finish(custom) };
}
