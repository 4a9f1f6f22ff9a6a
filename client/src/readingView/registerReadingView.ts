// The reading view's commands: open it (here or to the side), add a note on its selection, and
// export it as one self-contained HTML file.

import * as vscode from 'vscode';
import type { NotesManager } from '../notes/notesManager';
import { readingLabels } from './labels';
import { READING_VIEW_TYPE, ReadingViewPanel, readingNotes, readingViewModel } from './readingViewPanel';
import { renderPage, renderReadingView } from './render';

export function registerReadingView(context: vscode.ExtensionContext, notes: NotesManager): void {
  const panels = new Map<string, ReadingViewPanel>();
  let lastActive: ReadingViewPanel | undefined;

  // "Add note on selection" is offered while a view is shown, not only while it has the
  // keyboard: a click in the text of the view may leave the editor's group the active one.
  const setVisibleContext = () =>
    void vscode.commands.executeCommand('setContext', 'referat.readingViewVisible', [...panels.values()].some((p) => p.panel.visible));
  const adopt = (panel: vscode.WebviewPanel, documentUri: vscode.Uri) => {
    const key = documentUri.toString();
    const view = new ReadingViewPanel(panel, documentUri, context.extensionUri, notes);
    panels.set(key, view);
    lastActive = view;
    setVisibleContext();
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) lastActive = view;
      setVisibleContext();
    });
    view.onDidClose(() => {
      panels.delete(key);
      if (lastActive === view) lastActive = undefined;
      setVisibleContext();
    });
  };

  const open = async (uri: unknown, column: vscode.ViewColumn) => {
    const document = await referatDocument(uri);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a referat to show its reading view.'));
      return;
    }
    const key = document.uri.toString();
    const known = panels.get(key);
    if (known) {
      known.panel.reveal(column === vscode.ViewColumn.Beside ? undefined : column, column === vscode.ViewColumn.Beside);
      return;
    }
    const name = document.uri.path.split('/').pop() ?? '';
    const panel = vscode.window.createWebviewPanel(READING_VIEW_TYPE, vscode.l10n.t('Reading view: {0}', name), { viewColumn: column, preserveFocus: column === vscode.ViewColumn.Beside });
    adopt(panel, document.uri);
  };

  const activeView = () => [...panels.values()].find((p) => p.panel.active) ?? (lastActive?.panel.visible ? lastActive : [...panels.values()].find((p) => p.panel.visible));

  context.subscriptions.push(
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
    // After a reload VS Code gives back the views that were open, with the state their page kept.
    vscode.window.registerWebviewPanelSerializer(READING_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const uri = (state as { uri?: unknown } | undefined)?.uri;
        if (typeof uri !== 'string' || panels.has(uri)) return panel.dispose();
        adopt(panel, vscode.Uri.parse(uri));
      },
    }),
    vscode.commands.registerCommand('referat.readingView.open', (uri?: unknown) => open(uri, vscode.ViewColumn.Active)),
    vscode.commands.registerCommand('referat.readingView.openToSide', (uri?: unknown) => open(uri, vscode.ViewColumn.Beside)),
    vscode.commands.registerCommand('referat.readingView.addNote', () => addNoteFromView(activeView())),
    // Arguments for scripts and tests: the document, the file to write, and whether with notes.
    vscode.commands.registerCommand('referat.readingView.export', (uri?: unknown, target?: unknown, withNotes?: unknown) =>
      exportReadingView(context, notes, uri, activeView(), target instanceof vscode.Uri ? { target, withNotes: withNotes === true } : undefined),
    ),
  );
}

/** The referat a command is for: its argument (an explorer or editor title URI), else the active editor's. */
async function referatDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) {
    const document = await vscode.workspace.openTextDocument(uri);
    return document.languageId === 'referat' ? document : undefined;
  }
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'referat' ? editor.document : undefined;
}

/** A note on what is selected in the view: the same text selected in the editor, and the usual note thread there. */
async function addNoteFromView(view: ReadingViewPanel | undefined): Promise<void> {
  if (!view) return;
  const editor = await view.editor(true);
  const range = view.selectedRange(editor.document);
  if (!range) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select text of the referat in the reading view to add a note on it.'));
    return;
  }
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('referat.notes.addNote');
}

async function exportReadingView(
  context: vscode.ExtensionContext,
  notes: NotesManager,
  uri: unknown,
  view: ReadingViewPanel | undefined,
  given?: { target: vscode.Uri; withNotes: boolean },
): Promise<void> {
  const fromView = !(uri instanceof vscode.Uri) && view?.panel.active ? view.documentUri : undefined;
  const document = fromView ? await vscode.workspace.openTextDocument(fromView) : await referatDocument(uri);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a referat to export its reading view.'));
    return;
  }
  const model = await readingViewModel(document.uri);
  if (!model) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The reading view of this document could not be made.'));
    return;
  }
  const placed = await readingNotes(notes, document.uri);
  let withNotes = given?.withNotes ?? false;
  if (!given && placed.length > 0) {
    const yes = vscode.l10n.t('With my notes and highlights');
    const no = vscode.l10n.t('Without notes');
    const choice = await vscode.window.showQuickPick([yes, no], { placeHolder: vscode.l10n.t('Export the reading view with your notes?') });
    if (!choice) return;
    withNotes = choice === yes;
  }
  const target =
    given?.target ??
    (await vscode.window.showSaveDialog({
    defaultUri: document.uri.with({ path: document.uri.path.replace(/(\.referat)?(\.txt)?$/, '') + '.html' }),
    filters: { HTML: ['html'] },
      saveLabel: vscode.l10n.t('Export'),
    }));
  if (!target) return;
  const labels = readingLabels();
  const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'readingView.css')));
  const title = [model.meeting.committee, model.meeting.date].filter((x) => x).join(', ') || (document.uri.path.split('/').pop() ?? '');
  const body = renderReadingView(model, labels, { notes: withNotes ? placed : [], expanded: true });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderPage(body, title, labels, { kind: 'export', css })));
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Exported the reading view to {0}', vscode.workspace.asRelativePath(target)), 5000);
}
