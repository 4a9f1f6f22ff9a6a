// One key per file, whatever way its URI was spelt. Editors and Node encode file URIs
// differently (VS Code writes "c%3A" and "%C3%B8" where Node may not), so the index keys its
// entries by the decoded path and keeps the URI it last saw for answers.

import { sourceFileUriOf } from '../protocol';

/** Ends the key of a PDF's read-only referat: no path holds a NUL, so it is no file's key. */
const EXTRACTED_KEY = '\0referat';

/**
 * A PDF's read-only referat (referat-pdf:) is keyed by the PDF's path and a mark, so that a
 * change under a folder (a key prefix) reaches it as it reaches the folder's text files.
 */
export function uriKey(uri: string): string {
  const pdf = sourceFileUriOf(uri);
  if (pdf) return uriKey(pdf) + EXTRACTED_KEY;
  if (!uri.startsWith('file:')) return uri;
  let path = uri.slice('file:'.length).replace(/^\/\/[^/]*/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the raw text is still a stable key.
  }
  // Windows drive letters come as "/c:/" or "/C:/".
  return path.replace(/^\/([A-Za-z]):/, (_, d: string) => `/${d.toLowerCase()}:`);
}

/** The file name of a URI, decoded, for labels. */
export function uriFileName(uri: string): string {
  const key = uriKey(uri).replace(EXTRACTED_KEY, '');
  return key.slice(key.lastIndexOf('/') + 1);
}
