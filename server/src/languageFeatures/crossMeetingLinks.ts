// Links to other minutes: each line under "Tidligere behandling" ("19.03.2024 Udvalget for
// arbejdsmarked og integration.") and each quoted earlier decision ("Beslutning fra
// Socialudvalget, 21. september 2020, pkt. 95:") links to that meeting's minutes when they are
// in the workspace: to the item it names, else the item with this item's case number, else
// the top of the file. Committees match loosely, dates exactly.

import type { DocumentLink } from 'vscode-languageserver-types';
import { lastWhere, type AgendaItem, type ReferatDocument, type Span } from '../parser';
import type { Messages } from '../l10n';
import { caseKey, type MinutesSummary } from '../workspace/summary';
import { findMeeting } from '../workspace/queries';
import { toRange, type Cancellation } from './convert';

/** "pkt. 95", "punkt 83" in a line of Tidligere behandling. */
const PUNKT = /\b(?:pkt|punkt)\.?\s*(\d{1,4})\b/i;

export function crossMeetingLinks(doc: ReferatDocument, indexed: readonly MinutesSummary[], messages: Messages, token: Cancellation): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const item of doc.items) {
    if (token.isCancellationRequested) return [];
    const ownCase = item.caseNumber ? caseKey(item.caseNumber.text) : null;
    for (const section of item.sections) {
      if (section.prior?.committee && section.prior.date) {
        const link = linkTo(indexed, section.prior.committee, section.prior.date, section.prior.punkt, ownCase, messages);
        if (link) links.push({ ...link, range: toRange(doc, trimmed(doc, section.heading.span)) });
      } else if (section.kind === 'Tidligere behandling') {
        for (const line of earlierTreatments(doc, item, section.body)) {
          const link = linkTo(indexed, line.committee, line.date, line.punkt, ownCase, messages);
          if (link) links.push({ ...link, range: toRange(doc, line.span) });
        }
      }
    }
  }
  return links;
}

interface EarlierTreatment {
  readonly date: string;
  readonly committee: string;
  readonly punkt: number | null;
  readonly span: Span;
}

/** The lines of a Tidligere behandling section that name a date and, around it, a body. */
function earlierTreatments(doc: ReferatDocument, _item: AgendaItem, body: Span): EarlierTreatment[] {
  const found: EarlierTreatment[] = [];
  const first = doc.lines.positionAt(body.start).line;
  const last = doc.lines.positionAt(body.end).line;
  let d = firstDateFrom(doc, body.start);
  for (let line = first; line <= last; line++) {
    const start = Math.max(doc.lines.lineStarts[line], body.start);
    const end = Math.min(doc.lines.lineContentEnd(line), body.end);
    while (d < doc.dates.length && doc.dates[d].span.start < start) d++;
    const date = doc.dates[d];
    if (!date || date.span.end > end || !date.iso) continue;
    let before = doc.text.slice(start, date.span.start);
    let after = doc.text.slice(date.span.end, end);
    let punkt: number | null = null;
    const p = PUNKT.exec(after) ?? PUNKT.exec(before);
    if (p) {
      punkt = Number(p[1]);
      before = before.replace(PUNKT, ' ');
      after = after.replace(PUNKT, ' ');
    }
    // "Udvalget for X den 19.03.2024" and "19.03.2024 Udvalget for X." both name Udvalget for X.
    before = before.replace(/\b(?:den|d\.)\s*$/i, '');
    const committee = `${before} ${after}`.replace(/^[\s.,:;–-]+|[\s.,:;–-]+$/g, '').replace(/\s+/g, ' ');
    if (committee) found.push({ date: date.iso, committee, punkt, span: trimmed(doc, { start, end }) });
  }
  return found;
}

function firstDateFrom(doc: ReferatDocument, offset: number): number {
  return lastWhere(doc.dates.length, (k) => doc.dates[k].span.start < offset) + 1;
}

function trimmed(doc: ReferatDocument, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return { start, end };
}

function linkTo(
  indexed: readonly MinutesSummary[],
  committee: string,
  date: string,
  punkt: number | null,
  ownCase: string | null,
  messages: Messages,
): Omit<DocumentLink, 'range'> | null {
  const meeting = findMeeting(indexed, committee, date);
  if (!meeting) return null;
  const item =
    (punkt !== null ? meeting.items.find((it) => it.number === punkt) : undefined) ??
    (ownCase !== null ? meeting.items.find((it) => it.caseNumber !== null && caseKey(it.caseNumber) === ownCase) : undefined);
  const name = meeting.meeting.committee ?? committee;
  // VS Code opens "file#L12" at line 12 (1-based).
  return item
    ? { target: `${meeting.uri}#L${item.heading.start.line + 1}`, tooltip: messages.t('link.otherItem', name, date, item.number, item.title) }
    : { target: meeting.uri, tooltip: messages.t('link.otherMeeting', name, date) };
}
