// Pages: form feeds in the line-structured exports, one line per page in the transcript, and
// the transcript's trailing text, which is no part of the minutes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageAt, parseReferat } from '../../server/src/parser';
import { samples } from '../testUtil';
import { cut, spans } from './marks';

test('form feeds split pages; pageAt maps an offset to its page', () => {
  const { text, spans: [p1, p2, p3] } = spans('[[Punkt 1: A\n\nTekst.\n]]\f[[Punkt 2: B\n]]\f[[Tekst.]]');
  const doc = parseReferat(text);
  assert.deepEqual(doc.pages.map((p) => [p.number, cut(text, p.span)]), [[1, cut(text, p1)], [2, cut(text, p2)], [3, cut(text, p3)]]);
  assert.equal(pageAt(doc, 0), 1);
  assert.equal(pageAt(doc, p1.end - 1), 1);
  assert.equal(pageAt(doc, p1.end), 1, 'a form feed ends its page');
  assert.equal(pageAt(doc, p1.end + 1), 2);
  assert.equal(pageAt(doc, p2.start), 2);
  assert.equal(pageAt(doc, p3.start + 2), 3);
  assert.equal(pageAt(doc, text.length), 3, 'the end of the text is on the last page');
  assert.deepEqual(doc.items.map((it) => it.number), [1, 2], 'a form feed before a heading does not hide it');
});

test('a text without form feeds has no pages, and pageAt says null', () => {
  const doc = parseReferat('Punkt 1: A\n\nTekst.\n');
  assert.deepEqual(doc.pages, []);
  assert.equal(pageAt(doc, 3), null);
});

test('transcript: the header lines before page 1 are on no page; the text after the last page is on the last', () => {
  const doc = parseReferat(transcript().text);
  assert.equal(pageAt(doc, 0), null);
  assert.equal(pageAt(doc, doc.text.length), 97);
});

const transcript = () => samples().find((s) => s.name.startsWith('002_'))!;

test('transcript: each page line is one page, numbered as written (line 10 is page 1, line 202 page 97)', () => {
  const { text } = transcript();
  const doc = parseReferat(text);
  assert.equal(doc.pages.length, 97);
  const lineOf = (offset: number) => doc.lines.positionAt(offset).line + 1;
  assert.deepEqual(doc.pages.map((p) => lineOf(p.span.start)), doc.pages.map((p) => 8 + 2 * p.number));
  const line22 = doc.lines.offsetAt({ line: 21, character: 500 });
  assert.equal(pageAt(doc, line22), 7);
  assert.equal(pageAt(doc, doc.lines.offsetAt({ line: 201, character: 0 })), 97);
});

test('transcript: items end where the attachments begin, and the teaser text after the last page yields no items', () => {
  const { text } = transcript();
  const doc = parseReferat(text);
  const lastPage = doc.pages[doc.pages.length - 1];
  assert.equal(doc.items.length, 12);
  assert.ok(doc.minutesEnd <= lastPage.span.end);
  for (const it of doc.items) assert.ok(it.span.end <= doc.minutesEnd, `Punkt ${it.number} ends before the attachments`);
  // Line 200 "96 Bilag: 9.1. Bilag 1 ..." is an attachment page: no item reaches it.
  const attachment = doc.lines.offsetAt({ line: 199, character: 0 });
  assert.ok(doc.items.every((it) => it.span.end < attachment));
});

test('transcript: an item-like line in the trailing text is ignored', () => {
  const { text } = transcript();
  const teaser = '\n\n99 Beskæftigelsesudvalget Mødedato Side Beslutningssag: Falsk punkt Åben sag Sagsnr.: 16/99999\n\nPunkt 13: Heller ikke et punkt\n';
  const before = parseReferat(text);
  const after = parseReferat(text + teaser);
  assert.deepEqual(
    after.items.map((it) => [it.number, it.title.value, it.span.start, it.span.end]),
    before.items.map((it) => [it.number, it.title.value, it.span.start, it.span.end]),
  );
});
