// Typing must not make the server's memory grow (issue 15, item 1). The incremental re-parse
// keeps items from one version to the next; when they held substrings of the text they were
// parsed from, every keystroke kept one more version of a large document alive (a 1 MB
// referat grew the server from 71 to 673 MiB over 1,500 edits). Heap figures need a full
// collection, so a child process with --expose-gc does the typing (typingMemoryChild.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

test('typing at random places of a large referat keeps the heap flat', () => {
  const out = execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'typingMemoryChild.js')], { encoding: 'utf8' });
  const { textMiB, heapMiB } = JSON.parse(out.trim().split('\n').pop()!) as { textMiB: number; heapMiB: number[] };
  const [first, ...later] = heapMiB;
  const growth = Math.max(...later) - first;
  // The current text and the one of the last whole parse (whose items may still be kept) are
  // what may legitimately come and go; one version more per edited item is what was wrong.
  const allowed = 2 * textMiB + 1;
  assert.ok(
    growth <= allowed,
    `heap after a full collection grew by ${growth.toFixed(1)} MiB over ${later.length * 50} edits (allowed ${allowed.toFixed(1)} MiB; text ${textMiB.toFixed(1)} MiB; samples ${heapMiB.map((h) => h.toFixed(1)).join(', ')})`,
  );
});
