// Stage 3 of the line-structured pipeline: which lines could open an agenda item, and how.
//
// Why a table of shapes: every meeting system writes the number its own way ("Punkt 5:",
// "Pkt. 5", "5.", "5)", " 5.  5. Title", "5 Title" from a PDF table, "5" alone with the title on
// the next line, "• 5"). Each shape is one row here; a new system's layout is a new row. A
// shape only proposes: whether the line *is* an item is decided later from several cues at
// once (itemChoice.ts), because "1. At godkende" and "2 stk." look the same as headings.

import type { Lines } from './lines';
import { ITEM_ACCESS_WORDS, ITEM_NUMBER_KEYWORDS } from './vocabulary';

/** How the number is written; the later stages weigh shapes differently. */
export type HeadingShape =
  /** "Punkt 5: Title", "Pkt. 5 Title", "Sag nr. 5 Title": a word says it is an item. */
  | 'keyword'
  /** "5. 5. Title": a list number and the item number (web pages). */
  | 'doubled'
  /** "5. Title", "5) Title", "5 : Title". */
  | 'numbered'
  /** "5 Title": a table row from a PDF or an HTML export. */
  | 'bare'
  /** "5", "5." or "• 5" alone, the title on the next line. */
  | 'alone';

export interface HeadingCandidate {
  /** The line holding the number. */
  readonly line: number;
  readonly number: number;
  readonly shape: HeadingShape;
  /** The line where the title starts (the next non-blank line for 'alone'), -1 when there is none. */
  readonly titleLine: number;
  /** Offset of the title's first character in the text. */
  readonly titleStart: number;
  /** The title's first line as written (from titleStart to the line's end). */
  readonly firstTitleLine: string;
  /** Set when the line says the item is closed ("5 Lukket Title") or open ("Åbent"). */
  readonly access: boolean | null;
}

const MAX_NUMBER = 9999;
/** A title line this long is a paragraph, not a heading. */
const MAX_TITLE_LINE = 300;
/** How far below an 'alone' number its title may stand (blank lines between). */
const ALONE_TITLE_DISTANCE = 3;

// Anchored, bounded: a number of at most four digits and what follows it.
const NUMBER_THEN = /^(\d{1,4})(?![\d,/])(?:\s*([.):]))?(?!\d)\s*/;
const ALONE_BULLET = /^[•·▪◦‣\-–]\s*(\d{1,4})\.?$/;
// "Sag 306-2009-600" is a case number after its label, not item 306: the number may not go on
// with a dash or dot and more digits.
const KEYWORD_NUMBER = /^\s*(\d{1,4})(?![\d/]|[-.–]\d)\s*(?:[:.)\-–]\s*)?/;

/** The heading candidate on line `i`, or null. Reads line `i` and, for a number alone, the next lines. */
export function readHeadingCandidate(lines: Lines, i: number, skip?: (line: number) => boolean): HeadingCandidate | null {
  const length = lines.lengthOf(i);
  if (length === 0) return null;
  const first = lines.firstCode(i);
  const isDigit = first >= 48 && first <= 57;
  const start = lines.starts[i];
  let keywordLength = 0;
  if (!isDigit) {
    // "• 5" alone on its line: short. Most lines starting with a dash are list items.
    if (mayStartBullet(first)) {
      if (length > MAX_BULLET_LINE) return null;
      const bullet = ALONE_BULLET.exec(lines.textOf(i));
      return bullet ? alone(lines, i, Number(bullet[1]), skip) : null;
    }
    // Most lines starting with a keyword's letter are prose ("Sagen", "Det"): tested in place.
    if (!mayStartKeyword(first)) return null;
    KEYWORD_AT.lastIndex = start;
    const keyword = KEYWORD_AT.exec(lines.source);
    if (keyword === null) return null;
    keywordLength = keyword[0].length - 1;
  }
  const text = lines.textOf(i);

  if (!isDigit) {
    const m = KEYWORD_NUMBER.exec(text.slice(keywordLength));
    if (!m) return null;
    const number = Number(m[1]);
    const titleOffset = keywordLength + m[0].length;
    if (titleOffset >= text.length) {
      // "Punkt 3:" says the title is missing; "Punkt 3" alone has it on the next line.
      if (text.endsWith(':')) return { line: i, number, shape: 'keyword', titleLine: i, titleStart: start + text.length, firstTitleLine: '', access: null };
      return alone(lines, i, number, skip, 'keyword');
    }
    return withAccess({ line: i, number, shape: 'keyword', titleLine: i, titleStart: start + titleOffset, firstTitleLine: text.slice(titleOffset), access: null });
  }

  const m = NUMBER_THEN.exec(text);
  if (!m || Number(m[1]) > MAX_NUMBER) return null;
  const number = Number(m[1]);
  let offset = m[0].length;
  if (offset >= text.length) {
    // "5" or "5." alone: the title is on a line below.
    return alone(lines, i, number, skip);
  }
  let shape: HeadingShape = m[2] ? 'numbered' : 'bare';
  // " 5.  5. Title": the same number twice.
  const again = NUMBER_THEN.exec(text.slice(offset));
  if (again && again[2] && Number(again[1]) === number && offset + again[0].length < text.length) {
    offset += again[0].length;
    shape = 'doubled';
  }
  // "5 Title" needs a space after the number ("5%", "5,5" and "5-6" are not headings).
  if (shape === 'bare' && !/\s/.test(text[m[1].length])) return null;
  if (text.length - offset > MAX_TITLE_LINE) return null;
  return withAccess({ line: i, number, shape, titleLine: i, titleStart: start + offset, firstTitleLine: text.slice(offset), access: null });
}

function alone(lines: Lines, i: number, number: number, skip: ((line: number) => boolean) | undefined, shape: HeadingShape = 'alone'): HeadingCandidate | null {
  // Blank lines count toward the distance; page furniture between (a page break) does not.
  let j = i + 1;
  let distance = 0;
  for (; j < lines.count && distance < ALONE_TITLE_DISTANCE; j++) {
    if (skip !== undefined && skip(j)) continue;
    if (!lines.isBlank(j)) break;
    distance++;
  }
  if (j >= lines.count || lines.isBlank(j) || lines.lengthOf(j) > MAX_TITLE_LINE) return null;
  const title = lines.textOf(j);
  // A number below a number is a list of numbers (page numbers of a contents page), not a title.
  if (/^\d{1,4}\.?$/.test(title)) return null;
  return withAccess({ line: i, number, shape, titleLine: j, titleStart: lines.starts[j], firstTitleLine: title, access: null });
}

/** "5 Åbent Title", "5 Lukket Title": the word is not title. */
function withAccess(c: HeadingCandidate): HeadingCandidate {
  const t = c.firstTitleLine;
  for (const [word, closed] of ITEM_ACCESS_WORDS) {
    if (t.length > word.length + 1 && t.slice(0, word.length).toLowerCase() === word.toLowerCase() && /[\s:]/.test(t[word.length])) {
      let skip = word.length;
      while (skip < t.length && /[\s:]/.test(t[skip])) skip++;
      return { ...c, titleStart: c.titleStart + skip, firstTitleLine: t.slice(skip), access: closed };
    }
  }
  return c;
}


/** A keyword and a space or digit after it, at a line's start in the source (sticky: no copy of the line). */
const KEYWORD_AT = new RegExp(`(?:${ITEM_NUMBER_KEYWORDS.map((k) => k.replace(/[.]/g, '\\.')).join('|')})[\\s\\d]`, 'iy');
const MAX_BULLET_LINE = 8;

const KEYWORD_FIRSTS = new Set(ITEM_NUMBER_KEYWORDS.flatMap((k) => [k.charCodeAt(0), k.toLowerCase().charCodeAt(0), k.toUpperCase().charCodeAt(0)]));
const mayStartKeyword = (c: number) => KEYWORD_FIRSTS.has(c);
const mayStartBullet = (c: number) => c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 0x2023 || c === 45 || c === 0x2013;
