// Starts dist/server.js as a Node process and connects it to referat documents.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export function languageClient(): LanguageClient | undefined {
  return client;
}

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'referat' }],
    synchronize: {
      configurationSection: 'referat',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,referat,pdf,PDF}'),
    },
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('referat', vscode.l10n.t('Referat language server'), serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(refreshOutlineOn));
  return client;
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
