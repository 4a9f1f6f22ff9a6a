// The running language client, whichever way it was started (a Node process on the desktop,
// a web worker in the browser), and what both start it with. No Node here: the browser
// bundle imports this module.

import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

let client: BaseLanguageClient | undefined;

export function languageClient(): BaseLanguageClient | undefined {
  return client;
}

/** The client options of both builds: referat documents, the referat settings, .txt/.referat/.pdf file events. */
export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'referat' }],
    synchronize: {
      configurationSection: 'referat',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,referat,pdf,PDF}'),
    },
    initializationOptions: { locale: vscode.env.language },
  };
}

/** Starts a client made by the platform's entry and keeps it as the window's one client. */
export async function startClient(context: vscode.ExtensionContext, started: BaseLanguageClient): Promise<BaseLanguageClient> {
  client = started;
  await started.start();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(refreshOutlineOn));
  return started;
}

/**
 * LSP cannot tell the editor that document symbols changed, and VS Code keeps the Outline of a
 * document version until the text changes. When referat.outline.subHeadings changes, a
 * symbol provider registered and removed again makes VS Code ask for the Outline afresh. The
 * client has sent didChangeConfiguration before this runs, and the server answers requests
 * only once it has read the settings that notification announced.
 */
function refreshOutlineOn(e: vscode.ConfigurationChangeEvent): void {
  if (!e.affectsConfiguration('referat.outline.subHeadings')) return;
  vscode.languages.registerDocumentSymbolProvider({ language: 'referat' }, { provideDocumentSymbols: () => [] }).dispose();
}

export async function stopLanguageClient(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
