// The web extension (package.json "browser"): vscode.dev, github.dev, a code-server page. The
// same client as extension.ts, with the server in a web worker (browserLanguageClient.ts) and
// the notes kept through vscode.workspace.fs.

import type * as vscode from 'vscode';
import { activateReferat } from './activation';
import { stopLanguageClient } from './activeClient';
import { startBrowserLanguageClient } from './browserLanguageClient';
import { webNotesStorage } from './notes/webNotesStorage';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateReferat(context, { startLanguageClient: startBrowserLanguageClient, notesStorage: webNotesStorage });
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
