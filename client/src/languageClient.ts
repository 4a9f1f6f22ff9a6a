// Starts dist/server.js as a Node process and connects it to referat documents.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startClient } from './activeClient';

export { languageClient, stopLanguageClient } from './activeClient';

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  // stdio, not Node's IPC channel: over a stream the server encodes its answers itself and sends
  // the Outline's unchanged symbols as the bytes it sent before (server/src/platform/jsonEncoder.ts),
  // where IPC would stringify all of them per keystroke. Its log goes to stderr, shown as the server's output.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const client = new LanguageClient('referat', vscode.l10n.t('Referat language server'), serverOptions, clientOptions());
  await startClient(context, client);
  return client;
}
