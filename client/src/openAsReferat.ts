// "Open as referat" for what municipalities publish: a PDF or a saved web page opens beside
// itself as a read-only referat, a virtual document (scheme referat-pdf:, the file's path with
// ".referat" after it, so its language is referat and its tab names the file). The language
// server extracts the text (it has pdf.js; the client stays thin) and the document is an
// ordinary referat to every feature: Outline, hovers, jumps, diagnostics, notes, highlights.

import * as vscode from 'vscode';
import { WorkDoneProgress, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import {
  EXTRACT_TEXT_REQUEST,
  EXTRACTABLE_NAME,
  EXTRACTED_SCHEME,
  extractedUriOf,
  sourceFileUriOf,
  type ExtractTextParams,
  type ExtractTextResult,
} from '../../server/src/protocol';
import { languageClient } from './languageClient';

/** The read-only referat of a PDF or web page on disk, or null for any other file. */
export function extractedDocumentUri(file: vscode.Uri): vscode.Uri | null {
  if (file.scheme !== 'file') return null;
  const uri = extractedUriOf(file.toString());
  return uri ? vscode.Uri.parse(uri) : null;
}

/** The PDF or web page behind a read-only referat, or null for any other document. */
export function sourceFileOf(document: vscode.Uri): vscode.Uri | null {
  if (document.scheme !== EXTRACTED_SCHEME) return null;
  const uri = sourceFileUriOf(document.toString());
  return uri ? vscode.Uri.parse(uri) : null;
}

let sequence = 0;

/**
 * The text of a PDF or web page, from the server, with a notification that shows the pages as
 * they are read and can cancel the reading. Never throws: a failure is a result with a message.
 */
export function extractWithProgress(file: vscode.Uri): Thenable<ExtractTextResult> {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading {0}', name), cancellable: true },
    async (progress, token) => {
      const client = languageClient();
      if (!client) return { ok: false, reason: 'no-server', message: vscode.l10n.t('The Referat language server is not running.') };
      const workDoneToken = `referat-extract-${process.pid}-${++sequence}`;
      let reported = 0;
      const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind !== 'report') return;
        const report = value as WorkDoneProgressReport;
        const percentage = report.percentage ?? reported;
        progress.report({ increment: Math.max(0, percentage - reported), message: report.message });
        reported = Math.max(reported, percentage);
      });
      try {
        const params: ExtractTextParams = { uri: file.toString(), workDoneToken };
        return await client.sendRequest<ExtractTextResult>(EXTRACT_TEXT_REQUEST, params, token);
      } catch (e) {
        // The request cancelled (RequestCancelled) or the server went away: a message, not a dialog.
        if (token.isCancellationRequested) return { ok: false, reason: 'cancelled', message: vscode.l10n.t('Reading was cancelled.') };
        return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
      } finally {
        listening.dispose();
      }
    },
  );
}

/** The text of a PDF or web page without showing progress (the Noter view's notes on PDFs not open); '' when it cannot be read. */
export async function extractedText(file: vscode.Uri): Promise<string> {
  const client = languageClient();
  if (!client) return '';
  try {
    const result = await client.sendRequest<ExtractTextResult>(EXTRACT_TEXT_REQUEST, { uri: file.toString() } satisfies ExtractTextParams);
    return result.ok ? result.text : '';
  } catch {
    return '';
  }
}

/**
 * Texts read for documents about to open: the command reads with progress, then VS Code asks
 * the provider, which takes the text from here. A document VS Code opens by itself (restored
 * after a reload, a link from the Møder view or the Problems) is read when asked.
 */
class ExtractedContent implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly ready = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  prepare(document: vscode.Uri, text: string): void {
    this.ready.set(document.toString(), text);
  }

  /** The file changed on disk (republished): open referater of it are read again. */
  fileChanged(file: vscode.Uri): void {
    const document = extractedDocumentUri(file);
    if (document && vscode.workspace.textDocuments.some((d) => d.uri.toString() === document.toString())) this.changed.fire(document);
  }

  async provideTextDocumentContent(document: vscode.Uri): Promise<string> {
    const key = document.toString();
    const text = this.ready.get(key);
    if (text !== undefined) {
      this.ready.delete(key);
      return text;
    }
    const file = sourceFileOf(document);
    if (!file) return '';
    const result = await extractWithProgress(file);
    if (result.ok) return result.text;
    // The editor shows what it got; an empty referat with the reason beside it says what happened.
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1}', file.fsPath, result.message));
    return '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Reads the file and opens its referat beside the active editor; a failure is one message. */
async function openAsReferat(content: ExtractedContent, file: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const document = extractedDocumentUri(file);
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Only PDFs and saved web pages (.pdf, .html, .htm) on disk open as a referat.'));
    return undefined;
  }
  const result = await extractWithProgress(file);
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  if (!result.ok) {
    if (result.reason !== 'cancelled') void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be opened as a referat: {1}', name, result.message));
    return undefined;
  }
  if (!result.minutes) {
    const open = vscode.l10n.t('Open anyway');
    const message = result.kind === 'pdf' ? vscode.l10n.t('{0} does not read as minutes (no agenda items or meeting header found).', name) : vscode.l10n.t('The page {0} holds no minutes (no agenda items or meeting header found).', name);
    if ((await vscode.window.showWarningMessage(message, open)) !== open) return undefined;
  }
  content.prepare(document, result.text);
  const opened = await vscode.workspace.openTextDocument(document);
  if (opened.languageId !== 'referat') await vscode.languages.setTextDocumentLanguage(opened, 'referat');
  return vscode.window.showTextDocument(opened, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/** The file the command is about: the one clicked, else the active tab's PDF or page, else one the user picks. */
async function fileToOpen(clicked: unknown): Promise<vscode.Uri | undefined> {
  if (clicked instanceof vscode.Uri) return clicked;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const active = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  if (active && active.scheme === 'file' && EXTRACTABLE_NAME.test(active.path)) return active;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Open as referat'),
    filters: { [vscode.l10n.t('PDFs and web pages')]: ['pdf', 'html', 'htm'] },
  });
  return picked?.[0];
}

export function registerOpenAsReferat(context: vscode.ExtensionContext): void {
  const content = new ExtractedContent();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{pdf,html,htm,PDF,HTML,HTM}', true, false, true);
  context.subscriptions.push(
    content,
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, content),
    watcher,
    watcher.onDidChange((file) => content.fileChanged(file)),
    vscode.commands.registerCommand('referat.openAsReferat', async (clicked?: unknown) => {
      const file = await fileToOpen(clicked);
      return file ? openAsReferat(content, file) : undefined;
    }),
  );
}
