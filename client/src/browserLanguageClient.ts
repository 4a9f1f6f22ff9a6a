// Starts dist/web/server.js in a web worker and connects it to referat documents.
//
// An extension served by a VS Code server (code-server, a remote) has a vscode-remote: URI,
// and the web extension host refuses a Worker from one ("Creating workers from remote
// extensions is currently not supported"). The worker is then made from the bundle's text,
// read through vscode.workspace.fs, as a blob: URL of this origin, which it accepts.

import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { clientOptions, startClient } from './activeClient';
import { serveWorkspaceFiles } from './workspaceFiles';

/** The browser's Worker and Blob; the project's typings have no DOM library. */
interface BrowserGlobals {
  Worker: new (url: string, options?: { name?: string }) => Exclude<ServerOptions, () => unknown>;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

export async function startBrowserLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // The worker itself, not a function making one: the client tells a worker from transports
  // by \`instanceof Worker\`, which the extension host's wrapped Worker constructor fails.
  const client = new LanguageClient('referat', vscode.l10n.t('Referat language server'), await serverWorker(main), clientOptions());
  // Before start: the server lists the workspace as soon as it is initialized.
  context.subscriptions.push(serveWorkspaceFiles(client));
  await startClient(context, client);
  return client;
}

async function serverWorker(main: vscode.Uri): Promise<Exclude<ServerOptions, () => unknown>> {
  const web = globalThis as unknown as BrowserGlobals;
  const options = { name: 'Referat language server' };
  try {
    return new web.Worker(main.toString(true), options);
  } catch (e) {
    // Refused (see the top of this file): from the text, below. Said once, for whoever debugs.
    console.info(`Referat: the language server's worker starts from a blob: URL (${e instanceof Error ? e.message : String(e)})`);
  }
  const source = await vscode.workspace.fs.readFile(main);
  const url = web.URL.createObjectURL(new web.Blob([source], { type: 'text/javascript' }));
  return new web.Worker(url, options);
}
