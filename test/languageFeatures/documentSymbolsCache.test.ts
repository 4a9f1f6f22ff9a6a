// The outline of a version is computed once and answered again while nothing it shows has
// changed: same model, same locale, same note counts. Anything else computes it afresh, except
// that a version with a letter typed into one item shares the other items' symbols.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { cachedDocumentSymbols, documentSymbols } from '../../server/src/languageFeatures/documentSymbols';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { Messages } from '../../server/src/l10n';
import { DocumentCache } from '../../server/src/documentCache';
import { recordingEdits } from '../../server/src/documentEdits';
import { samples } from '../testUtil';
import { seededRandom } from '../seededRandom';

const text = 'REFERAT Udvalg d. 01-02-2024\n\nPunkt 1: Første\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Anden\n';
const english = new Messages('en');
const defaults = { subHeadings: false };

test('the same version asked twice answers the outline it computed, equal to a fresh one', () => {
  const doc = parseReferat(text);
  const first = cachedDocumentSymbols(doc, english, null, defaults, null, notCancelled);
  assert.equal(cachedDocumentSymbols(doc, english, null, defaults, null, notCancelled), first);
  assert.deepEqual(first, documentSymbols(doc, english, null, defaults, notCancelled));
});

test('a new version, locale or note counts computes the outline again', () => {
  const doc = parseReferat(text);
  const first = cachedDocumentSymbols(doc, english, null, defaults, null, notCancelled);
  const item = (symbols: ReturnType<typeof documentSymbols>) => symbols.find((s) => s.name.startsWith('Punkt 1:'))!;

  const edited = parseReferat(text.replace('Første', 'Første sag'));
  assert.equal(item(cachedDocumentSymbols(edited, english, null, defaults, null, notCancelled)).name, 'Punkt 1: Første sag');

  const danish = cachedDocumentSymbols(doc, new Messages('da'), null, defaults, null, notCancelled);
  assert.notEqual(danish, first);
  assert.equal(item(danish).detail, 'godkendt');

  const withNotes = cachedDocumentSymbols(doc, english, new Map([[1, 2]]), defaults, null, notCancelled);
  assert.match(item(withNotes).detail ?? '', /2 note/);
  assert.doesNotMatch(item(cachedDocumentSymbols(doc, english, null, defaults, null, notCancelled)).detail ?? '', /note/);
});

test('switching sub-headings on or off computes the outline again', () => {
  const withSubHeading = parseReferat(text.replace('Tekst.', 'Baggrund\n\nTekst.'));
  const sections = (symbols: ReturnType<typeof documentSymbols>) => symbols.find((s) => s.name.startsWith('Punkt 1:'))!.children!;
  assert.equal(sections(cachedDocumentSymbols(withSubHeading, english, null, defaults, null, notCancelled))[0].children, undefined);
  assert.deepEqual(sections(cachedDocumentSymbols(withSubHeading, english, null, { subHeadings: true }, null, notCancelled))[0].children?.map((c) => c.name), ['Baggrund']);
  assert.equal(sections(cachedDocumentSymbols(withSubHeading, english, null, defaults, null, notCancelled))[0].children, undefined);
});

test('a cancelled computation answers empty and is not kept', () => {
  const doc = parseReferat(text);
  assert.deepEqual(cachedDocumentSymbols(doc, english, null, defaults, null, { isCancellationRequested: true }), []);
  assert.equal(cachedDocumentSymbols(doc, english, null, defaults, null, notCancelled).length, 3);
});

test("typing into a referat: each version's outline, partly the one before it, equals an outline computed afresh", () => {
  let sharedAtAll = 0;
  for (const sample of samples()) {
    const random = seededRandom(sample.text.length);
    const cache = new DocumentCache();
    const config = recordingEdits((uri, from, to, edit) => cache.edited(uri, from, to, edit));
    let document = config.create('file:///typed.txt', 'referat', 1, sample.text);
    let reused = 0;
    let oneItemRedone = 0;
    for (let i = 0; i < 60; i++) {
      const before = cache.get(document);
      const symbolsBefore = cachedDocumentSymbols(before, english, null, defaults, cache.origin(document.uri), notCancelled);
      // Mostly letters (same lines, so symbols are shared), sometimes a line break or a deletion.
      const offset = Math.floor(random() * document.getText().length);
      const roll = random();
      const at = document.positionAt(offset);
      const change =
        roll < 0.8 ? { range: { start: at, end: at }, text: 'æ' } : roll < 0.9 ? { range: { start: at, end: at }, text: '\n' } : { range: { start: at, end: document.positionAt(offset + 1) }, text: '' };
      document = config.update(document, [change], document.version + 1);
      const model = cache.get(document);
      const symbols = cachedDocumentSymbols(model, english, null, defaults, cache.origin(document.uri), notCancelled);
      assert.deepStrictEqual(symbols, documentSymbols(model, english, null, defaults, notCancelled), `${sample.name}, edit ${i}`);
      const origin = cache.origin(document.uri);
      if (origin?.lineDelta === 0 && model.items.length > 1) {
        oneItemRedone++;
        if (symbols.some((s, j) => s === symbolsBefore[j] && s.name.startsWith('Punkt'))) reused++;
      }
    }
    // Every version with a letter typed into one item shared the other items' symbols.
    assert.equal(reused, oneItemRedone, sample.name);
    sharedAtAll += reused;
  }
  // Not a vacuous equality of outlines computed afresh: most samples re-parse one item per letter.
  assert.ok(sharedAtAll > 100, `${sharedAtAll} versions shared symbols`);
});
