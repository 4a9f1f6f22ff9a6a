// Points of an Indstilling or Beslutning and the outcome of a decision. Works on a span of
// text, so the line-structured exports (a point per line) and the transcript (points inline
// in one long line) share it.

import type { Outcome, Point, Span } from './model';
import type { Lines } from './lines';
import { OUTCOME_PHRASES } from './vocabulary';
import { FOLDABLE, foldInvisible } from './whitespace';

const LETTER = 'A-Za-zÆØÅæøåÄÖÜäöüÉé';
const OUTCOME_REGEX = new RegExp(
  `(?<![${LETTER}])(${[...OUTCOME_PHRASES.map(([p]) => p)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![${LETTER}])`,
  'i',
);
const OUTCOME_BY_PHRASE = new Map(OUTCOME_PHRASES.map(([p, o]) => [p, o]));

/** The first outcome phrase in the text (the longest where two start at the same place). */
export function findOutcome(text: string): Outcome | null {
  // "God&shy;kendt.", a decomposed "Tiltrådt.": read again as the plain copy, only then.
  const m = OUTCOME_REGEX.exec(text) ?? (FOLDABLE.test(text) ? OUTCOME_REGEX.exec(foldInvisible(text)) : null);
  if (!m) return null;
  // Most phrases are written as the table has them, with no copy to make to look them up.
  return OUTCOME_BY_PHRASE.get(m[1]) ?? OUTCOME_BY_PHRASE.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

// A point marker: "1. ", "2) ", "- ", "– ", "• ", "at " (line start), "Ad 2 og 3 ", "Ad. 1:",
// "Ad pkt. 2:" (or "Ad. 1" alone over its text), or a range "1.-2. " / "1. - 2. " answering both.
const LINE_MARKER =
  /^(?:(?<from>\d{1,2})\.?\s*[-–]\s*(?<to>\d{1,2})[.)]\s+|(?<one>\d{1,2})[.)]\s+|[-–•]\s+|(?=at\s)|Ad\.?\s+(?:(?:pkt|punkt)\.?\s*)?(?<list>\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*)(?:[.:]|\s|$)\s*)/i;
// Inline (transcript): "1. at", "2. At", "Ad 1 ", "Ad 2 og 3 " after a sentence break or the start.
// "Not after anything but a break" says "at the start or after a break" in one lookbehind,
// which lets the engine skip to a digit or an "A"; "^|(?<=...)" made it stop at every character.
const INLINE_MARKER = /(?<![^\s.,:;])(?:(\d{1,2})\.\s+(?=[Aa]t\s)|Ad\s+(\d{1,2}(?:\s*(?:,|og)\s*\d{1,2})*)\s+(?=[A-ZÆØÅ]))/g;

function answersOf(list: string): number[] {
  const numbers = list.split(/\s*(?:,|og)\s*/).flatMap((part) => {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part);
    if (!range) return [Number(part)];
    const out: number[] = [];
    for (let n = Number(range[1]); n <= Number(range[2]) && out.length < 50; n++) out.push(n);
    return out;
  });
  return numbers.filter((n) => Number.isFinite(n) && n > 0);
}

/** Whether a line starting with character code `c` can start with LINE_MARKER (a digit, a dash or bullet, "a" or "A"). */
const mayOpenPoint = (c: number) => (c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 0x2022 || c === 97 || c === 65;

const NO_POINTS: readonly never[] = Object.freeze([]);

/** `[n]` for the numbers a point is written with (one or two digits), shared and frozen like the model's other empty and one-number lists. */
const ONE_NUMBER: readonly (readonly number[])[] = Array.from({ length: 100 }, (_, n) => Object.freeze([n]));
const oneNumber = (n: number): readonly number[] => ONE_NUMBER[n] ?? [n];

/**
 * Points from lines [from, to): each marker line opens a point; unmarked lines after it
 * continue it, page furniture skipped. `decision` turns on outcomes. A line is copied only
 * when it opens or continues a point.
 */
export function pointsFromLines(lines: Lines, from: number, to: number, decision: boolean): readonly Point[] {
  let points: Point[] | null = null;
  let bullets = 0;
  // The point being read: its marker line's fields, and its text so far.
  let number = 0;
  let answers: readonly number[] = NO_POINTS;
  let numbered = false;
  let start = -1;
  let end = -1;
  let first = '';
  let joined: string[] | null = null;
  for (let i = from; i <= to; i++) {
    // A running footer and header between a point's lines (a page break) are no part of it.
    if (i < to && (lines.isBlank(i) || lines.isFurniture(i))) continue;
    const m = i < to && mayOpenPoint(lines.firstCode(i)) ? LINE_MARKER.exec(lines.textOf(i)) : null;
    if ((m || i === to) && start >= 0) {
      // The point read so far ends before this marker line (or at the end).
      const text = joined === null ? first : joined.join(' ');
      (points ??= []).push({ number, answers, numbered, text, span: { start, end }, outcome: decision ? findOutcome(text) : null });
      start = -1;
    }
    if (i === to) break;
    if (m) {
      numbered = true;
      const g = m.groups!;
      if (g.one) {
        number = Number(g.one);
        answers = oneNumber(number);
      } else if (g.from) {
        answers = answersOf(`${g.from}-${g.to}`);
        number = answers[0] ?? Number(g.from);
      } else if (g.list) {
        answers = answersOf(g.list);
        number = answers[0] ?? (points === null ? 0 : points.length) + 1;
      } else {
        number = ++bullets;
        answers = oneNumber(number);
        numbered = false;
      }
      start = lines.starts[i];
      end = lines.ends[i];
      first = m.input.slice(m[0].length);
      joined = null;
    } else if (start >= 0) {
      end = lines.ends[i];
      // A marker alone on its line ("Ad. 1") has its text below.
      (joined ??= first.length === 0 ? [] : [first]).push(lines.textOf(i));
    }
  }
  // A copy at its length: push() left room for 16 points, kept as long as the model.
  return points === null ? NO_POINTS : points.slice();
}

/** Points written inline in one run of text (the transcript style). */
export function pointsInline(text: string, span: Span, decision: boolean): Point[] {
  const body = text.slice(span.start, span.end);
  const marks: { at: number; textAt: number; number: number; answers: number[] }[] = [];
  const re = new RegExp(INLINE_MARKER.source, 'g');
  let m: RegExpExecArray | null;
  let expected = 1;
  while ((m = re.exec(body)) !== null) {
    if (m[1]) {
      // Numbered "N. at" points must run 1, 2, 3 ... or they are a sentence's own numbers.
      const n = Number(m[1]);
      if (n !== expected) continue;
      expected++;
      marks.push({ at: m.index, textAt: m.index + m[0].length, number: n, answers: [n] });
    } else if (m[2]) {
      const answers = answersOf(m[2]);
      marks.push({ at: m.index, textAt: m.index + m[0].length, number: answers[0], answers });
    }
  }
  return marks.map((mark, i) => {
    const endInBody = i + 1 < marks.length ? marks[i + 1].at : body.length;
    const pointText = body.slice(mark.textAt, endInBody).trim();
    const end = span.start + mark.textAt + body.slice(mark.textAt, endInBody).trimEnd().length;
    return {
      number: mark.number,
      answers: mark.answers,
      numbered: true,
      text: pointText,
      span: { start: span.start + mark.at, end },
      outcome: decision ? findOutcome(pointText) : null,
    };
  });
}
