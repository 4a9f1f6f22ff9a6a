// Notes as Markdown, with what a reader needs to find their place without the editor: the
// meeting, the item, the quoted text, the line. And the one-line reference that "Copy note
// reference" puts on the clipboard. Labels come from the caller, already translated.

import type { AnchorItem, Note } from './model';

export interface PlacedNote {
  readonly note: Note;
  /** 1-based line where the note stands now, or null when it is orphaned. */
  readonly line: number | null;
  /** The item it stands in now (or stood in, when orphaned). */
  readonly item: AnchorItem | null;
}

export interface NotesOfDocument {
  /** The document's path as the reader knows it (relative to the workspace). */
  readonly path: string;
  readonly committee: string | null;
  /** ISO date of the meeting. */
  readonly date: string | null;
  readonly notes: readonly PlacedNote[];
}

export interface ExportLabels {
  readonly title: string;
  readonly punkt: string;
  readonly line: string;
  readonly outsideItems: string;
  readonly orphaned: string;
  readonly resolved: string;
  readonly noNotes: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function shorten(s: string, max: number): string {
  const flat = oneLine(s);
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

const itemHeading = (item: AnchorItem, labels: ExportLabels) =>
  `${labels.punkt} ${item.number}: ${oneLine(item.title)}${item.caseNumber ? ` (${item.caseNumber})` : ''}`;

const quoteBlock = (text: string) =>
  text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((l) => `> ${l}`.trimEnd())
    .join('\n');

function noteMarkdown(p: PlacedNote, path: string, labels: ExportLabels): string {
  const { note } = p;
  const facts = [
    p.line !== null ? `[${labels.line} ${p.line}](${encodeURI(path)}#L${p.line})` : labels.orphaned,
    note.anchor.section,
    note.created.slice(0, 10),
    note.author,
    note.resolved ? labels.resolved : null,
  ].filter(Boolean);
  const parts = [quoteBlock(note.anchor.quote), '', `*${facts.join(' · ')}*`, '', note.body.trim()];
  for (const r of note.replies) parts.push('', `- **${r.author ?? '—'}** (${r.created.slice(0, 10)}): ${r.body.trim().replace(/\n/g, '\n  ')}`);
  return parts.join('\n');
}

/** One Markdown document with the notes of every given document, item by item, orphans last. */
export function notesToMarkdown(documents: readonly NotesOfDocument[], labels: ExportLabels): string {
  const out: string[] = [`# ${labels.title}`];
  const withNotes = documents.filter((d) => d.notes.length > 0);
  if (withNotes.length === 0) out.push('', labels.noNotes);
  for (const doc of withNotes) {
    const meeting = [doc.committee, doc.date].filter(Boolean).join(' · ');
    out.push('', `## ${meeting || doc.path}`, '', `\`${doc.path}\``);
    const placed = doc.notes.filter((n) => n.line !== null).sort((a, b) => a.line! - b.line!);
    const orphaned = doc.notes.filter((n) => n.line === null);
    let heading: string | undefined;
    for (const p of placed) {
      const h = p.item ? itemHeading(p.item, labels) : labels.outsideItems;
      if (h !== heading) out.push('', `### ${h}`);
      heading = h;
      out.push('', noteMarkdown(p, doc.path, labels));
    }
    if (orphaned.length > 0) {
      out.push('', `### ${labels.orphaned}`);
      for (const p of orphaned) {
        out.push('', ...(p.item ? [`**${itemHeading(p.item, labels)}**`, ''] : []), noteMarkdown(p, doc.path, labels));
      }
    }
  }
  return out.join('\n') + '\n';
}

/** `referater/2020-11-25.txt#L27 Punkt 64 "Kommunalbestyrelsen godkendte Budget 2021 …"` */
export function noteReference(path: string, line: number | null, item: AnchorItem | null, quote: string, punkt = 'Punkt'): string {
  return [line !== null ? `${path}#L${line}` : path, item ? `${punkt} ${item.number}` : null, `"${shorten(quote, 80)}"`].filter(Boolean).join(' ');
}
