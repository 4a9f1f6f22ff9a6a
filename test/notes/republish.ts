// Re-published variants of a referat, made the ways municipalities re-publish: items
// renumbered, text inserted, lines re-wrapped, CRLF line endings, an item retitled or removed.
// Each variant says which original items it retitled or removed, so a test knows where every
// note should land.

import { parseReferat, type ReferatDocument } from '../../server/src/parser';

export interface Variant {
  readonly name: string;
  readonly text: string;
  /** Original item index -> the title it has now. */
  readonly retitled: ReadonlyMap<number, string>;
  /** Original item indexes no longer in the document. */
  readonly removed: ReadonlySet<number>;
}

type Edit = { start: number; end: number; insert: string };

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  return out;
}

/** Long body lines of an item (paragraphs, not headings), as [start, end) offsets. */
function bodyLines(doc: ReferatDocument, itemIndex: number, minLength: number): { start: number; end: number }[] {
  const item = doc.items[itemIndex];
  const lines = doc.lines;
  const found: { start: number; end: number }[] = [];
  const first = lines.positionAt(item.heading.end).line + 1;
  const last = lines.positionAt(item.span.end).line;
  for (let l = first; l <= last; l++) {
    const start = lines.lineStarts[l];
    const end = lines.lineContentEnd(l);
    if (end - start >= minLength && !doc.text.slice(start, end).includes('\t')) found.push({ start, end });
  }
  return found;
}

const middle = (doc: ReferatDocument) => Math.floor(doc.items.length / 2);

export function renumbered(text: string): string {
  return text.replace(/^Punkt (\d+):/gm, (_, n: string) => `Punkt ${Number(n) + 100}:`);
}

/** A paragraph before the first item, one inside the middle item, and words inside a sentence of another. */
export function inserted(text: string): string {
  const doc = parseReferat(text);
  // A transcript's lines are its pages: new paragraphs go inside a page, not on lines of their own.
  const paragraphBreak = doc.format === 'page-per-line transcript' ? ' ' : '\n\n';
  const edits: Edit[] = [];
  const first = doc.items[0];
  // In a transcript the heading runs on in its page's line: the new text goes at the end of the page before.
  const before = paragraphBreak === ' ' ? doc.text.slice(0, doc.lines.lineStarts[doc.lines.positionAt(first.heading.start).line]).trimEnd().length : first.heading.start;
  edits.push({ start: before, end: before, insert: 'Referatet er genudgivet med rettelser. Denne tekst stod ikke i det første referat.' + paragraphBreak });
  const inside = bodyLines(doc, middle(doc), 40)[0];
  if (inside) edits.push({ start: inside.end, end: inside.end, insert: paragraphBreak + 'Tilføjet efter mødet: Forvaltningen har rettet en tastefejl i bilaget.' });
  const other = bodyLines(doc, Math.max(0, middle(doc) - 1), 80)[0];
  if (other) {
    const space = doc.text.indexOf(' ', other.start + 30);
    if (space > 0 && space < other.end) edits.push({ start: space, end: space, insert: ' (som tidligere oplyst)' });
  }
  return applyEdits(text, edits);
}

/** Every third pair of neighbouring paragraphs joined into one line; every long line split in two. */
export function rewrapped(text: string): string {
  const doc = parseReferat(text);
  // A transcript's lines are its pages, so breaking them makes another document; there a
  // re-publication changes the spacing between sentences instead.
  if (doc.format === 'page-per-line transcript') return text.replace(/\. (?=\S)/g, '.  ');
  const edits: Edit[] = [];
  for (let i = 0; i < doc.items.length; i++) {
    const lines = bodyLines(doc, i, 60);
    for (let j = 0; j + 1 < lines.length; j += 3) {
      const between = text.slice(lines[j].end, lines[j + 1].start);
      if (/^\s+$/.test(between)) edits.push({ start: lines[j].end, end: lines[j + 1].start, insert: ' ' });
    }
  }
  const joined = applyEdits(text, edits);
  return joined
    .split('\n')
    .map((line) => {
      if (line.length < 200) return line;
      const space = line.indexOf(' ', Math.floor(line.length / 2));
      return space > 0 ? line.slice(0, space) + '\n' + line.slice(space + 1) : line;
    })
    .join('\n');
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function retitled(text: string): { text: string; retitled: Map<number, string> } {
  const doc = parseReferat(text);
  const index = middle(doc);
  const item = doc.items[index];
  const insert = 'Revideret ';
  return {
    text: applyEdits(text, [{ start: item.title.span.start, end: item.title.span.start, insert }]),
    retitled: new Map([[index, insert + item.title.value]]),
  };
}

export function withoutItem(text: string): { text: string; removed: Set<number> } {
  const doc = parseReferat(text);
  // A transcript's items are found page by page; cutting pages out of its middle leaves a
  // document no municipality publishes (the page numbers jump), so there the last item goes.
  const index = doc.format === 'page-per-line transcript' ? doc.items.length - 1 : Math.floor(doc.items.length / 3);
  const item = doc.items[index];
  return { text: applyEdits(text, [{ start: item.span.start, end: item.span.end, insert: '' }]), removed: new Set([index]) };
}

export function variants(original: string): Variant[] {
  const none = { retitled: new Map<number, string>(), removed: new Set<number>() };
  const title = retitled(original);
  const removal = withoutItem(original);
  const all = withoutItem(title.text);
  return [
    { name: 'items renumbered', text: renumbered(original), ...none },
    { name: 'text inserted before and inside items', text: inserted(original), ...none },
    { name: 'lines re-wrapped', text: rewrapped(original), ...none },
    { name: 'CRLF line endings', text: crlf(original), ...none },
    { name: 'an item retitled', text: title.text, retitled: title.retitled, removed: new Set() },
    { name: 'an item removed', text: removal.text, retitled: new Map(), removed: removal.removed },
    {
      name: 'all of it at once',
      text: crlf(rewrapped(inserted(renumbered(all.text)))),
      retitled: title.retitled,
      // withoutItem on the retitled text removes the same index: retitling changes no item count.
      removed: all.removed,
    },
  ];
}
