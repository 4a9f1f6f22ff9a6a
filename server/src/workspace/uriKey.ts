// One key per file, whatever way its URI was spelt. Editors and Node encode file URIs
// differently (VS Code writes "c%3A" and "%C3%B8" where Node may not), so the index keys its
// entries by the decoded path and keeps the URI it last saw for answers.

export function uriKey(uri: string): string {
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
  const key = uriKey(uri);
  return key.slice(key.lastIndexOf('/') + 1);
}
