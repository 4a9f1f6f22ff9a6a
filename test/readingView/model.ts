// The reading view's model of a text, as the server makes it: shared by the reading view's tests.

import assert from 'node:assert/strict';
import { parseReferat, type ReferatDocument } from '../../server/src/parser';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { readingViewModel } from '../../server/src/languageFeatures/readingView';
import type { ReadingViewModel } from '../../server/src/protocol';

export function modelOf(text: string): { doc: ReferatDocument; model: ReadingViewModel } {
  const doc = parseReferat(text);
  const model = readingViewModel(doc, notCancelled);
  assert.ok(model);
  return { doc, model };
}
