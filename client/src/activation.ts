// What the desktop extension (extension.ts) and the web extension (browserExtension.ts) do
// alike, in order; each passes what differs: how the server starts, where notes are kept.
// No Node here: the browser bundle imports this module.

import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerDetection } from './detection';
import { registerGoToCounterpart } from './commands/goToCounterpart';
import { registerWorkspaceViews } from './views/registerViews';
import { registerNotes } from './notes/registerNotes';
import { registerReadingView } from './readingView/registerReadingView';
import { useNotesStorage, type NotesStorage } from './notes/notesStorage';

export interface ClientPlatform {
  startLanguageClient(context: vscode.ExtensionContext): Promise<BaseLanguageClient>;
  readonly notesStorage: NotesStorage;
}

export async function activateReferat(context: vscode.ExtensionContext, platform: ClientPlatform): Promise<void> {
  useNotesStorage(platform.notesStorage);
  registerDetection(context);
  registerGoToCounterpart(context);
  await platform.startLanguageClient(context);
  registerWorkspaceViews(context);
  registerReadingView(context, registerNotes(context));
}
