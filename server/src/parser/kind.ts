// The last stage: what the document is. A header's word ("Dagsorden", "Referat") says what the
// secretariat called it, but Greve's finished minutes are labelled "Dagsorden" and many agendas
// are published on a page titled "Referater": the decisions present decide. A document with
// items most of which carry a decision of this meeting is a referat; items without any are what the header
// says, a dagsorden when it says nothing; without items, the header's word alone (or null: not
// minutes).

import type { AgendaItem, DocumentKind } from './model';
import { DOCUMENT_KIND_WORDS } from './vocabulary';

export function documentKind(labelled: DocumentKind | null, items: readonly AgendaItem[]): DocumentKind | null {
  if (items.length === 0) return labelled;
  // Most open items carry this meeting's decision in minutes; an agenda may quote one ("Beslutning:"
  // in a member's motion) but not most.
  const open = items.filter((it) => !it.closed);
  const decidedCount = open.filter((it) => it.sections.some((s) => s.kind === 'Beslutning' && s.prior === null && !s.empty)).length;
  const decided = decidedCount > 0 && decidedCount * 2 >= open.length;
  return decided ? 'referat' : labelled ?? 'dagsorden';
}

/** The kind a header line names ("Beslutningsreferat", "Dagsorden med vedtagelser"), or null. */
export function kindWordIn(line: string): DocumentKind | null {
  const lower = line.toLowerCase();
  for (const [word, kind] of DOCUMENT_KIND_WORDS) {
    const at = lower.indexOf(word);
    if (at >= 0 && (at === 0 || !/\p{L}/u.test(lower[at - 1])) && !/\p{L}/u.test(lower[at + word.length] ?? ' ')) return kind;
  }
  return null;
}
