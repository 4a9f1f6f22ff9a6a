// Expand selection: word, line, paragraph, section, item, document. Each range must strictly
// hold the one before it; equal ranges (a one-line paragraph) appear once.

import type { Position, SelectionRange } from 'vscode-languageserver-types';
import { itemAt, type ReferatDocument, type Span } from '../parser';
import { toOffset, toRange, type Cancellation } from './convert';

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Joiners inside a word: "00.30.14-G01-6-19", "24/6823", "31.03.2024" stay one word. */
const JOINER = /[./\-]/;

export function selectionRanges(doc: ReferatDocument, positions: readonly Position[], token: Cancellation): SelectionRange[] {
  const result: SelectionRange[] = [];
  for (const position of positions) {
    if (token.isCancellationRequested) return [];
    result.push(selectionRangeAt(doc, toOffset(doc, position)));
  }
  return result;
}

function selectionRangeAt(doc: ReferatDocument, offset: number): SelectionRange {
  const candidates: Span[] = [];
  const word = wordAt(doc.text, offset);
  if (word) candidates.push(word);
  const line = doc.lines.positionAt(offset).line;
  const lineSpan = { start: doc.lines.lineStarts[line], end: doc.lines.lineContentEnd(line) };
  candidates.push(lineSpan);
  candidates.push(paragraphAt(doc, line));
  const item = itemAt(doc.items, offset);
  if (item) {
    const section = item.sections.find((s) => s.span.start <= offset && offset <= s.span.end);
    if (section) candidates.push(section.span);
    candidates.push(item.span);
  }
  candidates.push({ start: 0, end: doc.text.length });

  // Each range must hold the last one kept. Where a line does not fit inside the section
  // or item (a transcript line is a whole page), the structure wins and the line is dropped.
  const chain: Span[] = [];
  const holds = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
  for (const c of candidates) {
    if (c.start > offset || c.end < offset) continue;
    while (chain.length > 0 && !holds(c, chain[chain.length - 1])) chain.pop();
    const last = chain[chain.length - 1];
    if (!last || last.start !== c.start || last.end !== c.end) chain.push(c);
  }
  let range: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) range = { range: toRange(doc, chain[i]), ...(range ? { parent: range } : {}) };
  return range!;
}

function wordAt(text: string, offset: number): Span | null {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
  // The cursor may stand just after a word.
  const at = isWord(offset) ? offset : isWord(offset - 1) ? offset - 1 : -1;
  if (at < 0) return null;
  let start = at;
  let end = at + 1;
  for (;;) {
    if (isWord(start - 1)) start--;
    else if (JOINER.test(text[start - 1] ?? '') && isWord(start - 2)) start -= 2;
    else break;
  }
  for (;;) {
    if (isWord(end)) end++;
    else if (JOINER.test(text[end] ?? '') && isWord(end + 1)) end += 2;
    else break;
  }
  return { start, end };
}

/** The run of non-blank lines around `line` (a blank line alone is its own paragraph). */
function paragraphAt(doc: ReferatDocument, line: number): Span {
  const blank = (l: number) => doc.text.slice(doc.lines.lineStarts[l], doc.lines.lineContentEnd(l)).trim() === '';
  if (blank(line)) return { start: doc.lines.lineStarts[line], end: doc.lines.lineContentEnd(line) };
  let first = line;
  let last = line;
  while (first > 0 && !blank(first - 1)) first--;
  while (last + 1 < doc.lines.lineCount && !blank(last + 1)) last++;
  return { start: doc.lines.lineStarts[first], end: doc.lines.lineContentEnd(last) };
}
