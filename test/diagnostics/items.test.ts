// Item headings: number order and titles.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, referat, spanOf, spans } from './check';

const item = (heading: string) => `${heading}\n\nBeslutning\n\nGodkendt.\n\n`;

test('item-number-order: a repeated number is an Error on the number, the previous heading related', () => {
  const text = referat(item('Punkt 1: Første') + item('Punkt 1: Andet'));
  const second = text.indexOf('Punkt 1: Andet') + 'Punkt '.length;
  assert.deepEqual(spans(text, 'item-number-order'), [{ start: second, end: second + 1 }]);
  const [f] = findings(text, 'item-number-order');
  assert.equal(f.severity, 'error');
  assert.equal(f.message.key, 'diag.itemNumberRepeated');
  assert.deepEqual(f.related?.map((r) => r.span.start), [text.indexOf('Punkt 1: Første')]);
});

test('item-number-order: a number that goes backwards', () => {
  const text = referat(item('Punkt 12: Første') + item('Punkt 11: Andet'));
  const at = text.indexOf('Punkt 11') + 'Punkt '.length;
  assert.deepEqual(spans(text, 'item-number-order'), [{ start: at, end: at + 2 }]);
  assert.deepEqual(findings(text, 'item-number-order')[0].message.args, [11, 12]);
});

test('item-number-order: not for numbers that rise with a gap', () => {
  assert.deepEqual(spans(referat(item('Punkt 1: Første') + item('Punkt 3: Tredje')), 'item-number-order'), []);
});

test('item-no-title: a heading with nothing after the colon, on the heading', () => {
  const text = referat(item('Punkt 1: Første') + item('Punkt 2:'));
  const at = text.indexOf('Punkt 2:');
  assert.deepEqual(spans(text, 'item-no-title'), [{ start: at, end: at + 'Punkt 2:'.length }]);
});

test('item-no-title: not for a titled heading', () => {
  assert.deepEqual(spans(referat(item('Punkt 2: Eventuelt')), 'item-no-title'), []);
});

test('no-items: a text opened as a referat with no item says so on line 1, with what was recognised, as Information', () => {
  const text = 'REFERAT Økonomiudvalget d. 21-05-2024\n\nMødedato Tirsdag d. 21. maj 2024 kl. 14:00\n\nEt afsnit uden punkter.\n';
  const [finding] = findings(text, 'no-items');
  assert.deepEqual(finding.span, spanOf(text, 'REFERAT Økonomiudvalget d. 21-05-2024'));
  assert.equal(finding.severity, 'information');
  assert.deepEqual(finding.message.args, [{ key: 'diag.noItems.recognised', args: [{ list: [{ key: 'diag.noItems.header', args: [] }] }] }]);
  assert.deepEqual(findings('Punkt 1: Noget\n\nBeslutning\n\nGodkendt.\n', 'no-items'), [], 'not when an item is found');
});
