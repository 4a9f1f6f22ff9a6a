// The notes of every referat the window knows: one store per sidecar, placements per document
// version, and one event when any of it changes. Stores are shared by the Comments UI, the
// highlights, the Noter view and the server's note counts, so a change shows everywhere.

import * as vscode from 'vscode';
import { userInfo } from 'node:os';
import { parseReferat, type ReferatDocument } from '../../../server/src/parser';
import { languageClient } from '../languageClient';
import { EXTRACTED_SCHEME, NOTE_COUNTS_NOTIFICATION, type NoteCountsParams } from '../../../server/src/protocol';
import { extractedDocumentUri, sourceFileOf } from '../openAsReferat';
import { Placer, type Placement } from './anchoring';
import { SIDECAR_SUFFIX, sidecarPathOf } from './model';
import { nodeFileSystem } from './nodeFileSystem';
import { NotesStore, ReadOnlySidecarError } from './store';

/** The notification the server takes note counts from (server/src/noteCounts.ts). */


export interface PlacedDocument {
  readonly doc: ReferatDocument;
  readonly placements: ReadonlyMap<string, Placement>;
}

/** A referat whose notes have a sidecar: a file on disk, or the read-only referat of a PDF or web page. */
export const isReferatDocument = (d: vscode.TextDocument) => d.languageId === 'referat' && (d.uri.scheme === 'file' || d.uri.scheme === EXTRACTED_SCHEME);

/** Where a document's notes live: beside the file, and for a PDF's referat beside the PDF ("minutes.pdf.noter.json"). */
export function sidecarPathOfDocument(documentUri: vscode.Uri): string {
  return sidecarPathOf((sourceFileOf(documentUri) ?? documentUri).fsPath);
}

/** The document a sidecar's notes are on: the file beside it, or the read-only referat of the PDF or page beside it. */
export function documentOfSidecar(sidecar: vscode.Uri): vscode.Uri {
  const file = vscode.Uri.file(sidecar.fsPath.slice(0, -SIDECAR_SUFFIX.length));
  return extractedDocumentUri(file) ?? file;
}

export class NotesManager implements vscode.Disposable {
  private readonly stores = new Map<string, NotesStore>();
  private readonly loading = new Map<string, Promise<NotesStore>>();
  private readonly placed = new Map<string, { version: number; text: string; result: PlacedDocument }>();
  private readonly warned = new Set<string>();
  /** The counts last sent per document, so that an unchanged count redraws nothing. */
  private readonly sentCounts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires with a document's URI when its notes, highlights or their places changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const reload = (uri: vscode.Uri) => void this.reloadSidecar(uri);
    const pending = new Map<string, NodeJS.Timeout>();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      // Placements follow edits once typing pauses.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isReferatDocument(e.document) || !this.stores.has(e.document.uri.toString())) return;
        const key = e.document.uri.toString();
        clearTimeout(pending.get(key));
        pending.set(key, setTimeout(() => this.changed.fire(e.document.uri), 400));
      }),
      { dispose: () => pending.forEach((t) => clearTimeout(t)) },
      // Opened again, the document's counts are sent again.
      vscode.workspace.onDidCloseTextDocument((d) => this.sentCounts.delete(d.uri.toString())),
    );
    this.disposables.push(this.onDidChange((uri) => this.sendNoteCounts(uri)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The store of a document's notes, loaded once. Only documents on disk have sidecars. */
  async store(documentUri: vscode.Uri): Promise<NotesStore> {
    const key = documentUri.toString();
    const known = this.stores.get(key);
    if (known) return known;
    let loading = this.loading.get(key);
    if (!loading) {
      loading = (async () => {
        const store = new NotesStore(sidecarPathOfDocument(documentUri), nodeFileSystem);
        try {
          await store.load();
        } catch (e) {
          void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the notes file {0}: {1}', store.path, e instanceof Error ? e.message : String(e)));
        }
        this.stores.set(key, store);
        this.loading.delete(key);
        this.warnIfReadOnly(store);
        this.changed.fire(documentUri);
        return store;
      })();
      this.loading.set(key, loading);
    }
    return loading;
  }

  /** The store if it is loaded already. */
  loaded(documentUri: vscode.Uri): NotesStore | undefined {
    return this.stores.get(documentUri.toString());
  }

  loadedDocuments(): vscode.Uri[] {
    return [...this.stores.keys()].map((k) => vscode.Uri.parse(k));
  }

  /** Where each note and highlight stands in this version of the document. */
  placements(document: vscode.TextDocument, store: NotesStore): PlacedDocument {
    return this.placementsOfText(document.uri, document.getText(), document.version, store);
  }

  placementsOfText(uri: vscode.Uri, text: string, version: number, store: NotesStore): PlacedDocument {
    const key = uri.toString();
    const cached = this.placed.get(key);
    let doc: ReferatDocument;
    if (cached && cached.version === version && cached.text === text) doc = cached.result.doc;
    else doc = parseReferat(text);
    const placer = new Placer(doc);
    const placements = new Map<string, Placement>();
    for (const n of store.sidecar.notes) placements.set(n.id, placer.place(n.anchor));
    for (const h of store.sidecar.highlights) placements.set(h.id, placer.place(h.anchor));
    const result = { doc, placements };
    this.placed.set(key, { version, text, result });
    return result;
  }

  /** Runs a change to a document's notes; a read-only or failing sidecar is reported, not thrown. */
  async change<T>(documentUri: vscode.Uri, action: (store: NotesStore) => Promise<T>): Promise<T | undefined> {
    const store = await this.store(documentUri);
    try {
      return await action(store);
    } catch (e) {
      if (e instanceof ReadOnlySidecarError) this.warnIfReadOnly(store, true);
      else void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the note: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    } finally {
      this.changed.fire(documentUri);
    }
  }

  author(): string | undefined {
    const configured = vscode.workspace.getConfiguration('referat').get<string>('notes.author', '').trim();
    if (configured) return configured;
    try {
      return userInfo().username || undefined;
    } catch {
      return undefined;
    }
  }

  private async reloadSidecar(sidecar: vscode.Uri): Promise<void> {
    const documentUri = documentOfSidecar(sidecar);
    const store = this.stores.get(documentUri.toString());
    if (!store) {
      this.changed.fire(documentUri);
      return;
    }
    try {
      if (await store.reload()) {
        this.warnIfReadOnly(store);
        this.changed.fire(documentUri);
      }
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the notes file {0}: {1}', store.path, e instanceof Error ? e.message : String(e)));
    }
  }

  private warnIfReadOnly(store: NotesStore, always = false): void {
    const status = store.status;
    if (status.kind === 'ok') {
      this.warned.delete(store.path);
      return;
    }
    if (this.warned.has(store.path) && !always) return;
    this.warned.add(store.path);
    const message =
      status.kind === 'corrupt'
        ? vscode.l10n.t('The notes file {0} cannot be read ({1}). Referat leaves it as it is and shows this document\'s notes read-only until the file is repaired.', store.path, status.reason)
        : vscode.l10n.t('The notes file {0} was written by a newer version of Referat. Its notes are shown read-only; update Referat to change them.', store.path);
    void vscode.window.showWarningMessage(message);
  }

  private sendNoteCounts(uri: vscode.Uri): void {
    const client = languageClient();
    const store = this.stores.get(uri.toString());
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!client || !store || !document || !isReferatDocument(document)) return;
    const { placements } = this.placements(document, store);
    const counts: Record<string, number> = {};
    for (const note of store.sidecar.notes) {
      const p = placements.get(note.id);
      if (p && p.kind !== 'orphaned' && p.item) counts[p.item.number] = (counts[p.item.number] ?? 0) + 1;
    }
    const key = JSON.stringify(counts);
    if (this.sentCounts.get(uri.toString()) === key) return;
    this.sentCounts.set(uri.toString(), key);
    const params: NoteCountsParams = { uri: uri.toString(), counts };
    void client
      .sendNotification(NOTE_COUNTS_NOTIFICATION, params)
      .then(redrawOutline)
      .catch(() => undefined);
  }
}

/**
 * The Outline and breadcrumbs ask for symbols again only when the text changes or the set of
 * symbol providers does; LSP has no request to make them ask. Registering an empty provider
 * and dropping it changes that set twice, so they ask the server again, after the counts
 * (notifications and requests keep their order on the connection). The empty provider adds
 * nothing to the Outline.
 */
function redrawOutline(): void {
  vscode.languages.registerDocumentSymbolProvider({ language: 'referat' }, { provideDocumentSymbols: () => undefined }).dispose();
}
