// Several spans marked in one text with `[[`…`]]` (nesting allowed), so a test states every
// expected span where a reader sees it. For one span, marked() in ../testUtil does the same.

import type { Span } from '../../server/src/parser';

/** The text without the marks, and the marked spans ordered by where they open. */
export function spans(source: string): { text: string; spans: Span[] } {
  let text = '';
  const open: number[] = [];
  const found: Span[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('[[', i)) {
      open.push(text.length);
      i++;
    } else if (source.startsWith(']]', i) && open.length > 0) {
      found.push({ start: open.pop()!, end: text.length });
      i++;
    } else text += source[i];
  }
  if (open.length > 0) throw new Error(`unclosed [[ in ${JSON.stringify(source)}`);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, spans: found };
}

/** A span with the text it covers, so a failing assertion shows words, not only offsets. */
export const cut = (text: string, span: Span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
