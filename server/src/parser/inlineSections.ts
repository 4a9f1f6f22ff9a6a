// Indstilling and Beslutning headings inline in running text: a PDF's copy with a page per
// paragraph (transcript.ts), or a line-structured item whose paragraphs the copy flattened into
// long lines with no heading of their own (lineStructured.ts). Only these two are looked for: they
// are what a reader needs from such a copy, and what can be told from a sentence's words.

import type { Section } from './model';
import { findOutcome, pointsInline } from './decisions';
import { RECOMMENDS_VERB } from './vocabulary';

const INDSTILLING = 'Indstilling';
// "Beslutning Udvalget for Kultur og Fritid den", "Beslutning Byrådet, 20.09.2016", "Beslutning: …", "Beslutning den :", "Beslutning i
// den :" (the committee's name lost in the copy), "BESLUTNING I KOMMUNALBESTYRELSEN": this meeting's
// decision, inline.
const DECISION = /Beslutning(?:er)?\s+(?:i\s+)?(?:[A-ZÆØÅ][\wæøåÆØÅ-]*)(?:\s+[\wæøåÆØÅ-]+){0,4}?(?:\s+den\b|,?\s+\d{1,2}\.\d{1,2}\.\d{4})|(?:Beslutning|BESLUTNING)(?:\s+i)?(?:\s+den)?\s*:|BESLUTNING\s+I\s+[A-ZÆØÅ]+/g;
const RECOMMENDS = new RegExp(`\\s${RECOMMENDS_VERB}\\b`);
const RECOMMENDATION_WORDS = [INDSTILLING, INDSTILLING.toUpperCase(), `${INDSTILLING}er`, `${INDSTILLING.toUpperCase()}ER`];
const POINT_AFTER = /^\s+(?:\d{1,2}\.\s+)?at\s/;

/** Where `word` heads the recommendation in `body`: before a colon, or before text that "indstiller"; -1 when nowhere. */
function recommendationAt(body: string, word: string): number {
  let at = body.indexOf(word);
  while (at >= 0) {
    const window = body.slice(at, at + 250);
    const after = body[at + word.length] ?? '';
    // "ADMINISTRATIONENS INDSTILLING 1. at …": the heading right before its first point.
    if (/\s/.test(body[at - 1] ?? ' ') && ((/\s/.test(after) && (RECOMMENDS.test(window) || POINT_AFTER.test(window.slice(word.length)))) || after === ':')) return at;
    at = body.indexOf(word, at + 1);
  }
  return -1;
}

// "Byrådets møde punkt 657:", "Kommunalbestyrelsens møde 28. november 2005 Punkt 1:": a body's
// decision under its meeting and the item's number; another number is an earlier meeting's.
const MEETING_POINT = /(\p{Lu}[\p{L}-]{0,40})s\s+møde\s+(?:den\s+)?(?:\d{1,2}\.\s+\p{Ll}+\s+\d{4}\s+)?[Pp]unkt\s+(\d{1,4})\s*:/gu;

/** A decision's label naming its meeting and item: where it stands in the string searched, the body (without its genitive s) and the number. */
export interface MeetingPointLabel {
  readonly index: number;
  readonly text: string;
  readonly body: string;
  readonly number: number;
}

/** The meeting-point labels in `s`, in order, the first `max` of them. */
export function meetingPointLabels(s: string, max = Infinity): MeetingPointLabel[] {
  const re = new RegExp(MEETING_POINT.source, 'gu');
  const out: MeetingPointLabel[] = [];
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(s)) !== null) out.push({ index: m.index, text: m[0], body: m[1], number: Number(m[2]) });
  return out;
}

function meetingPointLabel(body: string, itemNumber: number): MeetingPointLabel | null {
  return meetingPointLabels(body).find((l) => l.number === itemNumber) ?? null;
}

/** Indstilling and Beslutning headings inline in an item; the gold lists only these two here. */
export function inlineSections(text: string, from: number, to: number, itemNumber?: number): Section[] {
  const body = text.slice(from, to);
  const found: { kind: 'Indstilling' | 'Beslutning'; at: number; heading: string }[] = [];
  // The heading as written or in capitals ("INDSTILLING Direktionen indstiller, …"), whichever comes first.
  // "Indstillinger: Indstilles til godkendelse" (a table's label, plural) heads it too: the longer word at the same place.
  const recommendation = RECOMMENDATION_WORDS.map((word) => ({ word, at: recommendationAt(body, word) })).filter((x) => x.at >= 0);
  if (recommendation.length > 0) {
    const first = recommendation.reduce((a, b) => (b.at < a.at || (b.at === a.at && b.word.length > a.word.length) ? b : a));
    found.push({ kind: 'Indstilling', at: first.at, heading: body.slice(first.at, first.at + first.word.length) });
  }
  const re = new RegExp(DECISION.source, 'g');
  const d = re.exec(body);
  const label = itemNumber === undefined ? null : meetingPointLabel(body, itemNumber);
  if (label && (!d || label.index < d.index)) found.push({ kind: 'Beslutning', at: label.index, heading: label.text });
  else if (d) found.push({ kind: 'Beslutning', at: d.index, heading: d[0] });
  found.sort((a, b) => a.at - b.at);
  // "Beslutning X den …" whose words run over "Indstilling": a heading inside another's is none.
  if (found.length === 2 && found[1].at < found[0].at + found[0].heading.length) found.pop();
  return found.map((s, i) => {
    const start = from + s.at;
    const headingEnd = start + s.heading.length;
    const end = trimEnd(text, headingEnd, i + 1 < found.length ? from + found[i + 1].at : to);
    const decision = s.kind === 'Beslutning';
    const bodySpan = { start: headingEnd, end: Math.max(headingEnd, end) };
    const bodyText = text.slice(bodySpan.start, bodySpan.end);
    return {
      kind: s.kind,
      heading: { value: s.heading, span: { start, end: headingEnd } },
      qualifier: decision ? s.heading.replace(/^Beslutninger?\s*/, '') : null,
      implicit: false,
      prior: null,
      body: bodySpan,
      span: { start, end: bodySpan.end },
      subHeadings: [],
      points: pointsInline(text, bodySpan, decision),
      outcome: decision ? findOutcome(bodyText) : null,
      empty: bodyText.trim().length === 0,
    };
  });
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
