// Indstilling and Beslutning belong together: the decision answers the recommendation, point
// by point where both are numbered ("1. At sagen drøftes" / "1. Drøftet."; "Ad 2 og 3 ...").

import type { AgendaItem, Point, Section } from './model';
import { lastWhere } from './sorted';

export interface PointPair {
  /** A point of the Indstilling. */
  readonly recommendation: Point;
  /** The points of the decision that answer it (empty when the decision answers as a whole). */
  readonly answers: readonly Point[];
}

export interface DecisionPairing {
  readonly decision: Section;
  readonly pairs: readonly PointPair[];
}

export interface ItemDecisions {
  /** The Indstilling of this item (the first one). */
  readonly recommendation: Section | null;
  /** The decision of this meeting. */
  readonly decision: Section | null;
  /** Earlier decisions quoted in the item (other committees, earlier meetings). */
  readonly priors: readonly Section[];
  /** For the decision of this meeting and each prior: which points answer which. */
  readonly pairings: readonly DecisionPairing[];
}

export function decisionsOf(item: AgendaItem): ItemDecisions {
  const recommendation = item.sections.find((s) => s.kind === 'Indstilling') ?? null;
  const decisions = item.sections.filter((s) => s.kind === 'Beslutning');
  const decision = decisions.find((s) => s.prior === null) ?? null;
  const priors = decisions.filter((s) => s.prior !== null);
  const pairings = recommendation ? decisions.map((d) => pair(recommendation, d)) : [];
  return { recommendation, decision, priors, pairings };
}

function pair(recommendation: Section, decision: Section): DecisionPairing {
  const numberedDecision = decision.points.some((p) => p.numbered);
  return {
    decision,
    pairs: recommendation.points.map((r) => ({
      recommendation: r,
      answers: numberedDecision ? decision.points.filter((d) => d.numbered && d.answers.includes(r.number)) : [],
    })),
  };
}

/** The section and point at an offset, if it lies in an Indstilling or Beslutning. */
export function pointAt(item: AgendaItem, offset: number): { section: Section; point: Point | null } | null {
  for (const section of item.sections) {
    if (section.kind !== 'Indstilling' && section.kind !== 'Beslutning') continue;
    if (offset < section.span.start || offset > section.span.end) continue;
    const point = section.points.find((p) => p.span.start <= offset && offset <= p.span.end) ?? null;
    return { section, point };
  }
  return null;
}

/** The item whose span holds the offset. Items are in order, so a binary search. */
export function itemAt(items: readonly AgendaItem[], offset: number): AgendaItem | null {
  const j = lastWhere(items.length, (k) => items[k].span.start <= offset);
  return j >= 0 && offset <= items[j].span.end ? items[j] : null;
}
