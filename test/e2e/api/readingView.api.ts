// Runs inside code-server's extension host (see features.api.ts): "Referat: Export…" of the
// reading view, given its document and target file as a script would, so no save dialog.
import type * as vscode from 'vscode';
import type { ApiContext } from './features.api';

const SAMPLE = '000_df28461cf8eca80f.txt';

export const tests: Record<string, (ctx: ApiContext) => Promise<unknown>> = {
  async 'export writes the reading view as one self-contained HTML file'(ctx) {
    const { vscode: api, workspaceFolder } = ctx;
    if (!workspaceFolder) throw new Error('no workspace folder open');
    const document = await api.workspace.openTextDocument(api.Uri.joinPath(workspaceFolder.uri, SAMPLE));
    const target = api.Uri.joinPath(workspaceFolder.uri, 'referat-export.html');
    const deadline = Date.now() + 30_000;
    let html: string | undefined;
    // Right after start-up the server may not have the document yet: then nothing is written.
    while (html === undefined && Date.now() < deadline) {
      await api.commands.executeCommand('referat.readingView.export', document.uri, target, false);
      html = await api.workspace.fs.readFile(target).then(
        (bytes: Uint8Array) => new TextDecoder().decode(bytes),
        () => undefined,
      );
      if (html === undefined) await new Promise((r) => setTimeout(r, 500));
    }
    if (html === undefined) throw new Error(`no ${target.fsPath} after 30 s`);
    return { length: html.length, html: html.slice(0, 200_000) };
  },
};

export type { vscode };
