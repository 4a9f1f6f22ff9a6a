// What extraction gives back. A failure is a value, never an exception: the CLI prints it as one
// line, an editor shows it, and neither has to know what pdf.js throws.

/** A line's typography, which plain text loses: a cue for headings, not part of the text. */
export interface LineCue {
  /** 0-based line of `text`, counted as LSP counts lines (a form feed is not a line break). */
  readonly line: number;
  /** 1-based page the line stands on (1 for a web page). */
  readonly page: number;
  /**
   * Every word of the line is set in a bold face: in a PDF its font is Bold, Black, Heavy,
   * Semibold or of weight 600 and up; on a web page it is inside a heading, <b>, <strong> or <th>.
   */
  readonly bold: boolean;
  /** The font size most of the line's characters have, in points (0 for a web page, which has none to tell). */
  readonly size: number;
  /** Set larger than the document's body size (the size most of its characters have); on a web page, a line of <h1>-<h3>. */
  readonly larger: boolean;
}

export type SourceKind = 'pdf' | 'html' | 'text';

export interface Extracted {
  readonly ok: true;
  readonly kind: SourceKind;
  /** Plain text: lines joined by \n; pages of a PDF separated by one form feed (\f) at the start of the next page's first line. */
  readonly text: string;
  /** Cues for the lines that have text, in line order (none for a text file). */
  readonly lines: readonly LineCue[];
  /** Pages read (1 for a web page or text). */
  readonly pages: number;
  /**
   * Pages (1-based) with much text in a font whose codes map to no character (private-use or
   * control characters) or to the wrong letters (words with far too few vowels for Danish or
   * English): that text is left out of `text`. Absent where there is none.
   */
  readonly unreadablePages?: readonly number[];
  /**
   * Every page holds almost no text (a scan with a page number or a stamp as its only text):
   * the characters read in all. Absent where a page has text of its own.
   */
  readonly littleText?: { readonly characters: number };
  /**
   * Pages (1-based) of a PDF with text elsewhere that hold almost no text under a picture
   * covering most of the page: scanned pages among text pages, their text missing. Absent
   * where there is none, and where `littleText` says it of the whole PDF.
   */
  readonly scannedPages?: readonly number[];
}

export type ExtractFailureReason =
  | 'no-text' // a PDF without a text layer (scanned): OCR first
  | 'unmapped-font' // a PDF whose only text is in fonts that map to no characters: OCR first
  | 'encrypted' // a PDF that needs a password to open
  | 'damaged' // not readable as a PDF, or a page of it is broken
  | 'too-many-pages' // more pages than the limit
  | 'too-slow' // a page took longer than the time budget
  | 'cancelled'; // the caller asked to stop

export interface ExtractFailure {
  readonly ok: false;
  readonly kind: SourceKind;
  readonly reason: ExtractFailureReason;
  /** The 1-based page it happened on, where one page is to blame. */
  readonly page?: number;
  /** Numbers the message needs: the page count for too-many-pages, the limit. */
  readonly count?: number;
  readonly limit?: number;
  /** What the underlying library said, for a log; not for the user's eyes alone. */
  readonly detail?: string;
}

export type ExtractResult = Extracted | ExtractFailure;

/** As LSP's CancellationToken, which satisfies it; a plain object works too. */
export interface CancellationCheck {
  readonly isCancellationRequested: boolean;
}

export interface ExtractOptions {
  /** Called after each page: pages done so far, pages in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Refuse PDFs with more pages than this (default 2,000). */
  readonly maxPages?: number;
  /** Stop when one page takes longer than this many milliseconds (default 10,000). */
  readonly pageBudgetMs?: number;
}
