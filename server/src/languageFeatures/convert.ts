// Model spans -> LSP ranges. The model's offsets are UTF-16 code units, as LSP's characters
// are, so this is a lookup in the document's LineIndex, nothing more.

import type { Position, Range } from 'vscode-languageserver-types';
import type { ReferatDocument, Span } from '../parser';

export function toRange(doc: ReferatDocument, span: Span): Range {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}

export function toPosition(doc: ReferatDocument, offset: number): Position {
  return doc.lines.positionAt(offset);
}

export function toOffset(doc: ReferatDocument, position: Position): number {
  return doc.lines.offsetAt(position);
}

export const contains = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** The light-weight cancellation check every provider takes as its last parameter. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const notCancelled: Cancellation = { isCancellationRequested: false };
