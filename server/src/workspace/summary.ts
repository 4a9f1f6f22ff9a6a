// What the workspace index keeps of one referat: enough to answer "where else does this case
// appear, and what was decided there", and nothing of its text. Positions are LSP ranges,
// computed once while the model is at hand, so no query needs the text again.

import type { Range } from 'vscode-languageserver-types';
import type { DocumentKind, Outcome, ReferatDocument, Span } from '../parser';
import { ownString, visibleText } from '../parser';
import { committeeKey, committeeName } from './committee';

export interface MeetingSummary {
  readonly kind: DocumentKind | null;
  /** Committee without its term ("Beskæftigelsesudvalget"), or null. */
  readonly committee: string | null;
  /** committeeKey() of the committee; "" when there is none. */
  readonly committeeKey: string;
  /** ISO date of the meeting (Mødedato, else the header's date), or null. */
  readonly date: string | null;
}

export interface PriorSummary {
  readonly committee: string | null;
  readonly date: string | null;
  readonly punkt: number | null;
  readonly outcome: Outcome | null;
  readonly heading: Range;
}

export interface ItemSummary {
  readonly number: number;
  readonly title: string;
  readonly closed: boolean;
  /** The item's own case number as written, or null. */
  readonly caseNumber: string | null;
  readonly heading: Range;
  /** The outcome of this meeting's Beslutning (not a quoted earlier one). */
  readonly outcome: Outcome | null;
  readonly priors: readonly PriorSummary[];
}

export interface CaseOccurrence {
  /** caseKey() of the number: what occurrences are compared by. */
  readonly key: string;
  readonly text: string;
  readonly range: Range;
  /** Index into the summary's items of the item the occurrence stands in, or -1. */
  readonly item: number;
  /** Whether this is the item's own case number (the line under its heading). */
  readonly own: boolean;
}

export interface MinutesSummary {
  readonly uri: string;
  readonly meeting: MeetingSummary;
  readonly items: readonly ItemSummary[];
  /** Every case number in the text, in order. */
  readonly caseNumbers: readonly CaseOccurrence[];
}

/** Case numbers are compared without regard to letter case ("a00" and "A00" are one facet). */
export const caseKey = (text: string) => text.toUpperCase();

/** Summaries outlive the text: one kept substring would keep a whole 1 MB file alive. */
const detached = ownString;

export function summarize(uri: string, doc: ReferatDocument): MinutesSummary {
  const range = (span: Span): Range => ({ start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) });
  const m = doc.meeting;
  const committee = m.committee ? detached(committeeName(m.committee.value)) : null;
  const items: ItemSummary[] = doc.items.map((item) => {
    const decision = item.sections.find((s) => s.kind === 'Beslutning' && !s.prior);
    return {
      number: item.number,
      title: detached(visibleText(item.title.value)),
      closed: item.closed,
      caseNumber: item.caseNumber ? detached(item.caseNumber.text) : null,
      heading: range(item.heading),
      outcome: decision?.outcome ?? null,
      priors: item.sections
        .filter((s) => s.prior)
        .map((s) => ({
          committee: s.prior!.committee === null ? null : detached(s.prior!.committee),
          date: s.prior!.date,
          punkt: s.prior!.punkt,
          outcome: s.outcome,
          heading: range(s.heading.span),
        })),
    };
  });
  // Both lists are in text order, so one forward walk finds each occurrence's item.
  const caseNumbers: CaseOccurrence[] = [];
  let at = 0;
  for (const c of doc.caseNumbers) {
    while (at < doc.items.length && doc.items[at].span.end < c.span.start) at++;
    const item = at < doc.items.length && doc.items[at].span.start <= c.span.start ? at : -1;
    const own = item >= 0 && doc.items[item].caseNumber?.span.start === c.span.start;
    const text = detached(c.text);
    caseNumbers.push({ key: caseKey(text), text, range: range(c.span), item, own });
  }
  return {
    uri,
    meeting: {
      kind: m.kind,
      committee,
      committeeKey: m.committee ? committeeKey(m.committee.value) : '',
      date: m.meetingDate?.value ?? m.headerDate?.value ?? null,
    },
    items,
    caseNumbers,
  };
}
