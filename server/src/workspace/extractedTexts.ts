// The text of PDFs and web pages, extracted once per file version (modification time and size)
// and kept in memory for the editor's "Open as referat" and the workspace index alike: reading
// a long PDF takes seconds, and both may ask for the same file. Nothing is written to disk.

import { fileURLToPath } from 'node:url';
import { extractText, type CancellationCheck, type ExtractResult } from '../extract';
import { fileVersion, readSourceBytes } from './fileSource';

/** Texts kept by default, in UTF-16 code units over all files (64 MB); the least recently used go first. */
const MAX_CACHED_UNITS = 32 * 1024 * 1024;

/** Failures that depend on the moment, not on the file: asked again, the file is read again. */
const transient = (r: ExtractResult) => !r.ok && (r.reason === 'cancelled' || r.reason === 'too-slow');

export interface ExtractedFile {
  readonly version: string;
  readonly result: ExtractResult;
}

export class ExtractedTexts {
  /** By file path; Map order is the order of last use. */
  private readonly done = new Map<string, ExtractedFile>();
  /** Extractions without a caller's token (the index's), shared by whoever asks meanwhile. */
  private readonly running = new Map<string, Promise<ExtractedFile | null>>();
  private units = 0;

  /** `maxUnits`: the texts kept, in UTF-16 code units over all files. */
  constructor(private readonly maxUnits = MAX_CACHED_UNITS) {}

  /**
   * The text of the file at a file: URI, or null when it is not a regular file or is gone.
   * With a token (a user waiting), the extraction is this caller's own: cancelling it stops
   * it; `onProgress` hears of each page. Throws only for a file that cannot be read at all.
   */
  async get(fileUri: string, onProgress?: (done: number, total: number) => void, token?: CancellationCheck): Promise<ExtractedFile | null> {
    const path = fileURLToPath(fileUri);
    const version = await fileVersion(path);
    if (version === null) return null;
    const known = this.done.get(path);
    if (known && known.version === version) {
      this.done.delete(path);
      this.done.set(path, known);
      return known;
    }
    if (token) return this.extract(path, onProgress, token);
    let running = this.running.get(path);
    if (!running) {
      running = this.extract(path).finally(() => this.running.delete(path));
      this.running.set(path, running);
    }
    return running;
  }

  private async extract(path: string, onProgress?: (done: number, total: number) => void, token?: CancellationCheck): Promise<ExtractedFile | null> {
    const source = await readSourceBytes(path);
    if (source === null) return null;
    const result = await extractText(source.bytes, path, { onProgress }, token);
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
