// Highlights: a selection marked in one of four colours, kept in the same sidecar as the notes
// and re-placed the same way. "Fjern fremhævning" removes the highlights under the selection.

import * as vscode from 'vscode';
import { anchorAt } from './anchoring';
import { HIGHLIGHT_COLOURS, type HighlightColour } from './model';
import { isReferatDocument, type NotesManager } from './notesManager';

const COLOURS: Record<HighlightColour, { background: string; ruler: string }> = {
  yellow: { background: 'rgba(255, 214, 0, 0.35)', ruler: 'rgba(255, 214, 0, 0.9)' },
  green: { background: 'rgba(60, 200, 90, 0.30)', ruler: 'rgba(60, 200, 90, 0.9)' },
  blue: { background: 'rgba(70, 150, 255, 0.30)', ruler: 'rgba(70, 150, 255, 0.9)' },
  red: { background: 'rgba(240, 70, 70, 0.30)', ruler: 'rgba(240, 70, 70, 0.9)' },
};

export function colourName(colour: HighlightColour): string {
  switch (colour) {
    case 'yellow':
      return vscode.l10n.t('Yellow');
    case 'green':
      return vscode.l10n.t('Green');
    case 'blue':
      return vscode.l10n.t('Blue');
    case 'red':
      return vscode.l10n.t('Red');
  }
}

export class Highlights implements vscode.Disposable {
  private readonly decorations = new Map<HighlightColour, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly notes: NotesManager) {
    for (const colour of HIGHLIGHT_COLOURS) {
      const c = COLOURS[colour];
      const type = vscode.window.createTextEditorDecorationType({ backgroundColor: c.background, overviewRulerColor: c.ruler, overviewRulerLane: vscode.OverviewRulerLane.Center });
      this.decorations.set(colour, type);
      this.disposables.push(type);
    }
    this.disposables.push(
      notes.onDidChange((uri) => this.paint(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
    );
    this.paintAll();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.paintEditor(editor);
  }

  private paint(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) void this.paintEditor(editor);
  }

  private async paintEditor(editor: vscode.TextEditor): Promise<void> {
    if (!isReferatDocument(editor.document)) return;
    const store = await this.notes.store(editor.document.uri);
    const { placements } = this.notes.placements(editor.document, store);
    const ranges = new Map<HighlightColour, vscode.Range[]>(HIGHLIGHT_COLOURS.map((c) => [c, []]));
    for (const h of store.sidecar.highlights) {
      const p = placements.get(h.id);
      if (p && p.kind !== 'orphaned') ranges.get(h.colour)!.push(new vscode.Range(editor.document.positionAt(p.start), editor.document.positionAt(p.end)));
    }
    for (const [colour, type] of this.decorations) editor.setDecorations(type, ranges.get(colour)!);
  }

  /** Highlights the selection; asks for the colour unless given. */
  async highlight(colour?: HighlightColour): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isReferatDocument(editor.document) || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select text in a referat to highlight it.'));
      return;
    }
    const chosen =
      colour && (HIGHLIGHT_COLOURS as readonly string[]).includes(colour)
        ? colour
        : (await vscode.window.showQuickPick(HIGHLIGHT_COLOURS.map((c) => ({ label: colourName(c), colour: c })), { placeHolder: vscode.l10n.t('Highlight colour') }))?.colour;
    if (!chosen) return;
    const document = editor.document;
    const store = await this.notes.store(document.uri);
    const { doc } = this.notes.placements(document, store);
    const anchor = anchorAt(doc, document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end));
    await this.notes.change(document.uri, (s) => s.addHighlight(chosen, anchor));
  }

  /** Removes every highlight that overlaps the selection (or holds the cursor). */
  async remove(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isReferatDocument(editor.document)) return;
    const document = editor.document;
    const store = await this.notes.store(document.uri);
    const { placements } = this.notes.placements(document, store);
    const from = document.offsetAt(editor.selection.start);
    const to = document.offsetAt(editor.selection.end);
    const ids = store.sidecar.highlights
      .filter((h) => {
        const p = placements.get(h.id);
        return p !== undefined && p.kind !== 'orphaned' && p.start <= to && from <= p.end;
      })
      .map((h) => h.id);
    if (ids.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no highlight here.'));
      return;
    }
    await this.notes.change(document.uri, (s) => s.deleteHighlights(ids));
  }
}
