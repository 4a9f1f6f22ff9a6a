// Item headings: numbers that repeat or go backwards break "go to Punkt N" and the table of
// contents, so they are errors; a heading with no title is a warning.

import { text, type Finding, type Rule } from '../rule';

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
      const number = /^Punkt\s+(\d+)/.exec(doc.text.slice(item.heading.start, item.heading.end));
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

export const itemRules: readonly Rule[] = [itemNumberOrder, itemNoTitle];
