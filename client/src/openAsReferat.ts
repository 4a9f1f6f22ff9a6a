// "Open as referat" for what municipalities publish: a PDF or a saved web page opens beside
// itself as a read-only referat, a virtual document (scheme referat-pdf:, the file's path with
// ".referat" after it, so its language is referat and its tab names the file), served by a
// read-only file system. The language server extracts the text (it has pdf.js; the client
// stays thin) and the document is an ordinary referat to every feature: Outline, hovers,
// jumps, diagnostics, notes, highlights. In the browser the server (a web worker) gets the
// file's bytes from the client's vscode.workspace.fs, so there a file of any file system opens;
// the desktop server reads the disk, so there only file: does. No Node here.

import * as vscode from 'vscode';
import { WorkDoneProgress, type WorkDoneProgressReport } from 'vscode-languageclient';
import {
  EXTRACT_TEXT_REQUEST,
  EXTRACTED_SCHEME,
  extractedUriOf,
  sourceFileUriOf,
  type ExtractTextParams,
  type ExtractTextResult,
} from '../../server/src/protocol';
import { languageClient } from './activeClient';

/** Whether the server reads files of every file system (the browser's) or the disk's only. */
let anyFileSystem = false;

/** The read-only referat of a PDF or web page the server can read, or null for any other file. */
export function extractedDocumentUri(file: vscode.Uri): vscode.Uri | null {
  if (file.scheme !== 'file' && !anyFileSystem) return null;
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
/** Tokens of this window's extractions, told apart from another window's. */
const session = Math.random().toString(36).slice(2);

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
      const workDoneToken = `referat-extract-${session}-${++sequence}`;
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
 * The read-only referater as a read-only file system, so that VS Code treats them as files:
 * it restores their editors after a reload and says "read-only" when one types. The command
 * reads with progress and leaves the text here for the editor to take; a document VS Code
 * opens by itself (restored after a reload, a link from the Møder view or the Problems) is
 * read when asked (the server keeps what it read, so that is quick the second time).
 */
class ExtractedFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly ready = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  prepare(document: vscode.Uri, text: string): void {
    this.ready.set(document.toString(), new TextEncoder().encode(text));
  }

  forget(document: vscode.Uri): void {
    this.ready.delete(document.toString());
  }

  /** The file changed on disk (republished): its referat, if open, is read again. */
  fileChanged(file: vscode.Uri): void {
    const document = extractedDocumentUri(file);
    if (!document) return;
    this.ready.delete(document.toString());
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri: document }]);
  }

  watch(): vscode.Disposable {
    // One watcher over the workspace's PDFs and pages tells of changes (registerOpenAsReferat).
    return new vscode.Disposable(() => undefined);
  }

  async stat(document: vscode.Uri): Promise<vscode.FileStat> {
    const file = sourceFileOf(document);
    if (!file) throw vscode.FileSystemError.FileNotFound(document);
    const source = await vscode.workspace.fs.stat(file);
    if (source.type & vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(document);
    const ready = this.ready.get(document.toString());
    return { type: vscode.FileType.File, ctime: source.ctime, mtime: source.mtime, size: ready?.length ?? source.size, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(document: vscode.Uri): Promise<Uint8Array> {
    const ready = this.ready.get(document.toString());
    if (ready) return ready;
    const file = sourceFileOf(document);
    if (!file) throw vscode.FileSystemError.FileNotFound(document);
    const result = await extractWithProgress(file);
    if (!result.ok) throw vscode.FileSystemError.Unavailable(vscode.l10n.t('{0} cannot be opened as a referat: {1}', file.fsPath, result.message));
    const bytes = new TextEncoder().encode(result.text);
    this.ready.set(document.toString(), bytes);
    return bytes;
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Reads the file and opens its referat beside the active editor; a failure is one message. */
async function openAsReferat(content: ExtractedFileSystem, file: vscode.Uri): Promise<vscode.TextEditor | undefined> {
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
  // Text left out (a font that maps to no letters) is said once the referat is open; it does not stop it.
  if (result.warning) void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1}', name, result.warning));
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
  if (active && extractedDocumentUri(active)) return active;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Open as referat'),
    filters: { [vscode.l10n.t('PDFs and web pages')]: ['pdf', 'html', 'htm'] },
  });
  return picked?.[0];
}

/** `options.anyFileSystem`: the server reads files through the client (the browser), not from the disk. */
export function registerOpenAsReferat(context: vscode.ExtensionContext, options: { anyFileSystem: boolean }): void {
  anyFileSystem = options.anyFileSystem;
  const content = new ExtractedFileSystem();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{pdf,html,htm,PDF,HTML,HTM}', true, false, true);
  context.subscriptions.push(
    content,
    vscode.workspace.registerFileSystemProvider(EXTRACTED_SCHEME, content, { isReadonly: true, isCaseSensitive: true }),
    watcher,
    watcher.onDidChange((file) => content.fileChanged(file)),
    // The text stays only while its document is open: VS Code keeps its own copy.
    vscode.workspace.onDidCloseTextDocument((d) => d.uri.scheme === EXTRACTED_SCHEME && content.forget(d.uri)),
    vscode.commands.registerCommand('referat.openAsReferat', async (clicked?: unknown) => {
      const file = await fileToOpen(clicked);
      return file ? openAsReferat(content, file) : undefined;
    }),
  );
}
