// Which files the workspace index reads, and how their bytes become minutes: by name, then by
// their text. Pure (no disk): the Node index (fileSource.ts) and the browser's, which gets the
// bytes from the client (platform/browser.ts), decide alike.

import { detectMinutes, looksLikeMinutes, type ReferatDocument } from '../parser';
import { decodeText, MAX_TEXT_BYTES } from '../text/decode';

/** Larger files are skipped, as the CLI refuses them: no referat is this long, and it bounds memory. */
export const MAX_FILE_BYTES = MAX_TEXT_BYTES;
export const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
/** looksLikeMinutes reads no further than this, so a .txt file is judged by its start. */
export const DETECTION_BYTES = 64 * 1024;

export type CandidateKind = 'minutes' | 'text' | 'pdf';

/**
 * ".referat", ".referat.txt", ".dagsorden.txt" are minutes by name; other ".txt" files maybe;
 * a ".pdf" maybe, judged by its extracted text (the Node index, indexed under its read-only
 * referat's URI, so links open that). Saved web pages are not looked for: a workspace holds
 * many pages that are no minutes.
 */
export function candidateKind(fileName: string): CandidateKind | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.referat') || name.endsWith('.referat.txt') || name.endsWith('.dagsorden.txt')) return 'minutes';
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.pdf')) return 'pdf';
  return null;
}

/** Whether a path lies in a folder the index never enters. */
export function inSkippedDirectory(path: string): boolean {
  return path.split(/[\\/]/).some((part) => SKIPPED_DIRECTORIES.has(part));
}

/** A file's minutes from all its bytes: its text, and its model when detection parsed all of it; null when it is not minutes. */
export function minutesOfBytes(fileName: string, bytes: Uint8Array): { text: string; parsed: ReferatDocument | null } | null {
  const kind = candidateKind(fileName);
  // A PDF's text comes from the extraction (workspace/extractedTexts.ts), not from its bytes.
  if (!kind || kind === 'pdf' || bytes.length > MAX_FILE_BYTES) return null;
  if (kind === 'text' && bytes.length > DETECTION_BYTES) {
    const head = decodeText(bytes.subarray(0, DETECTION_BYTES));
    if (!head || !looksLikeMinutes(head.text)) return null;
  }
  const decoded = decodeText(bytes);
  if (!decoded) return null;
  if (kind === 'text' && bytes.length <= DETECTION_BYTES) {
    const detected = detectMinutes(decoded.text);
    return detected.minutes ? { text: decoded.text, parsed: detected.model } : null;
  }
  return { text: decoded.text, parsed: null };
}
