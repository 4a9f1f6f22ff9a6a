// The entries under a contents heading when they are not a numbered run the items repeat
// (itemChoice.ts finds those): a line per entry, as a PDF's text gives it, where an entry's number
// may stand alone on the line above its title ("5." / "Ansøgning … og Ørslev" / "Kloster ..... 13")
// and a long title wraps onto a second line that carries its leader and page ("120. Aftale med
// Banedanmark … broer i" / "Næstved Kommune ........ 297").
//
// Why: read a line at a time, the number became an entry of its own and the wrapped title two
// entries, neither naming its item.

import type { Lines } from './lines';
import type { RawTocEntry } from './toc';
import { parseTocLine } from './toc';
import { TOC_COLUMN_HEADERS, WEB_CONTROL_LINES } from './vocabulary';

/** A web page's buttons under its "Dagsorden" heading ("Fold alle punkter [ud] [ind]"): no entry. */
const CONTROL_LINES = new Set(WEB_CONTROL_LINES.map((l) => l.toLowerCase()));
/** "Side" above the entries, "Pkt. Tekst Side": the table's column headers, no entry. */
const COLUMN_HEADERS = new RegExp(`^(?:(?:${TOC_COLUMN_HEADERS.map((h) => h.replace(/[.]/g, '\\.')).join('|')})(?:\\s+|$))+$`, 'i');
const isControlLine = (text: string) => COLUMN_HEADERS.test(text) || (text.length <= 60 && CONTROL_LINES.has(text.replace(/\s*\[[^\]]*\]/g, '').trim().toLowerCase()));

const NUMBER_ALONE = /^(\d{1,4})\.?$/;
/** "118. Title", "12 Title": the entry's number, then its title (a capital after a bare number). */
const NUMBERED = /^(\d{1,4})\.\s+(?=\S)|^(\d{1,3})\s+(?=\p{Lu})/u;
/** A line that ends an entry: its leader and page, or a tab and a page. */
const ENDS_WITH_PAGE = /(?:\.{3,}|\t)\s*\d{1,4}\s*$|\.{3,}\s*$/;

interface Part {
  readonly start: number;
  readonly text: string;
}

/** The entries on lines [from, to), furniture and blank lines skipped. */
export function contentsLines(lines: Lines, furniture: Uint8Array | null, from: number, to: number): RawTocEntry[] {
  const entries: RawTocEntry[] = [];
  let pending: number | null = null;
  let parts: Part[] = [];
  let number: number | null = null;
  let open = false;
  const flush = () => {
    if (parts.length > 0) {
      const entry = joined(parts, number);
      if (entry) entries.push(entry);
    }
    parts = [];
    number = null;
    open = false;
  };
  for (let i = from; i < to; i++) {
    if (lines.isBlank(i) || (furniture && furniture[i] === 1)) continue;
    const text = lines.textOf(i);
    if (isControlLine(text)) continue;
    const start = lines.starts[i];
    const alone = NUMBER_ALONE.exec(text);
    if (alone) {
      flush();
      pending = Number(alone[1]);
      continue;
    }
    const ends = ENDS_WITH_PAGE.test(text);
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      flush();
      number = Number(numbered[1] ?? numbered[2]);
      parts = [{ start: start + numbered[0].length, text: text.slice(numbered[0].length) }];
      open = !ends;
      pending = null;
      continue;
    }
    // A wrapped title's second line carries the page its first line lacked.
    if (open && ends) {
      parts.push({ start, text });
      flush();
      continue;
    }
    flush();
    number = pending;
    pending = null;
    parts = [{ start, text }];
    open = number !== null && !ends;
    if (!open) flush();
  }
  flush();
  return entries;
}

/**
 * A contents copied a column at a time: its numbers alone a line ("41." / "42." / "43."), then as
 * many titles (a line starting small goes on from the one above: a wrapped title). The pairs in
 * order, or none when the titles do not count up to the numbers (nothing says which goes with which).
 */
export function columnEntries(lines: Lines, furniture: Uint8Array | null, from: number, to: number): RawTocEntry[] {
  const numbers: number[] = [];
  const titles: Part[][] = [];
  for (let i = from; i < to; i++) {
    if (lines.isBlank(i) || (furniture && furniture[i] === 1)) continue;
    const text = lines.textOf(i);
    if (isControlLine(text)) continue;
    const alone = NUMBER_ALONE.exec(text);
    if (alone && titles.length === 0) {
      numbers.push(Number(alone[1]));
      continue;
    }
    if (alone || NUMBERED.test(text) || numbers.length < 2) break;
    const part = { start: lines.starts[i], text };
    if (/^\p{Ll}/u.test(text) && titles.length > 0) titles[titles.length - 1].push(part);
    else if (titles.length < numbers.length) titles.push([part]);
    else break;
  }
  if (numbers.length < 2 || titles.length !== numbers.length) return [];
  const entries: RawTocEntry[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const entry = joined(titles[k], numbers[k]);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** One entry from its lines, joined with a space; its title's span ends on the line it ends on. */
function joined(parts: readonly Part[], number: number | null): RawTocEntry | null {
  const text = parts.map((p) => p.text).join(' ');
  const entry = parseTocLine(text, parts[0].start);
  if (!entry) return null;
  const titleLength = entry.title.length;
  // Where the title ends in the source: on the part holding its last character.
  let offset = 0;
  let end = parts[0].start + titleLength;
  for (const p of parts) {
    if (titleLength <= offset + p.text.length) {
      end = p.start + (titleLength - offset);
      break;
    }
    offset += p.text.length + 1;
  }
  const last = parts[parts.length - 1];
  return {
    title: entry.title,
    titleSpan: { start: parts[0].start, end },
    pages: entry.pages,
    span: { start: parts[0].start, end: last.start + last.text.length },
    ...(number !== null ? { number } : {}),
  };
}
