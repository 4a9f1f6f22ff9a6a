// The text of PDFs and web pages, extracted once per file version (modification time and size)
// and kept in memory for the editor's "Open as referat" and the workspace index alike: reading
// a long PDF takes seconds, and both may ask for the same file. Nothing is written to disk.
// The files come from a SourceFiles: the disk in Node (fileSource.ts), the client's
// vscode.workspace.fs in a web worker (platform/browser.ts); so does the extraction (`extract`:
// extract/ itself in Node, a script loaded on first use in the worker). No Node here.

import type { CancellationCheck, ExtractResult, extractText as extractTextOf } from '../extract';
import { detectMinutes, parseReferat, type ParseOptions, type ReferatDocument } from '../parser';
import { uriFileName, uriKey } from './uriKey';

/** A file's bytes and the version they are of (modification time and size). */
export interface SourceBytes {
  readonly bytes: Uint8Array;
  readonly version: string;
}

/** Where the PDFs and web pages are read from, by URI. */
export interface SourceFiles {
  /** The file's version (modification time and size), or null when it is not a regular file or is gone. */
  version(uri: string): Promise<string | null>;
  /** The file's bytes, or null when it is not a regular file or is gone; throws when it cannot be read (too large). */
  read(uri: string): Promise<SourceBytes | null>;
}

/** Texts kept by default, in UTF-16 code units over all files (64 MB); the least recently used go first. */
const MAX_CACHED_UNITS = 32 * 1024 * 1024;

/** Failures that depend on the moment, not on the file: asked again, the file is read again. */
const transient = (r: ExtractResult) => !r.ok && (r.reason === 'cancelled' || r.reason === 'too-slow');

export interface ExtractedFile {
  readonly version: string;
  readonly result: ExtractResult;
}

export class ExtractedTexts {
  /** By uriKey; Map order is the order of last use. */
  private readonly done = new Map<string, ExtractedFile>();
  /** Extractions without a caller's token (the index's), shared by whoever asks meanwhile. */
  private readonly running = new Map<string, Promise<ExtractedFile | null>>();
  private units = 0;

  /** `maxUnits`: the texts kept, in UTF-16 code units over all files. */
  constructor(
    private readonly files: SourceFiles,
    private readonly extractText: typeof extractTextOf,
    private readonly maxUnits = MAX_CACHED_UNITS,
  ) {}

  /**
   * The text of the file at a URI, or null when it is not a regular file or is gone.
   * With a token (a user waiting), the extraction is this caller's own: cancelling it stops
   * it; `onProgress` hears of each page. Throws only for a file that cannot be read at all.
   */
  async get(uri: string, onProgress?: (done: number, total: number) => void, token?: CancellationCheck): Promise<ExtractedFile | null> {
    const version = await this.files.version(uri);
    // One entry per file, however its URI is spelt.
    const path = uriKey(uri);
    if (version === null) return null;
    const known = this.done.get(path);
    if (known && known.version === version) {
      this.done.delete(path);
      this.done.set(path, known);
      return known;
    }
    if (token) return this.extract(uri, path, onProgress, token);
    let running = this.running.get(path);
    if (!running) {
      running = this.extract(uri, path).finally(() => this.running.delete(path));
      this.running.set(path, running);
    }
    return running;
  }

  private async extract(uri: string, path: string, onProgress?: (done: number, total: number) => void, token?: CancellationCheck): Promise<ExtractedFile | null> {
    const source = await this.files.read(uri);
    if (source === null) return null;
    const result = await this.extractText(source.bytes, uriFileName(uri), { onProgress }, token);
    const file = { version: source.version, result };
    if (!transient(result)) this.keep(path, file);
    return file;
  }

  private keep(path: string, file: ExtractedFile): void {
    const old = this.done.get(path);
    if (old) {
      this.units -= unitsOf(old);
      this.done.delete(path);
    }
    this.done.set(path, file);
    this.units += unitsOf(file);
    for (const [oldest, entry] of this.done) {
      if (this.units <= this.maxUnits || oldest === path) break;
      this.done.delete(oldest);
      this.units -= unitsOf(entry);
    }
  }
}

const unitsOf = (file: ExtractedFile) => (file.result.ok ? file.result.text.length : 0);

/** The index's model of an extracted PDF: judged as a .txt file is, so a PDF of something else stays out of the views. */
export function minutesOfExtracted(file: ExtractedFile | null, options: ParseOptions): ReferatDocument | null {
  if (!file?.result.ok) return null;
  return detectMinutes(file.result.text).minutes ? parseReferat(file.result.text, options) : null;
}
