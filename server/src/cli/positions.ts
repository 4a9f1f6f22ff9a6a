// Positions as people and tools outside an editor count them: 1-based lines and columns, the
// columns in UTF-16 code units (SARIF's "utf16CodeUnits", and what LSP clients show).

import type { ReferatDocument, Span } from '../parser';

/** 1-based line and column of an offset, columns in UTF-16 code units. */
export function place(doc: ReferatDocument, offset: number): { line: number; column: number } {
  const p = doc.lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

export function region(doc: ReferatDocument, span: Span): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const start = place(doc, span.start);
  const end = place(doc, span.end);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
