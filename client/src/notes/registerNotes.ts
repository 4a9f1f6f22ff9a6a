// Wires the notes together: the store manager, the comment threads, the highlights, the
// Noter view and the commands of the manifest (package.json "contributes").

import * as vscode from 'vscode';
import { anchorAt, lineAnchor } from './anchoring';
import { CommentsController, type NoteComment } from './commentsController';
import { noteReference, notesToMarkdown, type ExportLabels, type NotesOfDocument } from './exportMarkdown';
import { Highlights } from './highlights';
import type { HighlightColour } from './model';
import { NotesManager, isReferatDocument } from './notesManager';
import { NotesView, collectNotes, entryOf, type MeetingEntry, type NoteEntry } from './notesView';

/** Registers the notes; the manager is shared with the reading view, which shows them. */
export function registerNotes(context: vscode.ExtensionContext): NotesManager {
  const notes = new NotesManager();
  const comments = new CommentsController(notes);
  const highlights = new Highlights(notes);
  const view = new NotesView(notes);
  const command = (id: string, run: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, run);

  context.subscriptions.push(
    notes,
    comments,
    highlights,
    view,
    vscode.window.createTreeView('referat.notes', { treeDataProvider: view, showCollapseAll: true }),
    command('referat.notes.addNote', () => comments.startNote(vscode.window.activeTextEditor, 'auto')),
    command('referat.notes.addItemNote', () => comments.startNote(vscode.window.activeTextEditor, 'item')),
    command('referat.notes.addNoteAt', (uri: vscode.Uri | string, line: number, text: string) => comments.addNoteAt(uri, line, text)),
    command('referat.notes.createNote', (reply: vscode.CommentReply) => comments.createNote(reply)),
    command('referat.notes.reply', (reply: vscode.CommentReply) => comments.reply(reply)),
    command('referat.notes.editComment', (comment: NoteComment) => comments.edit(comment)),
    command('referat.notes.saveComment', (comment: NoteComment) => comments.save(comment)),
    command('referat.notes.cancelEdit', (comment: NoteComment) => comments.cancel(comment)),
    command('referat.notes.deleteComment', (comment: NoteComment) => comments.deleteComment(comment)),
    command('referat.notes.deleteNote', (thread: vscode.CommentThread) => comments.deleteThread(thread)),
    command('referat.notes.resolve', (thread: vscode.CommentThread) => comments.setResolved(thread, true)),
    command('referat.notes.reopen', (thread: vscode.CommentThread) => comments.setResolved(thread, false)),
    command('referat.highlight', (colour?: HighlightColour) => highlights.highlight(typeof colour === 'string' ? colour : undefined)),
    command('referat.removeHighlight', () => highlights.remove()),
    command('referat.notes.refresh', () => view.refresh()),
    command('referat.notes.open', (node: unknown) => openEntry(entryOf(node))),
    command('referat.notes.reattach', (node: unknown) => reattach(notes, entryOf(node))),
    command('referat.notes.copyReference', (arg: unknown) => copyReference(notes, comments, arg)),
    command('referat.notes.exportDocument', () => exportNotes(notes, 'document')),
    command('referat.notes.exportAll', () => exportNotes(notes, 'all')),
  );
  return notes;
}

async function openEntry(entry: NoteEntry | undefined): Promise<void> {
  if (!entry || entry.placement.kind === 'orphaned') return;
  const document = await vscode.workspace.openTextDocument(entry.documentUri);
  const range = new vscode.Range(document.positionAt(entry.placement.start), document.positionAt(entry.placement.end));
  await vscode.window.showTextDocument(document, { selection: range });
}

/** Attaches an orphaned note to the selection (or the cursor's line) in its document. */
async function reattach(notes: NotesManager, entry: NoteEntry | undefined): Promise<void> {
  if (!entry) return;
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== entry.documentUri.toString() || !isReferatDocument(editor.document)) {
    const document = await vscode.workspace.openTextDocument(entry.documentUri);
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the note belongs to, then choose "Re-attach" again.'));
    return;
  }
  const document = editor.document;
  const store = await notes.store(document.uri);
  const { doc } = notes.placements(document, store);
  const anchor = editor.selection.isEmpty
    ? lineAnchor(doc, editor.selection.active.line)
    : anchorAt(doc, document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end));
  await notes.change(document.uri, (s) => s.updateNote(entry.note.id, { anchor }));
}

async function copyReference(notes: NotesManager, comments: CommentsController, arg: unknown): Promise<void> {
  let entry = entryOf(arg);
  if (!entry && arg && typeof arg === 'object' && 'uri' in arg) {
    // A comment thread (its title bar menu).
    const thread = arg as vscode.CommentThread;
    const id = comments.noteIdOf(thread);
    const meeting = (await collectNotes(notes)).find((m) => m.documentUri.toString() === thread.uri.toString());
    entry = meeting?.notes.find((n) => n.note.id === id);
  }
  if (!entry) return;
  const reference = noteReference(vscode.workspace.asRelativePath(entry.documentUri), entry.line === null ? null : entry.line + 1, entry.item, entry.note.anchor.quote, vscode.l10n.t('Punkt'));
  await vscode.env.clipboard.writeText(reference);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', reference), 3000);
}

function exportLabels(): ExportLabels {
  return {
    title: vscode.l10n.t('Notes'),
    punkt: vscode.l10n.t('Punkt'),
    line: vscode.l10n.t('line'),
    outsideItems: vscode.l10n.t('Outside the items'),
    orphaned: vscode.l10n.t('Orphaned notes'),
    resolved: vscode.l10n.t('resolved'),
    noNotes: vscode.l10n.t('No notes.'),
  };
}

const toExport = (m: MeetingEntry): NotesOfDocument => ({
  path: vscode.workspace.asRelativePath(m.documentUri),
  committee: m.committee,
  date: m.date,
  notes: m.notes.map((n) => ({ note: n.note, line: n.line === null ? null : n.line + 1, item: n.item })),
});

async function exportNotes(notes: NotesManager, which: 'document' | 'all'): Promise<void> {
  let meetings = await collectNotes(notes);
  if (which === 'document') {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isReferatDocument(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a referat to export its notes.'));
      return;
    }
    meetings = meetings.filter((m) => m.documentUri.toString() === editor.document.uri.toString());
  }
  const content = notesToMarkdown(meetings.map(toExport), exportLabels());
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: false });
}
