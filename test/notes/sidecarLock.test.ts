// The lock writers of one sidecar take turns by: a lock left by a writer that died is taken
// over, a live writer's lock is waited for, and a lock that is never released ends the wait
// with a message naming its holder instead of hanging the write.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockPathOf, SidecarLockedError, withSidecarLock } from '../../client/src/notes/sidecarLock';

function inTempDir(run: (sidecar: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-lock-'));
    try {
      await run(join(dir, 'udvalg.txt.noter.json'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const leaveLock = (sidecar: string, pid: number, host: string, age = 0) => {
  writeFileSync(lockPathOf(sidecar), JSON.stringify({ pid, host, token: 'left-behind' }));
  const at = new Date(Date.now() - age);
  utimesSync(lockPathOf(sidecar), at, at);
};

test(
  'a lock left by a process that no longer runs here is taken over at once',
  inTempDir(async (sidecar) => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    leaveLock(sidecar, dead, hostname());
    const started = Date.now();
    const ran = await withSidecarLock(sidecar, async () => 'written', { waitMs: 5_000 });
    assert.equal(ran, 'written');
    assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
    assert.equal(existsSync(lockPathOf(sidecar)), false, 'the lock is released afterwards');
  }),
);

test(
  'a lock of another machine is taken over only once it is older than a write can take',
  inTempDir(async (sidecar) => {
    leaveLock(sidecar, 1, 'en-anden-maskine', 60_000);
    assert.equal(await withSidecarLock(sidecar, async () => 'written', { staleMs: 10_000, waitMs: 1_000 }), 'written');
    leaveLock(sidecar, 1, 'en-anden-maskine', 0);
    await assert.rejects(withSidecarLock(sidecar, async () => 'written', { staleMs: 10_000, waitMs: 200 }), SidecarLockedError);
  }),
);

test(
  'a live writer\'s lock is waited for, and a lock never released ends the wait with its holder named',
  inTempDir(async (sidecar) => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      leaveLock(sidecar, holder.pid!, hostname());
      let ran = false;
      const error = await withSidecarLock(sidecar, async () => (ran = true), { staleMs: 10_000, waitMs: 300 }).catch((e: unknown) => e);
      assert.ok(error instanceof SidecarLockedError, String(error));
      assert.match(error.message, new RegExp(`process ${holder.pid} on `));
      assert.match(error.message, /the change is kept/);
      assert.equal(ran, false);
      assert.match(readFileSync(lockPathOf(sidecar), 'utf8'), /left-behind/, 'a live writer keeps its lock');

      // Released while another waits: the waiter goes on.
      const waiting = withSidecarLock(sidecar, async () => 'after', { staleMs: 10_000, waitMs: 5_000 });
      setTimeout(() => rmSync(lockPathOf(sidecar)), 100);
      assert.equal(await waiting, 'after');
    } finally {
      holder.kill();
    }
  }),
);

test(
  'writers in one process take turns, and a failing one releases the lock',
  inTempDir(async (sidecar) => {
    let inside = 0;
    let most = 0;
    const turn = (fail: boolean) =>
      withSidecarLock(sidecar, async () => {
        most = Math.max(most, ++inside);
        await new Promise((r) => setTimeout(r, 5));
        inside--;
        if (fail) throw new Error('disk full');
      });
    const results = await Promise.allSettled([turn(false), turn(true), turn(false), turn(true), turn(false)]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled'],
    );
    assert.equal(most, 1, 'two writers held the lock at once');
    assert.equal(existsSync(lockPathOf(sidecar)), false);
  }),
);

test(
  'processes that find the same abandoned lock take it over one at a time',
  inTempDir(async (sidecar) => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    leaveLock(sidecar, dead, hostname());
    const log = `${sidecar}.log`;
    appendFileSync(log, '');
    // Each process writes "in" and "out" around a short turn; overlapping turns interleave them.
    const script = `
      const { appendFileSync } = require('node:fs');
      const { withSidecarLock } = require(${JSON.stringify(join(__dirname, '../../client/src/notes/sidecarLock.js'))});
      const [sidecar, log, name] = process.argv.slice(1);
      (async () => {
        for (let i = 0; i < 5; i++)
          await withSidecarLock(sidecar, async () => {
            appendFileSync(log, 'in ' + name + '\\n');
            await new Promise((r) => setTimeout(r, 3));
            appendFileSync(log, 'out ' + name + '\\n');
          }, { waitMs: 20000 });
      })().catch((e) => { console.error(e); process.exit(1); });`;
    const runs = Array.from({ length: 4 }, (_, w) =>
      new Promise<number | null>((resolve) => spawn(process.execPath, ['-e', script, sidecar, log, `w${w}`], { stdio: 'inherit' }).on('close', resolve)),
    );
    assert.deepEqual(await Promise.all(runs), [0, 0, 0, 0]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    assert.equal(lines.length, 4 * 5 * 2);
    for (let i = 0; i < lines.length; i += 2) assert.equal(lines[i + 1], lines[i].replace('in ', 'out '), `turns overlap at line ${i}: ${lines.slice(i, i + 2)}`);
    assert.equal(existsSync(lockPathOf(sidecar)), false);
  }),
);
