// Items inline in a page-per-line transcript (docplayer and similar copies of a PDF: a page is
// one paragraph, the item headings run on inside it: "4 Åben dagsorden 218. Orientering fra
// formanden Beslutning: …", "3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 13/10057 …").
//
// Why a stage of its own: without line breaks a heading is only told from a sentence by what
// follows its title, a case-number label, "Åben sag", a decision heading. A number with a
// title and such a cue within a title's length is a candidate; the items are the increasing
// chain of them with the best cues (itemChoice.ts bestChain), so the contents page's run of
// numbers, which has no cues, loses to the pages that hold the items.

import type { Span } from './model';
import { bestChain } from './itemChoice';
import { meetingPointLabels, type MeetingPointLabel } from './inlineSections';
import { findDates } from './dates';
import { SECTION_HEADINGS, SENTENCE_OPENERS, TEMPLATE_FIRST_SECTIONS } from './vocabulary';

export interface InlineHeading {
  readonly number: number;
  /** Where the heading starts (the number) and where the title is, as offsets in the text. */
  readonly start: number;
  readonly title: Span;
  readonly score: number;
}

/**
 * "218. Title", "1. Title": a number and a full stop, then a capital letter. Not after a short
 * capitalised abbreviation ("Chr. 8. Vej 7", "Skt. 3. …"): a street or a name, not a heading;
 * nor a time's minutes ("Mødetidspunkt: 17:00. Sted: …").
 */
const NUMBERED = /(?<![\p{L}\d.,/:-])(?<!(?:^|\s)\p{Lu}\p{Ll}{0,3}\.\s)(\d{1,4})\.\s+(?=\p{Lu})/gu;
/** "ØU-55/07-O Title": a committee's letters, the number, the year, a letter for open or closed. */
const COMMITTEE_NUMBERED = /(?<![\p{L}\d])\p{Lu}{1,4}-(\d{1,4})\/\d{2}(?:-\p{Lu})?\s+(?=\p{Lu})/gu;
/**
 * "SAG NR. 1 TITLE", "Punkt 5 Title", "Punkt nr. 5: Title": a word that names the number an item's,
 * then a capital letter. A colon only after "nr.": "Punkt 1: Der var ingen meddelelser." is the
 * decision on item 1 under the meeting's name, as some systems head it.
 */
const KEYWORD_NUMBERED = /(?<![\p{L}\d])(?:(?:SAG NR\.|Sag nr\.|PUNKT|Punkt|Pkt\.)\s*(\d{1,4})|(?:PUNKT NR|Punkt nr)\.\s*(\d{1,4})\s*:?)\s+(?=\p{Lu})/gu;
/** What ends a title inline, and what its presence tells (a case-number label tells most). */
/** A case number's label ("Sagsnr.:", "J.nr."): the strongest cue that a title ended. */
const CASE_LABEL = String.raw`(?:Sagsnr|Sagsnummer|Sagsid|Sags nr|J\.nr)[.:]{0,3}\s`;
const CASE_LABEL_AFTER_TITLE = new RegExp(String.raw`\s${CASE_LABEL}`, 'u');
const TITLE_ENDS: ReadonlyArray<readonly [RegExp, number]> = [
  [CASE_LABEL_AFTER_TITLE, 3],
  [/\s(?:Dok\.nr\.?:?|Åben sag|Lukket sag|Åbent punkt|Lukket punkt)/u, 2],
  [/\s(?:Beslutning\s*:|Beslutning (?:i |den )|BESLUTNING|Resumé:|Resume:|Beslutningstema|Sagsfremstilling|Indstilling:)/u, 1],
  // "Beslutning Byrådet den …": the decision headed by the body's name; "Afbud: … Fraværende: …",
  // the attendance some systems write under each item's title (Esbjerg's).
  [/\s(?:Beslutning (?:\p{Lu}[\p{L}-]*\s){1,4}den\s|Afbud:\s|Fraværende:\s)/u, 1],
  // A case number whose label the copy lost ("Service & Økonomi 11/31929 Beslutningstema: …"),
  // and the earlier treatments listed under the title ("Økonomiudvalget den 21. marts 2006, pkt. 4"):
  // only an item's heading is followed by either.
  [/\s(?:\d{2}\/\d{3,6}|\d{2}\.\d{2}\.\d{2}-\p{Lu}\d{2}-\d{1,6}-\d{2})(?=\s)/u, 2],
  [/\s(?:\p{Lu}[\p{L}-]*\s){1,3}den\s\d{1,2}\.\s\p{Ll}+\s\d{4},?\s(?:pkt|punkt)\.?\s\d/u, 2],
  // A summary or section heading without its colon before its first sentence ("Resumé Kommunerne …").
  // "ADMINISTRATIONENS INDSTILLING 1. at …": the heading before its first numbered point.
  [/\s(?:\p{Lu}{3,}S\s(?=INDSTILLING))?(?:Resumé|Resume|RESUMÉ|SAGSFREMSTILLING|INDSTILLING)\s(?=\p{Lu}|\d{1,2}\.\s+at\s)/u, 1],
];
const CASE_LABEL_FIRST = new RegExp(`^${CASE_LABEL}`, 'u');
const MAX_TITLE = 200;
const KEYWORD_CUE = 2;
/** What a title listed under its number in the contents tells: as much as a case-number label. */
const CONTENTS_CUE = 3;
/** A title without a cue after it (the committee-numbered shape) is cut at a word boundary here. */
const UNCUED_TITLE = 90;

/** The inline item headings of the pages (each a span of the text); a title never runs past its page. */
/**
 * The contents' entries (flatToc.ts) as a cue: a number whose title in the body starts as the
 * contents list it under that number is a heading, though nothing after its title marks it.
 */
export interface ContentsCue {
  /** Each entry's title by its number, lower-cased. */
  readonly titles: ReadonlyMap<number, string>;
  /** The contents themselves, whose entries are not headings. */
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * `meetingBody`: the meeting's body as the header names it, which tells this meeting's decision
 * label ("Byrådets møde punkt 657:") from an earlier treatment's ("Økonomiudvalgets møde punkt 208:").
 */
export function findInlineHeadings(
  text: string,
  pages: ReadonlyArray<{ readonly start: number; readonly end: number }>,
  contents: ContentsCue | null = null,
  meetingBody: string | null = null,
): InlineHeading[] {
  const found: InlineHeading[] = [];
  // The decision labels, read once over all pages: a heading's own may stand on the next page.
  const labels = pages.length > 0 ? meetingPointLabels(text.slice(pages[0].start, pages[pages.length - 1].end)).map((l) => ({ ...l, index: l.index + pages[0].start })) : [];
  for (const page of pages) headingsOfPage(text, page.start, page.end, found, contents, meetingBody, labels);
  found.sort((a, b) => a.start - b.start);
  const chain = bestChain(found);
  // A title ends where the next heading starts, whatever its cue said.
  return chain.map((h, k) => {
    const next = k + 1 < chain.length ? chain[k + 1].start : Infinity;
    if (h.title.end <= next) return h;
    let end = Math.max(h.title.start, next);
    while (end > h.title.start && /\s/.test(text[end - 1])) end--;
    return { ...h, title: { start: h.title.start, end } };
  });
}

function headingsOfPage(
  text: string,
  from: number,
  to: number,
  found: InlineHeading[],
  contents: ContentsCue | null,
  meetingBody: string | null,
  labels: readonly MeetingPointLabel[],
): void {
  const body = text.slice(from, to);
  pageStartHeading(body, from, found);
  fieldBlockHeadings(body, from, found);
  if (meetingBody !== null) pageStartLabelledHeading(body, from, found, meetingBody);
  const firstLabel = firstAtOrAfter(labels, from);
  for (const [re, numbered] of [[NUMBERED, true], [KEYWORD_NUMBERED, true], [COMMITTEE_NUMBERED, false]] as const) {
    let nextLabel = firstLabel;
    const matches: RegExpExecArray[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) matches.push(m);
    const following = nextNumberStarts(matches);
    for (let k = 0; k < matches.length; k++) {
      m = matches[k];
      const titleStart = m.index + m[0].length;
      // A contents page runs its entries on ("99. Title....xi 100. Title...xii"): the next
      // number's heading starts a title of its own, and the cues after it are its own.
      const window = body.slice(titleStart, Math.min(titleStart + MAX_TITLE + 30, following[k]));
      let { end, score } = titleEnd(window);
      // A dot leader in the title ("Title.....12") makes it a contents entry, not a heading.
      if (LEADER.test(window.slice(0, end < 0 ? UNCUED_TITLE : end))) continue;
      // The title the contents list under this number, outside the contents: the heading's own.
      const listed = numbered && contents !== null ? contents.titles.get(numberOf(m)) : undefined;
      const at = from + m.index;
      if (listed !== undefined && (at < contents!.span.start || at >= contents!.span.end) && window.slice(0, listed.length).toLowerCase() === listed) {
        score += CONTENTS_CUE;
        if (end < 0) end = listed.length;
      }
      // "658. Title P24 sagsnr … Byrådets møde punkt 658:": the decision's label names this very
      // number, which no sentence's number is followed by; the title ends at the case label.
      while (nextLabel < labels.length && labels[nextLabel].index < from + titleStart) nextLabel++;
      if (numbered && hasOwnLabel(labels, nextLabel, from + Math.min(titleStart + OWN_LABEL_WINDOW, following[k]), numberOf(m))) {
        const labelled = labelledTitleEnd(window);
        if (labelled > 0 && (end < 0 || labelled < end)) end = labelled;
        if (end > 0) score += OWN_LABEL_CUE;
      }
      if (end < 0) {
        // The committee-numbered shape is a heading by itself; a bare "5." needs a cue.
        if (numbered) continue;
        end = uncuedTitleEnd(window);
        score = 1;
      } else {
        // "Title På baggrund af … Beslutning:": the cue stands after the case's first sentence.
        const sentence = firstSentenceAt(window, end);
        if (sentence > 0) end = sentence;
      }
      // The word before the number ("SAG NR. 1") says it is an item's, as "Punkt" does on a line of its own.
      if (re === KEYWORD_NUMBERED) score += KEYWORD_CUE;
      found.push({ number: numberOf(m), start: from + m.index, title: { start: from + titleStart, end: from + titleStart + end }, score });
    }
  }
}

const LEADER = /\.{3,}/;

/** The item's number a heading match holds: KEYWORD_NUMBERED has it in one of two groups. */
const numberOf = (m: RegExpExecArray): number => Number(m[1] ?? m[2]);

/** What a decision's label naming this meeting and the item's own number tells: as much as a case-number label. */
const OWN_LABEL_CUE = 3;
/** How far after a title its own decision's label is looked for (an earlier committee's decision may stand between). */
const OWN_LABEL_WINDOW = 1500;
/** Labels read in that window, at most. */
const MAX_LABELS = 8;

/** The first label at or after offset `at` (labels in text order). */
function firstAtOrAfter(labels: readonly MeetingPointLabel[], at: number): number {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid].index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of the labels from `first` on, at most MAX_LABELS of them, before `end` names `number`. */
function hasOwnLabel(labels: readonly MeetingPointLabel[], first: number, end: number, number: number): boolean {
  for (let i = first; i < labels.length && i < first + MAX_LABELS && labels[i].index < end; i++) if (labels[i].number === number) return true;
  return false;
}

/**
 * Where a title ends that a decision's label follows: at its case-number label, written in
 * lower case too ("Spørgetid P24 sagsnr"), a handling code before it ("P24", a letter and two
 * digits) being the case's; or at the first meeting's label. -1 when neither is there.
 */
function labelledTitleEnd(window: string): number {
  const c = LOOSE_CASE_LABEL.exec(window);
  const [label] = meetingPointLabels(window, 1);
  const ends = [c ? c.index : -1, label ? label.index : -1].filter((e) => e > 0);
  if (ends.length === 0) return -1;
  let end = Math.min(...ends);
  while (end > 0 && /\s/.test(window[end - 1])) end--;
  return end;
}
const LOOSE_CASE_LABEL = /\s(?:\p{Lu}\d{2}\s+)?(?:[Ss]agsnr|[Ss]agsnummer)(?![\p{L}])/u;

/**
 * "3 side Spørgetid P24 sagsnr Byrådets møde punkt 657: …": a page that opens with an item's
 * title and no number (the copy dropped it with the page's own "side N"), the number only in the
 * decision's label after the case's label. The label must name this meeting's body: an earlier
 * treatment's ("Økonomiudvalgets møde punkt 208:") numbers another meeting's agenda. Words that
 * end a sentence, a heading with a number or a page's running header in the title say the page
 * opens with something else.
 */
function pageStartLabelledHeading(body: string, from: number, found: InlineHeading[], meetingBody: string): void {
  const m = PAGE_START_TITLE.exec(body);
  if (m === null) return;
  const titleStart = m[0].length;
  const after = body.slice(titleStart, titleStart + OWN_LABEL_WINDOW);
  const own = meetingPointLabels(after, MAX_LABELS).find((l) => namesMeetingBody(meetingBody, l));
  if (own === undefined) return;
  const caseLabel = LOOSE_CASE_LABEL.exec(after.slice(0, MAX_TITLE + 30));
  if (caseLabel === null || caseLabel.index > own.index) return;
  const end = labelledTitleEnd(after.slice(0, MAX_TITLE + 30));
  if (end <= 0 || end > MAX_TITLE) return;
  const title = after.slice(0, end);
  if (NOT_A_TITLE.test(title) || findDates(title).length > 0 || NUMBERED_INSIDE.test(after.slice(0, own.index))) return;
  found.push({ number: own.number, start: from + titleStart, title: { start: from + titleStart, end: from + titleStart + end }, score: PAGE_START_LABEL_CUE });
}
/** Weaker than a heading its own label confirms: where both name a number, the heading with its number wins. */
const PAGE_START_LABEL_CUE = OWN_LABEL_CUE - 1;

/** The page's number, and the PDF's "side" whose number the copy lost ("3 side Title"), then a capital letter. */
const PAGE_START_TITLE = /^\d{1,4}\s+(?:[Ss]ide(?:\s+\d{1,4})?\s+)?(?=\p{Lu})/u;
/** A sentence's end, a date or a page number (a date in words, too: findDates): the page opens with running text or its header ("Byrådet 12. marts 2012 …"), not a title. */
const NOT_A_TITLE = /\p{Ll}{2}[.!?]\s+\p{Lu}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4}|\b[Ss]ide\s+\d/u;
const NUMBERED_INSIDE = /(?<![\p{L}\d.,/:-])\d{1,4}\.\s+\p{Lu}/u;

/** Whether a label's body is the meeting's ("Byrådets" for "Byrådet", "Byråd"): a word of the one begins the other. */
function namesMeetingBody(meetingBody: string, label: MeetingPointLabel): boolean {
  const named = label.body.toLowerCase();
  return meetingBody
    .toLowerCase()
    .split(/[\s,.]+/)
    .some((w) => w.length >= MIN_BODY_WORD && (named.startsWith(w) || w.startsWith(named)));
}
const MIN_BODY_WORD = 4;

/**
 * "3 12 Godkendelse af dagsorden Sagsnr.: …": a page that opens, after its page number, with the
 * item's number without a full stop (a PDF table's number cell) and its title. Only with a
 * strong cue after the title (a case-number label, "Åben sag"): a bare number is most often a
 * sentence's, and a year ("2020 Budget") is never an item's.
 */
function pageStartHeading(body: string, from: number, found: InlineHeading[]): void {
  const m = PAGE_START_BARE.exec(body);
  if (m === null) return;
  const number = Number(m[2]);
  if (number >= MIN_YEAR && number <= MAX_YEAR) return;
  const titleStart = m[0].length;
  let window = body.slice(titleStart, titleStart + MAX_TITLE + 30);
  // "3 36 Til efterretning - for åbne døre 41. Title J.nr.: …": a numbered heading inside the
  // window is the next item's, and so is the cue after it (36 is the page's printed number).
  NUMBERED.lastIndex = 0;
  const inner = NUMBERED.exec(window);
  if (inner !== null) window = window.slice(0, inner.index);
  const { end, score } = titleEnd(window);
  if (end < 0 || score < MIN_PAGE_START_CUE || LEADER.test(window.slice(0, end))) return;
  found.push({ number, start: from + m[1].length, title: { start: from + titleStart, end: from + titleStart + end }, score });
}

/**
 * "Punkt: 1 Acadre sagsnr.: 17/1234 Journalnr.: A00 Sagsforløb: ØU - Åben sag … Sagsbehandler:
 * Eva Holm Meddelelser Baggrund …": an item page of Acadre's template (Hørsholm's), its number
 * after "Punkt:", then the case and the item's other fields, the case officer's name last, then
 * the title up to its first section heading. The name is two words at least, and the title
 * opens at the last capitalised word before the first word that is not one ("Ida Bo Lund
 * Lions-sagen - KL-…", "Eva Holm Realisering af …"); a title of capitalised words only is its
 * last word ("Eva Holm Meddelelser Baggrund").
 */
function fieldBlockHeadings(body: string, from: number, found: InlineHeading[]): void {
  FIELD_BLOCK_NUMBER.lastIndex = 0;
  const matches = [...body.matchAll(FIELD_BLOCK_NUMBER)];
  matches.forEach((m, k) => {
    const fieldsStart = m.index + m[0].length;
    const limit = Math.min(fieldsStart + FIELD_BLOCK_WINDOW, k + 1 < matches.length ? matches[k + 1].index : body.length);
    const window = body.slice(fieldsStart, limit);
    if (!FIELD_BLOCK_CASE_FIRST.test(window)) return;
    const officer = CASE_OFFICER.exec(window);
    if (officer === null) return;
    const restStart = officer.index + officer[0].length;
    const rest = window.slice(restStart);
    const ends = [titleEnd(rest).end, FIELD_BLOCK_SECTION.exec(rest)?.index ?? -1].filter((e) => e > 0);
    const end = ends.length > 0 ? Math.min(...ends) : uncuedTitleEnd(rest);
    const words = [...rest.slice(0, end).matchAll(/\S+/g)];
    if (words.length <= MIN_OFFICER_WORDS) return;
    const small = words.findIndex((w, j) => j >= MIN_OFFICER_WORDS && !/^\p{Lu}/u.test(w[0]));
    const first = small < 0 ? words.length - 1 : Math.max(MIN_OFFICER_WORDS, small - 1);
    const titleStart = fieldsStart + restStart + words[first].index;
    found.push({ number: Number(m[1]), start: from + m.index, title: { start: from + titleStart, end: from + fieldsStart + restStart + end }, score: KEYWORD_CUE + FIELD_BLOCK_CUE });
  });
}
const FIELD_BLOCK_NUMBER = /(?<![\p{L}\d])(?:Punkt|PUNKT):\s*(\d{1,4})\s+(?=\p{Lu})/gu;
/** The first field after the number is the case's ("Acadre sagsnr.:", "Sagsnr.:"). */
const FIELD_BLOCK_CASE_FIRST = /^(?:\p{Lu}\p{L}*\s+)?[Ss]agsnr\.?:/u;
const CASE_OFFICER = /\sSagsbehandler:\s+/u;
/** The template's first section heading after the title: a section heading of one word, before a capital. */
const FIELD_BLOCK_SECTION = new RegExp(
  `\\s(?:${[...SECTION_HEADINGS.map(([h]) => h).filter((h) => !h.includes(' ')), ...TEMPLATE_FIRST_SECTIONS].join('|')})\\s(?=\\p{Lu})`,
  'u',
);
const FIELD_BLOCK_WINDOW = 600;
const MIN_OFFICER_WORDS = 2;
/** The case-number label that opens the fields: as strong a cue as one after a title. */
const FIELD_BLOCK_CUE = 3;

/** The page's number, then the item's number and a capital letter. */
const PAGE_START_BARE = /^(\d{1,4}\s+)(\d{1,4})\s+(?=\p{Lu})/u;
const MIN_PAGE_START_CUE = 2;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** For each match, where the nearest later match numbered one more starts, or Infinity; read backwards, one pass. */
function nextNumberStarts(matches: readonly RegExpExecArray[]): number[] {
  const out = new Array<number>(matches.length);
  const latest = new Map<number, number>();
  for (let k = matches.length - 1; k >= 0; k--) {
    const n = numberOf(matches[k]);
    out[k] = latest.get(n + 1) ?? Infinity;
    latest.set(n, matches[k].index);
  }
  return out;
}

/**
 * Pages that open with the same running header and then an item's title and its case-number
 * label ("Vordingborg Kommune Dato Side Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: …"):
 * a copy that kept no item numbers. The header is the longest run of words (three or more) that
 * at least two pages open with; the items are numbered by their order.
 */
export function findHeadedPages(text: string, pages: ReadonlyArray<{ readonly start: number; readonly end: number }>): InlineHeading[] {
  const words = pages.map((p) => text.slice(p.start, Math.min(p.end, p.start + 300)).split(/\s+/).slice(1, 1 + MAX_HEADER_WORDS));
  let header: string[] = [];
  for (let n = MAX_HEADER_WORDS; n >= MIN_HEADER_WORDS && header.length === 0; n--) {
    const counts = new Map<string, number>();
    for (const w of words) if (w.length >= n) counts.set(w.slice(0, n).join(' '), (counts.get(w.slice(0, n).join(' ')) ?? 0) + 1);
    for (const [prefix, count] of counts) if (count >= 2) header = prefix.split(' ');
  }
  if (header.length === 0) return [];
  const found: InlineHeading[] = [];
  const [caseCue] = TITLE_ENDS[0];
  pages.forEach((p, k) => {
    if (words[k].slice(0, header.length).join(' ') !== header.join(' ')) return;
    // The header's end in the text: after the page number and the header's words.
    let at = p.start;
    for (let w = 0; w <= header.length; w++) {
      while (at < p.end && /\s/.test(text[at])) at++;
      while (at < p.end && !/\s/.test(text[at])) at++;
    }
    while (at < p.end && /\s/.test(text[at])) at++;
    const window = text.slice(at, Math.min(p.end, at + MAX_TITLE + 30));
    const cue = caseCue.exec(window);
    if (!cue || cue.index === 0 || cue.index > MAX_TITLE) return;
    found.push({ number: found.length + 1, start: at, title: { start: at, end: at + cue.index }, score: 1 });
  });
  return found;
}

const MIN_HEADER_WORDS = 3;
const MAX_HEADER_WORDS = 8;

/** A title with no cue after it: up to the case's first sentence, else cut at a word near UNCUED_TITLE. */
function uncuedTitleEnd(window: string): number {
  const sentence = firstSentenceAt(window, UNCUED_TITLE + 1);
  return sentence > 0 ? sentence : cutAtWord(window, UNCUED_TITLE);
}

/** Where a case's first sentence opens in window [0, limit) ("… 1. møde På baggrund af …"), or -1. */
function firstSentenceAt(window: string, limit: number): number {
  return SENTENCE_OPENING.exec(window.slice(0, limit))?.index ?? -1;
}
const SENTENCE_OPENING = new RegExp(`(?<=[\\p{Ll}\\d)]) (?=(?:${SENTENCE_OPENERS.join('|')})\\s)`, 'u');

function cutAtWord(s: string, max: number): number {
  if (s.length <= max) return s.length;
  const space = s.lastIndexOf(' ', max);
  return space > 0 ? space : max;
}

/**
 * Where the title at the start of `window` ends (-1: no cue within MAX_TITLE), by the first of
 * TITLE_ENDS' cues, and that cue's weight. A title that opens with its case-number label ("4.
 * J.nr. 31 Title", a front page's agenda) has had its case: a label after it is the next
 * entry's, whose number the copy lost ("… J.nr. 77 Title"), and no cue.
 */
function titleEnd(window: string): { end: number; score: number } {
  let end = -1;
  let score = 0;
  const opensWithCase = CASE_LABEL_FIRST.test(window);
  for (const [cue, weight] of TITLE_ENDS) {
    if (opensWithCase && cue === CASE_LABEL_AFTER_TITLE) continue;
    const c = cue.exec(window);
    if (c && c.index > 0 && c.index <= MAX_TITLE && (end < 0 || c.index < end)) {
      end = c.index;
      score = weight;
    }
  }
  return { end, score };
}
