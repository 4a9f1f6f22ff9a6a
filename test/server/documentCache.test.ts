// The cache re-parses a changed document from the editor's edits. Whatever the editor sends
// (several changes in one notification, several notifications between two requests, a whole
// replacement, a version the cache never saw), the model must be the whole parse of the text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../../server/src/documentCache';
import { recordingEdits } from '../../server/src/documentEdits';
import { parseReferat } from '../../server/src/parser';
import { samples } from '../testUtil';

function editor() {
  const cache = new DocumentCache();
  const config = recordingEdits((uri, from, to, edit) => cache.edited(uri, from, to, edit));
  let document: TextDocument = config.create('file:///m.txt', 'referat', 1, '');
  return {
    cache,
    open(text: string) {
      document = config.create('file:///m.txt', 'referat', 1, text);
    },
    change(...changes: TextDocumentContentChangeEvent[]) {
      document = config.update(document, changes, document.version + 1);
    },
    get document() {
      return document;
    },
  };
}

const sample = samples().find((s) => s.name.startsWith('000'))!;

/** A position in the middle of line `line` of the current text. */
const at = (e: ReturnType<typeof editor>, line: number, character = 5) => ({ line, character });

test('typing in a cached document gives the whole parse of each version', () => {
  const e = editor();
  e.open(sample.text);
  e.cache.get(e.document);
  const itemLine = e.document.positionAt(parseReferat(sample.text).items[3].span.start).line + 4;
  for (const ch of ['a', 'b', '\n', 'Beslutning', '\n', 'Godkendt.']) {
    const end = e.document.positionAt(e.document.offsetAt(at(e, itemLine)));
    e.change({ range: { start: end, end }, text: ch });
    assert.deepStrictEqual(e.cache.get(e.document), parseReferat(e.document.getText()));
    assert.equal(e.cache.reparsedItem(e.document.uri), 3, `typing ${JSON.stringify(ch)} re-parses Punkt 4 alone`);
  }
});

test('edits of one item over several notifications re-parse that item once, from the last parsed version', () => {
  const e = editor();
  e.open(sample.text);
  e.cache.get(e.document);
  const line = e.document.positionAt(parseReferat(sample.text).items[5].span.start).line + 3;
  e.change({ range: { start: at(e, line, 2), end: at(e, line, 8) }, text: 'første\n' }, { range: { start: at(e, line + 1, 0), end: at(e, line + 1, 0) }, text: 'to ' });
  e.change({ range: { start: at(e, line, 0), end: at(e, line, 1) }, text: '' });
  e.change({ range: { start: at(e, line + 2, 0), end: at(e, line + 2, 0) }, text: 'Indstilling\n' });
  assert.deepStrictEqual(e.cache.get(e.document), parseReferat(e.document.getText()));
  assert.equal(e.cache.reparsedItem(e.document.uri), 5);
});

test('several changes in one notification and several notifications between two requests', () => {
  const e = editor();
  e.open(sample.text);
  e.cache.get(e.document);
  const lineOf = (k: number) => e.document.positionAt(parseReferat(e.document.getText()).items[k].span.start).line;
  const second = lineOf(2) + 3;
  const fifth = lineOf(5) + 3;
  // Changes of one notification apply in order, each to the text the one before left.
  e.change(
    { range: { start: at(e, fifth), end: at(e, fifth, 9) }, text: 'æøå\r\n' },
    { range: { start: at(e, second), end: at(e, second) }, text: 'Punkt 40: Ny\n' },
  );
  e.change({ range: { start: at(e, second + 2, 0), end: at(e, second + 2, 3) }, text: '' });
  e.change({ range: { start: at(e, 0, 0), end: at(e, 0, 0) }, text: 'x' });
  assert.deepStrictEqual(e.cache.get(e.document), parseReferat(e.document.getText()));
});

test('a whole replacement and a reversed range still give the whole parse', () => {
  const e = editor();
  e.open(sample.text);
  e.cache.get(e.document);
  e.change({ text: sample.text.replace('Punkt 2', 'Punkt 12') });
  assert.deepStrictEqual(e.cache.get(e.document), parseReferat(e.document.getText()));
  const line = e.document.positionAt(e.cache.get(e.document).items[1].span.end).line;
  e.change({ range: { start: at(e, line, 6), end: at(e, line, 2) }, text: '' });
  assert.deepStrictEqual(e.cache.get(e.document), parseReferat(e.document.getText()));
});

test('edits to a version the cache never parsed fall back to a whole parse', () => {
  const e = editor();
  e.open(sample.text);
  e.change({ range: { start: at(e, 40), end: at(e, 40) }, text: 'y' });
  e.change({ range: { start: at(e, 41), end: at(e, 41) }, text: 'z' });
  assert.deepStrictEqual(e.cache.get(e.document), parseReferat(e.document.getText()));
  e.cache.delete(e.document.uri);
  e.change({ range: { start: at(e, 42), end: at(e, 42) }, text: 'w' });
  assert.deepStrictEqual(e.cache.get(e.document), parseReferat(e.document.getText()));
});
