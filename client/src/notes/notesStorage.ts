// Where the notes of a document are kept, as the platform has it: sidecar files on the local
// disk through Node (nodeNotesStorage.ts), or through vscode.workspace.fs in the browser
// (webNotesStorage.ts). The entry point picks one at activation; the rest of the notes code
// asks this module, so it imports no Node.

import type * as vscode from 'vscode';
import type { SidecarFileSystem } from './store';

export interface NotesStorage {
  /** Whether a document at this URI can keep notes beside it. */
  holds(uri: vscode.Uri): boolean;
  /** The sidecar's path as `fileSystem` names it. */
  sidecarPathOf(documentUri: vscode.Uri): string;
  /** The document a sidecar (found by a file watcher or a search) belongs to. */
  documentOf(sidecar: vscode.Uri): vscode.Uri;
  readonly fileSystem: SidecarFileSystem;
  /** A document's text as it is stored (for documents that are not open). */
  readText(documentUri: vscode.Uri): Promise<string>;
  /** The user's name for new notes when referat.notes.author is empty, if the platform knows it. */
  userName(): string | undefined;
}

let current: NotesStorage | undefined;

export function useNotesStorage(storage: NotesStorage): void {
  current = storage;
}

export function notesStorage(): NotesStorage {
  if (!current) throw new Error('notes storage used before activation chose one');
  return current;
}
