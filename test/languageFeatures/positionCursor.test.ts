// The outline's offset -> position lookups walk from the last one (PositionCursor); whatever
// order they come in, they must give the positions the document's LineIndex gives.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseReferat } from '../../server/src/parser';
import { PositionCursor } from '../../server/src/languageFeatures/convert';
import { propertySeed, samples } from '../testUtil';

const textWithBreaks = fc
  .array(fc.oneof(fc.constantFrom('\n', '\r\n', '\r', '\f', 'æ', '😀'), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

test('a cursor gives LineIndex positions for offsets in any order, also before and past the text', () => {
  fc.assert(
    fc.property(textWithBreaks, fc.array(fc.integer({ min: -3, max: 1000 }), { maxLength: 40 }), (text, offsets) => {
      const doc = parseReferat(text);
      const cursor = new PositionCursor(doc);
      for (const offset of offsets) {
        const o = offset % (text.length + 4);
        assert.deepEqual(cursor.positionAt(o), doc.lines.positionAt(o), `offset ${o} in ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 300, ...propertySeed() },
  );
});

test('a cursor walks a sample forwards, backwards and in long jumps as LineIndex does', () => {
  for (const sample of samples()) {
    const doc = parseReferat(sample.text);
    const cursor = new PositionCursor(doc);
    const n = sample.text.length;
    // Every line start and the character before it, forwards then backwards, then jumps.
    const starts = doc.lines.lineStarts;
    const offsets = [...starts.flatMap((s) => [s - 1, s]), ...[...starts].reverse(), ...starts.map((_, i) => (i * 7919) % (n + 1)), n, 0, n];
    for (const o of offsets) assert.deepEqual(cursor.positionAt(o), doc.lines.positionAt(o), `${sample.name} offset ${o}`);
  }
});
