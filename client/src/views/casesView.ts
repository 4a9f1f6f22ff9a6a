// "Sager": every case number in the workspace's minutes, and under each the meetings and
// items it went through, in date order, with the outcome at each step.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CASES_REQUEST, type CaseEntry, type CaseStep } from '../../../server/src/protocol';
import { itemLabel, openCommand } from './openItem';
import { ServerTreeView } from './serverTreeView';

type Node = { kind: 'case'; entry: CaseEntry } | { kind: 'step'; step: CaseStep };

export class CasesView extends ServerTreeView<CaseEntry, Node> {
  constructor(client: () => LanguageClient | undefined) {
    super(client, CASES_REQUEST);
  }

  protected rootNode(entry: CaseEntry): Node {
    return { kind: 'case', entry };
  }

  protected childrenOf(node: Node): Node[] {
    return node.kind === 'case' ? node.entry.steps.map((step) => ({ kind: 'step', step })) : [];
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
