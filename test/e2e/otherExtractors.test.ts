// Minutes as other tools take them out of a PDF: the samples and the corpus documents set as PDF
// pages (test/extract/documentPdf.ts), read by Poppler's pdftotext, as a reader who copies a
// municipality's PDF into a text file gets them. Its raw output drops the blank lines between
// paragraphs; its -layout output keeps a page's empty foot as blank lines and the running
// header beside the form feed. Every item must be found with its number and title either way.
// In the e2e tier: pdftotext comes from .ci/e2e-setup.sh (Debian's poppler-utils).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeTitle, parseReferat } from '../../server/src/parser';
import { corpusDocuments, samples } from '../testUtil';
import { asPdf } from '../extract/documentPdf';
import { pdftotext, requireTools } from './harness/env';

const comparable = (s: string) => normalizeTitle(s).replace(/\s+/g, ' ').slice(0, 30);
const documents = [...samples().filter((s) => parseReferat(s.text).format === 'line-structured'), ...corpusDocuments()];

for (const mode of [[], ['-layout']]) {
  test(`the samples and corpus documents as PDF, read by pdftotext ${mode.join(' ') || '(raw)'}: every item with its number and title`, async (t) => {
    const tools = requireTools(t, { pdftotext: pdftotext() });
    if (!tools) return;
    const dir = mkdtempSync(join(tmpdir(), 'referat-pdftotext-'));
    try {
      for (const doc of documents) {
        const pdf = join(dir, `${doc.name}.pdf`);
        writeFileSync(pdf, await asPdf(doc));
        const text: string = execFileSync(tools.pdftotext, [...mode, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
        assert.deepEqual(
          parseReferat(text).items.map((it) => [it.number, comparable(it.title.value)]),
          doc.gold.items.map((it) => [it.number, comparable(it.title)]),
          doc.name,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
