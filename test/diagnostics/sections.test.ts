// Sections: empty ones and repeated kinds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixed, referat, spanOf, spans } from './check';

test('empty-section: a heading with nothing before the next item, on the heading, with a fix that removes it', () => {
  const text = referat('Punkt 1: Første\n\nBeslutning\n\nGodkendt.\n\nBilag\n\nPunkt 2: Andet\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(text, 'empty-section'), [spanOf(text, 'Bilag')]);
  assert.equal(findings(text, 'empty-section')[0].severity, 'warning');
  assert.equal(fixed(text, 'empty-section'), text.replace('Bilag\n\n', ''));
});

test('empty-section: the fix on the last line of the text keeps the text ending as before', () => {
  const text = referat('Punkt 1: Første\n\nBeslutning\n\nGodkendt.\n\nBilag\n');
  assert.equal(fixed(text, 'empty-section'), text.replace('\n\nBilag\n', '\n'));
});

test('empty-section: a heading right before another heading is empty too', () => {
  const text = referat('Punkt 1: Første\n\nSagsfremstilling\n\nIndstilling\n\nAt sagen godkendes.\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(text, 'empty-section'), [spanOf(text, 'Sagsfremstilling')]);
});

test('empty-section: not for a section with content, nor for an empty Beslutning (empty-decision)', () => {
  const text = referat('Punkt 1: Første\n\nBilag\n\nBilag 1. Plan.pdf\n\nBeslutning\n\nPunkt 2: Andet\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(text, 'empty-section'), []);
});

test('duplicate-section: the second Sagsfremstilling of an item, the first related', () => {
  const text = referat('Punkt 1: Første\n\nSagsfremstilling\n\nTekst.\n\nSagsfremstilling\n\nMere.\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(text, 'duplicate-section'), [spanOf(text, 'Sagsfremstilling', 1)]);
  assert.deepEqual(findings(text, 'duplicate-section')[0].related?.map((r) => r.span), [spanOf(text, 'Sagsfremstilling', 0)]);
});

test('duplicate-section: not for quoted earlier decisions beside the decision of this meeting, nor across items', () => {
  const text = referat(
    'Punkt 1: Første\n\nIndstilling\n\nAt sagen godkendes.\n\nBeslutning fra Socialudvalget, 21. september 2020, pkt. 95:\n\nAnbefalet.\n\nBeslutning\n\nGodkendt.\n\n' +
      'Punkt 2: Andet\n\nIndstilling\n\nAt sagen godkendes.\n\nBeslutning\n\nGodkendt.\n',
  );
  assert.deepEqual(spans(text, 'duplicate-section'), []);
});

test('empty-section: not for a form field printed empty ("Økonomi:"), nor for a case history whose entries are earlier decisions', () => {
  const form = referat('Punkt 1: Første\n\nSagsbeskrivelse:\n\nTekst.\n\nØkonomi:\n\nHøring:\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(form, 'empty-section'), []);
  const history = referat('Punkt 1: Første\n\nSagens forløb\n24/09/2025 Økonomiudvalget\n\nAnbefales.\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(history, 'empty-section'), []);
  const bare = referat('Punkt 1: Første\n\nØkonomi\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(bare, 'empty-section'), [spanOf(bare, 'Økonomi')], 'a bare heading with nothing under it still is');
});

test('duplicate-section: the same heading twice, not a supplementary section written differently', () => {
  const twice = referat('Punkt 1: Første\n\nSagsfremstilling\n\nA.\n\nSagsfremstilling\n\nB.\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(twice, 'duplicate-section'), [spanOf(twice, 'Sagsfremstilling', 1)]);
  const supplement = referat('Punkt 1: Første\n\nSagsbeskrivelse\n\nA.\n\nSupplerende sagsfremstilling\n\nB.\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(supplement, 'duplicate-section'), []);
});

test('duplicate-section: not for an empty field printed again ("Indstilling:" right over the Beslutning); a second one with text still is', () => {
  const field = referat('Punkt 1: Første\n\nIndstilling\n\nDirektøren indstiller, at planen godkendes.\n\nIndstilling:\nBeslutning\n\nTiltrådt.\n');
  assert.deepEqual(spans(field, 'duplicate-section'), []);
  assert.deepEqual(spans(field, 'empty-section'), []);
  const twice = referat('Punkt 1: Første\n\nIndstilling\n\nAt planen godkendes.\n\nIndstilling\n\nAt planen sendes i høring.\n\nBeslutning\n\nTiltrådt.\n');
  assert.deepEqual(spans(twice, 'duplicate-section'), [spanOf(twice, 'Indstilling', 1)]);
});

test('empty-section: quiet on a folding block\'s heading behind its toggle ("fold dette punkt ind Resume"), the page\'s template', () => {
  const page = [
    'Sundhedsudvalget - Referat - 4. maj 2015', '',
    '  Sagsnr. 15/100', '  1. Besøg på sygehuset', '  fold dette punkt ind Resume', '  fold dette punkt ind Sagsfremstilling', '',
    '  Udvalget besøger afdelingen.', '', '  fold dette punkt ind Indstilling', '', '  Til orientering.', '',
    '  fold dette punkt ind Beslutning i Sundhedsudvalget den 04-05-2015', '', '  Orienteredes.', '',
  ].join('\n');
  assert.deepEqual(spans(page, 'empty-section'), []);
  // The same empty heading without the toggle is still found.
  assert.equal(spans(page.replace('fold dette punkt ind Resume', 'Resume'), 'empty-section').length, 1);
});
