// Hover on a date: the date in words and its weekday, and a plain warning when the weekday
// written before it ("Onsdag d. 26. november 2020") does not match the date.

import { lastWhere, weekdayOf, type DateMention, type ReferatDocument, type Span } from '../parser';
import { MONTHS } from '../parser/vocabulary';
import type { Messages } from '../l10n';
import { danishDate } from './markdown';

/** The date under the offset, counting a weekday written before it as part of it. */
export function dateAt(doc: ReferatDocument, offset: number): { date: DateMention; span: Span } | null {
  const list = doc.dates;
  // Dates are sorted by start and do not overlap; find the last one starting at or before offset.
  const found = lastWhere(list.length, (k) => (list[k].weekday?.span.start ?? list[k].span.start) <= offset);
  // A weekday moves a date's start back, so the neighbour after may be the one.
  for (const i of [found, found + 1]) {
    const d = list[i];
    if (!d) continue;
    const span = { start: d.weekday?.span.start ?? d.span.start, end: d.span.end };
    if (span.start <= offset && offset < span.end) return { date: d, span };
  }
  return null;
}

export function dateHover(date: DateMention, messages: Messages): string {
  if (date.iso === null) return messages.t('hover.date.invalid');
  const actual = weekdayOf(date.iso);
  const lines = [`**${danishDate(date.iso, MONTHS)}** (${date.iso})`, '', messages.t('hover.date.weekday', messages.weekday(actual))];
  if (date.weekday && date.weekday.value !== actual) {
    lines.push('', messages.t('hover.date.weekdayWrong', date.weekday.value, danishDate(date.iso, MONTHS), messages.weekday(actual)));
  }
  return lines.join('\n');
}
