// Small helpers the rules share.

import type { AgendaItem, ReferatDocument, Span } from '../../parser';
import { text, type Finding } from '../rule';

export const written = (doc: ReferatDocument, span: Span) => doc.text.slice(span.start, span.end);

export const itemHeadingRelated = (item: AgendaItem): NonNullable<Finding['related']>[number] => ({
  span: item.heading,
  message: text('related.item', item.number, item.title.value),
});

/** The meeting's date (ISO): the Mødedato, else the header's. */
export function meetingDateOf(doc: ReferatDocument): string | null {
  return doc.meeting.meetingDate?.value || doc.meeting.headerDate?.value || null;
}

/** The line break that ends the line at `offset` ("\n" when the text has none there). */
export function lineBreakAfter(text: string, offset: number): string {
  const n = text.indexOf('\n', offset);
  const r = text.indexOf('\r', offset);
  if (r >= 0 && (n < 0 || r < n)) return text[r + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}
