// Which bare lines are section headings, and of what kind. A heading is a whole line: the same
// word inside a sentence is text.

import type { PriorDecisionRef, SectionKind } from './model';
import type { Lines } from './lines';
import { findDates } from './dates';
import { BODY_WORDS, DECISION_HEADING_WORDS, RECOMMENDS_VERB, SECTION_HEADING_PREFIXES, SECTION_HEADINGS, WEEKDAYS } from './vocabulary';
import { foldInvisible, isSpace, needsFolding } from './whitespace';

export interface ExtraSectionHeading {
  readonly heading: string;
  readonly kind: SectionKind;
}

export interface HeadingMatch {
  readonly kind: SectionKind;
  readonly qualifier: string | null;
  readonly implicit: boolean;
  readonly prior: PriorDecisionRef | null;
}

const MAX_HEADING_LENGTH = 200;
/** The headings that name a committee or a date are short: longer lines ending so are sentences. */
const SHORT_HEADING = 90;
const PLAIN_LINES_KEPT = 256;

/**
 * A copy of `s` that refers to no other string. V8 keeps a slice of a long string as a view of
 * it, and the heading table lives as long as an edited document does: a view would keep the
 * text of its first version. Concatenation followed by a slice makes V8 copy the characters.
 */
const detached = (s: string) => (' ' + s).slice(1);
/**
 * A hash of source[from, to) lower-cased as key() lower-cases it (ASCII and Latin-1 letters; other
 * characters as they are), so a key's first word and the same word in any case hash alike.
 * UNHASHABLE where a character key() folds (invisible, combining) stands in the word.
 */
function wordHash(source: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (needsFolding(c)) return UNHASHABLE;
    const lower = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
    h = (Math.imul(h, 31) + lower) | 0;
  }
  return h === UNHASHABLE ? UNHASHABLE + 1 : h;
}
const UNHASHABLE = -1;

/**
 * How headings are compared: invisible characters dropped and letters composed ("Sags&shy;frem&shy;stilling",
 * a decomposed "Resumé"), whitespace runs collapsed, a trailing colon dropped, trimmed, lower-case.
 */
function key(s: string): string {
  // Most lines asked about are single-spaced words: then collapsing changes nothing, and the
  // regular-expression replaces (most of key()'s time) can be skipped.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((isSpace(c) && (c !== 32 || i === 0 || isSpace(s.charCodeAt(i - 1)))) || needsFolding(c)) {
      return foldInvisible(s).replace(/\s+/g, ' ').replace(/:$/, '').trim().toLowerCase();
    }
  }
  return (s.charCodeAt(s.length - 1) === 58 /* : */ ? s.slice(0, -1) : s).trim().toLowerCase();
}
const RECOMMENDATION_LINE = new RegExp(`\\s${RECOMMENDS_VERB}(?:,?\\s+at)?[:,]?$`);
// Patterns at module level: a regular-expression literal in a function is a new object on
// every call. None is global or sticky, so sharing them keeps no state between calls.
const FROM_OTHER = /^fra\s/i;
const PUNKT = /\b(?:pkt|punkt)\.?\s*(\d{1,4})/i;
const NAMES_DAY = /\bden\b/i;
const STARTS_UPPER = /^[A-ZÆØÅ]/;
// "fra Socialudvalget, …", "i Økonomiudvalget den …": the preposition is no part of the name.
// "… 2018-2021 fredag den 14. august 2020": the weekday belongs to the date.
const COMMITTEE = new RegExp(
  String.raw`^(?:(?:fra|i)\s+)?(.+?)(?:,|\s+(?:(?:${WEEKDAYS.join('|')})\s+)?den\s|\s+\d{1,2}[.\-/ ]|\s+(?:pkt|punkt)\b|:|$)`,
  'i',
);

/**
 * Whether `key(line)` can be as short as `limit`: it is at least the line's length with
 * whitespace runs collapsed, less three (a colon, a space before it, a leading space). Most
 * lines are paragraphs, and this stops counting long before key() would have copied them.
 */
function keyCanFit(line: string, limit: number): boolean {
  if (line.length <= limit + 3) return true;
  let collapsed = 0;
  let previousSpace = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // key() drops invisible characters and composes a letter with its mark: neither counts.
    if (needsFolding(c)) continue;
    const space = isSpace(c);
    if (!(space && previousSpace) && ++collapsed > limit + 3) return false;
    previousSpace = space;
  }
  return true;
}

const VERB_LAST = RECOMMENDS_VERB.charCodeAt(RECOMMENDS_VERB.length - 1);

/**
 * Whether the line [start, end), whose last character is `last`, can end like a recommendation
 * line (RECOMMENDATION_LINE: the verb, or "at", then an optional colon or comma): a test of its
 * last characters, in place.
 */
function mayEndRecommendation(source: string, start: number, end: number, last: number): boolean {
  if (last !== 58 /* : */ && last !== 44 /* , */ && last !== VERB_LAST && last !== 116 /* t */) return false;
  const e = last === 58 || last === 44 ? end - 1 : end;
  if (e <= start) return false;
  const z = source.charCodeAt(e - 1);
  return (z === VERB_LAST && source.endsWith(RECOMMENDS_VERB, e)) || (z === 116 /* t */ && source.endsWith('at', e));
}

/** The first letters a recommendation line may start with (`/^[A-ZÆØÅ]/`). */
const isRecommendationStart = (c: number) => (c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5;
/** The decision word the text [start, end) opens with, in any case, followed by a space or a colon (see qualifiedDecision). */
function decisionWordAt(source: string, start: number, end: number): string | undefined {
  if (!mayStartDecision(source.charCodeAt(start))) return undefined;
  for (const w of DECISION_WORDS_LONGEST_FIRST) {
    if (start + w.length < end && source.slice(start, start + w.length).toLowerCase() === w) {
      const after = source.charCodeAt(start + w.length);
      if (after === 32 /* space */ || after === 58 /* : */) return source.slice(start, start + w.length);
    }
  }
  return undefined;
}

const DECISION_WORDS_LONGEST_FIRST = DECISION_HEADING_WORDS.map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length);
/** The first letters of the decision words, both cases, by code: most lines start with none of them. */
const DECISION_FIRST_CODES = new Set(DECISION_WORDS_LONGEST_FIRST.flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));
const mayStartDecision = (c: number) => DECISION_FIRST_CODES.has(c);

/** The number of spaces from `start` on, before `end`. */
function leadingSpaces(source: string, start: number, end: number): number {
  let n = 0;
  while (start + n < end && isSpace(source.charCodeAt(start + n))) n++;
  return n;
}

/**
 * "Forretningsudvalgets beslutning den 8. november 2022:", "Økonomiudvalgets beslutning i mødet den
 * 31. marts 2020" (eDoc): the committee first, in the genitive.
 * Anchored at both ends, one bounded run of name characters.
 */
const COMMITTEE_DECISION = /^([A-ZÆØÅ][\p{L}\-,. ]{1,80}?s) beslutning(?:er)?(?:\s+(?:(?:i|på)\s+mødet\s+)?(?:den|d\.)\s+(.{1,40}?))?:?$/u;

/**
 * "Integrationsudvalgets møde den 12. december 2011:" (PolWeb's Word-made minutes): the committee's
 * meeting and its day over what it decided; "Byrådets møde punkt 657:", "Økonomiudvalgets møde den
 * 1. marts 2010 punkt 40:" (Kerteminde's) with the item's number, the day then optional. The colon
 * makes it a heading; without it the line is a page's title (header.ts).
 */
const COMMITTEE_MEETING_DECISION = /^([A-ZÆØÅ][\p{L}\-,. ]{1,80}?s) (?:ekstraordinære )?møde(?: (?:den|d\.) (\d.{1,40}?))?(?: [Pp]unkt (\d{1,4}))?:$/u;

/** "Besluttet på Integrationsrådet den 02-11-2011 som punkt 1": the body, its day and the item. */
const RESOLVED_AT = /^Besluttet (?:på|i) ([A-ZÆØÅ][\p{L}\-,. ]{1,80}?) (?:den|d\.) (\d.{1,40}?)(?: som punkt \d{1,4})?:?$/u;

/**
 * "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 44", "Teknik- og Miljøudvalget, 10. september
 * 2019, pkt. 65:": the committee, the day and the item, the heading of what the committee
 * decided (Roskilde's, Rødovre's, Stevns's and others' web pages).
 */
// The committee's name may hold commas itself ("Børn, Unge og Læring, 7. januar 2020, pkt. 133:").
// "Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:": the committee's name with its term.
const COMMITTEE_DATE_PUNKT = /^([A-ZÆØÅ][\p{L}\-.,& ]{1,80}?(?:\s+\d{4}-\d{2,4})?),\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\s*\p{L}{3,9}\s+\d{4}),\s*(?:pkt|punkt)\.?\s*\d{1,4}:?$/u;
/** "• Sagsfremstilling" and its spaces: a bulleted heading is one word. */
const MAX_BULLETED_HEADING = 40;
const PKT_AT_END = /(?:pkt|punkt)\.?\s*\d{1,4}:?$/i;
const PUNKT_NUMBER_AT_END = /(?:pkt|punkt)\.?\s*(\d{1,4}):?$/i;

/**
 * "24/09/2025 Økonomiudvalget" under "Sagens forløb": a date and a political body, the heading
 * of what that body decided then.
 */
const DATED_BODY = /^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s+([A-ZÆØÅ][\p{L}\-,. ]{2,80})$/u;

/**
 * Matches read from the table, one per kind, shared: they are read (toSection copies their
 * fields) and never changed, and a new object per heading line was garbage the moment the
 * section was made.
 */
const PLAIN_MATCHES = new Map<SectionKind, HeadingMatch>();
function plainMatch(kind: SectionKind): HeadingMatch {
  let match = PLAIN_MATCHES.get(kind);
  if (!match) PLAIN_MATCHES.set(kind, (match = { kind, qualifier: null, implicit: false, prior: null }));
  return match;
}
const IMPLICIT_RECOMMENDATION: HeadingMatch = { kind: 'Indstilling', qualifier: null, implicit: true, prior: null };

export class HeadingTable {
  private readonly byText: Map<string, SectionKind>;
  private readonly longestKey: number;
  /** keyLengths[n] is 1 when some key is n characters long. */
  private readonly keyLengths: Uint8Array;
  /** The hashes (wordHash) of the keys' first words. */
  private readonly firstWordHashes: Set<number>;
  private readonly firstLetters: Set<string>;
  /** For character codes below 256: whether a key can start with it (see mayBeKey). */
  private readonly latin1Starts: Uint8Array;
  /** For character codes below 256: whether a line ending with it can have a key (see mayEndKey). */
  private readonly latin1Ends: Uint8Array;
  /**
   * Plain heading lines seen, as written, with their match and one copy of the text. Heading
   * lines repeat ("Sagsfremstilling" in every item): one seen before costs a lookup instead of
   * key() and its copies, and every section headed alike shares one string in the model
   * instead of 12,000 strings per 10 MB that outlived the young generation. At most
   * PLAIN_LINES_KEPT spellings.
   */
  private readonly plainLines = new Map<string, { readonly match: HeadingMatch; readonly text: string }>();

  constructor(extra: readonly ExtraSectionHeading[] = []) {
    this.byText = new Map(SECTION_HEADINGS.map(([h, k]) => [key(h), k]));
    for (const e of extra) this.byText.set(key(e.heading), e.kind);
    this.longestKey = Math.max(0, ...[...this.byText.keys()].map((k) => k.length));
    this.keyLengths = new Uint8Array(this.longestKey + 1);
    for (const k of this.byText.keys()) this.keyLengths[k.length] = 1;
    this.firstWordHashes = new Set([...this.byText.keys()].map((k) => wordHash(k, 0, k.split(' ')[0].length)));
    this.firstLetters = new Set([...this.byText.keys()].map((k) => k[0]));
    this.latin1Starts = new Uint8Array(256);
    for (let c = 0; c < 256; c++) this.latin1Starts[c] = this.keyMayStartWith(c) ? 1 : 0;
    const lastLetters = new Set([...this.byText.keys()].map((k) => k[k.length - 1]));
    // key() drops a last colon and trims, so a line ending with either may end in any key;
    // other characters stay last, lower-cased (which, below 256, maps each one to one alone).
    this.latin1Ends = Uint8Array.from({ length: 256 }, (_, c) => (c === 58 || isSpace(c) || lastLetters.has(String.fromCharCode(c).toLowerCase()) ? 1 : 0));
  }

  /**
   * Whether a line whose last character is `c` can be a key: most lines end with a full stop,
   * which no key does. Characters from 256 on are let through (lower-casing some of them, as
   * the Greek sigma, depends on what stands before).
   */
  private mayEndKey(c: number): boolean {
    return c >= 256 || this.latin1Ends[c] === 1;
  }

  /** mayBeKey's test of the first character, by its code. */
  private keyMayStartWith(c: number): boolean {
    return isSpace(c) || (c >= 0xd800 && c <= 0xdfff) || this.firstLetters.has(String.fromCharCode(c).toLowerCase()[0]);
  }

  private mayStartKey(c: number): boolean {
    return c < 256 ? this.latin1Starts[c] === 1 : this.keyMayStartWith(c);
  }

  /**
   * Whether key() of the text [start, end) can be as long as some key, counted in place: key()
   * collapses whitespace runs to one space and then drops at most a colon and a leading and a
   * trailing space; lower-casing keeps every character's length but that of "İ", which is two.
   */
  private keyLengthMayFit(source: string, start: number, end: number): boolean {
    const limit = this.longestKey + 3;
    let collapsed = 0;
    let previousSpace = false;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (needsFolding(c)) continue;
      const space = isSpace(c);
      if (!(space && previousSpace) && (collapsed += c === 0x130 ? 2 : 1) > limit) return false;
      previousSpace = space;
    }
    for (let n = Math.max(0, collapsed - 3); n <= collapsed && n <= this.longestKey; n++) if (this.keyLengths[n] === 1) return true;
    return false;
  }

  /**
   * The length of a section heading written with its text on the line: the heading's word and a
   * colon ("Beslutning: Godkendt.", "Bilag: Bilag 1. Takstblad"), or the word in a label column,
   * a TAB or a wide gap before the text ("Beslutning<TAB>Godkendt.", a PDF's layout copy); the
   * colon is the heading's, the gap is not. 0 for any other line. Unlike classify(), no state changes.
   */
  sectionLabelLength(lines: Lines, i: number): number {
    const start = lines.starts[i];
    const end = lines.ends[i];
    const source = lines.source;
    if (!this.mayStartKey(lines.firstCode(i))) return 0;
    const limit = Math.min(end, start + this.longestKey + 1);
    // Most lines are prose whose first word starts no heading: told by its hash before the rest
    // of the line is read or copied (without, this was a tenth of a 10 MB parse).
    let word = start;
    while (word < limit && !isSpace(source.charCodeAt(word)) && source.charCodeAt(word) !== 58) word++;
    const hash = wordHash(source, start, word);
    if (hash !== UNHASHABLE && !this.firstWordHashes.has(hash)) return 0;
    for (let j = word; j < limit; j++) {
      const c = source.charCodeAt(j);
      const gap = c === 9 || (c === 32 && source.charCodeAt(j + 1) === 32);
      if (c !== 58 /* : */ && !gap) continue;
      let text = j + 1;
      while (text < end && isSpace(source.charCodeAt(text))) text++;
      // A colon needs a space after it ("kl.: 14:00" is no label); the text must follow.
      if (text >= end || (c === 58 && text === j + 1)) return 0;
      return this.byText.has(key(source.slice(start, j))) ? j - start + (c === 58 ? 1 : 0) : 0;
    }
    return 0;
  }

  /**
   * classify() of line `i`, with the line's text copied only when it can be a heading: most
   * lines are paragraphs, and their length or first character rules out every kind.
   */
  classifyLine(lines: Lines, i: number, meetingDate: string | null, inRecommendation: boolean): HeadingMatch | null {
    const start = lines.starts[i];
    const end = lines.ends[i];
    if (end === start || end - start > MAX_HEADING_LENGTH) return null;
    const c = lines.firstCode(i);
    const last = lines.lastCode(i);
    const source = lines.source;
    // "• Sagsfremstilling": a web page that shows each section as a folding bullet.
    // "• Beslutning i Byrådet den 24-04-2019" names the committee and the day: longer, and with spaces.
    if (c === 0x2022 /* • */) {
      const limit = decisionWordAt(source, start + 1 + leadingSpaces(source, start + 1, end), end) !== undefined ? SHORT_HEADING : MAX_BULLETED_HEADING;
      return end - start <= limit ? this.classifyBulleted(source.slice(start + 1, end).trim(), meetingDate, inRecommendation) : null;
    }
    if (
      !(this.mayStartKey(c) && this.mayEndKey(last) && this.keyLengthMayFit(source, start, end)) &&
      !(mayStartDecision(c) && decisionWordAt(source, start, end) !== undefined) &&
      // "<Udvalg>s beslutning den …:" and "24/09/2025 Økonomiudvalget" (both short).
      // "<Udvalg>s beslutning den …:", "Høring af …:" end with a colon; "24/09/2025 Økonomiudvalget" starts with a digit.
      !(end - start <= SHORT_HEADING && (last === 58 /* : */ || (c >= 48 && c <= 57) || (last >= 48 && last <= 57 && isRecommendationStart(c)))) &&
      (inRecommendation || !isRecommendationStart(c) || !(mayEndRecommendation(source, start, end, last) || (end - start <= 160 && source.slice(start, end).includes(RECOMMENDS_VERB))))
    ) {
      return null;
    }
    return this.classify(lines.textOf(i), meetingDate, inRecommendation);
  }

  /**
   * A bulleted line's heading: a heading word alone ("• Beslutning"), or a decision that names its
   * meeting ("• Beslutning i Byrådet den 24-04-2019"); never a list entry that starts like one.
   */
  private classifyBulleted(rest: string, meetingDate: string | null, inRecommendation: boolean): HeadingMatch | null {
    if (rest.length === 0) return null;
    if (!rest.includes(' ')) {
      const match = this.classify(rest, meetingDate, inRecommendation);
      return match !== null && !match.implicit ? match : null;
    }
    const decision = this.qualifiedDecision(rest, meetingDate);
    if (decision !== null) this.lastHeadingText = rest;
    return decision;
  }

  /**
   * Whether `line` can be a heading of the table: a line too long, or whose first letter
   * starts no heading, cannot (unless it starts with a space or half a surrogate pair, whose
   * key() would start elsewhere), so most lines skip key() and its copies.
   */
  private mayBeKey(line: string): boolean {
    return this.mayStartKey(line.charCodeAt(0)) && keyCanFit(line, this.longestKey);
  }

  /**
   * Classify one trimmed line. `meetingDate` (ISO) tells a decision of this meeting from a
   * quoted earlier one; `inRecommendation` stops "... indstiller, at" lines inside an
   * Indstilling from opening another.
   */
  classify(line: string, meetingDate: string | null, inRecommendation: boolean): HeadingMatch | null {
    if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return null;
    const seen = this.plainLines.get(line);
    if (seen !== undefined) {
      this.lastHeadingText = seen.text;
      return seen.match;
    }
    const plain = this.mayBeKey(line) ? this.byText.get(key(line)) : undefined;
    this.lastHeadingText = line;
    if (plain) {
      const match = plainMatch(plain);
      if (this.plainLines.size < PLAIN_LINES_KEPT) {
        const text = detached(line);
        this.plainLines.set(text, { match, text });
        this.lastHeadingText = text;
      }
      return match;
    }
    const decision = this.qualifiedDecision(line, meetingDate) ?? committeeDecision(line, meetingDate);
    if (decision) return decision;
    const prefixed = prefixedHeading(line);
    if (prefixed) return prefixed;
    if (!inRecommendation && isRecommendationLine(line)) {
      return IMPLICIT_RECOMMENDATION;
    }
    return null;
  }

  /**
   * The text of the line the last classify() that found a heading found it on, as the model
   * keeps it: the shared copy for a plain heading written so before, else the line. Read right
   * after (parseItemBody), so that a section's heading is not cut from the text a second time.
   */
  lastHeadingText = '';

  private qualifiedDecision(line: string, meetingDate: string | null): HeadingMatch | null {
    const word = decisionWordAt(line, 0, line.length);
    if (!word) return null;
    const qualifier = line.slice(word.length + 1).trim();
    // A sentence ("Beslutning om ... blev truffet.") ends with a full stop; a heading does not.
    if (qualifier.endsWith('.')) return null;
    const fromOther = FROM_OTHER.test(qualifier);
    const punkt = PUNKT.exec(qualifier);
    const dates = findDates(qualifier);
    const namesMeeting = NAMES_DAY.test(qualifier) || dates.length > 0;
    if (!fromOther && !punkt && !namesMeeting && !qualifier.endsWith(':')) return null;
    const date = dates.length > 0 ? dates[0].iso : null;
    const prior = fromOther || punkt !== null || (date !== null && meetingDate !== null && date !== meetingDate);
    return {
      kind: 'Beslutning',
      qualifier,
      implicit: false,
      prior: prior ? { committee: committeeOf(qualifier), date, punkt: punkt ? Number(punkt[1]) : null } : null,
    };
  }
}

/**
 * "Direktøren for Social, Sundhed og Beskæftigelse indstiller", "Administrationen indstiller til
 * udvalget for Forebyggelse og Idræt at tiltræde:": opens an unheaded Indstilling. A line that
 * ends with a full stop is the recommendation's sentence itself, under its heading.
 */
export function isRecommendationLine(line: string): boolean {
  if (!line.includes(RECOMMENDS_VERB)) return false;
  if (RECOMMENDATION_LINE.test(line)) return STARTS_UPPER.test(line) && !line.includes('. ');
  return line.length <= 160 && RECOMMENDS_AS_WORD.test(line) && STARTS_UPPER.test(line) && !line.includes('. ') && !/[.;]$/.test(line);
}

const RECOMMENDS_AS_WORD = new RegExp(`^[^,.]{1,60}\\s${RECOMMENDS_VERB}(?:\\s|,|:|$)`);

/** "Høring af Handicaprådet:": a heading word with a name after it, ending with a colon. */
function prefixedHeading(line: string): HeadingMatch | null {
  if (line.length > 80 || !line.endsWith(':')) return null;
  const lower = line.toLowerCase();
  for (const [prefix, kind] of SECTION_HEADING_PREFIXES) {
    if (lower.startsWith(prefix.toLowerCase() + ' ')) return { kind, qualifier: line.slice(prefix.length).trim(), implicit: false, prior: null };
  }
  return null;
}

/**
 * "Udvalg: Magistraten" over "Dato: 02-09-2025" (First Agenda's case history): the decision of
 * that committee on that day. Needs the next line, so the body reads it (itemBody.ts).
 */
export function labelledDecision(line: string, next: string, meetingDate: string | null): HeadingMatch | null {
  const committee = /^Udvalg:\s*(\S.{0,80})$/.exec(line);
  if (!committee || !/^Dato:\s*\S/.test(next)) return null;
  const date = findDates(next)[0]?.iso ?? null;
  const prior = date === null || meetingDate === null || date !== meetingDate;
  return { kind: 'Beslutning', qualifier: line, implicit: false, prior: prior ? { committee: committee[1].trim(), date, punkt: null } : null };
}

/** The decision of a committee named first ("Forretningsudvalgets beslutning den 8. november 2022:", "24/09/2025 Økonomiudvalget"). */
function committeeDecision(line: string, meetingDate: string | null): HeadingMatch | null {
  const first = line.charCodeAt(0);
  const mayBeDated = first >= 48 && first <= 57;
  if (!mayBeDated && !line.includes('s beslutning') && !PKT_AT_END.test(line) && !line.includes('s møde') && !line.startsWith('Besluttet ')) return null;
  const genitive = mayBeDated ? null : (COMMITTEE_DECISION.exec(line) ?? namedMeeting(line));
  const resolved = genitive || mayBeDated ? null : RESOLVED_AT.exec(line);
  if (resolved) return meetingDecision(line, resolved[1], meetingDate, false);
  const named = genitive ?? (mayBeDated ? null : COMMITTEE_DATE_PUNKT.exec(line));
  // "19.03.2024 Udvalget for social og ældre." ends like a sentence: a list of dates, not a heading.
  const dated = named || line.endsWith('.') ? null : DATED_BODY.exec(line);
  if (dated && !BODY_WORDS.some((w) => dated[2].toLowerCase().includes(w))) return null;
  if (!named && !dated) return null;
  // "Socialudvalgets beslutning": the committee is Socialudvalget.
  const committee = genitive ? genitive[1].slice(0, -1) : named ? named[1] : dated![2];
  // "Kulturudvalgets møde den 1. marts 2010 punkt 40:": the item's number at that meeting.
  const punkt = genitive?.[3] === undefined ? null : Number(genitive[3]);
  return meetingDecision(line, committee, meetingDate, dated !== null, punkt);
}

/**
 * COMMITTEE_MEETING_DECISION when what stands before "s møde" is a body's name, short and holding
 * a body's word ("Teknik- og Miljøudvalgets"), not a sentence ("Følgende emner blev nævnt på Regionsrådets").
 */
function namedMeeting(line: string): RegExpExecArray | null {
  const m = COMMITTEE_MEETING_DECISION.exec(line);
  // "Byrådets møde:": a day or the item's number makes the meeting's line a heading.
  if (m === null || (m[2] === undefined && m[3] === undefined)) return null;
  const words = m[1].split(' ');
  // "Planen blev vist på Kulturudvalgets": a name's words are capitalised but for the small ones
  // between them ("Udvalget for Børn og Unges"); a sentence's are not.
  if (!words.every((w) => /^[\p{Lu}&]/u.test(w) || NAME_JOINERS.has(w))) return null;
  return words.length <= MAX_NAME_WORDS && BODY_WORDS.some((w) => m[1].toLowerCase().includes(w)) ? m : null;
}
const NAME_JOINERS = new Set(['og', 'for', 'i', 'til', 'om', 'med', 'af', '-', '&']);
const MAX_NAME_WORDS = 6;

/**
 * The body a decision heading names and where in the heading: "Beslutning i Byrådet den 24-04-2019",
 * "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42", "Økonomiudvalgets beslutning den …",
 * "Byrådets møde punkt 657:", "Besluttet på Integrationsrådet den …". Null when it names none;
 * whether the name is a body's is the caller's to judge.
 */
export function decisionBodyName(line: string): { name: string; at: number } | null {
  let found: { name: string; at: number } | null = null;
  const word = decisionWordAt(line, 0, line.length);
  if (word !== undefined) {
    const lead = word.length + (DECISION_BODY_LEAD.exec(line.slice(word.length))?.[0].length ?? 0);
    const name = COMMITTEE.exec(line.slice(lead))?.[1].trim() ?? '';
    if (name.length > 0) found = { name, at: lead };
  } else {
    const genitive = COMMITTEE_DECISION.exec(line) ?? namedMeeting(line);
    const named = genitive ? null : COMMITTEE_DATE_PUNKT.exec(line);
    const resolved = genitive || named ? null : RESOLVED_AT.exec(line);
    if (genitive) found = { name: genitive[1].slice(0, -1), at: 0 };
    else if (named) found = { name: named[1], at: 0 };
    else if (resolved) found = { name: resolved[1], at: line.indexOf(resolved[1]) };
  }
  return found;
}
/** " i ", " på ", ": " between the decision's word and the body it names. */
const DECISION_BODY_LEAD = /^[\s:]+(?:(?:i|på|af)\s+)?/;

/** A decision heading naming `committee` and a day: an earlier meeting's when the day is not this meeting's. */
function meetingDecision(line: string, committee: string, meetingDate: string | null, priorWhenUndated: boolean, punkt: number | null = null): HeadingMatch {
  const dates = findDates(line);
  const date = dates.length > 0 ? dates[0].iso : null;
  const prior = date === null || meetingDate === null ? priorWhenUndated : date !== meetingDate;
  // "…, 28. oktober 2019, pkt. 452:": the item it had there.
  const atEnd = PUNKT_NUMBER_AT_END.exec(line);
  const item = punkt ?? (atEnd ? Number(atEnd[1]) : null);
  return {
    kind: 'Beslutning',
    qualifier: line,
    implicit: false,
    prior: prior ? { committee, date, punkt: item } : null,
  };
}

function committeeOf(qualifier: string): string | null {
  const m = COMMITTEE.exec(qualifier);
  const name = m ? m[1].trim() : '';
  return name.length > 0 ? name : null;
}
