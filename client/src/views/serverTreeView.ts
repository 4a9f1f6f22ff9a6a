// What the Sager and Møder views share: a tree whose top level comes from one request to the
// server's workspace index, refreshed when the index changes.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

export abstract class ServerTreeView<Root, Node> implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly method: string,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return this.childrenOf(node);
    const client = this.client();
    if (!client) return [];
    const roots = await client.sendRequest<Root[]>(this.method);
    return roots.map((root) => this.rootNode(root));
  }

  protected abstract rootNode(root: Root): Node;
  protected abstract childrenOf(node: Node): Node[];
  abstract getTreeItem(node: Node): vscode.TreeItem;
}
