// A document's text set as PDF pages, as a municipality's PDF sets minutes: paragraphs wrapped
// at the page's width, the item headings in bold, a running header and "Side N af M" on every
// page. Shared by the tests that read such PDFs back (our extraction, and other extractors').

import type { Sample } from '../testUtil';
import { LEFT, makePdf, runningHeadAndFoot, type Piece } from './makePdf';

const LINES_PER_PAGE = 50;
const PITCH = 14;
const TOP = 70;
/** Characters per line of 10-point Helvetica across the page's text column. */
export const FULL_WIDTH = 95;
/** What the standard fonts can set (WinAnsi); anything else becomes a question mark. */
const printable = (s: string) => s.replace(/\t/g, '    ').replace(/[^\x20-\x7e\u00a0-\u00ff–—‘’“”„…•€]/g, '?');

/** The text wrapped at word boundaries to a column `width` characters wide. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    const at = cut > 20 ? cut : width;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  out.push(rest);
  return out;
}

/** `sample` set as PDF pages, its lines wrapped at `width` characters (a narrower column wraps titles too). */
export async function asPdf(sample: Sample, width = FULL_WIDTH): Promise<Uint8Array> {
  const headingLines = new Set(sample.gold.items.map((it) => it.line - 1));
  const setLines: Array<{ text: string; bold: boolean } | null> = [];
  sample.text.split(/\r?\n/).forEach((raw, i) => {
    const text = printable(raw.trim());
    if (text.length === 0) setLines.push(null);
    else for (const part of wrap(text, width)) setLines.push({ text: part, bold: headingLines.has(i) });
  });
  const pages: Piece[][] = [];
  for (let from = 0; from < setLines.length; from += LINES_PER_PAGE) {
    const chunk = setLines.slice(from, from + LINES_PER_PAGE);
    pages.push(chunk.flatMap((l, k) => (l ? [{ text: l.text, x: LEFT, y: TOP + k * PITCH, size: 10, bold: l.bold }] : [])));
  }
  return makePdf(pages.map((pieces, k) => [...runningHeadAndFoot(k + 1, pages.length), ...pieces]));
}
