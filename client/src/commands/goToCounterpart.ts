// "Go to Beslutning/Indstilling": from an Indstilling to this meeting's decision and back.
// A code lens passes its target as the argument; from the keyboard the server is asked
// (referat/counterpart) for the counterpart of the cursor.

import * as vscode from 'vscode';
import type { Location as LspLocation } from 'vscode-languageclient';
import { languageClient } from '../activeClient';
import { COUNTERPART_REQUEST, type CounterpartParams, type CounterpartResult } from '../../../server/src/protocol';

export const GO_TO_COUNTERPART = 'referat.goToCounterpart';

async function goToCounterpart(target?: LspLocation): Promise<void> {
  const client = languageClient();
  const editor = vscode.window.activeTextEditor;
  if (!client) return;
  // Menus pass a URI or nothing; only a code lens passes an LSP location.
  let location = target && typeof target.uri === 'string' && target.range ? target : undefined;
  if (!location) {
    if (!editor || editor.document.languageId !== 'referat') return;
    const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
    const params: CounterpartParams = { textDocument: { uri: editor.document.uri.toString() }, position };
    location = (await client.sendRequest<CounterpartResult>(COUNTERPART_REQUEST, params)) ?? undefined;
    if (!location) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('No Indstilling or Beslutning to go to from here.'), 3000);
      return;
    }
  }
  const { uri, range } = client.protocol2CodeConverter.asLocation(location);
  const shown = editor && editor.document.uri.toString() === uri.toString() ? editor : await vscode.window.showTextDocument(uri);
  shown.selection = new vscode.Selection(range.start, range.start);
  shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerGoToCounterpart(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(GO_TO_COUNTERPART, (target?: LspLocation) => goToCounterpart(target)));
}
