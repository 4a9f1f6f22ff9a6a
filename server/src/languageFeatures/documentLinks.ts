// Table of contents entries link to their items. The target is the document itself with a
// "#L<line>" fragment (1-based; ",<column>" added where the heading does not start its line,
// as in the one-line-per-page transcript), which VS Code opens at that place.

import type { DocumentLink } from 'vscode-languageserver-types';
import type { AgendaItem, ReferatDocument } from '../parser';
import type { Messages } from '../l10n';
import { toRange, type Cancellation } from './convert';

export function documentLinks(doc: ReferatDocument, uri: string, messages: Messages, token: Cancellation): DocumentLink[] {
  if (!doc.toc) return [];
  const byNumber = new Map<number, AgendaItem>();
  for (const item of doc.items) if (!byNumber.has(item.number)) byNumber.set(item.number, item);
  const base = uri.replace(/#.*$/, '');
  const links: DocumentLink[] = [];
  for (const entry of doc.toc.entries) {
    if (token.isCancellationRequested) return [];
    const item = entry.item === null ? undefined : byNumber.get(entry.item);
    if (!item) continue;
    const at = doc.lines.positionAt(item.heading.start);
    const fragment = at.character > 0 ? `L${at.line + 1},${at.character + 1}` : `L${at.line + 1}`;
    links.push({ range: toRange(doc, entry.span), target: `${base}#${fragment}`, tooltip: messages.t('link.toItem', item.number) });
  }
  return links;
}
