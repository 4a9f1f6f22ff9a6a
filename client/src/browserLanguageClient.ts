// Starts dist/web/server.js in a web worker and connects it to referat documents.
//
// An extension served by a VS Code server (code-server, a remote) has a vscode-remote: URI,
// and the web extension host refuses a Worker from one ("Creating workers from remote
// extensions is currently not supported"). The worker is then made from the bundle's text,
// read through vscode.workspace.fs, as a blob: URL of this origin, which it accepts.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient } from './activeClient';

/** The browser's Worker and Blob; the project's typings have no DOM library. */
interface BrowserGlobals {
  Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

export async function startBrowserLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = await serverWorker(main);
  const client = new LanguageClient('referat', vscode.l10n.t('Referat language server'), clientOptions(), worker);
  await startClient(context, client);
  return client;
}

async function serverWorker(main: vscode.Uri): Promise<ConstructorParameters<typeof LanguageClient>[3]> {
  const web = globalThis as unknown as BrowserGlobals;
  const options = { name: 'Referat language server' };
  if (main.scheme !== 'vscode-remote') {
    try {
      return new web.Worker(main.toString(true), options);
    } catch {
      // Refused (see the top of this file): from the text, below.
    }
  }
  const source = await vscode.workspace.fs.readFile(main);
  const url = web.URL.createObjectURL(new web.Blob([source], { type: 'text/javascript' }));
  return new web.Worker(url, options);
}
