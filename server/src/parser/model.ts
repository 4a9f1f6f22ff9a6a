// The document model: what the parser finds in one referat. Every feature (server, CLI,
// diagnostics, index, annotations) reads this and nothing else, so it is plain data:
// offsets into the original string (UTF-16 code units, as JavaScript strings index),
// never LSP positions. `LineIndex` turns offsets into line/character when a caller needs them.

import type { LineIndex } from './lineIndex';

/** A half-open span [start, end) of UTF-16 offsets into the parsed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of text with where it stands. */
export interface Located<T = string> {
  readonly value: T;
  readonly span: Span;
}

export type DocumentKind = 'referat' | 'dagsorden';

/** How the text was laid out by whatever exported it (see DOMAIN.md, "export styles"). */
export type ExportFormat = 'line-structured' | 'page-per-line transcript';

export interface MeetingHeader {
  readonly kind: DocumentKind | null;
  /** Committee as the document names it, term included ("Beskæftigelsesudvalget til 31.12.25"). */
  readonly committee: Located | null;
  /** The date in the header line, ISO yyyy-mm-dd, with the span of the date as written. */
  readonly headerDate: Located | null;
  /** The Mødedato date, ISO, spanning the date as written (weekday excluded). */
  readonly meetingDate: Located | null;
  /** The weekday as written (lower-cased value), e.g. "onsdag". */
  readonly weekday: Located | null;
  readonly time: Located | null;
  readonly endTime: Located | null;
  readonly place: Located | null;
  readonly participants: readonly Located[];
  readonly absent: readonly Located[];
  /** The whole header block, from the first line to the table of contents or first item. */
  readonly span: Span;
}

export interface TocEntry {
  /** Title as written, dot leaders and page numbers cut off. */
  readonly title: Located;
  readonly pages: readonly number[];
  /** The whole entry including leaders and pages. */
  readonly span: Span;
  /** Number of the item this entry refers to, or null (e.g. a list of attachments). */
  readonly item: number | null;
  /** True when the entry's title equals the item's title (normalised for case and spacing). */
  readonly exact: boolean;
  /** Set when the entry holds the start of more than one item's title (a merged entry). */
  readonly mergedItems: readonly number[];
}

export interface TableOfContents {
  readonly heading: Located | null;
  readonly entries: readonly TocEntry[];
  readonly span: Span;
}

export type CaseNumberStyle = 'kle' | 'year-serial' | 'emn' | 'year-prefixed' | 'custom';

export interface CaseNumber {
  readonly text: string;
  readonly span: Span;
  readonly style: CaseNumberStyle;
  /** KLE style: emne "00.30.14", facet "G01", serial "6", year as written "19" (empty when the number has none: "00.01.00P35-0098"). */
  readonly kle?: { readonly emne: string; readonly facet: string; readonly serial: string; readonly year: string };
  /** Four-digit year where one can be derived. */
  readonly fullYear: number | null;
  /** Serial part for year/serial and EMN styles. */
  readonly serial?: string;
  /** Set when the shape is recognised but a part is malformed (e.g. facet "000"). */
  readonly problem?: 'facet' | 'emne';
  /** Name of the configured pattern that matched (style 'custom'). */
  readonly patternName?: string;
}

export type SectionKind =
  | 'Beslutningstema'
  | 'Resume'
  | 'Sagsfremstilling'
  | 'Indstilling'
  | 'Beslutning'
  | 'Bilag'
  | 'Lovgrundlag'
  | 'Kommunikation'
  | 'Økonomi'
  | 'Personale'
  | 'Retsgrundlag'
  | 'Høring'
  | 'Tidligere behandling';

export interface PriorDecisionRef {
  /** "Socialudvalget", "børn og familieudvalget". */
  readonly committee: string | null;
  /** ISO date when it could be read. */
  readonly date: string | null;
  /** The item number ("pkt. 95", "punkt 83"). */
  readonly punkt: number | null;
}

/** One numbered or bulleted point of an Indstilling or a Beslutning. */
export interface Point {
  /** 1-based number where written ("1.", "Ad 1"), else its position in the list. */
  readonly number: number;
  /** Numbers this point answers ("Ad 2 og 3" answers 2 and 3); for Indstilling, [number]. */
  readonly answers: readonly number[];
  /** Whether the number was written (false for "- at ..." bullets). */
  readonly numbered: boolean;
  readonly text: string;
  readonly span: Span;
  /** For decision points: the outcome read from the text. */
  readonly outcome: Outcome | null;
}

export type Outcome =
  | 'godkendt'
  | 'anbefales godkendt'
  | 'indstilles godkendt'
  | 'taget til efterretning'
  | 'drøftet'
  | 'ikke godkendt'
  | 'udsat'
  | 'tiltrådt'
  | 'afstemning'
  | 'orientering';

export interface SubHeading {
  readonly text: string;
  readonly span: Span;
}

export interface Section {
  readonly kind: SectionKind;
  /** The heading line as written. */
  readonly heading: Located;
  /** What follows the canonical word in the heading ("fra Socialudvalget, 21. september 2020, pkt. 95:"). */
  readonly qualifier: string | null;
  /** An unheaded Indstilling opened by a "... indstiller" line. */
  readonly implicit: boolean;
  /** An earlier decision quoted in this item (another committee or meeting). */
  readonly prior: PriorDecisionRef | null;
  /** From the end of the heading to the end of the section's last content. */
  readonly body: Span;
  /** Heading and body. */
  readonly span: Span;
  readonly subHeadings: readonly SubHeading[];
  /** Points of an Indstilling or Beslutning; empty for other kinds. */
  readonly points: readonly Point[];
  /** For a Beslutning: the overall outcome. */
  readonly outcome: Outcome | null;
  /** Whether the body holds any text. */
  readonly empty: boolean;
}

export type ItemKindPrefix = 'Beslutningssag' | 'Orienteringssag' | 'Drøftelsessag';

export interface AgendaItem {
  readonly number: number;
  /** Whether the number is written in the document (false in the transcript, where it comes from the order). */
  readonly numberWritten: boolean;
  /**
   * Title joined over wrapped lines, without "Punkt N:" or the kind prefix; "Lukket: " is kept.
   * As written: soft hyphens and zero-width characters inside it stay (a fix that writes the
   * title writes them back); what shows it apart from the text (the Outline, a hover, the Sager
   * view) drops them with `visibleText`, and `normalizeTitle` compares without them.
   */
  readonly title: Located;
  readonly kindPrefix: ItemKindPrefix | null;
  readonly closed: boolean;
  /** Trailing codes such as "(B)", "(C)". */
  readonly markers: readonly string[];
  /** The case number that belongs to the item (the line after the heading, or "Sagsnr.:"). */
  readonly caseNumber: CaseNumber | null;
  /** The "Punkt N: ..." heading (all of its lines). */
  readonly heading: Span;
  /** The whole item up to the next item or the end of the minutes. */
  readonly span: Span;
  readonly sections: readonly Section[];
  /** Sub-headings in the part of the item before its first section. */
  readonly subHeadings: readonly SubHeading[];
}

export interface Page {
  readonly number: number;
  readonly span: Span;
}

/**
 * What the parser itself can notice but the model cannot show. Everything a reader would call
 * a defect (a wrong weekday, an empty section, a toc entry that matches no item) is read off
 * the model by the diagnostics layer instead, so it lives in one place.
 */
export type ProblemCode = 'item-no-title';

/** A structural fact the parser noticed while parsing; diagnostics decide how to report it. */
export interface ParseProblem {
  readonly code: ProblemCode;
  readonly span: Span;
  /** Values for the message (e.g. the toc title and the item's title). */
  readonly data: Readonly<Record<string, string | number>>;
}

/** A date written anywhere in the text, with the weekday written before it if any. */
export interface DateMention {
  readonly span: Span;
  /** ISO date, or null when the date is impossible (31. juni). */
  readonly iso: string | null;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: Located | null;
}

export interface ReferatDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly format: ExportFormat;
  readonly meeting: MeetingHeader;
  readonly toc: TableOfContents | null;
  readonly items: readonly AgendaItem[];
  /** Every case number in the text, in order, including the items' own. */
  readonly caseNumbers: readonly CaseNumber[];
  readonly dates: readonly DateMention[];
  readonly pages: readonly Page[];
  /**
   * Page furniture: running headers and footers and page numbers of a PDF's pages ("Side 3 af
   * 9", the committee on every page). Never part of a title, heading or section's reading.
   */
  readonly furniture: readonly Span[];
  /** End of the minutes proper: attachments and trailing text lie after it. */
  readonly minutesEnd: number;
  readonly problems: readonly ParseProblem[];
}
