// The reading view's model: what the client's webview shows, read off the cached parse so the
// view never parses again. Plain JSON with offsets into the text (the client turns them into
// positions with the editor's own document). Every piece of document text is a paragraph
// exactly as the text has it (a slice from its offset), so the view can mark notes and map a
// selection back to the text by offsets alone.

import { decisionsOf, lastWhere, pageAt, type AgendaItem, type Point, type ReferatDocument, type Section, type Span } from '../parser';
import type { ReadingItem, ReadingPoint, ReadingSection, ReadingText, ReadingViewModel } from '../protocol';
import type { Cancellation } from './convert';

export function readingViewModel(doc: ReferatDocument, token: Cancellation): ReadingViewModel | null {
  const paragraphs = new Paragraphs(doc);
  const items: ReadingItem[] = [];
  for (const item of doc.items) {
    if (token.isCancellationRequested) return null;
    items.push(readingItem(doc, item, paragraphs));
  }
  const m = doc.meeting;
  const written = (span: Span | undefined) => (span ? doc.text.slice(span.start, span.end) : null);
  return {
    kind: m.kind,
    meeting: {
      committee: m.committee?.value ?? null,
      date: written((m.meetingDate ?? m.headerDate)?.span),
      isoDate: (m.meetingDate ?? m.headerDate)?.value ?? null,
      weekday: m.weekday?.value ?? null,
      time: m.time?.value ?? null,
      endTime: m.endTime?.value ?? null,
      place: m.place?.value ?? null,
      participants: m.participants.map((p) => p.value),
      absent: m.absent.map((p) => p.value),
      start: m.span.start,
    },
    hasPages: doc.pages.length > 1,
    items,
  };
}

function readingItem(doc: ReferatDocument, item: AgendaItem, paragraphs: Paragraphs): ReadingItem {
  const { recommendation, decision, priors, pairings } = decisionsOf(item);
  const index = (s: Section | null) => (s ? item.sections.indexOf(s) : -1);
  const pairing = pairings.find((p) => p.decision === decision);
  const numbered = (s: Section | null) => s !== null && s.points.some((p) => p.numbered);
  // Point against point only where both sides are numbered and some decision point answers.
  const pairs =
    pairing && numbered(recommendation) && numbered(decision) && pairing.pairs.some((p) => p.answers.length > 0)
      ? pairing.pairs.map((p) => ({
          recommendation: recommendation!.points.indexOf(p.recommendation),
          answers: p.answers.map((a) => decision!.points.indexOf(a)),
        }))
      : [];
  const firstSection = item.sections[0]?.span.start ?? item.span.end;
  const caseNumber = item.caseNumber?.text ?? null;
  const intro = paragraphs.of({ start: item.heading.end, end: firstSection }).filter((p) => p.text.trim() !== caseNumber);
  return {
    number: item.number,
    title: item.title.value,
    caseNumber,
    closed: item.closed,
    start: item.span.start,
    end: item.span.end,
    headingStart: item.heading.start,
    page: doc.pages.length > 1 ? pageAt(doc, item.heading.start) : null,
    outcome: decision?.outcome ?? null,
    decisionMissing: doc.meeting.kind === 'referat' && !item.closed && recommendation !== null && decision === null,
    intro,
    sections: item.sections.map((s) => readingSection(doc, s, paragraphs)),
    recommendation: recommendation ? index(recommendation) : null,
    decision: decision ? index(decision) : null,
    priors: priors.map(index),
    pairs,
  };
}

function readingSection(doc: ReferatDocument, section: Section, paragraphs: Paragraphs): ReadingSection {
  const point = (p: Point): ReadingPoint => ({
    number: p.number,
    numbered: p.numbered,
    answers: p.answers,
    outcome: p.outcome,
    text: { start: p.span.start, text: doc.text.slice(p.span.start, p.span.end) },
  });
  return {
    kind: section.kind,
    heading: section.heading.value,
    start: section.span.start,
    end: section.span.end,
    outcome: section.outcome,
    prior: section.prior ? { committee: section.prior.committee, date: section.prior.date, punkt: section.prior.punkt } : null,
    paragraphs: paragraphs.of(section.body),
    points: section.points.map(point),
  };
}

/**
 * A span's text as paragraphs: runs of lines without a blank line (or a form feed) between
 * them, leaving out page furniture (running headers, page numbers), which is never reading.
 */
class Paragraphs {
  constructor(private readonly doc: ReferatDocument) {}

  of(span: Span): ReadingText[] {
    const { text, furniture } = this.doc;
    const found: ReadingText[] = [];
    let start = -1;
    let end = -1;
    const close = () => {
      if (start >= 0) found.push({ start, text: text.slice(start, end) });
      start = -1;
    };
    // The furniture spans are sorted; walk them beside the lines.
    let f = Math.max(0, lastWhere(furniture.length, (k) => furniture[k].start <= span.start));
    let at = span.start;
    while (at < span.end) {
      let lineEnd = at;
      while (lineEnd < span.end && text[lineEnd] !== '\n' && text[lineEnd] !== '\r' && text[lineEnd] !== '\f') lineEnd++;
      let contentStart = at;
      while (contentStart < lineEnd && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart++;
      while (f < furniture.length && furniture[f].end <= at) f++;
      const isFurniture = f < furniture.length && furniture[f].start <= contentStart && contentStart < furniture[f].end;
      if (contentStart === lineEnd || isFurniture) close();
      else {
        if (start < 0) start = contentStart;
        end = lineEnd;
        while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      }
      if (lineEnd >= span.end) break;
      // A form feed ends the paragraph: the page breaks there.
      if (text[lineEnd] === '\f') close();
      at = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    }
    close();
    return found;
  }
}
