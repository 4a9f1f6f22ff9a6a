// Stage 3 of the line-structured pipeline: which lines could open an agenda item, and how.
//
// Why a table of shapes: every meeting system writes the number its own way ("Punkt 5:",
// "Pkt. 5", "5.", "5)", " 5.  5. Title", "5 Title" from a PDF table, "5" alone with the title on
// the next line, "• 5"). Each shape is one row here; a new system's layout is a new row. A
// shape only proposes: whether the line *is* an item is decided later from several cues at
// once (itemChoice.ts), because "1. At godkende" and "2 stk." look the same as headings.

import type { Lines } from './lines';
import { caseLabelLength, wholeCaseNumber } from './caseNumbers';
import { findDates } from './dates';
import { AGENDA_DIVIDERS, CASE_NUMBER_LABELS, GLUED_CONTENTS_HEADINGS, ITEM_ACCESS_WORDS, LEADING_ACCESS_WORDS, ITEM_NUMBER_KEYWORDS, ITEM_NUMBER_KEYWORDS_BELOW_TITLE } from './vocabulary';

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
  /** "38Title": a web page's copy that glued the number's box to the title's (no space). */
  | 'glued'
  /** "5", "5." or "• 5" alone, the title on the next line. */
  | 'alone'
  /** The title, and right below it "Sag nr. 5" alone: the line holds the title, the number is below. */
  | 'numberBelow';

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
  /** Set when `line` is the item's case number above the heading (the heading is on `titleLine`). */
  readonly caseAbove?: boolean;
}

const MAX_NUMBER = 9999;
/** A title line this long is a paragraph, not a heading. */
const MAX_TITLE_LINE = 300;
/** How far below an 'alone' number its title may stand (blank lines between). */
const ALONE_TITLE_DISTANCE = 3;

// Anchored, bounded: a number of at most four digits and what follows it.
const NUMBER_THEN = /^(\d{1,4})(?![\d,/])(?:\s*([.):]))?(?!\d)\s*/;
/** A title glued to its number: a capital, then small letters (not "3F", "5B", "2x"). */
const GLUED_TITLE = /^[A-ZÆØÅ][a-zæøåé]{2}/;
const ALONE_BULLET = /^[•·▪◦‣\-–]\s*(\d{1,4})\.?$/;
// "Sag 306-2009-600" is a case number after its label, not item 306: the number may not go on
// with a dash or dot and more digits.
const KEYWORD_NUMBER = /^\s*(\d{1,4})(?![\d/]|[-.–]\d)\s*(?:[:.)\-–]\s*)?/;

/**
 * The heading candidate on line `i`, or null. Reads line `i` and, for a number alone, the next
 * lines; a case number's line reads the heading below it, and that heading's line the line above.
 */
export function readHeadingCandidate(lines: Lines, i: number, skip?: (line: number) => boolean): HeadingCandidate | null {
  const own = readOwnCandidate(lines, i, skip);
  if (own === null) {
    if (lines.isBlank(i) || !mayStartCaseLine(lines.firstCode(i))) return null;
    const below = headingBelowCaseLine(lines, i, skip);
    return below === null ? null : { ...below, line: i, caseAbove: true };
  }
  if (opensBelowCaseLine(own, i)) {
    const above = textLineNear(lines, i, -1, skip);
    if (above >= 0 && headingBelowCaseLine(lines, above, skip) !== null) return null;
  }
  return own;
}

/**
 * "85.02.02-G01-1-17" or "Sagnr.: 1-51-71-3321-08" and right below it "33. Title" (SBSYS's
 * preview, Region Midtjylland): the case number stands above the heading, and the item starts
 * there. Not when the case line goes on from a heading (an item of only a heading and its case
 * number) or the heading has a case number below it (its own).
 */
function headingBelowCaseLine(lines: Lines, i: number, skip: ((line: number) => boolean) | undefined): HeadingCandidate | null {
  if (lines.lengthOf(i) > MAX_CASE_LINE || !isCaseLine(lines.textOf(i))) return null;
  const j = textLineNear(lines, i, 1, skip);
  if (j < 0) return null;
  const heading = readOwnCandidate(lines, j, skip);
  if (heading === null || !opensBelowCaseLine(heading, j)) return null;
  const before = textLineNear(lines, i, -1, skip);
  // A running header's date ("25. maj 2016") above the case line is no heading; nor is a number
  // the heading below does not follow ("14. Eventuelt", the contents' last entry, over the case line
  // of "1. Title"): then the case line is not that one's.
  const above = before >= 0 ? readOwnCandidate(lines, before, skip) : null;
  if (above !== null && !isDateLine(lines.textOf(before)) && above.number < heading.number) return null;
  // "1" / "Title" / case number: the case line goes on from a heading whose title is on its own line.
  const beforeTitle = before >= 0 ? textLineNear(lines, before, -1, skip) : -1;
  if (beforeTitle >= 0 && readOwnCandidate(lines, beforeTitle, skip)?.titleLine === before) return null;
  const after = textLineNear(lines, heading.titleLine, 1, skip);
  if (after >= 0 && lines.lengthOf(after) <= MAX_CASE_LINE && isCaseLine(lines.textOf(after))) return null;
  return heading;
}

// "1." alone with its title on the next line (a PDF's copy, Hjørring's) opens below its case number too.
const opensBelowCaseLine = (c: HeadingCandidate, i: number) =>
  (c.titleLine === i && (c.shape === 'numbered' || c.shape === 'keyword' || c.shape === 'doubled')) || (c.shape === 'alone' && c.line === i);

function isCaseLine(text: string): boolean {
  if (wholeCaseNumber(text) !== null) return true;
  const label = caseLabelLength(text);
  return label > 0 && label < text.length && /^\S{2,40}$/.test(text.slice(label)) && /\d/.test(text.slice(label));
}

/** The nearest non-blank line (not furniture) above (-1) or below (1) line `i`, at most two blank lines away; else -1. */
function textLineNear(lines: Lines, i: number, step: 1 | -1, skip: ((line: number) => boolean) | undefined): number {
  for (let j = i + step, blank = 0; j >= 0 && j < lines.count && blank <= CASE_ABOVE_BLANKS; j += step) {
    if (skip !== undefined && skip(j)) continue;
    if (!lines.isBlank(j)) return j;
    blank++;
  }
  return -1;
}

const CASE_ABOVE_BLANKS = 2;

/** A line that is a date and nothing more ("25. maj 2016"). */
function isDateLine(text: string): boolean {
  const date = text.length <= MAX_DATE_LINE ? findDates(text)[0] : undefined;
  return date !== undefined && date.span.start === 0 && text.slice(date.span.end).trim().length === 0;
}
const MAX_DATE_LINE = 40;
const MAX_CASE_LINE = 60;
/** Digits (a case number) or a label's first letter ("Sagsnr.", "J.nr."). */
const mayStartCaseLine = (c: number) => (c >= 48 && c <= 57) || CASE_LABEL_FIRSTS.has(c);
const CASE_LABEL_FIRSTS = new Set(CASE_NUMBER_LABELS.flatMap((l) => [l.charCodeAt(0), l.toLowerCase().charCodeAt(0), l.toUpperCase().charCodeAt(0)]));

function readOwnCandidate(lines: Lines, i: number, skip?: (line: number) => boolean): HeadingCandidate | null {
  const length = lines.lengthOf(i);
  if (length === 0) return null;
  const first = lines.firstCode(i);
  const isDigit = first >= 48 && first <= 57;
  const start = lines.starts[i];
  let keywordLength = 0;
  if (!isDigit && i + 1 < lines.count && skip === undefined) {
    const below = numberBelow(lines, i);
    if (below >= 0) return withAccess({ line: i, number: below, shape: 'numberBelow', titleLine: i, titleStart: start, firstTitleLine: lines.textOf(i), access: null });
  }
  if (!isDigit) {
    const glued = gluedContentsLength(lines, i);
    if (glued > 0) return numberedFrom(lines, i, lines.source.slice(start + glued, lines.ends[i]), start + glued, skip);
    if (LEADING_ACCESS_FIRSTS.has(first)) {
      const led = LEADING_ACCESS.exec(lines.textOf(i));
      if (led !== null) {
        const c = numberedFrom(lines, i, lines.source.slice(start + led[0].length, lines.ends[i]), start + led[0].length, skip);
        return c === null || c.titleLine !== i ? null : { ...c, access: LEADING_ACCESS_WORDS.find(([w]) => w === led[1].toLowerCase())![1] };
      }
    }
    // "• 5" alone on its line: short. Most lines starting with a dash are list items.
    if (mayStartBullet(first)) {
      if (length > MAX_BULLET_LINE) return bulletNumbered(lines, i, first);
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
      // "Sag nr. 129" right below its title is that title's number (read with the title's line).
      if (skip === undefined && i > 0 && numberBelow(lines, i - 1) >= 0) return null;
      return alone(lines, i, number, skip, 'keyword');
    }
    // "Punkt 28 blev behandlet før punkt 27": no colon or full stop and a lower-case word after the
    // number is a sentence about an item (a decision's), not a heading.
    if (!/[:.)\-–]/.test(m[0]) && /^\p{Ll}/u.test(text.slice(titleOffset))) return null;
    return withAccess({ line: i, number, shape: 'keyword', titleLine: i, titleStart: start + titleOffset, firstTitleLine: text.slice(titleOffset), access: null });
  }

  return numberedFrom(lines, i, text, start, skip);
}

/** The candidate of a line whose text (from source offset `start`) opens with its number: "5. Title", "5 Title", "5." alone. */
function numberedFrom(lines: Lines, i: number, text: string, start: number, skip: ((line: number) => boolean) | undefined): HeadingCandidate | null {
  const m = NUMBER_THEN.exec(text);
  if (!m || Number(m[1]) > MAX_NUMBER) return null;
  const number = Number(m[1]);
  let offset = m[0].length;
  if (offset >= text.length) {
    // "5" or "5." alone: the title is on a line below.
    return alone(lines, i, number, skip);
  }
  let shape: HeadingShape = m[2] ? 'numbered' : 'bare';
  // " 5.  5. Title": the same number twice. Before a small letter the second is the title's own
  // ordinal ("2: 2. behandling af budgettet", "2. 2. kvartal"), as a title starts with a capital.
  const again = NUMBER_THEN.exec(text.slice(offset));
  if (again && again[2] && Number(again[1]) === number && offset + again[0].length < text.length && !/^\p{Ll}/u.test(text.slice(offset + again[0].length))) {
    offset += again[0].length;
    shape = 'doubled';
  }
  // "5 Title" needs a space after the number ("5%", "5,5" and "5-6" are not headings), unless
  // a web page's copy glued the number's box to the title's ("38Godkendelse af dagsorden"):
  // a capital and small letters, a word, right after the digits.
  if (shape === 'bare' && !/\s/.test(text[m[1].length])) {
    if (!GLUED_TITLE.test(text.slice(m[1].length))) return null;
    shape = 'glued';
  }
  // "29. oktober 2015": a page's running date, not item 29.
  if (shape !== 'doubled' && text.length <= MAX_DATE_LINE && isDateLine(text)) return null;
  if (text.length - offset > MAX_TITLE_LINE) return null;
  return withAccess({ line: i, number, shape, titleLine: i, titleStart: start + offset, firstTitleLine: text.slice(offset), access: null });
}

/**
 * "Indholdsfortegnelse1. Fraværende": a web page's copy glues the heading of an empty (folded)
 * contents list to the first item's heading. The length of the contents word, or 0.
 */
function gluedContentsLength(lines: Lines, i: number): number {
  if (!GLUED_CONTENTS_FIRSTS.has(lines.firstCode(i))) return 0;
  GLUED_CONTENTS.lastIndex = lines.starts[i];
  const m = GLUED_CONTENTS.exec(lines.source);
  return m === null || lines.starts[i] + m[0].length >= lines.ends[i] ? 0 : m[0].length;
}

/** "åbent 3 Title": the access word, spaces, then the number. */
const LEADING_ACCESS = new RegExp(`^(${LEADING_ACCESS_WORDS.map(([w]) => w).join('|')})\\s+(?=\\d)`, 'i');
const LEADING_ACCESS_FIRSTS = new Set(LEADING_ACCESS_WORDS.flatMap(([w]) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));

const GLUED_CONTENTS = new RegExp(`(?:${GLUED_CONTENTS_HEADINGS.join('|')})(?=\\d)`, 'y');
const GLUED_CONTENTS_FIRSTS = new Set(GLUED_CONTENTS_HEADINGS.map((w) => w.charCodeAt(0)));

/** A number that reads as a year ("2026" alone, "2018 Budget"), not as an item's. */
export const isYearNumber = (n: number): boolean => n >= 1900 && n <= 2100;

function alone(lines: Lines, i: number, number: number, skip: ((line: number) => boolean) | undefined, shape: HeadingShape = 'alone'): HeadingCandidate | null {
  // Blank lines count toward the distance; a page break does not: its furniture, nor the blank
  // lines at the foot of the page before it (a PDF's text keeps a page's empty space as lines).
  let j = i + 1;
  let distance = 0;
  for (; j < lines.count; j++) {
    if (skip !== undefined && skip(j)) distance = 0;
    else if (lines.isBlank(j)) distance++;
    else break;
  }
  if (j >= lines.count || distance > ALONE_TITLE_DISTANCE || lines.lengthOf(j) > MAX_TITLE_LINE) return null;
  // A year alone right under a line is that line's end, wrapped at a narrow column ("… af budget" / "2026").
  if (isYearNumber(number) && i > 0 && !lines.isBlank(i - 1)) return null;
  const title = lines.textOf(j);
  // A number below a number is a list of numbers (page numbers of a contents page), not a title;
  // nor is a numbered heading ("7" the last contents entry's page, then "1. Title" after a page break).
  if (/^\d{1,4}\.?$/.test(title) || /^\d{1,4}[.)]\s+\S/.test(title)) return null;
  // A contents entry's page number over the divider of the agenda's closed part ("32" / "Lukkede dagsordenspunkter").
  if (title.length <= MAX_DIVIDER && DIVIDERS.has(title.trim().toLowerCase())) return null;
  // A page number over the page's running date ("26" / "29. oktober 2015") is no heading either.
  if (title.length <= MAX_DATE_LINE && isDateLine(title)) return null;
  return withAccess({ line: i, number, shape, titleLine: j, titleStart: lines.starts[j], firstTitleLine: title, access: null });
}

/**
 * The number on the line right below line `i` when that line is only "Sag nr. N" (a word of
 * ITEM_NUMBER_KEYWORDS_BELOW_TITLE and a number), a blank line or the end follows it, and line
 * `i` reads as a title (a letter first, no label's colon last); else -1. The two lines make one
 * block: a line above or below would be another block's (a field line below ends it too).
 */
function numberBelow(lines: Lines, i: number): number {
  const n = i + 1;
  if (lines.isBlank(i) || lines.isBlank(n) || lines.lengthOf(n) > MAX_NUMBER_BELOW_LINE || !BELOW_FIRSTS.has(lines.firstCode(n))) return -1;
  // A copy without blank lines still ends the block at a field line ("Beslutningskompetence: BR"):
  // no item's title reads "Label: value".
  if (n + 1 < lines.count && !lines.isBlank(n + 1) && !(lines.lengthOf(n + 1) <= MAX_FIELD_LINE && FIELD_LINE.test(lines.textOf(n + 1)))) return -1;
  if (lines.lengthOf(i) > MAX_TITLE_LINE || lines.lastCode(i) === 58 /* : */) return -1;
  const m = NUMBER_BELOW.exec(lines.textOf(n));
  if (m === null || !/^[\p{L}"«“„]/u.test(lines.textOf(i))) return -1;
  return Number(m[1]);
}

const DIVIDERS = new Set(AGENDA_DIVIDERS.map(([d]) => d));
const MAX_DIVIDER = 40;

const NUMBER_BELOW = new RegExp(`^(?:${ITEM_NUMBER_KEYWORDS_BELOW_TITLE.map((k) => k.replace(/[.]/g, '\\.')).join('|')})\\s*(\\d{1,4})$`, 'i');
const BELOW_FIRSTS = new Set(ITEM_NUMBER_KEYWORDS_BELOW_TITLE.flatMap((k) => [k.toLowerCase().charCodeAt(0), k.toUpperCase().charCodeAt(0)]));
const MAX_NUMBER_BELOW_LINE = 16;
/** One word of letters, a colon and a short value: a web page's field ("Beslutningskompetence: ØU"). */
const FIELD_LINE = /^\p{Lu}\p{Ll}{5,}: \S/u;
const MAX_FIELD_LINE = 40;

/**
 * "• 301. Title", "• 1 Title": a web page's bulleted list of the items, each a folding block
 * (Drupal "dagsorden" pages, Viborg's). Only a true bullet: "- 2. Anbefales" is a decision's point.
 */
function bulletNumbered(lines: Lines, i: number, first: number): HeadingCandidate | null {
  if (first === 45 || first === 0x2013 || lines.lengthOf(i) > MAX_TITLE_LINE) return null;
  const text = lines.textOf(i);
  // "• Punkt 1 Title", "• Pkt. 42 Title" (Drupal "dagsorden" pages of other municipalities): the
  // word names the number an item's, as on a line of its own; a lower-case word after a number
  // with no stop is a sentence about an item ("• Punkt 3 udgår").
  const named = BULLET_KEYWORD.exec(text);
  if (named !== null) {
    const rest = text.slice(named[0].length);
    if (named[2] === undefined && /^\p{Ll}/u.test(rest)) return null;
    return withAccess({ line: i, number: Number(named[1]), shape: 'keyword', titleLine: i, titleStart: lines.starts[i] + named[0].length, firstTitleLine: rest, access: null });
  }
  const m = BULLET_NUMBERED.exec(text);
  if (m === null) return null;
  const number = Number(m[1]);
  // The bullet says it is a list's entry: "• 1 Title" (Viborg) needs no full stop to weigh as "1. Title".
  return withAccess({ line: i, number, shape: 'numbered', titleLine: i, titleStart: lines.starts[i] + m[0].length, firstTitleLine: text.slice(m[0].length), access: null });
}

// "• 57 - Title": a news page's list of the agenda puts a spaced dash after the number.
const BULLET_NUMBERED = /^[•·▪◦‣]\s*(\d{1,4})(?:[.)]|\s+[-–])?\s+(?=\S)/;
const BULLET_KEYWORD = new RegExp(`^[•·▪◦‣]\\s*(?:${ITEM_NUMBER_KEYWORDS.map((k) => k.replace(/[.]/g, '\\.')).join('|')})\\s*(\\d{1,4})(?![\\d/]|[-.–]\\d)\\s*([:.)\\-–]\\s*)?(?=\\S)`, 'i');

/** "5 Åbent Title", "5 Lukket Title": the word is not title. */
/** The first letters of the access words, either case: most titles start otherwise and are left at once. */
const ACCESS_FIRSTS = new Set(ITEM_ACCESS_WORDS.flatMap(([w]) => [w.charCodeAt(0), w.toLowerCase().charCodeAt(0), w.toUpperCase().charCodeAt(0)]));

function withAccess(c: HeadingCandidate): HeadingCandidate {
  const t = c.firstTitleLine;
  // Every heading candidate comes here; slicing and lower-casing its title once per word cost
  // 0.7 ms of a 1 MB parse's 10 (cpu profile).
  if (!ACCESS_FIRSTS.has(t.charCodeAt(0))) return c;
  for (const [word, closed] of ITEM_ACCESS_WORDS) {
    if (t.length > word.length + 1 && t.slice(0, word.length).toLowerCase() === word.toLowerCase() && /[\s:]/.test(t[word.length])) {
      let skip = word.length;
      // "LUKKET PUNKT - Redegørelse …": a dash after the word parts it from the title, as a colon does.
      while (skip < t.length && /[\s:\-–]/.test(t[skip])) skip++;
      // "301. Åben dagsorden - godkendelse": a title that goes on in lower case starts with the word.
      if (/\p{Ll}/u.test(t[skip] ?? '')) return c;
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
