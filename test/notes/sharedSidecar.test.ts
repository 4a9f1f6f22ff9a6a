// Several processes (windows, or a window and a script) adding notes to one sidecar with no
// file watcher to repair anything afterwards: a note whose addNote() resolved is in the file.
// A larger run is in test/durability/sharedSidecar.test.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { raceOnOneSidecar } from './sharedSidecar';

const WRITERS = 4;
const NOTES = 25;

test(`${WRITERS} processes adding ${NOTES} notes each to one sidecar lose no acknowledged note`, async () => {
  const result = await raceOnOneSidecar(WRITERS, NOTES);
  assert.deepEqual(result.problems, []);
  assert.equal(result.acknowledged, WRITERS * NOTES);
});
