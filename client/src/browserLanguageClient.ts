// Starts dist/web/server.js in a web worker (serverWorker.ts: from its URL, else from its text
// read through vscode.workspace.fs) and connects it to referat documents. The server is told
// the extension's root, where it finds dist/web/extract.js on the first PDF or web page.

import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { clientOptions, startClient } from './activeClient';
import { serveWorkspaceFiles } from './workspaceFiles';
import { startServerWorker, type WorkerGlobals } from './serverWorker';
import type { InitializationOptions } from '../../server/src/protocol';

type ServerWorker = Exclude<ServerOptions, () => unknown>;

export async function startBrowserLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // The worker itself, not a function making one: the client tells a worker from transports
  // by \`instanceof Worker\`, which the extension host's wrapped Worker constructor fails.
  const worker = await startServerWorker(main.toString(true), () => vscode.workspace.fs.readFile(main), globalThis as unknown as WorkerGlobals<ServerWorker>, {
    name: 'Referat language server',
    log: (message) => console.info(message),
  });
  const options = clientOptions();
  const initializationOptions: InitializationOptions = { ...(options.initializationOptions as InitializationOptions), extensionUri: context.extensionUri.toString() };
  const client = new LanguageClient('referat', vscode.l10n.t('Referat language server'), worker, { ...options, initializationOptions });
  // Before start: the server lists the workspace as soon as it is initialized.
  context.subscriptions.push(serveWorkspaceFiles(client));
  await startClient(context, client);
  return client;
}
