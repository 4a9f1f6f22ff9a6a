// The workspace folders the client names; no disk here, so the browser's server shares it.

/** The workspace folders of an initialize request (or its older rootUri). */
export function rootsOf(params: { workspaceFolders?: readonly { uri: string }[] | null; rootUri?: string | null }): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders.map((f) => f.uri);
  return params.rootUri ? [params.rootUri] : [];
}
