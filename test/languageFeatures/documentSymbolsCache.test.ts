// The outline of a version is computed once and answered again while nothing it shows has
// changed: same model, same locale, same note counts. Anything else computes it afresh.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { cachedDocumentSymbols, documentSymbols } from '../../server/src/languageFeatures/documentSymbols';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { Messages } from '../../server/src/l10n';

const text = 'REFERAT Udvalg d. 01-02-2024\n\nPunkt 1: Første\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Anden\n';
const english = new Messages('en');

test('the same version asked twice answers the outline it computed, equal to a fresh one', () => {
  const doc = parseReferat(text);
  const first = cachedDocumentSymbols(doc, english, null, notCancelled);
  assert.equal(cachedDocumentSymbols(doc, english, null, notCancelled), first);
  assert.deepEqual(first, documentSymbols(doc, english, null, notCancelled));
});

test('a new version, locale or note counts computes the outline again', () => {
  const doc = parseReferat(text);
  const first = cachedDocumentSymbols(doc, english, null, notCancelled);
  const item = (symbols: ReturnType<typeof documentSymbols>) => symbols.find((s) => s.name.startsWith('Punkt 1:'))!;

  const edited = parseReferat(text.replace('Første', 'Første sag'));
  assert.equal(item(cachedDocumentSymbols(edited, english, null, notCancelled)).name, 'Punkt 1: Første sag');

  const danish = cachedDocumentSymbols(doc, new Messages('da'), null, notCancelled);
  assert.notEqual(danish, first);
  assert.equal(item(danish).detail, 'godkendt');

  const withNotes = cachedDocumentSymbols(doc, english, new Map([[1, 2]]), notCancelled);
  assert.match(item(withNotes).detail ?? '', /2 note/);
  assert.doesNotMatch(item(cachedDocumentSymbols(doc, english, null, notCancelled)).detail ?? '', /note/);
});

test('a cancelled computation answers empty and is not kept', () => {
  const doc = parseReferat(text);
  assert.deepEqual(cachedDocumentSymbols(doc, english, null, { isCancellationRequested: true }), []);
  assert.equal(cachedDocumentSymbols(doc, english, null, notCancelled).length, 3);
});
