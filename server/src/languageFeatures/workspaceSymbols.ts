// Go to Symbol in Workspace: agenda items of every indexed referat, by title or by case
// number. Editors filter the answer again by the symbol's name, so an item found by its case
// number carries the number in its name; otherwise the name is the item as the Outline shows it.

import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { MinutesSummary } from '../workspace/summary';
import { itemsMatching } from '../workspace/queries';
import type { Messages } from '../l10n';
import type { Cancellation } from './convert';

/** Enough to find anything by a few letters; more is noise in a picker. */
export const WORKSPACE_SYMBOL_LIMIT = 500;

export function workspaceSymbols(indexed: Iterable<MinutesSummary>, query: string, messages: Messages, token: Cancellation): SymbolInformation[] {
  const words = query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  const symbols: SymbolInformation[] = [];
  for (const { summary, item } of itemsMatching(indexed, query, WORKSPACE_SYMBOL_LIMIT)) {
    if (token.isCancellationRequested) return [];
    const title = item.title || messages.t('symbol.untitled');
    const byTitle = words.every((w) => title.toLocaleLowerCase('da').includes(w));
    const name = `${messages.t('word.punkt')} ${item.number}: ${title}${byTitle || !item.caseNumber ? '' : ` · ${item.caseNumber}`}`;
    symbols.push({
      name,
      kind: item.closed ? SymbolKind.Key : SymbolKind.Class,
      location: { uri: summary.uri, range: item.heading },
      containerName: [summary.meeting.committee, summary.meeting.date].filter(Boolean).join(' · '),
    });
  }
  return symbols;
}
