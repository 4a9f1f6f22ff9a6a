// The "Sager" and "Møder" views in the Explorer, fed by the server's workspace index and
// refreshed when it says the index changed.

import * as vscode from 'vscode';
import { languageClient } from '../activeClient';
import { CasesView } from './casesView';
import { MeetingsView } from './meetingsView';
import { INDEX_CHANGED_NOTIFICATION } from '../../../server/src/protocol';

export const REFRESH_WORKSPACE_VIEWS = 'referat.refreshWorkspaceViews';

export function registerWorkspaceViews(context: vscode.ExtensionContext): void {
  const cases = new CasesView(languageClient);
  const meetings = new MeetingsView(languageClient);
  const refresh = () => {
    cases.refresh();
    meetings.refresh();
  };
  context.subscriptions.push(
    vscode.window.createTreeView('referat.cases', { treeDataProvider: cases, showCollapseAll: true }),
    vscode.window.createTreeView('referat.meetings', { treeDataProvider: meetings, showCollapseAll: true }),
    vscode.commands.registerCommand(REFRESH_WORKSPACE_VIEWS, refresh),
  );
  const client = languageClient();
  if (client) context.subscriptions.push(client.onNotification(INDEX_CHANGED_NOTIFICATION, refresh));
}
