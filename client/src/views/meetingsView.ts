// "Møder": the workspace's minutes by committee, most recent meeting first, with their items.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MEETINGS_REQUEST, type CommitteeEntry, type ItemEntry, type MeetingEntry } from '../../../server/src/protocol';
import { itemLabel, openCommand } from './openItem';
import { ServerTreeView } from './serverTreeView';

type Node = { kind: 'committee'; entry: CommitteeEntry } | { kind: 'meeting'; meeting: MeetingEntry } | { kind: 'item'; item: ItemEntry };

export class MeetingsView extends ServerTreeView<CommitteeEntry, Node> {
  constructor(client: () => LanguageClient | undefined) {
    super(client, MEETINGS_REQUEST);
  }

  protected rootNode(entry: CommitteeEntry): Node {
    return { kind: 'committee', entry };
  }

  protected childrenOf(node: Node): Node[] {
    if (node.kind === 'committee') return node.entry.meetings.map((meeting) => ({ kind: 'meeting', meeting }));
    if (node.kind === 'meeting') return node.meeting.items.map((item) => ({ kind: 'item', item }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'committee') {
      const item = new vscode.TreeItem(node.entry.committee ?? vscode.l10n.t('(no committee named)'), vscode.TreeItemCollapsibleState.Collapsed);
      const count = node.entry.meetings.length;
      item.description = count === 1 ? vscode.l10n.t('1 meeting') : vscode.l10n.t('{0} meetings', count);
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    if (node.kind === 'meeting') {
      const m = node.meeting;
      const item = new vscode.TreeItem(m.date ?? m.fileName, m.items.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = [m.kind === 'dagsorden' ? 'dagsorden' : null, m.date ? m.fileName : null].filter(Boolean).join(' · ');
      item.tooltip = m.uri;
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.resourceUri = vscode.Uri.parse(m.uri);
      item.command = openCommand(m.uri, null, m.fileName);
      return item;
    }
    const entry = node.item;
    const item = new vscode.TreeItem(itemLabel(entry), vscode.TreeItemCollapsibleState.None);
    item.description = [entry.caseNumber, entry.outcome].filter(Boolean).join(' · ');
    item.tooltip = itemLabel(entry);
    item.iconPath = new vscode.ThemeIcon('symbol-class');
    item.command = openCommand(entry.uri, entry.range, itemLabel(entry));
    return item;
  }
}
