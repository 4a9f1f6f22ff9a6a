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
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,referat}'),
    },
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('referat', vscode.l10n.t('Referat language server'), serverOptions, clientOptions);
  await client.start();
  return client;
}

export async function stopLanguageClient(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
