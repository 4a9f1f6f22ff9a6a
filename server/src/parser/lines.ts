// The text as lines, each with the offsets of its trimmed content, so every later step can
// hand out exact spans without re-scanning.

import type { LineIndex } from './lineIndex';

export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the first non-blank character (form feeds count as blank). */
  readonly start: number;
  /** Offset after the last non-blank character. */
  readonly end: number;
  /** The trimmed content. */
  readonly text: string;
  /** Whether a form feed stands before the content on this line: a page break. */
  readonly pageBreak: boolean;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;

export function splitLines(text: string, index: LineIndex): Line[] {
  const lines: Line[] = [];
  const count = index.lineCount;
  for (let i = 0; i < count; i++) {
    const lineStart = index.lineStarts[i];
    const lineEnd = index.lineContentEnd(i);
    let start = lineStart;
    let pageBreak = false;
    while (start < lineEnd && isBlank(text.charCodeAt(start))) {
      if (text.charCodeAt(start) === 12) pageBreak = true;
      start++;
    }
    let end = lineEnd;
    while (end > start && isBlank(text.charCodeAt(end - 1))) {
      if (text.charCodeAt(end - 1) === 12) pageBreak = true;
      end--;
    }
    lines.push({ index: i, start, end, text: text.slice(start, end), pageBreak });
  }
  return lines;
}

/** Lower-case, single-spaced, without trailing dots or colons: how titles are compared. */
export function normalizeTitle(s: string): string {
  return s.replace(/[\s\u00ad]+/g, ' ').trim().replace(/[.:]+$/, '').toLowerCase();
}

const LOWER = /[a-zæøåäöüé]/;
const UPPER = /[A-ZÆØÅÄÖÜÉ]/;
export const startsUpper = (s: string) => s.length > 0 && UPPER.test(s[0]);
export const startsLower = (s: string) => s.length > 0 && LOWER.test(s[0]);
