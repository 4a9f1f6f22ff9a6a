// The case number under the cursor, shared by hover, references and highlights.

import type { Position } from 'vscode-languageserver-types';
import { lastWhere, type CaseNumber, type ReferatDocument } from '../parser';
import { toOffset } from './convert';

/** The case number whose text holds the offset (case numbers are sorted and never overlap). */
export function caseNumberAt(doc: ReferatDocument, offset: number): CaseNumber | null {
  const list = doc.caseNumbers;
  const j = lastWhere(list.length, (k) => list[k].span.start <= offset);
  return j >= 0 && offset < list[j].span.end ? list[j] : null;
}

/**
 * The case number the cursor is on or just after: a caret placed after typing a number
 * still means that number, as editors treat words.
 */
export function caseNumberTouching(doc: ReferatDocument, position: Position): CaseNumber | null {
  const offset = toOffset(doc, position);
  return caseNumberAt(doc, offset) ?? (offset > 0 ? caseNumberAt(doc, offset - 1) : null);
}
