// The index's source of files for the server: an open document's live model (parsed once per
// version by the DocumentCache), otherwise the file on disk, parsed with the same options.

import { parseReferat, type ParseOptions, type ReferatDocument } from '../parser';
import { discoverFiles, readMinutesFile, underRoots } from './fileSource';
import type { IndexSource } from './workspaceIndex';

export interface EditorState {
  /** The live model of an open document, or null when it is not open. */
  openModel(uri: string): ReferatDocument | null;
  readonly parseOptions: ParseOptions;
  readonly roots: readonly string[];
}

export function diskAndEditorSource(editor: EditorState): IndexSource {
  return {
    discover: (roots) => discoverFiles(roots),
    async load(uri) {
      // Only files: an untitled buffer is nobody's minutes yet.
      if (!uri.startsWith('file:')) return null;
      const open = editor.openModel(uri);
      if (open) return open;
      if (!underRoots(uri, editor.roots)) return null;
      const text = await readMinutesFile(uri);
      return text === null ? null : parseReferat(text, editor.parseOptions);
    },
  };
}

/** The workspace folders of an initialize request (or its older rootUri). */
export function rootsOf(params: { workspaceFolders?: readonly { uri: string }[] | null; rootUri?: string | null }): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders.map((f) => f.uri);
  return params.rootUri ? [params.rootUri] : [];
}
