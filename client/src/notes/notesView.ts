// The "Noter" view: every note in the workspace, by meeting and item, read from the sidecars
// next to the documents. A click goes to the note; an orphaned note (its text is gone from a
// re-published document) shows its quote and can be re-attached to the current selection.

import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { normalizeTitle } from '../../../server/src/parser';
import type { Placement } from './anchoring';
import { SIDECAR_SUFFIX, type AnchorItem, type Note } from './model';
import { documentOfSidecar, type NotesManager } from './notesManager';
import { extractedText, sourceFileOf } from '../openAsReferat';

export interface NoteEntry {
  readonly documentUri: vscode.Uri;
  readonly note: Note;
  readonly placement: Placement;
  /** 0-based line of the note, when placed. */
  readonly line: number | null;
  /** The item it stands in now, or stood in when orphaned. */
  readonly item: AnchorItem | null;
}

export interface MeetingEntry {
  readonly documentUri: vscode.Uri;
  readonly committee: string | null;
  readonly date: string | null;
  readonly notes: readonly NoteEntry[];
}

type Node =
  | { readonly kind: 'meeting'; readonly meeting: MeetingEntry }
  | { readonly kind: 'item'; readonly meeting: MeetingEntry; readonly item: AnchorItem | null; readonly notes: readonly NoteEntry[] }
  | { readonly kind: 'orphans'; readonly meeting: MeetingEntry; readonly notes: readonly NoteEntry[] }
  | { readonly kind: 'note'; readonly entry: NoteEntry };

const firstLine = (s: string) => s.trim().split(/\r?\n/)[0] ?? '';
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads every sidecar of the workspace and places its notes in its document's current text. */
export async function collectNotes(notes: NotesManager): Promise<MeetingEntry[]> {
  // `null`, not an exclude glob: with one, files.exclude applies too, and Referat's default
  // files.exclude hides the sidecars from the Explorer (package.json configurationDefaults).
  const found = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, null);
  const sidecars = found.filter((uri) => !uri.path.split('/').includes('node_modules'));
  const meetings: MeetingEntry[] = [];
  for (const sidecar of sidecars) {
    const documentUri = documentOfSidecar(sidecar);
    const pdf = sourceFileOf(documentUri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentUri.toString());
    let text: string;
    try {
      text = open ? open.getText() : pdf ? await extractedText(pdf) : await fs.readFile(documentUri.fsPath, 'utf8');
    } catch {
      text = '';
    }
    const store = await notes.store(documentUri);
    const { doc, placements } = notes.placementsOfText(documentUri, text, open ? open.version : -1, store);
    const entries = store.sidecar.notes.map((note): NoteEntry => {
      const placement = placements.get(note.id) ?? { kind: 'orphaned' };
      if (placement.kind === 'orphaned') return { documentUri, note, placement, line: null, item: note.anchor.item };
      const item = placement.item ? { number: placement.item.number, title: placement.item.title.value, caseNumber: placement.item.caseNumber?.text ?? null } : null;
      return { documentUri, note, placement, line: doc.lines.positionAt(placement.start).line, item };
    });
    if (entries.length === 0) continue;
    meetings.push({ documentUri, committee: doc.meeting.committee?.value ?? null, date: doc.meeting.meetingDate?.value ?? doc.meeting.headerDate?.value ?? null, notes: entries });
  }
  return meetings.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.documentUri.fsPath.localeCompare(b.documentUri.fsPath));
}

export class NotesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly notes: NotesManager) {
    this.disposables.push(notes.onDidChange(() => this.refreshSoon()));
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return (await collectNotes(this.notes)).map((meeting) => ({ kind: 'meeting', meeting }));
    if (node.kind === 'meeting') {
      const placed = node.meeting.notes.filter((n) => n.line !== null).sort((a, b) => a.line! - b.line!);
      const groups: Node[] = [];
      for (const entry of placed) {
        const last = groups[groups.length - 1];
        const key = (i: AnchorItem | null) => (i ? `${i.number}|${normalizeTitle(i.title)}` : '');
        if (last && last.kind === 'item' && key(last.item) === key(entry.item)) (last.notes as NoteEntry[]).push(entry);
        else groups.push({ kind: 'item', meeting: node.meeting, item: entry.item, notes: [entry] });
      }
      const orphans = node.meeting.notes.filter((n) => n.line === null);
      if (orphans.length > 0) groups.push({ kind: 'orphans', meeting: node.meeting, notes: orphans });
      return groups;
    }
    if (node.kind === 'item' || node.kind === 'orphans') return node.notes.map((entry) => ({ kind: 'note', entry }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'meeting': {
        const name = [node.meeting.committee, node.meeting.date].filter(Boolean).join(' · ') || vscode.workspace.asRelativePath(node.meeting.documentUri);
        const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
        item.description = vscode.workspace.asRelativePath(node.meeting.documentUri);
        item.resourceUri = node.meeting.documentUri;
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'meeting';
        return item;
      }
      case 'item': {
        const label = node.item ? `${vscode.l10n.t('Punkt')} ${node.item.number}: ${node.item.title}` : vscode.l10n.t('Outside the items');
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = node.item?.caseNumber ?? undefined;
        item.iconPath = new vscode.ThemeIcon('symbol-class');
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem(vscode.l10n.t('Orphaned notes'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.notes.length);
        item.tooltip = vscode.l10n.t('The text these notes were on is no longer in the document. Select where they belong and choose "Re-attach".');
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'note': {
        const { entry } = node;
        const orphan = entry.line === null;
        const item = new vscode.TreeItem(firstLine(entry.note.body) || flat(entry.note.anchor.quote), vscode.TreeItemCollapsibleState.None);
        const quote = flat(entry.note.anchor.quote);
        item.description = orphan && entry.item ? `${vscode.l10n.t('Punkt')} ${entry.item.number}: "${quote}"` : `"${quote}"`;
        const tooltip = new vscode.MarkdownString();
        tooltip.appendMarkdown(`> ${quote.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')}\n\n`);
        tooltip.appendText(entry.note.body);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon(orphan ? 'debug-disconnect' : entry.note.resolved ? 'pass' : 'comment');
        item.contextValue = orphan ? 'orphanedNote' : 'note';
        if (!orphan) item.command = { command: 'referat.notes.open', title: vscode.l10n.t('Go to note'), arguments: [node] };
        return item;
      }
    }
  }
}

/** The note entry a command got from the view (a tree node) or from elsewhere. */
export function entryOf(arg: unknown): NoteEntry | undefined {
  const node = arg as Node | undefined;
  return node && node.kind === 'note' ? node.entry : undefined;
}
