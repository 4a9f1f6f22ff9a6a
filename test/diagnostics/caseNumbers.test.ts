// Case numbers: malformed, from the future, unknown KLE emne.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, referat, smallKle, spanOf, spans } from './check';

const withCase = (caseNumber: string) => referat(`Punkt 1: Første\n\n${caseNumber}\n\nBeslutning\n\nGodkendt.\n`);

test('case-number: a KLE number whose handlingsfacet is not a letter and two digits, on the number', () => {
  const text = withCase('15.00.00-000-1-20');
  assert.deepEqual(spans(text, 'case-number'), [spanOf(text, '15.00.00-000-1-20')]);
  assert.deepEqual(findings(text, 'case-number')[0].message, { key: 'diag.caseNumberFacet', args: ['15.00.00-000-1-20', '000'] });
});

test('case-number: not for a well-formed facet', () => {
  assert.deepEqual(spans(withCase('15.00.00-G01-1-20'), 'case-number'), []);
});

test('case-number-future: a year after the meeting\'s (2024)', () => {
  const text = withCase('25/6823');
  assert.deepEqual(spans(text, 'case-number-future'), [spanOf(text, '25/6823')]);
  assert.deepEqual(findings(text, 'case-number-future')[0].message.args, ['25/6823', 2025, 2024]);
});

test('case-number-future: not for the meeting\'s own year', () => {
  assert.deepEqual(spans(withCase('24/6823'), 'case-number-future'), []);
});

test('case-number-future: not for a number and the year it was given ("Lokalplantillæg 31/2019" at a meeting in 2024), but for a serial that is no year up to the meeting\'s', () => {
  const text = referat('Punkt 1: Lokalplantillæg 31/2019 - endelig vedtagelse\n\n24/1234\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(text, 'case-number-future'), []);
  assert.deepEqual(spans(withCase('31/2031'), 'case-number-future'), [spanOf(withCase('31/2031'), '31/2031')]);
});

test('kle-unknown: an emne the table does not know is a Hint on the emne, naming the KLE version', () => {
  const text = withCase('99.98.97-G01-1-20');
  const found = findings(text, 'kle-unknown', { kle: smallKle });
  assert.deepEqual(found.map((f) => f.span), [spanOf(text, '99.98.97')]);
  assert.equal(found[0].severity, 'hint');
  assert.deepEqual(found[0].message.args, ['99.98.97', '3.23']);
});

test('kle-unknown: not for a known emne, nor without a table', () => {
  assert.deepEqual(spans(withCase('00.01.00-G01-1-20'), 'kle-unknown', { kle: smallKle }), []);
  assert.deepEqual(spans(withCase('99.98.97-G01-1-20'), 'kle-unknown'), []);
});
