// A word hyphenated at a line's end is joined only where that is clearly what happened.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinHyphenated } from '../../server/src/extract/hyphenation';

test('a lower-case letter and a hyphen at the end, lower case next: the word is joined on the first line', () => {
  assert.deepEqual(joinHyphenated('forslaget til kommune-', 'planen, som udvalget'), ['forslaget til kommuneplanen,', 'som udvalget']);
  assert.deepEqual(joinHyphenated('befolk-', 'ningens'), ['befolkningens', '']);
  assert.deepEqual(joinHyphenated('så-', 'ledes\tog'), ['således', 'og']);
});

test('a soft hyphen at the end is always a hyphenation', () => {
  assert.deepEqual(joinHyphenated('Økonomi\u00ad', 'Udvalget'), ['ØkonomiUdvalget', '']);
});

test('not a hyphenation: a capital or digit next, a capital before the hyphen, a dash, a shared compound ending', () => {
  assert.equal(joinHyphenated('Børne-', 'Unge'), null);
  assert.equal(joinHyphenated('perioden 2024-', '2025'), null);
  assert.equal(joinHyphenated('KL-', 'aftalen'), null);
  assert.equal(joinHyphenated('planen -', 'som vedtaget'), null);
  // "Klima-, Teknik- og Miljøudvalget", "Skole- eller Børneudvalget": the hyphen stands for a
  // word's shared end, and the next line starts with og/eller.
  assert.equal(joinHyphenated('Klima-, Teknik-', 'og Miljøudvalget'), null);
  assert.equal(joinHyphenated('skole-', 'eller børnehaveområdet'), null);
  assert.deepEqual(joinHyphenated('ind-', 'ogudvalg'), ['indogudvalg', '']);
});
