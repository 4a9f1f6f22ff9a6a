// Case numbers: a recognised shape with a malformed part (facet "000"), a year after the
// meeting, and a KLE emne that the shipped KLE table does not know (only a hint: KLE changes
// twice a year and old cases keep numbers that are gone).

import { text, type Finding, type Rule } from '../rule';
import { meetingDateOf, written } from './util';

export const caseNumber: Rule = {
  code: 'case-number',
  severity: 'warning',
  description: 'rule.case-number',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const c of doc.caseNumbers) {
      if (!c.problem || !c.kle) continue;
      findings.push({
        code: 'case-number',
        span: c.span,
        message: c.problem === 'facet' ? text('diag.caseNumberFacet', c.text, c.kle.facet) : text('diag.caseNumberEmne', c.text, c.kle.emne),
      });
    }
    return findings;
  },
};

export const caseNumberFuture: Rule = {
  code: 'case-number-future',
  severity: 'warning',
  description: 'rule.case-number-future',
  check({ doc }) {
    const date = meetingDateOf(doc);
    if (!date) return [];
    const year = Number(date.slice(0, 4));
    return doc.caseNumbers
      .filter((c) => c.fullYear !== null && c.fullYear > year && !numberOfYear(c.text, year))
      .map((c) => ({ code: 'case-number-future' as const, span: c.span, message: text('diag.caseNumberFuture', c.text, c.fullYear!, year) }));
  },
};

/**
 * "Kommuneplantillæg 21/2009" at a meeting in 2013: a number and the year it was given (a plan,
 * an act), read as case 2009 of 2021. When the part after the slash is a year up to the meeting's,
 * that reading is the likelier one, and a warning would be a false alarm.
 */
function numberOfYear(written: string, meetingYear: number): boolean {
  const m = NUMBER_SLASH_YEAR.exec(written);
  return m !== null && Number(m[1]) >= 1900 && Number(m[1]) <= meetingYear;
}
const NUMBER_SLASH_YEAR = /^\d{1,3}\/(\d{4})$/;

export const kleUnknown: Rule = {
  code: 'kle-unknown',
  severity: 'hint',
  description: 'rule.kle-unknown',
  check({ doc, kle }) {
    if (!kle || kle.size === 0) return [];
    const findings: Finding[] = [];
    for (const c of doc.caseNumbers) {
      if (!c.kle || c.problem === 'emne' || kle.emne(c.kle.emne)) continue;
      const span = { start: c.span.start, end: c.span.start + c.kle.emne.length };
      if (written(doc, span) !== c.kle.emne) continue;
      findings.push({ code: 'kle-unknown', span, message: text('diag.kleUnknown', c.kle.emne, kle.version) });
    }
    return findings;
  },
};

export const caseNumberRules: readonly Rule[] = [caseNumber, caseNumberFuture, kleUnknown];
