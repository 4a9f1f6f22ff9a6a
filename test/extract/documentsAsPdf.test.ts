// The whole way a reader takes with a municipality's PDF: the samples' and the corpus's minutes
// set as PDF pages (paragraphs wrapped at the page's width, headings in bold, a running header
// and "Side N af M" on every page), read back by the extraction and parsed. Every item must be
// found with its number and title, paired as score_outline.py --by-title pairs them: the
// parser reads PDF text as it comes out, not only the exports it was first written for.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from '../../server/src/extract';
import { parseReferat, normalizeTitle } from '../../server/src/parser';
import { corpusDocuments, samples, type Sample } from '../testUtil';
import { LEFT, makePdf, runningHeadAndFoot, type Piece } from './makePdf';
import { KNOWN_DIFFERENCES } from '../parser/knownDifferences';

const LINES_PER_PAGE = 50;
const PITCH = 14;
const TOP = 70;
/** Characters per line of 11-point Helvetica across the text column. */
const WIDTH = 95;
/** What the standard fonts can set (WinAnsi); anything else becomes a question mark. */
const printable = (s: string) => s.replace(/\t/g, '    ').replace(/[^\x20-\x7e\u00a0-\u00ff–—‘’“”„…•€]/g, '?');

/** The text wrapped at word boundaries to the column's width. */
function wrap(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    const cut = rest.lastIndexOf(' ', WIDTH);
    const at = cut > 20 ? cut : WIDTH;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  out.push(rest);
  return out;
}

async function asPdf(sample: Sample): Promise<Uint8Array> {
  const headingLines = new Set(sample.gold.items.map((it) => it.line - 1));
  const setLines: Array<{ text: string; bold: boolean } | null> = [];
  sample.text.split(/\r?\n/).forEach((raw, i) => {
    const text = printable(raw.trim());
    if (text.length === 0) setLines.push(null);
    else for (const part of wrap(text)) setLines.push({ text: part, bold: headingLines.has(i) });
  });
  const pages: Piece[][] = [];
  for (let from = 0; from < setLines.length; from += LINES_PER_PAGE) {
    const chunk = setLines.slice(from, from + LINES_PER_PAGE);
    pages.push(chunk.flatMap((l, k) => (l ? [{ text: l.text, x: LEFT, y: TOP + k * PITCH, size: 10, bold: l.bold }] : [])));
  }
  return makePdf(pages.map((pieces, k) => [...runningHeadAndFoot(k + 1, pages.length), ...pieces]));
}

const comparable = (s: string) => normalizeTitle(s).replace(/\s+/g, ' ').slice(0, 30);

const documents = [...samples().filter((s) => parseReferat(s.text).format === 'line-structured'), ...corpusDocuments()];

for (const doc of documents) {
  test(`${doc.name} set as a PDF: every item found again, with its number and title`, async () => {
    const result = await extractText(await asPdf(doc), `${doc.name}.pdf`);
    assert.ok(result.ok, 'the PDF is read');
    const parsed = parseReferat(result.text);
    assert.deepEqual(
      parsed.items.map((it) => [it.number, comparable(it.title.value)]),
      doc.gold.items.map((it) => [it.number, comparable(it.title)]),
    );
    assert.ok(parsed.furniture.length >= 2, 'the running header and page numbers are page furniture');
    // This meeting's Indstilling and Beslutning, and the earlier decisions quoted, per item.
    const decisions = (sections: ReadonlyArray<{ kind: string; prior?: unknown }>) =>
      sections.filter((s) => s.kind === 'Indstilling' || s.kind === 'Beslutning').map((s) => `${s.kind}${s.prior ? ' (earlier)' : ''}`);
    const known = new Set(KNOWN_DIFFERENCES.filter((k) => k.file === doc.name).map((k) => k.item));
    assert.deepEqual(
      parsed.items.filter((it) => !known.has(it.number)).map((it) => [it.number, decisions(it.sections)]),
      doc.gold.items.filter((it) => !known.has(it.number)).map((it) => [it.number, decisions(it.sections)]),
    );
  });
}
