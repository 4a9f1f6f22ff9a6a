// The decision of this meeting. In a referat every open item with an Indstilling should have
// a Beslutning of this meeting, and a Beslutning should say something.
//
// Dating rule (decision-date-mismatch): the parser reads a qualified heading whose date differs
// from the meeting's as a quoted earlier decision. We call it this meeting's decision, misdated,
// when all of these hold: the item has no other decision of this meeting; the heading does not
// say "fra ..." or "pkt. N" (the marks of a quotation); and it names this meeting's committee
// (the header's committee, its term such as "2022-2025" ignored). Then the item is not also
// reported as missing its decision.

import type { AgendaItem, ReferatDocument, Section, Span } from '../../parser';
import { findDates, decisionsOf, normalizeTitle } from '../../parser';
import { text, type Finding, type Rule } from '../rule';
import { MONTHS } from '../../parser/vocabulary';
import { meetingDateOf, written } from './util';

export const missingDecision: Rule = {
  code: 'missing-decision',
  severity: 'warning',
  description: 'rule.missing-decision',
  check({ doc }) {
    if (doc.meeting.kind !== 'referat') return [];
    const findings: Finding[] = [];
    for (const item of doc.items) {
      if (item.closed) continue;
      const { recommendation, decision } = decisionsOf(item);
      if (!recommendation || decision || misdatedDecision(doc, item)) continue;
      findings.push({
        code: 'missing-decision',
        span: item.heading,
        message: text('diag.missingDecision', item.number),
        related: [{ span: recommendation.heading.span, message: text('related.recommendation') }],
      });
    }
    return findings;
  },
};

export const emptyDecision: Rule = {
  code: 'empty-decision',
  severity: 'warning',
  description: 'rule.empty-decision',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const item of doc.items) {
      for (const section of item.sections) {
        if (section.kind !== 'Beslutning' || !section.empty) continue;
        findings.push({ code: 'empty-decision', span: section.heading.span, message: text('diag.emptyDecision', item.number) });
      }
    }
    return findings;
  },
};

export const decisionDateMismatch: Rule = {
  code: 'decision-date-mismatch',
  severity: 'warning',
  description: 'rule.decision-date-mismatch',
  check({ doc }) {
    const meetingDate = doc.meeting.meetingDate ?? doc.meeting.headerDate;
    if (!meetingDate) return [];
    const findings: Finding[] = [];
    for (const item of doc.items) {
      const misdated = misdatedDecision(doc, item);
      if (!misdated) continue;
      const date = misdated.date;
      findings.push({
        code: 'decision-date-mismatch',
        span: date,
        message: text('diag.decisionDateMismatch', item.number, written(doc, date), written(doc, meetingDate.span)),
        related: [{ span: meetingDate.span, message: text('related.meetingDate') }],
        fix: { title: text('fix.decisionDate', restyle(written(doc, date), meetingDate.value)), edits: [{ span: date, newText: restyle(written(doc, date), meetingDate.value) }] },
      });
    }
    return findings;
  },
};

/** This meeting's decision of the item, read as an earlier one because of its date (see above). */
export function misdatedDecision(doc: ReferatDocument, item: AgendaItem): { section: Section; date: Span } | null {
  const meetingDate = meetingDateOf(doc);
  const committee = doc.meeting.committee?.value;
  if (!meetingDate || !committee) return null;
  const { decision, priors } = decisionsOf(item);
  if (decision) return null;
  for (const section of priors) {
    const prior = section.prior!;
    const qualifier = section.qualifier ?? '';
    if (prior.punkt !== null || prior.date === null || prior.date === meetingDate || /^fra\s/i.test(qualifier)) continue;
    if (!prior.committee || !sameCommittee(prior.committee, committee)) continue;
    const date = findDates(doc.text, section.heading.span.start, section.heading.span.end).find((d) => d.iso === prior.date);
    if (date) return { section, date: date.span };
  }
  return null;
}

/** "Udvalget for X" names the committee "Udvalget for X 2022-2025": the term is not part of the name. */
function sameCommittee(named: string, header: string): boolean {
  const strip = (s: string) => normalizeTitle(s).replace(/\s+(?:\d{4}\s*[-–]\s*\d{2,4}|til\s+\S+)$/, '');
  return strip(named) === strip(header);
}

/** The ISO date written the way `example` writes dates ("21-05-2024", "21.05.2024", "21. maj 2024"). */
export function restyle(example: string, iso: string): string {
  const [y, m, d] = iso.split('-');
  const numeric = /^(\d{1,2})([.\-])(\d{1,2})\2\d{4}$/.exec(example);
  if (numeric) {
    const day = numeric[1].length === 2 ? d : String(Number(d));
    const month = numeric[3].length === 2 ? m : String(Number(m));
    return `${day}${numeric[2]}${month}${numeric[2]}${y}`;
  }
  const slashed = /^\d{1,2}\/\d{1,2} \d{4}$/.test(example);
  if (slashed) return `${Number(d)}/${Number(m)} ${y}`;
  const textual = /^\d{1,2}\.(\s?)(\p{L}+)\s+\d{4}$/u.exec(example);
  const month = MONTHS[Number(m) - 1];
  const name = textual && /^\p{Lu}/u.test(textual[2]) ? month[0].toUpperCase() + month.slice(1) : month;
  return `${Number(d)}.${textual ? textual[1] : ' '}${name} ${y}`;
}

export const decisionRules: readonly Rule[] = [missingDecision, emptyDecision, decisionDateMismatch];
