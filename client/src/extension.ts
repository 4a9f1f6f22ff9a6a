// The client: starts the language server and adds what LSP lacks. Each part registers itself
// from its own file; this one only wires them in order.

import * as vscode from 'vscode';
import { startLanguageClient, stopLanguageClient } from './languageClient';
import { registerDetection } from './detection';
import { registerGoToCounterpart } from './commands/goToCounterpart';
import { registerWorkspaceViews } from './views/registerViews';
import { registerNotes } from './notes/registerNotes';
import { registerOpenAsReferat } from './openAsReferat';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerDetection(context);
  registerGoToCounterpart(context);
  await startLanguageClient(context);
  registerOpenAsReferat(context);
  registerWorkspaceViews(context);
  registerNotes(context);
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
