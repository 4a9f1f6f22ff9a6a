// The case number under the cursor, shared by hover, references and highlights.

import type { Position } from 'vscode-languageserver-types';
import type { CaseNumber, ReferatDocument } from '../parser';
import { toOffset } from './convert';

/** The case number whose text holds the offset (binary search over the sorted list). */
export function caseNumberAt(doc: ReferatDocument, offset: number): CaseNumber | null {
  const list = doc.caseNumbers;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = list[mid];
    if (offset < c.span.start) high = mid - 1;
    else if (offset >= c.span.end) low = mid + 1;
    else return c;
  }
  return null;
}

/**
 * The case number the cursor is on or just after: a caret placed after typing a number
 * still means that number, as editors treat words.
 */
export function caseNumberTouching(doc: ReferatDocument, position: Position): CaseNumber | null {
  const offset = toOffset(doc, position);
  return caseNumberAt(doc, offset) ?? (offset > 0 ? caseNumberAt(doc, offset - 1) : null);
}
