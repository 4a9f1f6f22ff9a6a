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
const defaults = { subHeadings: false };

test('the same version asked twice answers the outline it computed, equal to a fresh one', () => {
  const doc = parseReferat(text);
  const first = cachedDocumentSymbols(doc, english, null, defaults, notCancelled);
  assert.equal(cachedDocumentSymbols(doc, english, null, defaults, notCancelled), first);
  assert.deepEqual(first, documentSymbols(doc, english, null, defaults, notCancelled));
});

test('a new version, locale or note counts computes the outline again', () => {
  const doc = parseReferat(text);
  const first = cachedDocumentSymbols(doc, english, null, defaults, notCancelled);
  const item = (symbols: ReturnType<typeof documentSymbols>) => symbols.find((s) => s.name.startsWith('Punkt 1:'))!;

  const edited = parseReferat(text.replace('Første', 'Første sag'));
  assert.equal(item(cachedDocumentSymbols(edited, english, null, defaults, notCancelled)).name, 'Punkt 1: Første sag');

  const danish = cachedDocumentSymbols(doc, new Messages('da'), null, defaults, notCancelled);
  assert.notEqual(danish, first);
  assert.equal(item(danish).detail, 'godkendt');

  const withNotes = cachedDocumentSymbols(doc, english, new Map([[1, 2]]), defaults, notCancelled);
  assert.match(item(withNotes).detail ?? '', /2 note/);
  assert.doesNotMatch(item(cachedDocumentSymbols(doc, english, null, defaults, notCancelled)).detail ?? '', /note/);
});

test('switching sub-headings on or off computes the outline again', () => {
  const withSubHeading = parseReferat(text.replace('Tekst.', 'Baggrund\n\nTekst.'));
  const sections = (symbols: ReturnType<typeof documentSymbols>) => symbols.find((s) => s.name.startsWith('Punkt 1:'))!.children!;
  assert.equal(sections(cachedDocumentSymbols(withSubHeading, english, null, defaults, notCancelled))[0].children, undefined);
  assert.deepEqual(sections(cachedDocumentSymbols(withSubHeading, english, null, { subHeadings: true }, notCancelled))[0].children?.map((c) => c.name), ['Baggrund']);
  assert.equal(sections(cachedDocumentSymbols(withSubHeading, english, null, defaults, notCancelled))[0].children, undefined);
});

test('a cancelled computation answers empty and is not kept', () => {
  const doc = parseReferat(text);
  assert.deepEqual(cachedDocumentSymbols(doc, english, null, defaults, { isCancellationRequested: true }), []);
  assert.equal(cachedDocumentSymbols(doc, english, null, defaults, notCancelled).length, 3);
});
