// The text as lines, each with the offsets of its trimmed content, so every later step can
// hand out exact spans without re-scanning. The offsets live in two flat arrays and a line's
// text is sliced only when a step needs it: most lines are paragraphs that a test of their
// first character or length already rules out, and an object and a copy per line was a tenth
// of a parse in allocation alone, and more on big documents, where they outlive the young
// generation and are copied into the old one.

import { LineIndex } from './lineIndex';
import { foldInvisible, isSpace, needsFolding, isInvisible } from './whitespace';
import { WEB_CONTROL_LINES, WEB_CONTROL_PREFIXES } from './vocabulary';

/** One line as an object, for the few steps that keep lines (the header, transcript pages). */
export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the first non-blank character (form feeds count as blank). */
  readonly start: number;
  /** Offset after the last non-blank character. */
  readonly end: number;
  /** The trimmed content. */
  readonly text: string;
}

/**
 * Blank at a line's edges: spaces, and the invisible characters an editor leaves at a
 * paragraph's start or end (a zero-width space, a word joiner; isInvisible), so that
 * "\u200bBeslutning" starts with its word. Not the soft hyphen: at a line's end it marks a
 * word broken there.
 */
const isBlank = (c: number) => c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c !== 0xad && isInvisible(c));

export class Lines {
  constructor(
    readonly source: string,
    readonly count: number,
    /** Offset of each line's first non-blank character (form feeds count as blank). */
    readonly starts: Int32Array,
    /** Offset after each line's last non-blank character; equal to the start for a blank line. */
    readonly ends: Int32Array,
    /** Each non-blank line's first character, kept so that tests of it need not touch the text again. */
    readonly firsts: Uint16Array,
    /**
     * Each non-blank line's last character, likewise; null when not kept (then read from the
     * text). Read at every line end while the line is in the CPU's cache, it saves the later
     * tests a trip to memory per line: on 10 MB, reading the text's last characters again was
     * two thirds of the heading tests' time.
     */
    readonly lasts: Uint16Array | null = null,
  ) {}

  /**
   * Page furniture (pageFurniture.ts), 1 per furniture line, once the pipeline has found it: the
   * later stages step over these lines as if they were not there.
   */
  furniture: Uint8Array | null = null;

  /** Whether line `i` is page furniture. */
  isFurniture(i: number): boolean {
    return this.furniture !== null && this.furniture[i] === 1;
  }

  /** The trimmed content of line `i`. */
  textOf(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  isBlank(i: number): boolean {
    return this.starts[i] === this.ends[i];
  }

  /** Length of the trimmed content. */
  lengthOf(i: number): number {
    return this.ends[i] - this.starts[i];
  }

  /** The first character's code of a non-blank line (NaN for a blank one). */
  firstCode(i: number): number {
    return this.starts[i] < this.ends[i] ? this.firsts[i] : NaN;
  }

  /** The last character's code of a non-blank line (NaN for a blank one). */
  lastCode(i: number): number {
    const end = this.ends[i];
    if (this.starts[i] === end) return NaN;
    return this.lasts !== null ? this.lasts[i] : this.source.charCodeAt(end - 1);
  }

  at(i: number): Line {
    return { index: i, start: this.starts[i], end: this.ends[i], text: this.textOf(i) };
  }

  /** Line objects for lines [from, to). */
  slice(from: number, to: number): Line[] {
    const out: Line[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i));
    return out;
  }

  /** The first non-blank line in [from, to), or -1. */
  firstNonBlank(from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.starts[i] < this.ends[i]) return i;
    return -1;
  }

  /** The first line in [from, to) that is text: neither blank nor page furniture; or -1. */
  firstText(from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.starts[i] < this.ends[i] && !this.isFurniture(i)) return i;
    return -1;
  }

  /** The last non-blank line in [from, to), or -1. */
  lastNonBlank(from: number, to: number): number {
    for (let i = to - 1; i >= from; i--) if (this.starts[i] < this.ends[i]) return i;
    return -1;
  }

  /** From the first to the last non-blank line of [from, to); empty at the first line's start when all are blank. */
  spanOf(from: number, to: number): { start: number; end: number } {
    const first = this.firstNonBlank(from, to);
    if (first < 0) {
      const at = from < to ? this.starts[from] : 0;
      return { start: at, end: at };
    }
    return { start: this.starts[first], end: this.ends[this.lastNonBlank(first, to)] };
  }
}

/**
 * The text's line index (line breaks as LSP has them: \r\n, \n, \r) and its lines, in one
 * pass: each line is trimmed as its break is found, while its ends are still in the CPU's
 * cache. On a 10 MB text a second pass to trim cost as much as finding the breaks.
 *
 * Everything is written into typed arrays sized from a guess of the line count (doubled when
 * the text has shorter lines) and the index's array is made once at its final length: on a
 * 10 MB text, growing it by push() made a fresh large array a dozen times, each in new pages
 * of memory, and cost more than finding the breaks.
 */
export function scanLines(source: string): { index: LineIndex; lines: Lines } {
  let capacity = (source.length >> 5) + 64;
  let lineStarts = new Int32Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let firsts = new Uint16Array(capacity);
  let lasts = new Uint16Array(capacity);
  let count = 0;
  // indexOf skips a line's characters natively; most texts break lines with \n alone.
  let lineStart = 0;
  let lf = source.indexOf('\n');
  let cr = source.indexOf('\r');
  for (;;) {
    let contentEnd: number;
    let next: number;
    if (lf < 0 && cr < 0) {
      contentEnd = source.length;
      next = -1;
    } else if (cr < 0 || (lf >= 0 && lf < cr)) {
      contentEnd = lf;
      next = lf + 1;
      lf = source.indexOf('\n', next);
    } else {
      contentEnd = cr;
      next = source.charCodeAt(cr + 1) === 10 /* \r\n */ ? cr + 2 : cr + 1;
      if (lf >= 0 && lf < next) lf = source.indexOf('\n', next);
      cr = source.indexOf('\r', cr + 1);
    }
    if (count === capacity) {
      capacity *= 2;
      lineStarts = grown(lineStarts, capacity);
      starts = grown(starts, capacity);
      ends = grown(ends, capacity);
      firsts = grown16(firsts, capacity);
      lasts = grown16(lasts, capacity);
    }
    let start = lineStart;
    while (start < contentEnd && isBlank(source.charCodeAt(start))) start++;
    if (source.charCodeAt(start) === 102 /* f */) start = afterControlPrefix(source, start, contentEnd);
    let end = contentEnd;
    while (end > start && isBlank(source.charCodeAt(end - 1))) end--;
    lineStarts[count] = lineStart;
    starts[count] = start;
    ends[count] = end;
    firsts[count] = start < end ? source.charCodeAt(start) : 0;
    lasts[count] = start < end ? source.charCodeAt(end - 1) : 0;
    count++;
    if (next < 0) break;
    lineStart = next;
  }
  const indexStarts = new Array<number>(count);
  for (let i = 0; i < count; i++) indexStarts[i] = lineStarts[i];
  return { index: new LineIndex(source, indexStarts), lines: new Lines(source, count, starts, ends, firsts, lasts) };
}

/**
 * Where a line's content starts after a folding block's toggle written before its heading ("fold
 * dette punkt ind Resume"), as after blanks; `start` itself when the line holds no such prefix or
 * nothing after it (then the line is the control alone, WEB_CONTROL_LINES).
 */
function afterControlPrefix(source: string, start: number, contentEnd: number): number {
  for (const prefix of WEB_CONTROL_PREFIXES) {
    if (!source.startsWith(prefix, start)) continue;
    let after = start + prefix.length;
    if (after >= contentEnd || !isBlank(source.charCodeAt(after))) return start;
    while (after < contentEnd && isBlank(source.charCodeAt(after))) after++;
    return after < contentEnd ? after : start;
  }
  return start;
}

/**
 * A web page's row of controls ("Kopier link til punktet  -   Print", "Udskriv | Del"): every part
 * between dashes, bars or runs of spaces a control's label. Not text: it ends a list above it.
 */
export function isWebControlLine(text: string): boolean {
  const parts = text.trim().split(/\s+[-–|]\s+|\s{2,}|\s*\|\s*/).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => CONTROLS.has(p.toLowerCase()));
}
const CONTROLS = new Set(WEB_CONTROL_LINES.map((l) => l.toLowerCase()));

function grown(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(capacity);
  larger.set(array);
  return larger;
}

function grown16(array: Uint16Array, capacity: number): Uint16Array<ArrayBuffer> {
  const larger = new Uint16Array(capacity);
  larger.set(array);
  return larger;
}

/**
 * Lower-case, single-spaced, without trailing dots or colons, invisible characters (soft hyphens,
 * zero-width spaces) dropped and letters composed: how titles are compared.
 */
export function normalizeTitle(s: string): string {
  // Single-spaced titles without invisible characters (nearly all) need no replace.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (needsFolding(c) || (isSpace(c) && (c !== 32 || i === 0 || isSpace(s.charCodeAt(i - 1))))) {
      // A soft hyphen before the space a wrapped title was joined with broke a word there.
      return foldInvisible(s.replace(/\u00ad\s+/g, '')).replace(/\s+/g, ' ').trim().replace(/[.:]+$/, '').toLowerCase();
    }
  }
  const t = s.trim();
  let end = t.length;
  while (end > 0 && (t.charCodeAt(end - 1) === 46 /* . */ || t.charCodeAt(end - 1) === 58) /* : */) end--;
  return t.slice(0, end).toLowerCase();
}

const LOWER = /[a-zæøåäöüé]/;
const UPPER = /[A-ZÆØÅÄÖÜÉ]/;
export const startsUpper = (s: string) => s.length > 0 && UPPER.test(s[0]);
export const startsLower = (s: string) => s.length > 0 && LOWER.test(s[0]);

/** Whether a character code is a lower-case letter of Danish text (a-z, æ, ø, å). */
export const isLowerCode = (c: number): boolean => (c >= 97 && c <= 122) || c === 0xe6 || c === 0xf8 || c === 0xe5;

/** Whether a character code is one of those `startsUpper` accepts. */
export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5 || c === 0xc4 || c === 0xd6 || c === 0xdc || c === 0xc9;
}
