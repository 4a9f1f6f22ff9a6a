// A .txt file whose text is minutes becomes a referat when it opens. Other .txt files are
// left alone. The setting referat.detectTxtFiles turns this off; the command
// "Referat: Læs som referat" does it by hand.

import * as vscode from 'vscode';
import { looksLikeMinutes } from '../../server/src/parser/detect';

/** Files larger than this are not sniffed automatically (the command still works). */
const MAX_SNIFF_BYTES = 50 * 1024 * 1024;

export function shouldDetect(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'plaintext' || document.uri.scheme === 'output') return false;
  if (!document.fileName.toLowerCase().endsWith('.txt')) return false;
  if (!vscode.workspace.getConfiguration('referat', document.uri).get<boolean>('detectTxtFiles', true)) return false;
  return document.getText().length <= MAX_SNIFF_BYTES;
}

async function detect(document: vscode.TextDocument): Promise<void> {
  if (shouldDetect(document) && looksLikeMinutes(document.getText())) {
    await vscode.languages.setTextDocumentLanguage(document, 'referat');
  }
}

export function registerDetection(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void detect(d)),
    vscode.commands.registerCommand('referat.readAsReferat', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a file to read it as a referat.'));
        return;
      }
      await vscode.languages.setTextDocumentLanguage(editor.document, 'referat');
    }),
  );
  for (const document of vscode.workspace.textDocuments) void detect(document);
}
