// Highlights on a case number: its other occurrences in this document.

import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { ReferatDocument } from '../parser';
import { caseKey } from '../workspace/summary';
import { caseNumberTouching } from './caseAt';
import { toRange, type Cancellation } from './convert';

export function documentHighlights(doc: ReferatDocument, position: Position, token: Cancellation): DocumentHighlight[] {
  const at = caseNumberTouching(doc, position);
  if (!at) return [];
  const key = caseKey(at.text);
  const highlights: DocumentHighlight[] = [];
  for (const c of doc.caseNumbers) {
    if (token.isCancellationRequested) return [];
    if (caseKey(c.text) === key) highlights.push({ range: toRange(doc, c.span), kind: DocumentHighlightKind.Text });
  }
  return highlights;
}
