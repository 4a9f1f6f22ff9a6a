// The requests and notifications beyond LSP: the one contract between client and server.
// Pure declarations (method names and JSON shapes), so the client imports them from here
// rather than keeping a copy that could drift.

import type { Location, Position, Range } from 'vscode-languageserver-types';

/** Request TextDocumentPositionParams -> Location | null: Indstilling <-> this meeting's Beslutning. */
export const COUNTERPART_REQUEST = 'referat/counterpart';
export interface CounterpartParams {
  readonly textDocument: { readonly uri: string };
  readonly position: Position;
}
export type CounterpartResult = Location | null;

/** Notification NoteCountsParams, client -> server: how many notes each item of a document has. */
export const NOTE_COUNTS_NOTIFICATION = 'referat/noteCounts';

/** Item number (as a string key) -> notes on that item. */
export interface NoteCountsParams {
  readonly uri: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface IndexStatus {
  /** True while files are being discovered or parsed. */
  readonly indexing: boolean;
  /** Minutes in the index. */
  readonly files: number;
  /** Files waiting to be (re)read. */
  readonly pending: number;
  /** Increases whenever the index's content changes. */
  readonly generation: number;
}

/** Request, no parameters: CaseEntry[]. */
export const CASES_REQUEST = 'referat/cases';
/** Request, no parameters: CommitteeEntry[]. */
export const MEETINGS_REQUEST = 'referat/meetings';
/** Request `{ wait?: boolean }`: IndexStatus; when `wait` is set, once the index has read the workspace and is idle. */
export const INDEX_STATUS_REQUEST = 'referat/indexStatus';
/** Notification with IndexStatus: the index changed (sent when a run ends, and now and then during one). */
export const INDEX_CHANGED_NOTIFICATION = 'referat/indexChanged';

export interface IndexStatusParams {
  readonly wait?: boolean;
}

/** One agenda item of one meeting, as the views show it. */
export interface ItemEntry {
  readonly uri: string;
  /** The item's heading: where a click goes. */
  readonly range: Range;
  readonly number: number;
  readonly title: string;
  readonly caseNumber: string | null;
  /** The outcome of this meeting's Beslutning, as the user reads it (glossed in English). */
  readonly outcome: string | null;
}

export interface CaseStep extends ItemEntry {
  readonly committee: string | null;
  readonly date: string | null;
  /** False when the case is only mentioned in the item, not the item's own case number. */
  readonly own: boolean;
}

export interface CaseEntry {
  readonly caseNumber: string;
  /** Every item where the case appears, in meeting date order. */
  readonly steps: readonly CaseStep[];
}

export interface MeetingEntry {
  readonly uri: string;
  readonly fileName: string;
  readonly committee: string | null;
  readonly date: string | null;
  readonly kind: 'referat' | 'dagsorden' | null;
  readonly items: readonly ItemEntry[];
}

export interface CommitteeEntry {
  /** The committee without its term; null for minutes that name none. */
  readonly committee: string | null;
  /** Most recent first. */
  readonly meetings: readonly MeetingEntry[];
}

// ---- PDFs and web pages read as referater ----------------------------------------------------

/**
 * Request ExtractTextParams -> ExtractTextResult: the text of a PDF or saved web page on disk,
 * as the parser reads it (the server owns extraction, so pdf.js stays out of the client).
 * Takes a work-done token for progress by page; cancelling it stops between pages.
 */
export const EXTRACT_TEXT_REQUEST = 'referat/extractText';

export interface ExtractTextParams {
  /** The file: URI of the PDF or page. */
  readonly uri: string;
  readonly workDoneToken?: string | number;
}

export type ExtractTextResult =
  | { readonly ok: true; readonly text: string; readonly pages: number; readonly kind: 'pdf' | 'html' | 'text'; readonly minutes: boolean }
  /** `message` is the reason in the user's language, one line. */
  | { readonly ok: false; readonly reason: string; readonly message: string };

/**
 * The read-only referat of a PDF or web page is a virtual document: scheme EXTRACTED_SCHEME,
 * the source file's path with ".referat" after it (so its language is referat and its tab
 * names the file). The index and the editor name it the same way, so links land on it.
 */
export const EXTRACTED_SCHEME = 'referat-pdf';
const EXTRACTED_SUFFIX = '.referat';
/** The files that open as a read-only referat: PDFs and saved web pages. */
export const EXTRACTABLE_NAME = /\.(pdf|html?)$/i;

/** file:///x/m.pdf -> referat-pdf:/x/m.pdf.referat (with an authority, referat-pdf://host/...); null for other files. */
export function extractedUriOf(fileUri: string): string | null {
  if (!fileUri.startsWith('file://')) return null;
  const rest = fileUri.slice('file://'.length);
  if (/[?#]/.test(rest) || !EXTRACTABLE_NAME.test(rest)) return null;
  return rest.startsWith('/') ? `${EXTRACTED_SCHEME}:${rest}${EXTRACTED_SUFFIX}` : `${EXTRACTED_SCHEME}://${rest}${EXTRACTED_SUFFIX}`;
}

/** The inverse of extractedUriOf: the file: URI of the PDF or page behind a virtual referat, else null. */
export function sourceFileUriOf(uri: string): string | null {
  if (!uri.startsWith(EXTRACTED_SCHEME + ':') || !uri.endsWith(EXTRACTED_SUFFIX)) return null;
  const rest = uri.slice(EXTRACTED_SCHEME.length + 1, -EXTRACTED_SUFFIX.length);
  if (!EXTRACTABLE_NAME.test(rest)) return null;
  return rest.startsWith('//') ? `file:${rest}` : `file://${rest}`;
}
