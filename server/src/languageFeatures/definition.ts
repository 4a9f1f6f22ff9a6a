// Go to definition and the counterpart jump, over counterpart.ts. Definition lists every
// answer (this meeting's decision first, then earlier decisions of other committees); the
// jump goes to the first, so one key press always lands on this meeting's decision.

import type { Location, Position } from 'vscode-languageserver-types';
import type { ReferatDocument } from '../parser';
import { toOffset, toRange, type Cancellation } from './convert';
import { counterpartSpans } from './counterpart';

export function definition(doc: ReferatDocument, uri: string, position: Position, token: Cancellation): Location[] {
  const spans = counterpartSpans(doc, toOffset(doc, position), true);
  if (token.isCancellationRequested) return [];
  return spans.map((span) => ({ uri, range: toRange(doc, span) }));
}

/** The `referat/counterpart` request: Indstilling <-> this meeting's Beslutning, or null. */
export function counterpart(doc: ReferatDocument, uri: string, position: Position, token: Cancellation): Location | null {
  const [first] = counterpartSpans(doc, toOffset(doc, position), false);
  if (!first || token.isCancellationRequested) return null;
  return { uri, range: toRange(doc, first) };
}
