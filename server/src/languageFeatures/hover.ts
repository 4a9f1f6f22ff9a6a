// Hover: the most specific thing under the cursor wins: a case number, a date, an item
// heading, then an Indstilling (heading or point) or a Beslutning (heading, point or text).
// Elsewhere, no hover.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { itemAt, type ReferatDocument, type Span } from '../parser';
import type { Messages } from '../l10n';
import type { KleTable } from '../kle/kleTable';
import { toOffset, toRange, type Cancellation } from './convert';
import { caseNumberHover } from './caseNumberHover';
import { caseNumberAt } from './caseAt';
import { dateAt, dateHover } from './dateHover';
import { itemHover } from './itemHover';
import { decisionHoverAt } from './decisionHover';

export interface HoverContext {
  readonly messages: Messages;
  readonly kle: KleTable;
  /** Notes per item number, when the annotations know them. */
  readonly noteCounts: ReadonlyMap<number, number> | null;
  /** "Also in: <committee>, <date>, Punkt <n>" for a case number, from the workspace index (workspace/alsoIn.ts). */
  readonly alsoIn?: (caseNumber: string) => string | null;
}

export function hover(doc: ReferatDocument, position: Position, context: HoverContext, token: Cancellation): Hover | null {
  const offset = toOffset(doc, position);
  const answer = (span: Span, markdown: string): Hover | null =>
    token.isCancellationRequested ? null : { contents: { kind: MarkupKind.Markdown, value: markdown }, range: toRange(doc, span) };

  const caseNumber = caseNumberAt(doc, offset);
  if (caseNumber) {
    const elsewhere = context.alsoIn?.(caseNumber.text);
    return answer(caseNumber.span, caseNumberHover(doc, caseNumber, context.messages, context.kle) + (elsewhere ? `\n\n${elsewhere}` : ''));
  }
  const date = dateAt(doc, offset);
  if (date) return answer(date.span, dateHover(date.date, context.messages));
  const item = itemAt(doc.items, offset);
  if (!item) return null;
  if (item.heading.start <= offset && offset < item.heading.end) {
    return answer(item.heading, itemHover(doc, item, context.messages, context.noteCounts?.get(item.number) ?? null));
  }
  const decision = decisionHoverAt(doc, offset, context.messages);
  return decision ? answer(decision.span, decision.markdown) : null;
}
