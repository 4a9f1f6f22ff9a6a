// The whole way a reader takes with a municipality's PDF: the samples' and the corpus's minutes
// set as PDF pages (paragraphs wrapped at the page's width, headings in bold, a running header
// and "Side N af M" on every page), read back by the extraction and parsed. Every item must be
// found with its number and title, paired as score_outline.py --by-title pairs them: the
// parser reads PDF text as it comes out, not only the exports it was first written for.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from '../../server/src/extract';
import { parseReferat, normalizeTitle } from '../../server/src/parser';
import { corpusDocuments, samples } from '../testUtil';
import { asPdf } from './documentPdf';
import { KNOWN_DIFFERENCES } from '../parser/knownDifferences';

const comparable = (s: string) => normalizeTitle(s).replace(/\s+/g, ' ').slice(0, 30);

const documents = [...samples().filter((s) => parseReferat(s.text).format === 'line-structured'), ...corpusDocuments()];

for (const doc of documents) {
  test(`${doc.name} set as a PDF: every item found again, with its number and title`, async () => {
    const result = await extractText(await asPdf(doc), `${doc.name}.pdf`);
    assert.ok(result.ok, 'the PDF is read');
    assert.deepEqual([result.unreadablePages, result.scannedPages, result.littleText], [undefined, undefined, undefined], 'no warning');
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

test('the same documents set in a narrow column (60 characters a line): long titles wrap, every item is still found with its number and title', async () => {
  for (const doc of documents) {
    const result = await extractText(await asPdf(doc, 60), `${doc.name}.pdf`);
    assert.ok(result.ok, doc.name);
    assert.deepEqual(
      parseReferat(result.text).items.map((it) => [it.number, comparable(it.title.value)]),
      doc.gold.items.map((it) => [it.number, comparable(it.title)]),
      doc.name,
    );
  }
});
