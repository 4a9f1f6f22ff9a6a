// The index's view of the disk: which files in the workspace may be minutes, and their text.
// Node's fs lives here and in server.ts only; the parser and the index never touch the disk.

import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectMinutes, looksLikeMinutes, type ReferatDocument } from '../parser';
import { decodeText, MAX_TEXT_SIZE } from '../text/decode';
import { extractedUriOf } from '../protocol';
import type { SourceBytes, SourceFiles } from './extractedTexts';
import { DETECTION_BYTES, MAX_FILE_BYTES, SKIPPED_DIRECTORIES, candidateKind, inSkippedDirectory } from './candidates';

export { MAX_FILE_BYTES, candidateKind, inSkippedDirectory, type CandidateKind } from './candidates';

/** Walks the folders with an explicit stack, yielding candidate files as URIs. Symbolic links are not followed. */
export async function* discoverFiles(roots: readonly string[]): AsyncGenerator<string> {
  const stack: string[] = [];
  for (const root of roots) {
    if (root.startsWith('file:')) stack.push(fileURLToPath(root));
  }
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable or vanished: nothing to index there
    }
    // Reverse so that popping visits sub-folders in name order, for a stable order of work.
    const folders: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) folders.push(join(dir, entry.name));
      } else if (entry.isFile() && candidateKind(entry.name)) {
        const uri = pathToFileURL(join(dir, entry.name)).toString();
        yield candidateKind(entry.name) === 'pdf' ? (extractedUriOf(uri) ?? uri) : uri;
      }
    }
    stack.push(...folders.reverse());
  }
}

/** Whether a file URI lies under one of the root folder URIs. */
export function underRoots(uri: string, roots: readonly string[]): boolean {
  if (!uri.startsWith('file:')) return false;
  const path = fileURLToPath(uri);
  return roots.some((root) => {
    if (!root.startsWith('file:')) return false;
    const dir = fileURLToPath(root).replace(/[\\/]+$/, '');
    return path.startsWith(dir + '/') || path.startsWith(dir + '\\');
  });
}

/** A file the index reads: its text, and its model when detection already parsed all of it. */
export interface MinutesFile {
  readonly text: string;
  /** The whole text parsed with the default options (a small .txt file, judged by its parse), else null. */
  readonly parsed: ReferatDocument | null;
}

/**
 * The text of a file the index should read, or null: not a candidate, in a skipped folder,
 * not a regular file, too large, binary, gone, or a .txt file that does not look like minutes.
 * Decoded as the CLI decodes (text/decode.ts): UTF-8, UTF-16 with a BOM, or Windows-1252.
 */
export async function readMinutesFile(uri: string): Promise<MinutesFile | null> {
  if (!uri.startsWith('file:')) return null;
  const path = fileURLToPath(uri);
  const kind = candidateKind(path);
  if (!kind || kind === 'pdf' || inSkippedDirectory(path)) return null;
  try {
    // Looked at before opening: opening a FIFO waits for a writer, and a device may never end.
    if (!(await stat(path)).isFile()) return null;
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return null;
      if (kind === 'text' && info.size > DETECTION_BYTES) {
        const head = decodeText(await readUpTo(handle, DETECTION_BYTES, info.size));
        if (!head || !looksLikeMinutes(head.text)) return null;
      }
      // One byte more than the limit tells a file that grew past it since stat.
      const bytes = await readUpTo(handle, MAX_FILE_BYTES + 1, info.size);
      if (bytes.length > MAX_FILE_BYTES) return null;
      const decoded = decodeText(bytes);
      if (!decoded) return null;
      const text = decoded.text;
      if (kind === 'text' && bytes.length <= DETECTION_BYTES) {
        const detected = detectMinutes(text);
        return detected.minutes ? { text, parsed: detected.model } : null;
      }
      return { text, parsed: null };
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (isGone(e)) return null;
    throw e;
  }
}

/** PDFs and web pages on the disk, by file: URI, for ExtractedTexts. */
export const diskSourceFiles: SourceFiles = {
  // Another file system's file (a virtual one of the editor's) is not on this disk.
  version: async (uri) => (uri.startsWith('file:') ? fileVersion(fileURLToPath(uri)) : null),
  read: async (uri) => (uri.startsWith('file:') ? readSourceBytes(fileURLToPath(uri)) : null),
};

/** The version of a file (modification time and size), or null when it is not a regular file or is gone. */
export async function fileVersion(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? `${info.mtimeMs}:${info.size}` : null;
  } catch (e) {
    if (isGone(e)) return null;
    throw e;
  }
}

/**
 * The bytes of a PDF or web page to extract, or null when it is not a regular file or is gone.
 * A file over the size limit is an error the caller shows.
 */
export async function readSourceBytes(path: string): Promise<SourceBytes | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) return null;
      if (info.size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_TEXT_SIZE}, the most referat reads`);
      const bytes = await readUpTo(handle, MAX_FILE_BYTES + 1, info.size);
      if (bytes.length > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_TEXT_SIZE}, the most referat reads`);
      return { bytes, version: `${info.mtimeMs}:${info.size}` };
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (isGone(e)) return null;
    throw e;
  }
}

/**
 * The file's first `limit` bytes (all of it if shorter), read from its start. `size` (what
 * stat said) sizes the first read, so a small file costs one small buffer and one read.
 */
async function readUpTo(handle: FileHandle, limit: number, size: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const buffer = Buffer.allocUnsafe(Math.min(limit - total, total === 0 ? size + 1 : 1024 * 1024));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, total);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function isGone(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
