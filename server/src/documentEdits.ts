// The editor sends each change as a line/character range of the text before that change; the
// DocumentCache wants the changes of one version as one offset edit, to re-parse only the
// edited item. TextDocuments lets us apply the changes ourselves, so we read each range's
// offsets just before applying it.

import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { composeEdits, type TextEdit } from './parser';

export type EditListener = (uri: string, from: number, to: number, edit: TextEdit | null) => void;

/** TextDocuments' configuration: TextDocument's own, telling `listener` what each update changed. */
export function recordingEdits(listener: EditListener) {
  return {
    create: TextDocument.create,
    update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
      const from = document.version;
      let edit: TextEdit | null | undefined;
      for (const change of changes) {
        if ('range' in change) {
          const a = document.offsetAt(change.range.start);
          const b = document.offsetAt(change.range.end);
          const next = { start: Math.min(a, b), end: Math.max(a, b), insertedLength: change.text.length };
          edit = edit === undefined ? next : edit && composeEdits(edit, next);
        } else {
          edit = null;
        }
        document = TextDocument.update(document, [change], version);
      }
      listener(document.uri, from, version, edit ?? null);
      return document;
    },
  };
}
