// Points of an Indstilling or Beslutning and the outcome of a decision. Works on a span of
// text, so the line-structured exports (a point per line) and the transcript (points inline
// in one long line) share it.

import type { Outcome, Point, Span } from './model';
import { OUTCOME_PHRASES } from './vocabulary';

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
  const m = OUTCOME_REGEX.exec(text);
  return m ? OUTCOME_BY_PHRASE.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? null : null;
}

// A point marker: "1. ", "2) ", "- ", "– ", "• ", "at " (line start) or "Ad 2 og 3 ".
const LINE_MARKER = /^(?:(\d{1,2})[.)]\s+|[-–•]\s+|(?=at\s)|Ad\s+(\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*)(?:[.:]|\s)\s*)/i;
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

interface LineLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Points from lines: each marker line opens a point; unmarked lines after it continue it.
 * `decision` turns on outcomes.
 */
export function pointsFromLines(lines: readonly LineLike[], decision: boolean): Point[] {
  const points: { number: number; answers: number[]; numbered: boolean; start: number; end: number; textStart: number }[] = [];
  let bullets = 0;
  const texts: string[][] = [];
  for (const line of lines) {
    if (line.text.length === 0) continue;
    const m = LINE_MARKER.exec(line.text);
    if (m) {
      let number: number;
      let answers: number[];
      let numbered = true;
      if (m[1]) {
        number = Number(m[1]);
        answers = [number];
      } else if (m[2]) {
        answers = answersOf(m[2]);
        number = answers[0] ?? points.length + 1;
      } else {
        number = ++bullets;
        answers = [number];
        numbered = false;
      }
      points.push({ number, answers, numbered, start: line.start, end: line.end, textStart: line.start + m[0].length });
      texts.push([line.text.slice(m[0].length)]);
    } else if (points.length > 0) {
      points[points.length - 1].end = line.end;
      texts[texts.length - 1].push(line.text);
    }
  }
  return points.map((p, i) => {
    const text = texts[i].join(' ');
    return {
      number: p.number,
      answers: p.answers,
      numbered: p.numbered,
      text,
      span: { start: p.start, end: p.end },
      outcome: decision ? findOutcome(text) : null,
    };
  });
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
