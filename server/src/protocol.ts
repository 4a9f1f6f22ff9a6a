// The requests and notifications beyond LSP: the one contract between client and server.
// Pure declarations (method names and JSON shapes), so the client imports them from here
// rather than keeping a copy that could drift.

import type { Outcome } from './parser/model';
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

// The workspace for a server in a web worker, which cannot read it: the client lists and reads
// files through vscode.workspace.fs (client/src/workspaceFiles.ts, server/src/platform/browser.ts).

/** Request WorkspaceFilesParams -> string[], server -> client: the URIs of the .txt, .referat and .pdf files under each root (a root that is a file: itself). */
export const WORKSPACE_FILES_REQUEST = 'referat/workspaceFiles';
export interface WorkspaceFilesParams {
  readonly roots: readonly string[];
}

/** Request ReadFileParams -> ReadFileResult, server -> client: a file's bytes, base64; null when it is gone, not a file, or larger than `limit`. */
export const READ_FILE_REQUEST = 'referat/readFile';
export interface ReadFileParams {
  readonly uri: string;
  readonly limit: number;
}
/** `version`: the file's modification time and size, as FILE_VERSION_REQUEST answers. */
export type ReadFileResult = { readonly base64: string; readonly version?: string } | null;

/** Request FileVersionParams -> string | null, server -> client: a file's modification time and size; null when it is gone or not a file. */
export const FILE_VERSION_REQUEST = 'referat/fileVersion';
export interface FileVersionParams {
  readonly uri: string;
}

/** The client's initializationOptions. */
export interface InitializationOptions {
  readonly locale?: string;
  /** The extension's root URI (the web extension's): where a server in a web worker finds dist/web/pdfjs.js. */
  readonly extensionUri?: string;
}

/**
 * Request ReadingViewParams -> ReadingViewModel | null: what the reading view shows, computed
 * from the cached parse (server/src/languageFeatures/readingView.ts); the client renders it.
 */
export const READING_VIEW_REQUEST = 'referat/readingView';
export interface ReadingViewParams {
  readonly textDocument: { readonly uri: string };
}

/** A paragraph exactly as the text has it: `text` is the slice of the document from `start`. */
export interface ReadingText {
  readonly start: number;
  readonly text: string;
}

/** The outcomes the parser reads (parser/model.ts), one list for both. */
export type ReadingOutcome = Outcome;

export interface ReadingPoint {
  readonly number: number;
  readonly numbered: boolean;
  /** The Indstilling points a decision point answers ("Ad 2 og 3": [2, 3]). */
  readonly answers: readonly number[];
  readonly outcome: ReadingOutcome | null;
  readonly text: ReadingText;
}

export interface ReadingSection {
  /** The section's kind (Indstilling, Beslutning, Sagsfremstilling, ...). */
  readonly kind: string;
  /** The heading as written. */
  readonly heading: string;
  readonly start: number;
  readonly end: number;
  readonly outcome: ReadingOutcome | null;
  /** For an earlier committee's decision quoted in the item. */
  readonly prior: { readonly committee: string | null; readonly date: string | null; readonly punkt: number | null } | null;
  readonly paragraphs: readonly ReadingText[];
  readonly points: readonly ReadingPoint[];
}

export interface ReadingItem {
  readonly number: number;
  readonly title: string;
  readonly caseNumber: string | null;
  readonly closed: boolean;
  /** The span of the whole item, and where its heading starts. */
  readonly start: number;
  readonly end: number;
  readonly headingStart: number;
  /** The page of the heading where the text has pages, else null. */
  readonly page: number | null;
  /** The outcome of this meeting's Beslutning. */
  readonly outcome: ReadingOutcome | null;
  /** True for an open item of a referat with an Indstilling and no Beslutning of this meeting. */
  readonly decisionMissing: boolean;
  /** The text between the heading and the first section (without the case-number line). */
  readonly intro: readonly ReadingText[];
  readonly sections: readonly ReadingSection[];
  /** Indexes into `sections`: the Indstilling, this meeting's Beslutning, earlier decisions. */
  readonly recommendation: number | null;
  readonly decision: number | null;
  readonly priors: readonly number[];
  /** Point by point, where both are numbered: indexes into the two sections' points. */
  readonly pairs: readonly { readonly recommendation: number; readonly answers: readonly number[] }[];
}

export interface ReadingViewModel {
  readonly kind: 'referat' | 'dagsorden' | null;
  readonly meeting: {
    readonly committee: string | null;
    /** The meeting's date as written, and ISO. */
    readonly date: string | null;
    readonly isoDate: string | null;
    readonly weekday: string | null;
    readonly time: string | null;
    readonly endTime: string | null;
    readonly place: string | null;
    readonly participants: readonly string[];
    readonly absent: readonly string[];
    readonly start: number;
  };
  readonly hasPages: boolean;
  readonly items: readonly ReadingItem[];
}

// ---- PDFs and web pages read as referater ----------------------------------------------------

/**
 * Request ExtractTextParams -> ExtractTextResult: the text of a PDF or saved web page on disk,
 * as the parser reads it (the server owns extraction, so pdf.js stays out of the client).
 * Takes a work-done token for progress by page; cancelling it stops between pages.
 */
export const EXTRACT_TEXT_REQUEST = 'referat/extractText';

export interface ExtractTextParams {
  /** The URI of the PDF or page (file: on the desktop; any file system's in the browser). */
  readonly uri: string;
  readonly workDoneToken?: string | number;
}

export type ExtractTextResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly pages: number;
      readonly kind: 'pdf' | 'html' | 'text';
      readonly minutes: boolean;
      /** What a reader should know (text left out, almost no text: a scan), in the user's language, one line; absent where nothing is. */
      readonly warning?: string;
    }
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

/**
 * Schemes a source file may not have: untitled buffers are nobody's file, and a read-only
 * referat is not itself a PDF.
 */
const NOT_SOURCE_SCHEMES = new Set(['untitled', EXTRACTED_SCHEME]);

/**
 * file:///x/m.pdf -> referat-pdf:/x/m.pdf.referat (with an authority, referat-pdf://host/...);
 * a file of another file system (vscode.dev's, github.dev's vscode-vfs:, code-server's
 * vscode-remote:) keeps its scheme in the query: vscode-vfs://github/o/r/m.pdf ->
 * referat-pdf://github/o/r/m.pdf.referat?vscode-vfs. Null for other files.
 */
export function extractedUriOf(fileUri: string): string | null {
  // "scheme://authority/path", or "scheme:/path" (VS Code writes no empty authority but for file:).
  const match = /^([a-z][a-z0-9+.-]*):(\/\/[^/?#]*)?(\/.*)$/i.exec(fileUri);
  if (!match) return null;
  const [, scheme, authority = '', path] = match;
  if (NOT_SOURCE_SCHEMES.has(scheme.toLowerCase()) || /[?#]/.test(path) || !EXTRACTABLE_NAME.test(path)) return null;
  const from = scheme.toLowerCase() === 'file' ? '' : `?${encodeURIComponent(scheme)}`;
  return `${EXTRACTED_SCHEME}:${authority === '//' ? '' : authority}${path}${EXTRACTED_SUFFIX}${from}`;
}

/** The inverse of extractedUriOf: the URI of the PDF or page behind a virtual referat, else null. */
export function sourceFileUriOf(uri: string): string | null {
  if (!uri.startsWith(EXTRACTED_SCHEME + ':')) return null;
  const query = uri.indexOf('?');
  const withoutQuery = query < 0 ? uri : uri.slice(0, query);
  if (!withoutQuery.endsWith(EXTRACTED_SUFFIX) || withoutQuery.includes('#')) return null;
  const scheme = query < 0 ? 'file' : decodeURIComponent(uri.slice(query + 1));
  if (!/^[a-z][a-z0-9+.-]*$/i.test(scheme) || NOT_SOURCE_SCHEMES.has(scheme.toLowerCase())) return null;
  const rest = withoutQuery.slice(EXTRACTED_SCHEME.length + 1, -EXTRACTED_SUFFIX.length);
  if (!EXTRACTABLE_NAME.test(rest)) return null;
  return rest.startsWith('//') || scheme !== 'file' ? `${scheme}:${rest}` : `file://${rest}`;
}
