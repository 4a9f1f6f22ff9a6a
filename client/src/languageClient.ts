// Starts dist/server.js as a Node process and connects it to referat documents.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startClient } from './activeClient';

export { languageClient, stopLanguageClient } from './activeClient';

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const client = new LanguageClient('referat', vscode.l10n.t('Referat language server'), serverOptions, clientOptions());
  await startClient(context, client);
  return client;
}
