// The index's source of files for the server: an open document's live model (parsed once per
// version by the DocumentCache), otherwise the file on disk, parsed with the same options.

import { parseReferat, type ParseOptions, type ReferatDocument } from '../parser';
import { sourceFileUriOf } from '../protocol';
import { minutesOfExtracted, type ExtractedTexts } from './extractedTexts';
import { discoverFiles, readMinutesFile, underRoots, type MinutesFile } from './fileSource';
import type { IndexSource } from './workspaceIndex';

export interface EditorState {
  /** The live model of an open document, or null when it is not open. */
  openModel(uri: string): ReferatDocument | null;
  readonly parseOptions: ParseOptions;
  readonly roots: readonly string[];
  /** The texts of PDFs, extracted once per file version, shared with the editor's requests. */
  readonly extracted: Pick<ExtractedTexts, 'get'>;
}

/** At most this many files are read ahead of their turn (their texts wait in memory). */
const READ_AHEAD_LIMIT = 8;

const isDefault = (options: ParseOptions) => !options.sectionHeadings?.length && !options.caseNumberPatterns?.length;

export function diskAndEditorSource(editor: EditorState): IndexSource {
  // Reads started ahead of their turn, by URI: load() takes them. The disk then works while
  // the index parses, instead of the index waiting for each file in turn.
  const reading = new Map<string, Promise<MinutesFile | null>>();
  return {
    discover: (roots) => discoverFiles(roots),
    readAhead(uri) {
      if (!uri.startsWith('file:')) return;
      if (reading.size >= READ_AHEAD_LIMIT || reading.has(uri) || !underRoots(uri, editor.roots)) return;
      const read = readMinutesFile(uri);
      // A failure is load()'s to report, when it takes the read.
      read.catch(() => undefined);
      reading.set(uri, read);
    },
    forget(uri) {
      reading.delete(uri);
    },
    async load(uri) {
      const ahead = reading.get(uri);
      reading.delete(uri);
      // A PDF is indexed under its read-only referat's URI (referat-pdf:), so links open that.
      const pdf = sourceFileUriOf(uri);
      if (pdf) return loadExtracted(uri, pdf);
      // Only files: an untitled buffer is nobody's minutes yet.
      if (!uri.startsWith('file:')) return null;
      const open = editor.openModel(uri);
      if (open) return open;
      if (!underRoots(uri, editor.roots)) return null;
      const file = await (ahead ?? readMinutesFile(uri));
      if (file === null) return null;
      // A small .txt file was parsed whole to judge it; with the default options that is the model.
      return file.parsed && isDefault(editor.parseOptions) ? file.parsed : parseReferat(file.text, editor.parseOptions);
    },
  };

  async function loadExtracted(uri: string, fileUri: string): Promise<ReferatDocument | null> {
    const open = editor.openModel(uri);
    if (open) return open;
    if (!underRoots(fileUri, editor.roots)) return null;
    return minutesOfExtracted(await editor.extracted.get(fileUri), editor.parseOptions);
  }
}
