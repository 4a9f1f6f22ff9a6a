// The client: starts the language server and adds what LSP lacks. Each part registers itself
// from its own file; activation.ts wires them in order, for this desktop entry and the web one.

import type * as vscode from 'vscode';
import { activateReferat } from './activation';
import { startLanguageClient, stopLanguageClient } from './languageClient';
import { nodeNotesStorage } from './notes/nodeNotesStorage';
import { registerOpenAsReferat } from './openAsReferat';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateReferat(context, { startLanguageClient, notesStorage: nodeNotesStorage });
  // PDFs and saved pages: read by the Node server (pdf.js), so the desktop extension only.
  registerOpenAsReferat(context, { anyFileSystem: false });
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
