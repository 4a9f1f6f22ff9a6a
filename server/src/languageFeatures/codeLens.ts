// Code lenses: above each Indstilling, this meeting's decision ("Beslutning: godkendt", or
// "Beslutning: mangler"); above each Beslutning, "Indstilling". Clicking runs
// referat.goToCounterpart with the target, so the client moves there without asking again.

import type { CodeLens, Location } from 'vscode-languageserver-types';
import { decisionsOf, type ReferatDocument } from '../parser';
import type { Messages } from '../l10n';
import { toRange, type Cancellation } from './convert';
import { contentOf } from './counterpart';

export const GO_TO_COUNTERPART = 'referat.goToCounterpart';

export function codeLenses(doc: ReferatDocument, uri: string, messages: Messages, token: Cancellation): CodeLens[] {
  const lenses: CodeLens[] = [];
  const go = (title: string, target: Location | null) => ({ title, command: target ? GO_TO_COUNTERPART : '', ...(target ? { arguments: [target] } : {}) });
  for (const item of doc.items) {
    if (token.isCancellationRequested) return [];
    const d = decisionsOf(item);
    if (d.recommendation) {
      const range = toRange(doc, d.recommendation.heading.span);
      if (d.decision) {
        const title = d.decision.outcome ? messages.t('lens.decision', messages.outcome(d.decision.outcome)) : messages.t('lens.decisionNoOutcome');
        lenses.push({ range, command: go(title, { uri, range: toRange(doc, contentOf(doc, d.decision)) }) });
      } else if (!item.closed) {
        lenses.push({ range, command: go(messages.t('lens.decisionMissing'), null) });
      }
    }
    for (const decision of [d.decision, ...d.priors]) {
      if (!decision || !d.recommendation) continue;
      lenses.push({
        range: toRange(doc, decision.heading.span),
        command: go(messages.t('lens.recommendation'), { uri, range: toRange(doc, d.recommendation.heading.span) }),
      });
    }
  }
  return lenses;
}
