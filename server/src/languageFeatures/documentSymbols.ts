// Outline: the meeting, then items ("Punkt 64: ..."; detail: case number and outcome), then
// sections, then sub-headings. Breadcrumbs and the Outline view follow the cursor from these
// ranges: `range` is the whole item or section, `selectionRange` its heading.

import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { AgendaItem, ReferatDocument, Section, SubHeading } from '../parser';
import { toRange, type Cancellation } from './convert';
import type { Messages } from '../l10n';

export function documentSymbols(doc: ReferatDocument, messages: Messages, noteCounts: ReadonlyMap<number, number> | null, token: Cancellation): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const m = doc.meeting;
  if (m.committee || m.meetingDate) {
    const name = [m.committee?.value, m.meetingDate?.value || m.headerDate?.value].filter(Boolean).join(' · ');
    const heading = m.committee?.span ?? m.meetingDate!.span;
    symbols.push(
      symbol(
        name || messages.t('symbol.meeting'),
        SymbolKind.Namespace,
        toRange(doc, { start: Math.min(m.span.start, heading.start), end: Math.max(m.span.end, heading.end) }),
        toRange(doc, heading),
        [m.time?.value, m.place?.value].filter(Boolean).join(' · '),
      ),
    );
  }
  if (doc.toc && doc.toc.entries.length > 0) {
    const heading = doc.toc.heading?.span ?? doc.toc.span;
    symbols.push(
      symbol(
        doc.toc.heading?.value || messages.t('symbol.toc'),
        SymbolKind.Module,
        toRange(doc, { start: Math.min(doc.toc.span.start, heading.start), end: doc.toc.span.end }),
        toRange(doc, heading),
      ),
    );
  }
  for (const item of doc.items) {
    if (token.isCancellationRequested) return [];
    symbols.push(itemSymbol(doc, item, messages, noteCounts?.get(item.number) ?? 0));
  }
  return symbols;
}

function itemSymbol(doc: ReferatDocument, item: AgendaItem, messages: Messages, notes: number): DocumentSymbol {
  const decision = item.sections.find((s) => s.kind === 'Beslutning' && !s.prior);
  const detail = [
    item.caseNumber?.text,
    decision?.outcome ? messages.outcome(decision.outcome) : null,
    notes > 0 ? messages.t('symbol.notes', notes) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return symbol(
    `${messages.t('word.punkt')} ${item.number}: ${item.title.value || messages.t('symbol.untitled')}`,
    item.closed ? SymbolKind.Key : SymbolKind.Class,
    toRange(doc, item.span),
    toRange(doc, item.heading),
    detail,
    [...subHeadingSymbols(doc, item.subHeadings), ...item.sections.map((s) => sectionSymbol(doc, s, messages))],
  );
}

function sectionSymbol(doc: ReferatDocument, section: Section, messages: Messages): DocumentSymbol {
  const name = section.prior ? section.heading.value.replace(/:$/, '') : section.implicit ? section.kind : section.heading.value;
  const detail = [section.kind !== name ? section.kind : null, section.outcome ? messages.outcome(section.outcome) : null].filter(Boolean).join(' · ');
  return symbol(
    name,
    section.kind === 'Beslutning' ? SymbolKind.Event : section.kind === 'Indstilling' ? SymbolKind.Interface : SymbolKind.Field,
    toRange(doc, section.span),
    toRange(doc, section.heading.span),
    detail,
    subHeadingSymbols(doc, section.subHeadings),
  );
}

function subHeadingSymbols(doc: ReferatDocument, subHeadings: readonly SubHeading[]): DocumentSymbol[] {
  return subHeadings.map((h) => symbol(h.text, SymbolKind.String, toRange(doc, h.span), toRange(doc, h.span)));
}

/** A symbol without empty `detail` or `children`: a 1 MB referat has thousands, sent as JSON. */
function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range, detail = '', children: DocumentSymbol[] = []): DocumentSymbol {
  const result: DocumentSymbol = { name, kind, range, selectionRange };
  if (detail) result.detail = detail;
  if (children.length > 0) result.children = children;
  return result;
}
