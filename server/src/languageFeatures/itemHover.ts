// Hover on an item heading ("Punkt 82: ..."): what a reader wants before opening the item:
// its case number, the sections it has, the decision's outcome, the page and the notes.

import { decisionsOf, pageAt, visibleText, type AgendaItem, type ReferatDocument } from '../parser';
import type { Messages } from '../l10n';
import { escapeMarkdown } from './markdown';

export function itemHover(doc: ReferatDocument, item: AgendaItem, messages: Messages, notes: number | null): string {
  const lines = [`**${messages.t('word.punkt')} ${item.number}: ${escapeMarkdown(visibleText(item.title.value) || messages.t('symbol.untitled'))}**`, ''];
  const facts: string[] = [];
  if (item.closed) facts.push(messages.t('hover.item.closed'));
  if (item.caseNumber) facts.push(messages.t('hover.item.caseNumber', `\`${item.caseNumber.text}\``));
  const kinds = [...new Set(item.sections.map((s) => s.kind))];
  if (kinds.length > 0) facts.push(messages.t('hover.item.sections', kinds.join(', ')));
  const { decision } = decisionsOf(item);
  if (decision?.outcome) facts.push(messages.t('hover.item.outcome', messages.outcome(decision.outcome)));
  else if (!decision && !item.closed) facts.push(messages.t('hover.item.decisionMissing'));
  const page = pageAt(doc, item.heading.start);
  if (page !== null) facts.push(messages.t('hover.item.page', page));
  if (notes !== null && notes > 0) facts.push(messages.t('symbol.notes', notes));
  lines.push(...facts.map((f) => `- ${f}`));
  return lines.join('\n');
}
