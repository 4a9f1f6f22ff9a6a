// Indstilling <-> Beslutning: where the answer to a recommendation stands, and what a decision
// answers. Jump (referat/counterpart), go to definition and the code lenses all read this.
//
// Choice: from an Indstilling the counterpart is the decision of *this* meeting, at the point
// that answers when both are numbered, else the decision's text. Earlier decisions quoted in
// the item (other committees) are extra targets for go to definition, after this meeting's.

import { decisionsOf, itemAt, pointAt, type AgendaItem, type Point, type ReferatDocument, type Section, type Span } from '../parser';

/** The decision's points that answer a recommendation point (numbered decisions only). */
export function answersTo(decision: Section, point: Point): Point[] {
  if (!decision.points.some((p) => p.numbered)) return [];
  return decision.points.filter((d) => d.numbered && d.answers.includes(point.number));
}

/** Where a decision answers: the answering point, else the decision's text, else its heading. */
export function answerSpans(doc: ReferatDocument, decision: Section, point: Point | null): Span[] {
  if (point) {
    const points = answersTo(decision, point);
    if (points.length > 0) return points.map((p) => p.span);
  }
  return [contentOf(doc, decision)];
}

/** The recommendation points a decision point answers ("Ad 2 og 3" answers 2 and 3). */
export function answeredBy(recommendation: Section, decisionPoint: Point): Point[] {
  if (!decisionPoint.numbered) return [];
  return recommendation.points.filter((r) => decisionPoint.answers.includes(r.number));
}

/** The section's text without surrounding white space, or its heading when it has none. */
export function contentOf(doc: ReferatDocument, section: Section): Span {
  const text = doc.text;
  let start = section.body.start;
  let end = section.body.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : section.heading.span;
}

export interface CounterpartContext {
  readonly item: AgendaItem;
  readonly section: Section;
  readonly point: Point | null;
}

/** The Indstilling or Beslutning (and point) at an offset. */
export function decisionContextAt(doc: ReferatDocument, offset: number): CounterpartContext | null {
  const item = itemAt(doc.items, offset);
  if (!item) return null;
  const at = pointAt(item, offset);
  return at ? { item, section: at.section, point: at.point } : null;
}

/**
 * The targets of a jump from `offset`: from an Indstilling, this meeting's decision and then
 * (when `withPriors`) the earlier decisions; from a Beslutning, the Indstilling (its answered
 * points where numbered). Empty when there is nothing to go to.
 */
export function counterpartSpans(doc: ReferatDocument, offset: number, withPriors: boolean): Span[] {
  const at = decisionContextAt(doc, offset);
  if (!at) return [];
  const d = decisionsOf(at.item);
  if (at.section.kind === 'Indstilling') {
    const decisions = [d.decision, ...(withPriors ? d.priors : [])].filter((s): s is Section => s !== null);
    return decisions.flatMap((decision) => answerSpans(doc, decision, at.point));
  }
  if (!d.recommendation) return [];
  if (at.point) {
    const points = answeredBy(d.recommendation, at.point);
    if (points.length > 0) return points.map((p) => p.span);
  }
  return [d.recommendation.heading.span];
}
