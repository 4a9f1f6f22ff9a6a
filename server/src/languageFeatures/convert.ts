// Model spans -> LSP ranges. The model's offsets are UTF-16 code units, as LSP's characters
// are, so this is a lookup in the document's LineIndex, nothing more.

import type { Position, Range } from 'vscode-languageserver-types';
import type { ReferatDocument, Span } from '../parser';

export function toRange(doc: ReferatDocument, span: Span): Range {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}

/**
 * Offsets to positions for a run of lookups that mostly stay near each other, as an outline's
 * spans do (a heading, then its section, then the next): each search starts from the line of
 * the last one and widens only as far as it must, instead of a binary search over every line.
 * The positions are those of `doc.lines.positionAt`.
 */
export class PositionCursor {
  private readonly starts: readonly number[];
  private readonly length: number;
  private line = 0;

  constructor(doc: ReferatDocument) {
    this.starts = doc.lines.lineStarts;
    this.length = doc.text.length;
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  positionAt(offset: number): Position {
    const at = offset < 0 ? 0 : offset > this.length ? this.length : offset;
    const starts = this.starts;
    // Find the last line starting at or before `at`, between `low` (starts there or before)
    // and `high`, galloping from the previous line towards it.
    let low: number;
    let high: number;
    const from = this.line;
    if (starts[from] <= at) {
      low = from;
      high = starts.length - 1;
      for (let step = 1; low + step <= high; step *= 2) {
        if (starts[low + step] > at) {
          high = low + step - 1;
          break;
        }
        low += step;
      }
    } else {
      high = from - 1;
      low = 0;
      for (let step = 1; high - step >= 0; step *= 2) {
        if (starts[high - step] <= at) {
          low = high - step;
          break;
        }
        high -= step;
      }
      if (starts[high] <= at) low = high;
    }
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    this.line = low;
    return { line: low, character: at - starts[low] };
  }
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
