// The shared-sidecar race at the size it was reported at (8 processes x 100 notes lost 3-4
// acknowledged notes per run before writes took a lock); the quick tier runs a smaller one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { raceOnOneSidecar } from '../notes/sharedSidecar';

const WRITERS = Number(process.env.REFERAT_SHARED_WRITERS ?? 8);
const NOTES = Number(process.env.REFERAT_SHARED_NOTES ?? 100);

test(`${WRITERS} processes adding ${NOTES} notes each to one sidecar lose no acknowledged note`, async () => {
  const result = await raceOnOneSidecar(WRITERS, NOTES);
  assert.deepEqual(result.problems, []);
  assert.equal(result.acknowledged, WRITERS * NOTES);
});
