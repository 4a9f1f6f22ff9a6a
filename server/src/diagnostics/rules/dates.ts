// Dates: a written weekday that is not the date's, a date that does not exist (31. juni), and a
// header whose date is not the Mødedato.

import { weekdayOf } from '../../parser';
import { daysInMonth } from '../../parser/dates';
import { text, type Finding, type Rule } from '../rule';
import { written } from './util';

export const weekdayMismatch: Rule = {
  code: 'weekday-mismatch',
  severity: 'warning',
  description: 'rule.weekday-mismatch',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const date of doc.dates) {
      if (!date.weekday || !date.iso) continue;
      const actual = weekdayOf(date.iso);
      if (actual === date.weekday.value) continue;
      const asWritten = written(doc, date.weekday.span);
      const replacement = /^\p{Lu}/u.test(asWritten) ? actual[0].toUpperCase() + actual.slice(1) : actual;
      findings.push({
        code: 'weekday-mismatch',
        span: { start: date.weekday.span.start, end: date.span.end },
        message: text('diag.weekdayMismatch', written(doc, date.span), { weekday: actual }, { weekday: date.weekday.value }),
        fix: { title: text('fix.weekday', replacement), edits: [{ span: date.weekday.span, newText: replacement }], preferred: false },
      });
    }
    return findings;
  },
};

export const invalidDate: Rule = {
  code: 'invalid-date',
  severity: 'warning',
  description: 'rule.invalid-date',
  check({ doc }) {
    return doc.dates
      .filter((d) => d.iso === null)
      .map((d) => ({ code: 'invalid-date' as const, span: d.span, message: text('diag.invalidDate', written(doc, d.span), daysInMonth(d.year, d.month)) }));
  },
};

export const headerDateMismatch: Rule = {
  code: 'header-date-mismatch',
  severity: 'warning',
  description: 'rule.header-date-mismatch',
  check({ doc }) {
    const { headerDate, meetingDate } = doc.meeting;
    if (!headerDate?.value || !meetingDate?.value || headerDate.value === meetingDate.value) return [];
    return [
      {
        code: 'header-date-mismatch',
        span: headerDate.span,
        message: text('diag.headerDateMismatch', written(doc, headerDate.span), written(doc, meetingDate.span)),
        related: [{ span: meetingDate.span, message: text('related.meetingDate') }],
      },
    ];
  },
};

export const dateRules: readonly Rule[] = [weekdayMismatch, invalidDate, headerDateMismatch];
