// One reading view: a webview beside (or instead of) the text of one referat. It shows the
// server's view model rendered by render.ts, follows the editor (the cursor and the scrolled-to
// line scroll the view), and a click in the view reveals that place in the text.

import * as vscode from 'vscode';
import { languageClient } from '../activeClient';
import { READING_VIEW_REQUEST, type ReadingViewModel, type ReadingViewParams } from '../../../server/src/protocol';
import type { NotesManager } from '../notes/notesManager';
import { readingLabels } from './labels';
import type { FromView, ToView, ViewPlace } from './messages';
import { renderPage, renderReadingView, type ReadingNote } from './render';
import { offsetOfPlace } from './textPlace';

export const READING_VIEW_TYPE = 'referat.readingView';

/** After the view moved the editor, the editor's own events do not scroll the view back. */
const QUIET_AFTER_REVEAL_MS = 600;
/**
 * Typing pauses this long before the view follows the text, or twice what the last update
 * cost, whichever is longer: a 20 MB referat's view is megabytes of HTML, and redrawing it on
 * every pause would hold up the typing.
 */
const UPDATE_DELAY_MS = 250;
/** Restored after a reload, the view may ask before the document is open and detected as a referat: it asks again. */
const MISSES = 20;
const MISS_RETRY_MS = 500;

export class ReadingViewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private requested = 0;
  private updateTimer: NodeJS.Timeout | undefined;
  private quietUntil = 0;
  private lastUpdateMs = 0;
  /** Updates that found no model yet (the document not yet open in the server, after a reload). */
  private misses = 0;
  /** What the page shows: an update that would show the same is not sent (it would drop the reader's selection). */
  private shown = '';
  private selection: { start: ViewPlace; end: ViewPlace } | null = null;
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly documentUri: vscode.Uri,
    private readonly extensionUri: vscode.Uri,
    private readonly notes: NotesManager,
  ) {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')] };
    const labels = readingLabels();
    webview.html = renderPage('', panel.title, labels, {
      kind: 'webview',
      cspSource: webview.cspSource,
      nonce: nonce(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'readingView.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'readingView.js')).toString(),
    });
    // The server answers for open documents only (a view restored after a reload has no editor).
    void vscode.workspace.openTextDocument(documentUri).then(undefined, () => undefined);
    const isOurs = (d: vscode.TextDocument) => d.uri.toString() === documentUri.toString();
    this.disposables.push(
      this.closed,
      webview.onDidReceiveMessage((m: FromView) => void this.received(m)),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isOurs(e.document) && e.contentChanges.length > 0) this.scheduleUpdate(Math.max(UPDATE_DELAY_MS, 2 * this.lastUpdateMs));
      }),
      notes.onDidChange((uri) => {
        if (uri.toString() === documentUri.toString()) this.scheduleUpdate(0);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (isOurs(e.textEditor.document)) this.follow(e.textEditor.document.offsetAt(e.selections[0].active), 'nearest');
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (isOurs(e.textEditor.document) && e.visibleRanges.length > 0) this.follow(e.textEditor.document.offsetAt(e.visibleRanges[0].start), 'top');
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.updateTimer);
    this.closed.fire();
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.panel.dispose();
  }

  /** The reader's selection in the view's document text, as offsets in the text. */
  selectedRange(document: vscode.TextDocument): vscode.Range | null {
    if (!this.selection) return null;
    const text = document.getText();
    const start = offsetOfPlace(text, this.selection.start);
    const end = offsetOfPlace(text, this.selection.end);
    return end > start ? new vscode.Range(document.positionAt(start), document.positionAt(end)) : null;
  }

  private post(message: ToView): void {
    void this.panel.webview.postMessage(message);
  }

  private follow(offset: number, align: 'top' | 'nearest'): void {
    if (!this.ready || Date.now() < this.quietUntil) return;
    this.post({ type: 'reveal', offset, align });
  }

  private scheduleUpdate(delay: number): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.update(), delay);
  }

  private async received(message: FromView): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A new page: shown again after being hidden (VS Code drops a hidden webview's page), or restored.
        this.ready = true;
        this.shown = '';
        await this.update();
        break;
      case 'reveal':
        await this.revealInText(() => message.offset);
        break;
      case 'revealPlace':
        await this.revealInText((text) => offsetOfPlace(text, message.place));
        break;
      case 'selection':
        this.selection = message.start && message.end ? { start: message.start, end: message.end } : null;
        break;
    }
  }

  /**
   * The editor of the document: the visible one, else opened beside the view. `focus`: the
   * keyboard goes to it (to type a note); else it stays in the view, for reading on.
   */
  async editor(focus: boolean): Promise<vscode.TextEditor> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.documentUri.toString());
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.documentUri));
    return vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside, preserveFocus: !focus });
  }

  private async revealInText(offsetIn: (text: string) => number): Promise<void> {
    this.quietUntil = Date.now() + QUIET_AFTER_REVEAL_MS;
    const editor = await this.editor(false);
    const position = editor.document.positionAt(offsetIn(editor.document.getText()));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.quietUntil = Date.now() + QUIET_AFTER_REVEAL_MS;
  }

  private async update(): Promise<void> {
    if (!this.ready || !this.panel.visible) return;
    const request = ++this.requested;
    const started = Date.now();
    const model = await readingViewModel(this.documentUri);
    const notes = await readingNotes(this.notes, this.documentUri);
    if (request !== this.requested) return;
    if (!model) {
      if (++this.misses <= MISSES) this.scheduleUpdate(MISS_RETRY_MS);
      return;
    }
    this.misses = 0;
    const html = renderReadingView(model, readingLabels(), { notes });
    if (html !== this.shown) this.post({ type: 'update', html, uri: this.documentUri.toString() });
    this.shown = html;
    this.lastUpdateMs = Date.now() - started;
  }
}

/** The view model of an open document, from the server; null when it has none. */
export async function readingViewModel(uri: vscode.Uri): Promise<ReadingViewModel | null> {
  const client = languageClient();
  if (!client) return null;
  const params: ReadingViewParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(uri) } };
  try {
    return await client.sendRequest<ReadingViewModel | null>(READING_VIEW_REQUEST, params);
  } catch {
    return null;
  }
}

/** The document's notes and highlights where they stand in its current text. */
export async function readingNotes(notes: NotesManager, uri: vscode.Uri): Promise<ReadingNote[]> {
  if (uri.scheme !== 'file') return [];
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!document) return [];
  const store = await notes.store(uri);
  const { placements } = notes.placements(document, store);
  const found: ReadingNote[] = [];
  for (const note of store.sidecar.notes) {
    const p = placements.get(note.id);
    if (!p || p.kind === 'orphaned') continue;
    found.push({ id: note.id, kind: 'note', start: p.start, end: p.end, body: note.body, author: note.author, resolved: note.resolved, replies: note.replies.length });
  }
  for (const highlight of store.sidecar.highlights) {
    const p = placements.get(highlight.id);
    if (!p || p.kind === 'orphaned') continue;
    found.push({ id: highlight.id, kind: 'highlight', start: p.start, end: p.end, colour: highlight.colour });
  }
  return found;
}

/** A fresh nonce for the page's script: Web Crypto, which the desktop and the web extension host both have. */
function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
