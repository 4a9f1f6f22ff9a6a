// Find All References on a case number: every meeting and item in the workspace where it
// appears, by meeting date, then file, then position. The open document counts as it is now
// (its live model), the other files as far as they are indexed.

import type { Location, Position } from 'vscode-languageserver-types';
import type { ReferatDocument } from '../parser';
import { caseKey, summarize, type MinutesSummary } from '../workspace/summary';
import { caseOccurrences } from '../workspace/queries';
import { caseNumberTouching } from './caseAt';
import type { Cancellation } from './convert';

export function references(doc: ReferatDocument, uri: string, position: Position, indexed: Iterable<MinutesSummary>, token: Cancellation): Location[] {
  const at = caseNumberTouching(doc, position);
  if (!at || token.isCancellationRequested) return [];
  const hits = caseOccurrences(indexed, caseKey(at.text), summarize(uri, doc));
  if (token.isCancellationRequested) return [];
  return hits.map((h) => ({ uri: h.summary.uri, range: h.occurrence.range }));
}
