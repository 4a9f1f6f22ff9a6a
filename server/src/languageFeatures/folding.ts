// Folding: items, sections, the table of contents and lists. A fold ends on the last line
// that has content, so folding a section leaves the next heading visible.

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ReferatDocument, Span } from '../parser';
import type { Cancellation } from './convert';

export function foldingRanges(doc: ReferatDocument, token: Cancellation): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const start = doc.lines.positionAt(span.start).line;
    const end = doc.lines.positionAt(span.end).line;
    if (end > start) ranges.push({ startLine: start, endLine: end, ...(kind ? { kind } : {}) });
  };
  if (doc.toc) add(doc.toc.span, FoldingRangeKind.Region);
  for (const item of doc.items) {
    if (token.isCancellationRequested) return [];
    add(item.span);
    for (const section of item.sections) {
      add(section.span);
      // A list: the points of an Indstilling or Beslutning, when they run over several lines.
      if (section.points.length > 1) {
        add({ start: section.points[0].span.start, end: section.points[section.points.length - 1].span.end });
      }
    }
  }
  return ranges;
}
