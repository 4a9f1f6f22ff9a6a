// The model in the schema of the gold outlines (test/fixtures/gold/README.md): lines 1-based,
// columns 0-based UTF-16. Extra fields beyond the gold are allowed and given.

import type { ReferatDocument, Span } from '../parser';
import { minutesKind } from '../parser';

export function outlineJson(doc: ReferatDocument, file: string): unknown {
  const at = (span: Span) => {
    const p = doc.lines.positionAt(span.start);
    return { line: p.line + 1, column: p.character };
  };
  const titleLine = (offset: number) => doc.lines.positionAt(offset).line + 1;
  const m = doc.meeting;
  const meeting: Record<string, unknown> = {
    kind: m.kind,
    committee: m.committee?.value ?? null,
    date: m.meetingDate?.value || m.headerDate?.value || null,
    weekday: m.weekday?.value ?? null,
    time: m.time?.value ?? null,
    place: m.place?.value ?? null,
  };
  if (m.endTime) meeting.endTime = m.endTime.value;
  if (m.participants.length > 0) meeting.participants = m.participants.map((p) => p.value);
  if (m.absent.length > 0) meeting.absent = m.absent.map((p) => p.value);
  return {
    file,
    // What the text is: minutes, an agenda, or null for a text that is not minutes at all.
    kind: minutesKind(doc),
    format: doc.format,
    meeting,
    toc: (doc.toc?.entries ?? []).map((e) => ({
      ...at(e.span),
      title: e.title.value,
      pages: e.pages,
      item: e.item,
      exact: e.exact,
      ...(e.mergedItems.length > 0 ? { mergedItems: e.mergedItems } : {}),
    })),
    items: doc.items.map((it) => ({
      number: it.number,
      kind: it.kindPrefix,
      title: it.title.value,
      ...at(it.heading),
      ...(titleLine(it.title.span.start) !== at(it.heading).line ? { titleLine: titleLine(it.title.span.start) } : {}),
      caseNumber: it.caseNumber?.text ?? null,
      closed: it.closed,
      markers: it.markers,
      sections: it.sections.map((s) => ({
        kind: s.kind,
        ...at(s.heading.span),
        heading: s.heading.value,
        ...(s.qualifier !== null ? { qualifier: s.qualifier } : {}),
        ...(s.kind === 'Beslutning' ? { prior: s.prior !== null, outcome: s.outcome } : {}),
        ...(s.implicit ? { implicit: true } : {}),
        ...(s.prior ? { priorRef: s.prior } : {}),
        ...(s.points.length > 0 ? { points: s.points.map((p) => ({ number: p.number, answers: p.answers, ...at(p.span), text: p.text, outcome: p.outcome })) } : {}),
        ...(s.subHeadings.length > 0 ? { subHeadings: s.subHeadings.map((h) => ({ ...at(h.span), text: h.text })) } : {}),
      })),
    })),
    caseNumbers: doc.caseNumbers.map((c) => ({ ...at(c.span), text: c.text, style: c.style, ...(c.problem ? { problem: c.problem } : {}) })),
  };
}
