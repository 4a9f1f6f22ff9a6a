// The Outline shows an item's title and a section's heading as a reader sees them: a copy's soft
// hyphens and zero-width characters are no part of the name (an editor may draw them as a hyphen
// or a box). The model keeps them: its values are the text as written.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { documentSymbols } from '../../server/src/languageFeatures/documentSymbols';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { Messages } from '../../server/src/l10n';

test('an item\'s title and a section\'s heading are shown without soft hyphens or zero-width characters', () => {
  const text = 'REFERAT Udvalg d. 01-02-2024\n\nPunkt 1: Ny cykel\u00adparkering ved\u200b hallen\n\nSags\u00adfrem\u00adstilling\n\nTekst.\n';
  const doc = parseReferat(text);
  assert.equal(doc.items[0].title.value, 'Ny cykel\u00adparkering ved\u200b hallen');
  const item = documentSymbols(doc, new Messages('en'), null, { subHeadings: false }, notCancelled).find((s) => s.name.startsWith('Punkt 1:'))!;
  assert.equal(item.name, 'Punkt 1: Ny cykelparkering ved hallen');
  assert.deepEqual(item.children?.map((c) => c.name), ['Sagsfremstilling']);
});
