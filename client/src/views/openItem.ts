// What a click in the views does: open the minutes at the item's heading.

import * as vscode from 'vscode';
import type { Range } from 'vscode-languageserver-types';
import type { ItemEntry } from '../../../server/src/protocol';

export function openCommand(uri: string, range: Range | null, title: string): vscode.Command {
  const selection = range ? new vscode.Range(range.start.line, range.start.character, range.start.line, range.start.character) : undefined;
  return { command: 'vscode.open', title, arguments: [vscode.Uri.parse(uri), selection ? { selection } : {}] };
}

/** "Punkt 68: Godkendelse af ..." */
export const itemLabel = (item: ItemEntry) => `Punkt ${item.number}: ${item.title}`;
