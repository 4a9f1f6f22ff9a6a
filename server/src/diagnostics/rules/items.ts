// Item headings: numbers that repeat or go backwards break "go to Punkt N" and the table of
// contents, so they are errors; a heading with no title is a warning.

import { text, type Finding, type Rule, type Text } from '../rule';

export const itemNumberOrder: Rule = {
  code: 'item-number-order',
  severity: 'error',
  description: 'rule.item-number-order',
  check({ doc }) {
    const findings: Finding[] = [];
    for (let i = 1; i < doc.items.length; i++) {
      const item = doc.items[i];
      const previous = doc.items[i - 1];
      // The transcript numbers items by their order, so only written numbers can be wrong.
      if (!item.numberWritten || item.number > previous.number) continue;
      // The number as written, in any of the heading shapes ("Punkt 5:", "5.", "Pkt. 5").
      const number = /^\D{0,20}?(\d+)/.exec(doc.text.slice(item.heading.start, item.heading.end));
      const start = number ? item.heading.start + number[0].length - number[1].length : item.heading.start;
      findings.push({
        code: 'item-number-order',
        span: { start, end: number ? start + number[1].length : item.heading.end },
        message: text(item.number === previous.number ? 'diag.itemNumberRepeated' : 'diag.itemNumberBackwards', item.number, previous.number),
        related: [{ span: previous.heading, message: text('related.item', previous.number, previous.title.value) }],
      });
    }
    return findings;
  },
};

export const itemNoTitle: Rule = {
  code: 'item-no-title',
  severity: 'warning',
  description: 'rule.item-no-title',
  check({ doc }) {
    return doc.items
      .filter((it) => it.title.value.trim().length === 0)
      .map((it) => ({ code: 'item-no-title' as const, span: it.heading, message: text('diag.itemNoTitle', it.number) }));
  },
};

/**
 * A text opened as a referat in which no item was found: the reader sees an empty Outline and
 * nothing else, so this says what was recognised and how to tell us about the layout. An
 * Information on the first line, never a Warning: the text is not wrong, the reading is.
 */
export const noItems: Rule = {
  code: 'no-items',
  severity: 'information',
  description: 'rule.no-items',
  check({ doc }) {
    if (doc.items.length > 0) return [];
    const firstLineEnd = doc.lines.lineCount > 1 ? doc.lines.offsetAt({ line: 1, character: 0 }) : doc.text.length;
    const seen: Text[] = [];
    if (doc.meeting.committee || doc.meeting.meetingDate || doc.meeting.headerDate) seen.push(text('diag.noItems.header'));
    if (doc.toc && doc.toc.entries.length > 0) seen.push(text('diag.noItems.toc', doc.toc.entries.length));
    if (doc.pages.length > 1) seen.push(text('diag.noItems.pages', doc.pages.length));
    return [{
      code: 'no-items' as const,
      span: { start: 0, end: Math.max(0, trimmedEnd(doc.text, firstLineEnd)) },
      message: text('diag.noItems', seen.length > 0 ? text('diag.noItems.recognised', { list: seen }) : text('diag.noItems.nothing')),
    }];
  },
};

function trimmedEnd(s: string, end: number): number {
  while (end > 0 && /[\r\n]/.test(s[end - 1])) end--;
  return end;
}

export const itemRules: readonly Rule[] = [itemNumberOrder, itemNoTitle, noItems];
