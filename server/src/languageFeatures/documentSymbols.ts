// Outline: the meeting, then items ("Punkt 64: ..."; detail: case number and outcome), then
// sections, then (with referat.outline.subHeadings) sub-headings: by default they are left
// out, since a long Sagsfremstilling's sub-headings fill the pane until one item fits. Breadcrumbs and the Outline view follow the cursor from these
// ranges: `range` is the whole item or section, `selectionRange` its heading.

import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { AgendaItem, ModelOrigin, ReferatDocument, Section, SubHeading } from '../parser';
import { visibleText } from '../parser';
import { PositionCursor, type Cancellation } from './convert';
import { markShared } from './sharedElements';
import type { Messages } from '../l10n';

export interface OutlineOptions {
  /** Sub-headings under items and sections (referat.outline.subHeadings). */
  readonly subHeadings: boolean;
}

interface Outline {
  readonly messages: Messages;
  readonly noteCounts: ReadonlyMap<number, number> | null;
  readonly subHeadings: boolean;
  readonly symbols: DocumentSymbol[];
  /** Where the items' symbols begin (after the meeting's and the contents'). */
  readonly firstItem: number;
}

/** Per model (one document version and its parse options), the outline last computed for it. */
const outlines = new WeakMap<ReferatDocument, Outline>();

/**
 * The outline of a version, computed once: the Outline view, breadcrumbs and sticky scroll ask
 * for it again and again while the text stays the same. A new version is a new model, a new
 * locale a new `Messages`, new note counts a new map, so each of them computes it afresh, as
 * does a change of the options. The array is shared between requests: callers send it, they
 * do not change it.
 *
 * A version that is the one before with one item parsed again (`origin`) and no line more or
 * less (a letter typed) shares every other symbol with the outline before: their lines and
 * columns are the same. Only that item's symbol is new, so typing in a 1 MB referat does not
 * rebuild 1,400 symbols per keystroke (the protocol layer also reuses what it encoded of them).
 */
export function cachedDocumentSymbols(
  doc: ReferatDocument,
  messages: Messages,
  noteCounts: ReadonlyMap<number, number> | null,
  options: OutlineOptions,
  origin: ModelOrigin | null,
  token: Cancellation,
): DocumentSymbol[] {
  const cached = outlines.get(doc);
  if (cached && sameInputs(cached, messages, noteCounts, options)) return cached.symbols;
  const before = origin && origin.lineDelta === 0 ? outlines.get(origin.previous) : undefined;
  const outline =
    before && sameInputs(before, messages, noteCounts, options) && origin!.previous.items.length === doc.items.length
      ? withItemRedone(before, doc, origin!.item, messages, noteCounts, options)
      : outlineOf(doc, messages, noteCounts, options, token);
  // A cancelled computation answers empty; that is no outline to keep.
  if (!token.isCancellationRequested) outlines.set(doc, outline);
  return markShared(outline.symbols);
}

function sameInputs(outline: Outline, messages: Messages, noteCounts: ReadonlyMap<number, number> | null, options: OutlineOptions): boolean {
  return outline.messages === messages && outline.noteCounts === noteCounts && outline.subHeadings === options.subHeadings;
}

function withItemRedone(before: Outline, doc: ReferatDocument, k: number, messages: Messages, noteCounts: ReadonlyMap<number, number> | null, options: OutlineOptions): Outline {
  const symbols = before.symbols.slice();
  const item = doc.items[k];
  symbols[before.firstItem + k] = itemSymbol(new PositionCursor(doc), item, messages.t('word.punkt'), messages, noteCounts?.get(item.number) ?? 0, options);
  return { ...before, symbols };
}

function outlineOf(doc: ReferatDocument, messages: Messages, noteCounts: ReadonlyMap<number, number> | null, options: OutlineOptions, token: Cancellation): Outline {
  const symbols = documentSymbols(doc, messages, noteCounts, options, token);
  const firstItem = doc.items.length === 0 ? symbols.length : symbols.length - doc.items.length;
  return { messages, noteCounts, subHeadings: options.subHeadings, symbols, firstItem };
}

export function documentSymbols(
  doc: ReferatDocument,
  messages: Messages,
  noteCounts: ReadonlyMap<number, number> | null,
  options: OutlineOptions,
  token: Cancellation,
): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  // Spans are looked up in document order (an end only after what lies inside), so each lookup
  // starts near the last one.
  const at = new PositionCursor(doc);
  const m = doc.meeting;
  if (m.committee || m.meetingDate) {
    const heading = m.committee?.span ?? m.meetingDate!.span;
    symbols.push(
      symbol(
        joined(m.committee?.value, m.meetingDate?.value || m.headerDate?.value) || messages.t('symbol.meeting'),
        SymbolKind.Namespace,
        at.range({ start: Math.min(m.span.start, heading.start), end: Math.max(m.span.end, heading.end) }),
        at.range(heading),
        joined(m.time?.value, m.place?.value),
      ),
    );
  }
  if (doc.toc && doc.toc.entries.length > 0) {
    const heading = doc.toc.heading?.span ?? doc.toc.span;
    symbols.push(
      symbol(
        doc.toc.heading?.value || messages.t('symbol.toc'),
        SymbolKind.Module,
        at.range({ start: Math.min(doc.toc.span.start, heading.start), end: doc.toc.span.end }),
        at.range(heading),
      ),
    );
  }
  const punkt = messages.t('word.punkt');
  for (const item of doc.items) {
    if (token.isCancellationRequested) return [];
    symbols.push(itemSymbol(at, item, punkt, messages, noteCounts?.get(item.number) ?? 0, options));
  }
  if (doc.items.length === 0) {
    // An empty Outline says nothing; this says that no item was found and where to read why
    // (the no-items diagnostic on line 1).
    const firstLine = at.range({ start: 0, end: Math.min(doc.text.length, doc.lines.lineCount > 1 ? doc.lines.offsetAt({ line: 1, character: 0 }) : doc.text.length) });
    symbols.push(symbol(messages.t('symbol.noItems'), SymbolKind.Null, firstLine, { start: firstLine.start, end: firstLine.start }, messages.t('symbol.noItems.detail')));
  }
  return symbols;
}

function itemSymbol(at: PositionCursor, item: AgendaItem, punkt: string, messages: Messages, notes: number, options: OutlineOptions): DocumentSymbol {
  const decision = item.sections.find((s) => s.kind === 'Beslutning' && !s.prior);
  const detail = joined(
    item.caseNumber?.text,
    decision?.outcome ? messages.outcome(decision.outcome) : null,
    notes > 0 ? messages.t('symbol.notes', notes) : null,
  );
  const start = at.positionAt(item.span.start);
  const selectionRange = at.range(item.heading);
  const children = options.subHeadings ? subHeadingSymbols(at, item.subHeadings) : [];
  for (const section of item.sections) children.push(sectionSymbol(at, section, messages, options));
  return symbol(
    `${punkt} ${item.number}: ${visibleText(item.title.value) || messages.t('symbol.untitled')}`,
    item.closed ? SymbolKind.Key : SymbolKind.Class,
    { start, end: at.positionAt(item.span.end) },
    selectionRange,
    detail,
    children,
  );
}

function sectionSymbol(at: PositionCursor, section: Section, messages: Messages, options: OutlineOptions): DocumentSymbol {
  const heading = visibleText(section.heading.value);
  const name = section.prior ? heading.replace(/:$/, '') : section.implicit ? section.kind : heading;
  const detail = joined(section.kind !== name ? section.kind : null, section.outcome ? messages.outcome(section.outcome) : null);
  const start = at.positionAt(section.span.start);
  const selectionRange = at.range(section.heading.span);
  const children = options.subHeadings ? subHeadingSymbols(at, section.subHeadings) : [];
  return symbol(
    name,
    section.kind === 'Beslutning' ? SymbolKind.Event : section.kind === 'Indstilling' ? SymbolKind.Interface : SymbolKind.Field,
    { start, end: at.positionAt(section.span.end) },
    selectionRange,
    detail,
    children,
  );
}

function subHeadingSymbols(at: PositionCursor, subHeadings: readonly SubHeading[]): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const h of subHeadings) {
    const range = at.range(h.span);
    symbols.push(symbol(h.text, SymbolKind.String, range, { start: range.start, end: range.end }));
  }
  return symbols;
}

/** The parts that are there, joined as the Outline shows them. */
function joined(...parts: Array<string | null | undefined>): string {
  let text = '';
  for (const part of parts) if (part) text = text ? `${text} · ${part}` : part;
  return text;
}

/** A symbol without empty `detail` or `children`: a 1 MB referat has thousands, sent as JSON. */
function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range, detail = '', children: DocumentSymbol[] = []): DocumentSymbol {
  const result: DocumentSymbol = { name, kind, range, selectionRange };
  if (detail) result.detail = detail;
  if (children.length > 0) result.children = children;
  return result;
}
