// How the index recognises a committee and a file however they are written.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { committeeName, sameCommittee } from '../../server/src/workspace/committee';
import { uriKey } from '../../server/src/workspace/uriKey';
import { candidateKind } from '../../server/src/workspace/fileSource';

test('a committee is named without its term of office', () => {
  assert.equal(committeeName('Udvalget for arbejdsmarked og integration 2022-2025'), 'Udvalget for arbejdsmarked og integration');
  assert.equal(committeeName('Beskæftigelsesudvalget til 31.12.25'), 'Beskæftigelsesudvalget');
  assert.equal(committeeName('Beskæftigelsesudvalget 2013-2021'), 'Beskæftigelsesudvalget');
  assert.equal(committeeName('Socialudvalget (2018-2021)'), 'Socialudvalget');
  assert.equal(committeeName('Udvalget for arbejdsmarked og integration.'), 'Udvalget for arbejdsmarked og integration');
  // A year that is part of the name is not a term.
  assert.equal(committeeName('Udvalget for Budget 2025'), 'Udvalget for Budget 2025');
});

test('a reference names a meeting\'s committee whatever its case, punctuation and term', () => {
  assert.ok(sameCommittee('Udvalget for arbejdsmarked og integration.', 'Udvalget for arbejdsmarked og integration 2022-2025'));
  assert.ok(sameCommittee('Social- og sundhedsudvalget', 'Social- og Sundhedsudvalget'));
  assert.ok(sameCommittee('socialudvalget', 'Socialudvalget til 31.12.25'));
  assert.ok(!sameCommittee('Socialudvalget', 'Skole- og uddannelsesudvalget'));
  assert.ok(!sameCommittee('Direktionen', 'Byrådet'));
  assert.ok(!sameCommittee('', ''));
});

test('one file, one key, however its URI is encoded', () => {
  assert.equal(uriKey('file:///tmp/m%C3%B8der/a%20b.referat'), uriKey('file:///tmp/møder/a b.referat'));
  assert.equal(uriKey('file:///c%3A/Referater/x.txt'), uriKey('file:///C:/Referater/x.txt'));
  assert.notEqual(uriKey('file:///tmp/a.referat'), uriKey('file:///tmp/b.referat'));
  assert.equal(uriKey('untitled:Untitled-1'), 'untitled:Untitled-1');
});

test('which file names may hold minutes', () => {
  assert.equal(candidateKind('møde.referat'), 'minutes');
  assert.equal(candidateKind('Møde.Referat.TXT'), 'minutes');
  assert.equal(candidateKind('byraad.dagsorden.txt'), 'minutes');
  assert.equal(candidateKind('noter.txt'), 'text');
  assert.equal(candidateKind('referat.pdf'), 'pdf');
  assert.equal(candidateKind('Referat.PDF'), 'pdf');
  assert.equal(candidateKind('dagsorden.html'), null);
  assert.equal(candidateKind('referat.md'), null);
});
