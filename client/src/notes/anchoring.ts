// Where a note belongs, and finding that place again in a re-published document. A note
// records its item (number, title, case number), section, quoted text with context and
// offsets. Placing it tries, in order: the same offsets, if the text there is still the quote;
// the quote within its item, found by case number or title (items get renumbered); an
// approximate match of the quote within that item. A note whose item cannot be identified is
// looked for in the whole document, but only accepted in an item that could be the same one.
// A note that cannot be placed is orphaned, never dropped, and never moved to another item.

import { itemAt, normalizeTitle, type AgendaItem, type ReferatDocument } from '../../../server/src/parser';
import type { Anchor, AnchorItem, AnchorScope } from './model';
import {
  BITAP_MAX,
  bitap,
  commonPrefixLength,
  commonSuffixLength,
  normalize,
  normalizedIndexOf,
  normalizedString,
  occurrences,
  originalSpan,
  similarity,
  type NormalizedText,
} from './textSearch';

export const CONTEXT_LENGTH = 32;

/** How sure the placement is: where it was, where the quote moved to, an approximate match, or nowhere. */
export type Placement =
  | { readonly kind: 'exact' | 'moved' | 'fuzzy'; readonly start: number; readonly end: number; readonly item: AgendaItem | null }
  | { readonly kind: 'orphaned' };

/** An approximate match must be at least this similar to the quote (bigram Dice). */
const FUZZY_THRESHOLD = 0.75;
/** Quotes shorter than this are too common to be matched approximately. */
const FUZZY_MIN_LENGTH = 12;
/** A title this similar may be the same item's, retitled. */
const TITLE_THRESHOLD = 0.5;
/** Items sharing a case number differ by title only ("Fokusrevision af ressourceforløb" / "... jobafklaringsforløb"). */
const SHARED_CASE_TITLE_THRESHOLD = 0.85;

function anchorItemOf(doc: ReferatDocument, item: AgendaItem | null): AnchorItem | null {
  if (!item) return null;
  const caseNumber = item.caseNumber?.text ?? null;
  const shared = caseNumber !== null && doc.items.some((other) => other !== item && other.caseNumber?.text === caseNumber);
  return { number: item.number, title: item.title.value, caseNumber, ...(shared ? { sharedCaseNumber: true } : {}) };
}

/** The anchor of a span of the document (trimmed of surrounding whitespace). */
export function anchorAt(doc: ReferatDocument, start: number, end: number, scope: AnchorScope = 'selection'): Anchor {
  const text = doc.text;
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  const item = itemAt(doc.items, s);
  const section = item?.sections.find((x) => x.span.start <= s && s < Math.max(x.span.end, x.span.start + 1)) ?? null;
  return {
    scope,
    item: anchorItemOf(doc, item),
    section: section?.kind ?? null,
    quote: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
    suffix: text.slice(e, e + CONTEXT_LENGTH),
    start: s,
    end: e,
    itemOffset: item ? s - item.span.start : null,
  };
}

/** The anchor of a whole line; a blank line anchors to the next line with text (or the previous). */
export function lineAnchor(doc: ReferatDocument, line: number): Anchor {
  const lines = doc.lines;
  const last = lines.lineCount - 1;
  const blank = (l: number) => doc.text.slice(lines.lineStarts[l], lines.lineContentEnd(l)).trim() === '';
  let l = Math.max(0, Math.min(line, last));
  if (blank(l)) {
    let next = l;
    while (next < last && blank(next)) next++;
    if (!blank(next)) l = next;
    else {
      let previous = l;
      while (previous > 0 && blank(previous)) previous--;
      l = previous;
    }
  }
  return anchorAt(doc, lines.lineStarts[l], lines.lineContentEnd(l), 'line');
}

/** The anchor of a whole item: its heading. */
export function itemAnchor(doc: ReferatDocument, item: AgendaItem): Anchor {
  return anchorAt(doc, item.heading.start, item.heading.end, 'item');
}

/**
 * Places anchors in one version of a document. Normalises the text once, so placing many
 * notes costs one pass plus a search per note.
 */
export class Placer {
  private normalized: NormalizedText | undefined;

  constructor(readonly doc: ReferatDocument) {}

  private get norm(): NormalizedText {
    return (this.normalized ??= normalize(this.doc.text));
  }

  place(anchor: Anchor): Placement {
    const doc = this.doc;
    const candidates = anchor.item ? this.candidateItems(anchor.item) : [];

    if (anchor.scope === 'item') {
      const item = candidates[0];
      return item ? { kind: item.heading.start === anchor.start ? 'exact' : 'moved', start: item.heading.start, end: item.heading.end, item } : { kind: 'orphaned' };
    }

    const quote = normalizedString(anchor.quote);
    if (quote === '') return { kind: 'orphaned' };

    // 1. Where it was, if the text there is still the quote and in the same item.
    if (anchor.end <= doc.text.length && doc.text.slice(anchor.start, anchor.end) === anchor.quote) {
      const here = itemAt(doc.items, anchor.start);
      const same = anchor.item === null ? here === null : here !== null && (candidates.includes(here) || (candidates.length === 0 && couldBe(here, anchor.item)));
      if (same) return { kind: 'exact', start: anchor.start, end: anchor.end, item: here };
    }

    // 2. Within its item, found by case number or title.
    if (anchor.item && candidates.length > 0) {
      for (const item of candidates) {
        const found = this.search(anchor, quote, item.span.start, item.span.end, item);
        if (found) return { ...found, item };
      }
      return { kind: 'orphaned' };
    }

    // 3. The item is gone or cannot be told (retitled, no case number): the whole document,
    // accepted only in an item that could be the same one.
    const found = this.search(anchor, quote, 0, doc.text.length, null);
    if (!found) return { kind: 'orphaned' };
    const landed = itemAt(doc.items, found.start);
    const acceptable = anchor.item === null ? landed === null : landed !== null && couldBe(landed, anchor.item);
    return acceptable ? { ...found, item: landed } : { kind: 'orphaned' };
  }

  /** Items that are the anchor's item: same case number or same title, most alike first. */
  candidateItems(wanted: AnchorItem): AgendaItem[] {
    const title = normalizeTitle(wanted.title);
    const scored: { item: AgendaItem; score: number }[] = [];
    for (const item of this.doc.items) {
      const sameCase = wanted.caseNumber !== null && item.caseNumber?.text === wanted.caseNumber;
      const sameTitle = title !== '' && normalizeTitle(item.title.value) === title;
      if (!sameCase && !sameTitle) continue;
      // A case number several items shared identifies an item only together with its title.
      if (!sameTitle && wanted.sharedCaseNumber && similarity(title, normalizeTitle(item.title.value)) < SHARED_CASE_TITLE_THRESHOLD) continue;
      // Two items can share a case number (one case, several items): then the title decides.
      const contradicts = wanted.caseNumber !== null && item.caseNumber !== null && item.caseNumber.text !== wanted.caseNumber;
      if (contradicts) continue;
      const score = (sameCase ? 4 : 0) + (sameTitle ? 2 : similarity(title, normalizeTitle(item.title.value))) + (item.number === wanted.number ? 0.5 : 0);
      scored.push({ item, score });
    }
    return scored.sort((a, b) => b.score - a.score).map((s) => s.item);
  }

  /** The quote in original [from, to): exactly (normalised) first, then approximately. */
  private search(anchor: Anchor, quote: string, from: number, to: number, item: AgendaItem | null): { kind: 'moved' | 'fuzzy'; start: number; end: number } | null {
    const n = this.norm;
    const nFrom = normalizedIndexOf(n, from);
    const nTo = normalizedIndexOf(n, to);
    const prefix = normalizedString(anchor.prefix);
    const suffix = normalizedString(anchor.suffix);
    // Where in the region the quote stood, as a fraction: breaks ties between equal quotes.
    const expected = item && anchor.itemOffset !== null ? item.span.start + anchor.itemOffset : anchor.start;
    const regionLength = Math.max(1, to - from);

    const score = (start: number, end: number, base: number) => {
      const before = n.text.slice(Math.max(nFrom, start - prefix.length - 1), start).trimEnd();
      const after = n.text.slice(end, Math.min(nTo, end + suffix.length + 1)).trimStart();
      const context = (commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix)) / Math.max(1, prefix.length + suffix.length);
      const distance = Math.abs(n.offsets[start] - expected) / regionLength;
      return base + context - 0.25 * Math.min(1, distance);
    };

    let best: { start: number; end: number; score: number } | null = null;
    for (const at of occurrences(n.text, quote, nFrom, nTo)) {
      const s = score(at, at + quote.length, 0);
      if (!best || s > best.score) best = { start: at, end: at + quote.length, score: s };
    }
    if (best) return { kind: 'moved', ...originalSpan(n, best.start, best.end) };

    if (quote.length < FUZZY_MIN_LENGTH) return null;
    const fuzzy = this.approximate(quote, nFrom, nTo, score);
    if (!fuzzy) return null;
    // An approximate span can begin or end on the space next to the words.
    let { start, end } = refine(n.text, fuzzy, quote, nFrom, nTo);
    while (start < end && n.text[start] === ' ') start++;
    while (end > start && n.text[end - 1] === ' ') end--;
    return { kind: 'fuzzy', ...originalSpan(n, start, end) };
  }

  /**
   * Bitap for the quote's first and last (up to) 31 characters; each hit proposes a span, the
   * span most similar to the quote (then with the best context) wins if similar enough.
   */
  private approximate(quote: string, nFrom: number, nTo: number, score: (start: number, end: number, base: number) => number): { start: number; end: number } | null {
    const text = this.norm.text;
    const m = quote.length;
    const probe = Math.min(BITAP_MAX, m);
    const errors = Math.max(1, Math.floor(probe / 5));
    const best = (list: { end: number; errors: number }[]) => list.sort((a, b) => a.errors - b.errors).slice(0, 40);
    const heads = best(bitap(text, quote.slice(0, probe), errors, nFrom, nTo)).map((h) => Math.max(nFrom, h.end - probe));
    const tails = m > probe ? best(bitap(text, quote.slice(m - probe), errors, nFrom, nTo)).map((t) => t.end) : [];
    const spans: { start: number; end: number }[] = [];
    for (const start of heads) {
      const tail = tails.filter((end) => end - start >= 0.6 * m && end - start <= 1.5 * m);
      if (tail.length === 0) spans.push({ start, end: Math.min(nTo, start + m) });
      for (const end of tail) spans.push({ start, end });
    }
    for (const end of tails) spans.push({ start: Math.max(nFrom, end - m), end });
    let chosen: { start: number; end: number; score: number } | null = null;
    for (const span of spans) {
      const alike = similarity(text.slice(span.start, span.end), quote);
      if (alike < FUZZY_THRESHOLD) continue;
      const s = score(span.start, span.end, 2 * alike);
      if (!chosen || s > chosen.score) chosen = { ...span, score: s };
    }
    return chosen;
  }
}

/**
 * Moves an approximate span's ends word by word while that makes it more like the quote: a
 * span found from the quote's first characters ends where the quote's length says, which is
 * short when words were inserted into the sentence.
 */
function refine(text: string, span: { start: number; end: number }, quote: string, from: number, to: number): { start: number; end: number } {
  const limit = Math.ceil(quote.length / 2);
  const nextWord = (i: number) => {
    const at = text.indexOf(' ', i + 1);
    return at < 0 || at > to ? to : at;
  };
  const previousWord = (i: number) => Math.max(from, text.lastIndexOf(' ', i - 1));
  let { start, end } = span;
  let best = similarity(text.slice(start, end), quote);
  for (let step = 0; step < 64; step++) {
    const options = [
      { start, end: nextWord(end) },
      { start, end: previousWord(end) },
      { start: previousWord(start), end },
      { start: Math.min(nextWord(start), end), end },
    ].filter((o) => o.end > o.start && Math.abs(o.end - o.start - quote.length) <= limit);
    let improved = false;
    for (const o of options) {
      const alike = similarity(text.slice(o.start, o.end), quote);
      if (alike > best) {
        best = alike;
        ({ start, end } = o);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return { start, end };
}

/** Whether an item might be the anchor's item under a new title or number: no contradicting case number, a similar title. */
function couldBe(item: AgendaItem, wanted: AnchorItem): boolean {
  if (wanted.caseNumber !== null && item.caseNumber !== null && item.caseNumber.text !== wanted.caseNumber) return false;
  const threshold = wanted.sharedCaseNumber ? SHARED_CASE_TITLE_THRESHOLD : TITLE_THRESHOLD;
  return similarity(normalizeTitle(item.title.value), normalizeTitle(wanted.title)) >= threshold;
}

export function placeAnchor(doc: ReferatDocument, anchor: Anchor): Placement {
  return new Placer(doc).place(anchor);
}
