// The case number under the cursor, shared by references and highlights.

import type { Position } from 'vscode-languageserver-types';
import type { CaseNumber, ReferatDocument } from '../parser';
import { contains, toOffset } from './convert';

/** The case number the position is on (or just after), or null. */
export function caseNumberAt(doc: ReferatDocument, position: Position): CaseNumber | null {
  const offset = toOffset(doc, position);
  const list = doc.caseNumbers;
  // Sorted by position: binary search for the last one starting at or before the offset.
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid].span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && contains(list[found].span, offset) ? list[found] : null;
}
