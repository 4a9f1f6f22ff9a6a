// A writer killed between creating its temporary file and renaming it over the sidecar leaves
// the temporary file in the user's folder. The next write of that sidecar removes leftovers
// no write will rename any more, and nothing else.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../client/src/notes/nodeFileSystem';

const SIDECAR = 'udvalg.referat-noter.json';

test('a write removes the leftovers of dead and long-gone writers of the same sidecar, and nothing else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-leftovers-'));
  try {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const alive = process.ppid;
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const leftover = (name: string, modified: Date) => {
      writeFileSync(join(dir, name), '{"half":');
      utimesSync(join(dir, name), modified, modified);
      return name;
    };
    const removed = [
      leftover(`.${SIDECAR}.${dead}.k1.0.tmp`, minutesAgo(1)),
      leftover(`.${SIDECAR}.${alive}.k2.0.tmp`, minutesAgo(11)),
    ];
    const kept = [
      // A dead writer's file this fresh may be a clock apart from a live one: wait a little.
      leftover(`.${SIDECAR}.${dead}.k3.0.tmp`, new Date()),
      // A running writer may be between its write and its rename.
      leftover(`.${SIDECAR}.${alive}.k4.0.tmp`, minutesAgo(1)),
      leftover(`.${SIDECAR}.${process.pid}.k5.0.tmp`, minutesAgo(1)),
      // Another sidecar's, and files that are no leftovers of ours.
      leftover(`.andet.referat-noter.json.${dead}.k6.0.tmp`, minutesAgo(30)),
      leftover(`.${SIDECAR}.tmp`, minutesAgo(30)),
      leftover('noter.tmp', minutesAgo(30)),
    ];

    await nodeFileSystem.writeAtomic(join(dir, SIDECAR), '{"notes":[]}');

    assert.equal(readFileSync(join(dir, SIDECAR), 'utf8'), '{"notes":[]}');
    assert.deepEqual(readdirSync(dir).sort(), [SIDECAR, ...kept].sort(), `removed: ${removed.join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
