// The table of contents against the items: an entry that names no item exactly (misspelt or
// merged), one that only shortens its item's title, an item the table leaves out, and pages
// that go backwards. Entries that refer to no item at all (a "Bilagsliste") are left alone.

import { normalizeTitle, type AgendaItem, type ReferatDocument, type Span, type TocEntry } from '../../parser';
import { text, type Finding, type Rule, type TextEditSpan } from '../rule';
import { itemHeadingRelated, lineBreakAfter } from './util';

export const tocMismatch: Rule = {
  code: 'toc-mismatch',
  severity: 'warning',
  description: 'rule.toc-mismatch',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const entry of doc.toc?.entries ?? []) {
      if (entry.item === null || entry.exact) continue;
      if (entry.mergedItems.length > 1) {
        const merged = entry.mergedItems.map((n) => doc.items.find((it) => it.number === n)).filter((it): it is AgendaItem => it !== undefined);
        if (merged.length < 2) continue;
        const [a, b] = merged;
        findings.push({
          code: 'toc-mismatch',
          span: entry.title.span,
          message: text('diag.tocMerged', a.number, a.title.value, b.number, b.title.value),
          related: merged.map((it) => itemHeadingRelated(it)),
          fix: splitFix(doc, entry, merged),
        });
        continue;
      }
      const item = doc.items.find((it) => it.number === entry.item);
      if (!item || isTruncation(entry, item)) continue;
      findings.push({
        code: 'toc-mismatch',
        span: entry.title.span,
        message: text('diag.tocMismatch', entry.title.value, item.number, item.title.value),
        related: [itemHeadingRelated(item)],
        fix: { title: text('fix.tocTitle', item.number), edits: [retitle(entry, item)] },
      });
    }
    return findings;
  },
};

export const tocTruncated: Rule = {
  code: 'toc-truncated',
  severity: 'hint',
  description: 'rule.toc-truncated',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const entry of doc.toc?.entries ?? []) {
      if (entry.item === null || entry.exact || entry.mergedItems.length > 1) continue;
      const item = doc.items.find((it) => it.number === entry.item);
      if (!item || !isTruncation(entry, item)) continue;
      findings.push({
        code: 'toc-truncated',
        span: entry.title.span,
        message: text('diag.tocTruncated', item.number, entry.title.value),
        related: [itemHeadingRelated(item)],
        fix: { title: text('fix.tocTitle', item.number), edits: [retitle(entry, item)] },
      });
    }
    return findings;
  },
};

export const tocMissingItem: Rule = {
  code: 'toc-missing-item',
  severity: 'warning',
  description: 'rule.toc-missing-item',
  check({ doc }) {
    const entries = doc.toc?.entries ?? [];
    const listed = new Set<number>();
    for (const e of entries) {
      if (e.item !== null) listed.add(e.item);
      for (const n of e.mergedItems) listed.add(n);
    }
    // A list that names none of the items is not their contents (a case number or a line of the
    // header under "Åbne dagsordenspunkter", a Bilagsliste): it cannot say that one is missing.
    if (listed.size === 0) return [];
    // An entry no item matched that runs on over several titles ("Oplæg til dialog … Lukket -
    // Uddeling af …", a contents whose numbers the copy lost) names the items it holds.
    const runOn = entries.filter((e) => e.item === null && e.mergedItems.length === 0).map((e) => normalizeTitle(e.title.value));
    const inRunOn = (title: string) => {
      const t = normalizeTitle(title);
      return t.length >= MIN_RUN_ON_TITLE && runOn.some((entry) => entry.length > t.length && entry.includes(t));
    };
    return doc.items
      .filter((it) => !listed.has(it.number) && !inRunOn(it.title.value))
      .map((it) => ({
        code: 'toc-missing-item' as const,
        span: it.heading,
        message: text('diag.tocMissingItem', it.number, it.title.value),
      }));
  },
};

/** A title this short ("Bilag") may stand in any run-on entry by chance. */
const MIN_RUN_ON_TITLE = 12;

export const tocPageOrder: Rule = {
  code: 'toc-page-order',
  severity: 'warning',
  description: 'rule.toc-page-order',
  check({ doc }) {
    const findings: Finding[] = [];
    let previous: TocEntry | null = null;
    for (const entry of doc.toc?.entries ?? []) {
      if (entry.pages.length === 0) continue;
      const before = previous ? previous.pages[previous.pages.length - 1] : null;
      const backwards = entry.pages.findIndex((p, i) => (i === 0 ? before !== null && p < before : p < entry.pages[i - 1]));
      if (backwards >= 0) {
        const after = backwards === 0 ? before! : entry.pages[backwards - 1];
        findings.push({
          code: 'toc-page-order',
          span: pagesSpan(doc, entry),
          message: text('diag.tocPageOrder', entry.pages[backwards], entry.title.value, after),
        });
      }
      previous = entry;
    }
    return findings;
  },
};

/** A truncated entry: a clean prefix of its item's title (compared as the parser compares titles). */
function isTruncation(entry: TocEntry, item: AgendaItem): boolean {
  const e = normalizeTitle(withoutKindPrefix(entry, item));
  const t = normalizeTitle(item.title.value);
  return e.length > 0 && e.length < t.length && t.startsWith(e);
}

function withoutKindPrefix(entry: TocEntry, item: AgendaItem): string {
  const prefix = item.kindPrefix ? `${item.kindPrefix}:` : null;
  const value = entry.title.value;
  return prefix && value.startsWith(prefix) ? value.slice(prefix.length).trimStart() : value;
}

/** Replace the entry's title with the item's, keeping a kind prefix, leaders and pages. */
function retitle(entry: TocEntry, item: AgendaItem): TextEditSpan {
  const kept = entry.title.value.length - withoutKindPrefix(entry, item).length;
  return { span: { start: entry.title.span.start + kept, end: entry.title.span.end }, newText: item.title.value };
}

/** One line per merged item, each with its own page where the entry gives one per item. */
function splitFix(doc: ReferatDocument, entry: TocEntry, items: readonly AgendaItem[]): Finding['fix'] {
  if (doc.format !== 'line-structured') return undefined;
  if (entry.pages.length !== items.length && entry.pages.length > 1) return undefined;
  const pages = pagesSpan(doc, entry);
  const leader = entry.pages.length > 0 ? doc.text.slice(entry.title.span.end, pages.start) : doc.text.slice(entry.title.span.end, entry.span.end);
  const eol = lineBreakAfter(doc.text, entry.span.end);
  const lines = items.map((it, i) => `${it.title.value}${leader}${entry.pages.length === 0 ? '' : entry.pages[Math.min(i, entry.pages.length - 1)]}`);
  return { title: text('fix.tocSplit'), edits: [{ span: entry.span, newText: lines.join(eol) }] };
}

/** The page numbers at the end of an entry ("5 8" of "Title.....\t5 8"). */
function pagesSpan(doc: ReferatDocument, entry: TocEntry): Span {
  const written = doc.text.slice(entry.span.start, entry.span.end);
  const m = /\d{1,4}(?:[ \t]+\d{1,4})*[ \t]*$/.exec(written);
  if (!m) return entry.span;
  const trailing = m[0].length - m[0].trimEnd().length;
  return { start: entry.span.start + m.index, end: entry.span.end - trailing };
}

export const tocRules: readonly Rule[] = [tocMismatch, tocTruncated, tocMissingItem, tocPageOrder];
