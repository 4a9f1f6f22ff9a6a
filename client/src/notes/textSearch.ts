// Finding a quoted text again in a changed document. Comparisons run on a whitespace-normalised
// copy of the text (every run of spaces, tabs and line breaks is one space), so CRLF line
// endings and re-wrapped lines do not matter; `offsets` maps back to the original text.
// The approximate search is Bitap (Wu–Manber) over at most 31 pattern characters: linear in
// the text for a fixed number of errors, so the work stays bounded on a 10 MB document.

export interface NormalizedText {
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly offsets: Int32Array;
  readonly originalLength: number;
}

const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xad || c === 0xfeff;

export function normalize(original: string): NormalizedText {
  const offsets = new Int32Array(original.length);
  const parts: string[] = [];
  let length = 0;
  let runStart = -1;
  let chunkStart = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isSpace(c)) {
      if (runStart < 0) {
        parts.push(original.slice(chunkStart, i));
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      // The soft hyphen (U+00AD) vanishes rather than becoming a space: it only marks a break.
      const onlySoftHyphens = /^\u00ad+$/.test(original.slice(runStart, i));
      if (!onlySoftHyphens) {
        parts.push(' ');
        offsets[length++] = runStart;
      }
      runStart = -1;
      chunkStart = i;
    }
    offsets[length++] = i;
  }
  if (runStart >= 0) {
    if (!/^\u00ad+$/.test(original.slice(runStart))) {
      parts.push(' ');
      offsets[length++] = runStart;
    }
  } else {
    parts.push(original.slice(chunkStart));
  }
  return { text: parts.join(''), offsets: offsets.subarray(0, length), originalLength: original.length };
}

/** A quote or context compared as normalised text, without leading or trailing space. */
export const normalizedString = (s: string) => normalize(s).text.trim();

/** The first normalised index at or after an original offset. */
export function normalizedIndexOf(n: NormalizedText, offset: number): number {
  let low = 0;
  let high = n.offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (n.offsets[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The original span of normalised [start, end). */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < n.offsets.length ? n.offsets[start] : n.originalLength;
    return { start: at, end: at };
  }
  return { start: n.offsets[start], end: n.offsets[end - 1] + 1 };
}

/** Dice coefficient of character bigrams: 1 for equal strings, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = counts.get(g);
    if (n) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

export const BITAP_MAX = 31;

export interface ApproximateMatch {
  /** Index just past the match's last character. */
  readonly end: number;
  readonly errors: number;
}

/**
 * Ends of the places where `pattern` (at most 31 characters) occurs in text[from, to) with at
 * most `maxErrors` insertions, deletions or substitutions; of neighbouring ends only the best.
 */
export function bitap(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || m > BITAP_MAX) throw new RangeError(`bitap pattern length ${m}`);
  const k = Math.max(0, Math.min(maxErrors, m - 1));
  const masks = new Map<number, number>();
  for (let j = 0; j < m; j++) {
    const c = pattern.charCodeAt(j);
    masks.set(c, (masks.get(c) ?? 0) | (1 << j));
  }
  const found = 1 << (m - 1);
  // r[d] bit j: pattern[0..j] ends here with at most d errors.
  const r = new Int32Array(k + 1);
  for (let d = 0; d <= k; d++) r[d] = (1 << d) - 1;
  const matches: ApproximateMatch[] = [];
  for (let i = from; i < to; i++) {
    const mask = masks.get(text.charCodeAt(i)) ?? 0;
    let previousOld = r[0];
    r[0] = ((r[0] << 1) | 1) & mask;
    for (let d = 1; d <= k; d++) {
      const old = r[d];
      r[d] = (((old << 1) | 1) & mask) | previousOld | (previousOld << 1) | (r[d - 1] << 1) | 1;
      previousOld = old;
    }
    for (let d = 0; d <= k; d++) {
      if (r[d] & found) {
        const last = matches[matches.length - 1];
        if (last && i + 1 - last.end <= k) {
          if (d < last.errors) matches[matches.length - 1] = { end: i + 1, errors: d };
        } else {
          matches.push({ end: i + 1, errors: d });
        }
        break;
      }
    }
  }
  return matches;
}

/** All exact occurrences of `needle` in text[from, to), at most `limit`. */
export function occurrences(text: string, needle: string, from: number, to: number, limit = 1000): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let at = text.indexOf(needle, from);
  while (at >= 0 && at + needle.length <= to && found.length < limit) {
    found.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return found;
}

export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
