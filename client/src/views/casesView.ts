// "Sager": every case number in the workspace's minutes, and under each the meetings and
// items it went through, in date order, with the outcome at each step.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CASES_REQUEST, type CaseEntry, type CaseStep } from '../../../server/src/protocol';
import { itemLabel, openCommand } from './openItem';

type Node = { kind: 'case'; entry: CaseEntry } | { kind: 'step'; step: CaseStep };

export class CasesView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'case') return node.entry.steps.map((step) => ({ kind: 'step', step }));
    if (node) return [];
    const client = this.client();
    if (!client) return [];
    const cases = await client.sendRequest<CaseEntry[]>(CASES_REQUEST);
    return cases.map((entry) => ({ kind: 'case', entry }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'case') {
      const item = new vscode.TreeItem(node.entry.caseNumber, vscode.TreeItemCollapsibleState.Collapsed);
      const meetings = new Set(node.entry.steps.map((s) => s.uri)).size;
      item.description = meetings === 1 ? vscode.l10n.t('1 meeting') : vscode.l10n.t('{0} meetings', meetings);
      item.tooltip = node.entry.steps[node.entry.steps.length - 1]?.title;
      item.iconPath = new vscode.ThemeIcon('tag');
      item.contextValue = 'referat.case';
      return item;
    }
    const step = node.step;
    const label = [step.date, step.committee].filter(Boolean).join(' · ') || itemLabel(step);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = [`Punkt ${step.number}`, step.outcome, step.own ? null : vscode.l10n.t('mentioned')].filter(Boolean).join(' · ');
    item.tooltip = itemLabel(step);
    item.iconPath = new vscode.ThemeIcon(step.own ? 'milestone' : 'mention');
    item.command = openCommand(step.uri, step.range, itemLabel(step));
    return item;
  }
}
