// The web extension (package.json "browser"): vscode.dev, github.dev, a code-server page. The
// same client as extension.ts, with the server in a web worker (browserLanguageClient.ts) and
// the notes kept through vscode.workspace.fs, and PDFs and saved web pages opened as referater
// from any file system (the worker's server gets their bytes through the client).

import type * as vscode from 'vscode';
import { activateReferat } from './activation';
import { stopLanguageClient } from './activeClient';
import { startBrowserLanguageClient } from './browserLanguageClient';
import { webNotesStorage } from './notes/webNotesStorage';
import { registerOpenAsReferat } from './openAsReferat';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateReferat(context, { startLanguageClient: startBrowserLanguageClient, notesStorage: webNotesStorage });
  registerOpenAsReferat(context, { anyFileSystem: true });
}

export async function deactivate(): Promise<void> {
  await stopLanguageClient();
}
