// Notes as comment threads (the VS Code Comments API): add on a selection, a line or an item,
// reply, edit, delete, resolve and reopen. Threads are rebuilt from the store whenever the
// notes or their places change; an orphaned note has no thread (the Noter view lists it).

import * as vscode from 'vscode';
import { itemAt } from '../../../server/src/parser';
import { anchorAt, itemAnchor, lineAnchor } from './anchoring';
import type { Anchor, AnchorScope, Note } from './model';
import { isReferatDocument, type NotesManager } from './notesManager';

export const NOTES_CONTROLLER_ID = 'referat.notes';

/** One comment of a thread: the note itself or one of its replies. */
export class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: string | vscode.MarkdownString;
  readonly author: vscode.CommentAuthorInformation;
  readonly timestamp: Date;
  contextValue: string;

  constructor(
    readonly documentUri: vscode.Uri,
    readonly noteId: string,
    readonly replyId: string | null,
    readonly savedBody: string,
    author: string | undefined,
    created: string,
    readOnly: boolean,
    readonly thread: vscode.CommentThread,
  ) {
    this.body = new vscode.MarkdownString(savedBody);
    this.author = { name: author || vscode.l10n.t('Note') };
    this.timestamp = new Date(created);
    this.contextValue = (replyId ? 'reply' : 'note') + (readOnly ? '-readonly' : '');
  }
}

const bodyOf = (b: string | vscode.MarkdownString) => (typeof b === 'string' ? b : b.value);

export class CommentsController implements vscode.Disposable {
  readonly controller: vscode.CommentController;
  private readonly threads = new Map<string, Map<string, vscode.CommentThread>>();
  /** The version (updated time) each thread shows, so unchanged threads are left alone. */
  private readonly shown = new WeakMap<vscode.CommentThread, string>();
  /** Threads opened by "Add note on item"/"Add note" that have no note yet, with their scope. */
  private readonly pendingScope = new WeakMap<vscode.CommentThread, AnchorScope>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly notes: NotesManager) {
    this.controller = vscode.comments.createCommentController(NOTES_CONTROLLER_ID, vscode.l10n.t('Notes'));
    this.controller.options = { prompt: vscode.l10n.t('Write a note…'), placeHolder: vscode.l10n.t('Write a note…') };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: async (document) => {
        if (!isReferatDocument(document)) return [];
        const store = await this.notes.store(document.uri);
        if (store.readOnly) return [];
        return [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)];
      },
    };
    this.disposables.push(
      this.controller,
      notes.onDidChange((uri) => this.sync(uri)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.open(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
    );
    for (const d of vscode.workspace.textDocuments) void this.open(d);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async open(document: vscode.TextDocument): Promise<void> {
    if (!isReferatDocument(document)) return;
    await this.notes.store(document.uri);
    this.sync(document.uri);
  }

  private forget(uri: vscode.Uri): void {
    const threads = this.threads.get(uri.toString());
    if (!threads) return;
    for (const t of threads.values()) t.dispose();
    this.threads.delete(uri.toString());
  }

  /** Makes the document's threads match its notes and their current places. */
  sync(uri: vscode.Uri): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const store = this.notes.loaded(uri);
    if (!document || !store || !isReferatDocument(document)) return;
    const { doc, placements } = this.notes.placements(document, store);
    const threads = this.threads.get(uri.toString()) ?? new Map<string, vscode.CommentThread>();
    this.threads.set(uri.toString(), threads);
    const live = new Set<string>();
    for (const note of store.sidecar.notes) {
      const p = placements.get(note.id);
      if (!p || p.kind === 'orphaned') continue;
      live.add(note.id);
      const range = new vscode.Range(document.positionAt(p.start), document.positionAt(p.end));
      let thread = threads.get(note.id);
      if (!thread) {
        thread = this.controller.createCommentThread(uri, range, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        threads.set(note.id, thread);
      } else if (!thread.range?.isEqual(range)) {
        thread.range = range;
      }
      const item = p.item ?? itemAt(doc.items, p.start);
      this.fill(thread, uri, note, store.readOnly, item ? `${vscode.l10n.t('Punkt')} ${item.number}` : undefined);
    }
    for (const [id, thread] of threads) {
      if (!live.has(id)) {
        thread.dispose();
        threads.delete(id);
      }
    }
  }

  private fill(thread: vscode.CommentThread, uri: vscode.Uri, note: Note, readOnly: boolean, label: string | undefined): void {
    const version = `${note.updated}|${readOnly}|${label}`;
    if (this.shown.get(thread) === version) return;
    // A comment being edited keeps its text until it is saved or cancelled.
    if (thread.comments.some((c) => c.mode === vscode.CommentMode.Editing)) return;
    this.shown.set(thread, version);
    thread.comments = [
      new NoteComment(uri, note.id, null, note.body, note.author, note.created, readOnly, thread),
      ...note.replies.map((r) => new NoteComment(uri, note.id, r.id, r.body, r.author, r.created, readOnly, thread)),
    ];
    thread.label = label;
    thread.canReply = !readOnly;
    thread.state = note.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.contextValue = `note-${note.resolved ? 'resolved' : 'open'}${readOnly ? '-readonly' : ''}`;
    (thread as { noteId?: string }).noteId = note.id;
  }

  noteIdOf(thread: vscode.CommentThread): string | undefined {
    return (thread as { noteId?: string }).noteId;
  }

  // ---- actions ----

  /** Opens an empty thread at the selection (or the cursor's line, or the item's heading) to type a note in. */
  async startNote(editor: vscode.TextEditor | undefined, scope: 'auto' | 'item'): Promise<void> {
    if (!editor || !isReferatDocument(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a referat to add a note.'));
      return;
    }
    const store = await this.notes.store(editor.document.uri);
    if (store.readOnly) {
      await this.notes.change(editor.document.uri, () => Promise.reject(new Error('read-only')));
      return;
    }
    const document = editor.document;
    let range: vscode.Range;
    let threadScope: AnchorScope;
    if (scope === 'item') {
      const { doc } = this.notes.placements(document, store);
      const item = itemAt(doc.items, document.offsetAt(editor.selection.active));
      if (!item) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor in an item (Punkt) to add a note on it.'));
        return;
      }
      range = new vscode.Range(document.positionAt(item.heading.start), document.positionAt(item.heading.end));
      threadScope = 'item';
    } else if (editor.selection.isEmpty) {
      range = document.lineAt(editor.selection.active.line).range;
      threadScope = 'line';
    } else {
      range = new vscode.Range(editor.selection.start, editor.selection.end);
      threadScope = 'selection';
    }
    const thread = this.controller.createCommentThread(document.uri, range, []);
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    thread.canReply = true;
    this.pendingScope.set(thread, threadScope);
    // An item's heading can be far above the cursor: bring the input box into view.
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The anchor of a thread's range: scope from how the thread was opened, or from its range. */
  anchorOf(document: vscode.TextDocument, range: vscode.Range, scope: AnchorScope | undefined): Anchor {
    const store = this.notes.loaded(document.uri)!;
    const { doc } = this.notes.placements(document, store);
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    if (scope === 'item') {
      const item = itemAt(doc.items, start);
      if (item) return itemAnchor(doc, item);
    }
    // A thread opened from the gutter covers whole lines (or one empty position): a line note.
    const wholeLine = range.start.character === 0 && (range.isEmpty || range.end.character === 0 || range.end.character >= document.lineAt(range.end.line).range.end.character);
    if (scope === 'line' || (scope === undefined && (wholeLine || range.isSingleLine && range.isEmpty))) return lineAnchor(doc, range.start.line);
    return anchorAt(doc, start, end, 'selection');
  }

  async createNote(reply: vscode.CommentReply): Promise<void> {
    const { thread, text } = reply;
    const document = await vscode.workspace.openTextDocument(thread.uri);
    await this.notes.store(document.uri);
    const range = thread.range ?? new vscode.Range(0, 0, 0, 0);
    const anchor = this.anchorOf(document, range, this.pendingScope.get(thread));
    // The real thread comes from the store's change; this one was only the input box.
    thread.dispose();
    const note = await this.notes.change(document.uri, (store) => store.addNote({ body: text, anchor, author: this.notes.author() }));
    // Threads of saved notes start collapsed; the one just written stays open where the input
    // box was, or the note would seem to vanish on "Add note".
    const created = note && this.threads.get(document.uri.toString())?.get(note.id);
    if (created) created.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  async reply(reply: vscode.CommentReply): Promise<void> {
    const id = this.noteIdOf(reply.thread);
    if (!id) return this.createNote(reply);
    await this.notes.change(reply.thread.uri, (store) => store.addReply(id, { body: reply.text, author: this.notes.author() }));
  }

  edit(comment: NoteComment): void {
    comment.thread.comments = comment.thread.comments.map((c) => {
      if (c === comment) c.mode = vscode.CommentMode.Editing;
      return c;
    });
  }

  async save(comment: NoteComment): Promise<void> {
    const body = bodyOf(comment.body);
    comment.mode = vscode.CommentMode.Preview;
    comment.thread.comments = [...comment.thread.comments];
    this.shown.delete(comment.thread);
    await this.notes.change(comment.documentUri, async (store) => {
      if (comment.replyId) await store.updateReply(comment.noteId, comment.replyId, body);
      else await store.updateNote(comment.noteId, { body });
    });
  }

  cancel(comment: NoteComment): void {
    comment.body = new vscode.MarkdownString(comment.savedBody);
    comment.mode = vscode.CommentMode.Preview;
    comment.thread.comments = [...comment.thread.comments];
  }

  async deleteComment(comment: NoteComment): Promise<void> {
    if (comment.replyId) {
      await this.notes.change(comment.documentUri, (store) => store.deleteReply(comment.noteId, comment.replyId!));
      return;
    }
    await this.deleteNote(comment.documentUri, comment.noteId);
  }

  async deleteThread(thread: vscode.CommentThread): Promise<void> {
    const id = this.noteIdOf(thread);
    if (!id) {
      thread.dispose();
      return;
    }
    await this.deleteNote(thread.uri, id);
  }

  private async deleteNote(uri: vscode.Uri, id: string): Promise<void> {
    const yes = vscode.l10n.t('Delete');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Delete this note and its replies?'), { modal: true }, yes);
    if (answer !== yes) return;
    await this.notes.change(uri, (store) => store.deleteNote(id));
  }

  async setResolved(thread: vscode.CommentThread, resolved: boolean): Promise<void> {
    const id = this.noteIdOf(thread);
    if (!id) return;
    await this.notes.change(thread.uri, (store) => store.updateNote(id, { resolved }));
  }

  /** For tests and scripts: a note on a whole line (0-based), without the UI. Returns the note's id. */
  async addNoteAt(uri: vscode.Uri | string, line: number, text: string): Promise<string | undefined> {
    const documentUri = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    const document = await vscode.workspace.openTextDocument(documentUri);
    const store = await this.notes.store(document.uri);
    const { doc } = this.notes.placements(document, store);
    const anchor = lineAnchor(doc, line);
    const note = await this.notes.change(document.uri, (s) => s.addNote({ body: text, anchor, author: this.notes.author() }));
    return note?.id;
  }
}
