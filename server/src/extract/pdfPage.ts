// One PDF page's text pieces as lines in reading order, each with its typography and whether a
// paragraph break (a vertical gap clearly larger than the page's line spacing) comes before it.

import { readingOrder } from './pdfColumns';
import { groupRows, mostCommon, rowText, type TextRun } from './pdfRows';

export interface PageLine {
  readonly text: string;
  readonly bold: boolean;
  readonly size: number;
  /** A blank line belongs before this one (never before a page's first line). */
  readonly paragraphBefore: boolean;
}

/** A gap of more than this many line spacings (or of ems, whichever is less) is a paragraph break. */
const PARAGRAPH_PITCHES = 1.4;
const PARAGRAPH_EMS = 1.8;
/** Line spacing in ems where a page has too few lines to measure it. */
const DEFAULT_PITCH = 1.2;

export function layoutPage(runs: readonly TextRun[]): PageLine[] {
  const rows = groupRows(runs);
  if (rows.length === 0) return [];
  const ordered = readingOrder(rows, bodySizeOf(runs));
  // The page's line spacing in ems: the usual distance between a line and the next in one flow.
  const pitches: number[] = [];
  for (let k = 1; k < ordered.length; k++) {
    const a = ordered[k - 1];
    const b = ordered[k];
    if (a.segment !== b.segment || a.column !== b.column) continue;
    const em = Math.max(a.size, b.size);
    const d = (b.y - a.y) / em;
    if (d > 0.5 && d < 3) pitches.push(d);
  }
  pitches.sort((x, y) => x - y);
  const pitch = pitches.length >= 3 ? pitches[Math.floor((pitches.length - 1) / 2)] : DEFAULT_PITCH;
  const limit = Math.min(PARAGRAPH_PITCHES * pitch, PARAGRAPH_EMS);

  const lines: PageLine[] = [];
  let bottom = -Infinity;
  for (let k = 0; k < ordered.length; k++) {
    const line = ordered[k];
    const previous = k > 0 ? ordered[k - 1] : null;
    let gap: number | null = null;
    if (previous && previous.segment === line.segment) gap = previous.column === line.column ? line.y - previous.y : null;
    else if (previous) gap = line.y - bottom;
    if (!previous || previous.segment !== line.segment) bottom = -Infinity;
    bottom = Math.max(bottom, line.y);
    const { text, bold, size } = rowText(line.runs);
    if (text === '') continue;
    const em = Math.max(line.size, previous?.size ?? 0);
    lines.push({ text, bold, size, paragraphBefore: lines.length > 0 && gap !== null && gap / em > limit });
  }
  return lines;
}

/** The font size most of the characters have. */
export function bodySizeOf(runs: readonly TextRun[]): number {
  return mostCommon(countSizes(runs));
}

/** Characters per font size (rounded to a tenth of a point), added to `counts`. */
export function countSizes(runs: readonly TextRun[], counts = new Map<number, number>()): Map<number, number> {
  for (const r of runs) {
    const letters = r.text.replace(/\s/g, '').length;
    if (letters === 0) continue;
    const size = Math.round(r.size * 10) / 10;
    counts.set(size, (counts.get(size) ?? 0) + letters);
  }
  return counts;
}
