// Runs inside code-server's extension host via the runner extension (see ../runner-extension).
// `vscode` comes in through the context: this module is not part of an extension itself.
import type * as vscode from 'vscode';

export interface ApiContext {
  vscode: typeof vscode;
  workspaceFolder: vscode.WorkspaceFolder | undefined;
  log: (...args: unknown[]) => void;
}

export const tests: Record<string, (ctx: ApiContext) => Promise<unknown>> = {
  async 'extension is installed'({ vscode }) {
    const ext = vscode.extensions.getExtension('referat.referat');
    if (!ext) throw new Error(`referat.referat not installed; have: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
    return { id: ext.id, version: ext.packageJSON.version };
  },
  async 'a workspace folder is open'({ workspaceFolder }) {
    if (!workspaceFolder) throw new Error('no workspace folder');
    return workspaceFolder.uri.fsPath;
  },
};
