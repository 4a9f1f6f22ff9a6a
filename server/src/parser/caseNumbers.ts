// Case numbers (sagsnumre) in their known shapes, plus patterns users add. Each shape is one
// row; all run as single left-to-right scans with no nested quantifiers.

import type { CaseNumber, Span } from './model';
import { nextCandidate } from './dates';
import { DOCUMENT_NUMBER_LABELS } from './vocabulary';
import { CASE_NUMBER_LABELS } from './vocabulary';

/** A pattern added by configuration: a regular expression source and a name to show. */
export interface CaseNumberPattern {
  readonly name: string;
  readonly pattern: string;
}

/**
 * The hyphens a case number is written with: ASCII's, and a word processor's hyphen (U+2010) and
 * non-breaking hyphen (U+2011, which keeps "21-017342" on one line). For character classes;
 * the number's text stays as written.
 */
const HYPHENS = '\\-\u2010\u2011';
const H = `[${HYPHENS}]`;
const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

interface Shape {
  readonly regex: RegExp;
  readonly build: (m: RegExpExecArray, span: Span) => CaseNumber;
}

const twoDigitYear = (yy: string) => {
  const n = Number(yy);
  if (yy.length === 4) return n;
  return n <= 79 ? 2000 + n : 1900 + n;
};

const VALID_FACET = /^[A-ZÆØÅ]\d{2}$/;
const VALID_EMNE = /^\d{2}\.\d{2}\.\d{2}$/;

const SHAPES: readonly Shape[] = [
  {
    // KLE: emne-facet-serial-year, e.g. 00.30.14-G01-6-19. The facet is checked, not required
    // to be well-formed, so "15.00.00-000-1-20" is found and reported instead of ignored.
    regex: new RegExp(`(?<![\\d.])(\\d{2}\\.\\d{2}\\.\\d{2})${H}([A-ZÆØÅa-zæøå]?\\d{1,3})${H}(\\d{1,7})${H}(\\d{2}(?:\\d{2})?)(?![\\d${HYPHENS}])`, 'g'),
    build: (m, span) => ({
      text: m[0],
      span,
      style: 'kle',
      kle: { emne: m[1], facet: m[2], serial: m[3], year: m[4] },
      fullYear: twoDigitYear(m[4]),
      problem: !VALID_EMNE.test(m[1]) ? 'emne' : !VALID_FACET.test(m[2]) ? 'facet' : undefined,
    }),
  },
  {
    // Year/serial: 24/6823. Three or more serial digits keeps dates (31/3) and ratios (60/40) out.
    regex: /(?<![\d/.,-])(\d{2})\/(\d{3,7})(?![\d/])/g,
    build: (m, span) => ({ text: m[0], span, style: 'year-serial', fullYear: twoDigitYear(m[1]), serial: m[2] }),
  },
  {
    regex: /(?<![\w-])EMN-(\d{4})-(\d{3,9})(?![\d-])/g,
    build: (m, span) => ({ text: m[0], span, style: 'emn', fullYear: Number(m[1]), serial: m[2] }),
  },
  {
    regex: /(?<![\w-])S(\d{4})-(\d{3,9})(?![\d-])/g,
    build: (m, span) => ({ text: m[0], span, style: 'year-prefixed', fullYear: Number(m[1]), serial: m[2] }),
  },
  {
    // Year-serial with a dash (SBSYS, Acadre): 21-014477. Five or more serial digits keep dates
    // (20-12), year ranges (2021-2022 starts after a digit) and page ranges out.
    regex: new RegExp(`(?<![\\d/.,${HYPHENS}])(\\d{2})${H}(\\d{5,7})(?![\\d/${HYPHENS}])`, 'g'),
    build: (m, span) => ({ text: m[0], span, style: 'year-serial', fullYear: twoDigitYear(m[1]), serial: m[2] }),
  },
  {
    // Four-digit year and serial (older SBSYS/Acadre): 2007/34364. Three or more serial digits,
    // as for the two-digit year; a date (2/3 2006) has a one-digit month, and a span of years
    // ("skoleåret 2025/2026") is no case number.
    regex: /(?<![\d/.,-])(\d{4})\/(?!(?:19|20)\d\d(?!\d))(\d{3,7})(?![\d/])/g,
    build: (m, span) => ({ text: m[0], span, style: 'year-serial', fullYear: Number(m[1]), serial: m[2] }),
  },
  {
    // KLE emne with the facet glued on and a serial, no year (Bornholm's publishing system):
    // 00.01.00P35-0098.
    regex: new RegExp(`(?<![\\d.])(\\d{2}\\.\\d{2}\\.\\d{2})([A-ZÆØÅ]\\d{2})${H}(\\d{3,7})(?![\\d${HYPHENS}])`, 'g'),
    build: (m, span) => ({
      text: m[0],
      span,
      style: 'kle',
      kle: { emne: m[1], facet: m[2], serial: m[3], year: '' },
      fullYear: null,
      problem: !VALID_EMNE.test(m[1]) ? 'emne' : undefined,
    }),
  },
];

export interface CompiledPatterns {
  readonly patterns: ReadonlyArray<{ readonly name: string; readonly regex: RegExp }>;
  /** Patterns that are not valid regular expressions, with the reason. */
  readonly errors: ReadonlyArray<{ readonly name: string; readonly message: string }>;
}

export function compileCaseNumberPatterns(patterns: readonly CaseNumberPattern[]): CompiledPatterns {
  const compiled: { name: string; regex: RegExp }[] = [];
  const errors: { name: string; message: string }[] = [];
  for (const p of patterns) {
    try {
      const regex = new RegExp(p.pattern, 'gu');
      if (regex.test('')) throw new Error('matches the empty string');
      compiled.push({ name: p.name, regex });
    } catch (e) {
      errors.push({ name: p.name, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { patterns: compiled, errors };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const STICKY = SHAPES.map((shape) => new RegExp(shape.regex.source, 'y'));

/**
 * Every place a built-in shape can start: two digits and a dot, slash or dash (KLE, year/serial) not
 * after a digit or a dot (the shapes' look-behinds), "EMN-", or "S" and a digit. A superset;
 * CaseNumberScan.at sorts them out.
 */
export const CASE_NUMBER_CANDIDATE = new RegExp(`(?<![\\d.])\\d\\d(?:\\d\\d)?[./${HYPHENS}]|EMN-|S\\d`, 'g');

/**
 * The case numbers of a text, the built-in shapes tried only where one can start (in the
 * order of the text), the configured patterns scanned whole. Each shape keeps the place its own
 * global scan would go on from, so the result is what one scan per shape gives.
 */
export class CaseNumberScan {
  private readonly found: CaseNumber[] = [];
  private readonly next = SHAPES.map(() => 0);

  /** `base` is added to every span: the offset of `text` in the document. */
  constructor(private readonly text: string, private readonly base: number) {}

  /** Try the shapes at `p`. Call with increasing `p`, at least at every place a shape can start. */
  at(p: number): void {
    const s = this.text;
    const c = s.charCodeAt(p);
    if (isDigit(c)) {
      // KLE and year/serial: two digits (four for a written-out year), not after a digit, then "." or "/".
      if ((p > 0 && isDigit(s.charCodeAt(p - 1))) || !isDigit(s.charCodeAt(p + 1))) return;
      if (isDigit(s.charCodeAt(p + 2)) && isDigit(s.charCodeAt(p + 3)) && s.charCodeAt(p + 4) === 47 /* / */) {
        if (isDigit(s.charCodeAt(p + 5)) && isDigit(s.charCodeAt(p + 6)) && isDigit(s.charCodeAt(p + 7))) this.tryShape(5, p);
        return;
      }
      // Each shape's next three characters, tested before its pattern: most places are amounts.
      const separator = s.charCodeAt(p + 2);
      if (separator === 46 /* . */) {
        if (isDigit(s.charCodeAt(p + 3)) && isDigit(s.charCodeAt(p + 4)) && s.charCodeAt(p + 5) === 46) {
          this.tryShape(0, p);
          this.tryShape(6, p);
        }
      } else if (separator === 47 /* / */) {
        if (isDigit(s.charCodeAt(p + 3)) && isDigit(s.charCodeAt(p + 4)) && isDigit(s.charCodeAt(p + 5))) this.tryShape(1, p);
      } else if (isHyphen(separator)) {
        if (isDigit(s.charCodeAt(p + 7))) this.tryShape(4, p);
      }
    } else if (c === 69 /* E */) this.tryShape(2, p);
    else if (c === 83 /* S */) this.tryShape(3, p);
  }

  private tryShape(k: number, p: number): void {
    if (p < this.next[k]) return;
    const re = STICKY[k];
    re.lastIndex = p;
    const m = re.exec(this.text);
    if (m === null) return;
    const end = p + m[0].length;
    this.next[k] = end;
    this.found.push(SHAPES[k].build(m, { start: this.base + p, end: this.base + end }));
  }

  /** The case numbers found, with the configured patterns', overlaps resolved to the first/longest. */
  finish(custom: CompiledPatterns['patterns']): CaseNumber[] {
    const found = this.found;
    for (const p of custom) {
      collect(this.text, p.regex, (m, span) => ({ text: m[0], span, style: 'custom', fullYear: null, patternName: p.name }), this.base, found);
    }
    found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const result: CaseNumber[] = [];
    let lastEnd = -1;
    for (const c of found) {
      if (c.style !== 'custom' && afterDocumentLabel(this.text, c.span.start - this.base)) continue;
      if (c.span.start >= lastEnd) {
        result.push(c);
        lastEnd = c.span.end;
      }
    }
    return result;
  }
}

/**
 * Whether a document number's label ("Dok.nr.: 24-123456") ends right before `at`, on the same
 * line: a document in the case, not the case (the number may have a case number's shape).
 */
function afterDocumentLabel(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - DOCUMENT_LABEL_REACH), at);
  return DOCUMENT_LABEL_BEFORE.test(before);
}
const DOCUMENT_LABEL_REACH = 24;
const DOCUMENT_LABEL_BEFORE = new RegExp(
  '(?<![\\p{L}\\d])(?:' + [...DOCUMENT_NUMBER_LABELS].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]*')).join('|') + ')[ \\t]*:?[ \\t]*$',
  'iu',
);

/** Every case number in `text` between `from` and `to`, in order, overlaps resolved to the first/longest. */
export function findCaseNumbers(text: string, custom: CompiledPatterns['patterns'] = [], from = 0, to = text.length): CaseNumber[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const scan = new CaseNumberScan(slice, from);
  for (let p = nextCandidate(CANDIDATES, slice, 0); p >= 0; p = nextCandidate(CANDIDATES, slice, p + 1)) scan.at(p);
  return scan.finish(custom);
}

/** CASE_NUMBER_CANDIDATE for findCaseNumbers, one object for every call (the scan sets lastIndex before each use). */
const CANDIDATES = new RegExp(CASE_NUMBER_CANDIDATE.source, 'g');

// One global copy per pattern, reused (lastIndex reset) rather than built on every call:
// findCaseNumbers runs for single lines too, several times per item.
const globalCopies = new WeakMap<RegExp, RegExp>();

function collect(text: string, regex: RegExp, build: Shape['build'], base: number, into: CaseNumber[]) {
  let re = globalCopies.get(regex);
  if (!re) globalCopies.set(regex, (re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g')));
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    into.push(build(m, { start: base + m.index, end: base + m.index + m[0].length }));
  }
}

/**
 * wholeCaseNumber without configured patterns. The scan of the whole string tries at 0 the one
 * shape its first characters allow; a match of all of `s` there is the scan's one result
 * (whatever else it finds lies inside it and is dropped as an overlap), and without one no
 * result spans all of `s`. So that shape is tried at 0 alone, with no scan and no lists.
 */
function wholeBuiltIn(s: string): CaseNumber | null {
  const c = s.charCodeAt(0);
  let k: number;
  if (isDigit(c)) {
    if (!isDigit(s.charCodeAt(1))) return null;
    const separator = s.charCodeAt(2);
    // "00.01.00-…" or, with the facet glued on, "00.01.00P35-0098".
    if (separator === 46 /* . */) k = s.charCodeAt(8) === 45 /* - */ ? 0 : 6;
    else if (separator === 47 /* / */) k = 1;
    else if (separator === 45 /* - */) k = 4;
    else if (isDigit(separator) && isDigit(s.charCodeAt(3)) && s.charCodeAt(4) === 47 /* / */) k = 5;
    else return null;
  } else if (c === 69 /* E */) k = 2;
  else if (c === 83 /* S */) k = 3;
  else return null;
  const re = STICKY[k];
  re.lastIndex = 0;
  const m = re.exec(s);
  return m !== null && m[0].length === s.length ? SHAPES[k].build(m, { start: 0, end: s.length }) : null;
}

/** The case number if `s` is exactly one (trimmed), else null. Used for "the line after the heading". */
export function wholeCaseNumber(s: string, custom: CompiledPatterns['patterns'] = []): CaseNumber | null {
  if (custom.length === 0) return wholeBuiltIn(s);
  const found = findCaseNumbers(s, custom);
  return found.length === 1 && found[0].span.start === 0 && found[0].span.end === s.length ? found[0] : null;
}

/** The length of a case-number label at the start of `text` with its colon and spaces, or 0. */
export function caseLabelLength(text: string): number {
  const m = CASE_LABEL.exec(text);
  return m === null ? 0 : m[0].length;
}

/** A label, not followed by a letter or digit ("Sagsnr.: ", "Sagsnummer "), and the colon, dots and spaces after it. */
const CASE_LABEL = new RegExp(
  '^(?:' + [...CASE_NUMBER_LABELS].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.]/g, '\\.')).join('|') + ')(?![\\p{L}\\d])[\\s:.]*' +
    // "Sag 306-2009-600" (PolWeb): "Sag" is a label only before a number ("Sag om …" is prose).
    '|^Sag\\s+(?=\\d)',
  'iu',
);

/**
 * The case number after the first case-number label in text [from, to) ("Dok.nr.: 1965 Sagsid.:
 * 14/40", a PDF's row read inline): a known shape, else the token after the label, whatever its
 * shape, as caseNumberAt reads a labelled line. The window is short (a few words after a title).
 * The number lies before `limit` (the item's end): a label at the end of one item is not given the
 * next one's number.
 */
export function labelledCaseNumberIn(text: string, from: number, to: number, custom: CompiledPatterns['patterns'] = [], limit = text.length): CaseNumber | null {
  const window = text.slice(from, to);
  ANY_CASE_LABEL.lastIndex = 0;
  // "J.nr.: A01. Sagsnr.: 06/19": a label whose value is no number (a KLE group) leaves the case to the next label.
  for (let m = ANY_CASE_LABEL.exec(window), k = 0; m !== null && k < MAX_CASE_LABELS; m = ANY_CASE_LABEL.exec(window), k++) {
    const after = from + m.index + m[0].length;
    const numberEnd = Math.min(limit, after + 40);
    const known = findCaseNumbers(text, custom, after, numberEnd)[0];
    if (known && known.span.start === after) return known;
    const token = /^[^\s,;]{2,40}/.exec(text.slice(after, numberEnd));
    // "Sagsnr.: Åben 16/28428": a word between the label and a number of a known shape.
    // "Sagsnr.: 14/" (digits lost in the copy) is no number.
    if (token === null || !/\d/.test(token[0]) || !/[\p{L}\d]$/u.test(token[0])) {
      if (known) return known;
      continue;
    }
    return { text: token[0], span: { start: after, end: after + token[0].length }, style: 'custom', fullYear: null, patternName: 'Sagsnr.' };
  }
  return null;
}
/** Labels tried in one window: a row holds a case's and a journal's, rarely more. */
const MAX_CASE_LABELS = 3;

/** A case-number label anywhere (not inside a word), with its colon, dots and spaces. */
const ANY_CASE_LABEL = new RegExp(
  '(?<![\\p{L}\\d])(?:' + [...CASE_NUMBER_LABELS].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.]/g, '\\.')).join('|') + ')(?![\\p{L}\\d])[\\s:.]*',
  'giu',
);
