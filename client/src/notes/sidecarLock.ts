// Writers of one sidecar take turns. Each write re-reads the sidecar, merges its change in and
// renames a new copy over it; two writers doing that at once both succeed and the second
// rename drops the first one's note, after the first was told it was saved. So a write holds
// a lock file beside the sidecar, created exclusively (an atomic "create if absent" on every
// local and network file system), for the few milliseconds of read, merge and rename.
//
// A writer that dies holding the lock leaves the file behind. The lock names its holder (process
// id and host), so a lock whose process no longer runs on this machine is taken over at once,
// and any lock older than STALE_MS (a holder on another machine, a reused process id) too.
// Taking over goes through a second exclusive file, so two waiters that both found the lock
// stale do not each remove the other's fresh lock. Waiting is bounded: after WAIT_MS the write
// fails with a message naming the holder, and the store keeps the change for the next write.

import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A write holds the lock for milliseconds; one held this long belongs to a writer that is gone. */
const STALE_MS = 10_000;
/** Longer than STALE_MS, so a waiter outlives a lock its holder abandoned. */
const WAIT_MS = 30_000;
const MAX_POLL_MS = 20;

export interface LockOptions {
  readonly staleMs?: number;
  readonly waitMs?: number;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

export class SidecarLockedError extends Error {
  constructor(
    readonly path: string,
    holder: Holder | undefined,
    waitedMs: number,
  ) {
    super(
      `${path} is being written by ${holder ? `process ${holder.pid} on ${holder.host}` : 'another program'} and stayed locked for ${Math.round(waitedMs / 1000)} s; ` +
        `the change is kept and written with the next one (the lock file is ${lockPathOf(path)})`,
    );
  }
}

/** The lock of the sidecar at `target` (a real path: links resolved, so every name of one file shares one lock). */
export const lockPathOf = (target: string) => join(dirname(target), `.${basename(target)}.lock`);

/** Runs `action` while this process holds the lock of `target`. */
export async function withSidecarLock<T>(target: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = lockPathOf(target);
  const token = await acquire(target, lock, options.staleMs ?? STALE_MS, options.waitMs ?? WAIT_MS);
  try {
    return await action();
  } finally {
    await release(lock, token);
  }
}

async function acquire(target: string, lock: string, staleMs: number, waitMs: number): Promise<string> {
  const token = globalThis.crypto.randomUUID();
  const me: Holder = { pid: process.pid, host: hostname(), token };
  const started = Date.now();
  for (;;) {
    if (await createExclusive(lock, JSON.stringify(me))) return token;
    const seen = await inspect(lock);
    const waited = Date.now() - started;
    if (seen === undefined) {
      // Released between our two looks: try again at once.
      if (waited < waitMs) continue;
    } else if (isStale(seen, staleMs) && (await takeOver(lock, staleMs))) {
      continue;
    }
    if (waited >= waitMs) throw new SidecarLockedError(target, seen?.holder, waited);
    // The longer a writer has waited, the more often it looks, so that writers who keep coming
    // (eight processes adding notes) cannot starve one that came first; jittered so that waiters
    // do not retry in step.
    const pause = Math.max(1, MAX_POLL_MS * (1 - waited / waitMs) ** 2);
    await new Promise((r) => setTimeout(r, pause * (0.5 + Math.random())));
  }
}

/** Creates `path` with `text` if no such file exists; false if one does. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
  } catch (e) {
    // An empty lock would hold every writer off until it aged out.
    await fs.rm(path, { force: true });
    throw e;
  }
  return true;
}

interface Seen {
  readonly holder: Holder | undefined;
  readonly ageMs: number;
}

/** The lock's holder (undefined while its creator has not written it yet) and age; undefined if there is no lock. */
async function inspect(lock: string): Promise<Seen | undefined> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(lock, 'utf8'), fs.stat(lock)]);
    return { holder: parseHolder(text), ageMs: Date.now() - stat.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const v = JSON.parse(text) as Partial<Holder>;
    return typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string' ? { pid: v.pid, host: v.host, token: v.token } : undefined;
  } catch {
    return undefined;
  }
}

function isStale(seen: Seen, staleMs: number): boolean {
  if (seen.ageMs > staleMs) return true;
  // A process id means something only on the machine that wrote it.
  return seen.holder !== undefined && seen.holder.host === hostname() && !isRunning(seen.holder.pid);
}

/**
 * Removes a stale lock; false when another waiter is at it or the lock turned out fresh. Under `<lock>.break`, taken exclusively, the lock is looked at again and
 * removed only if it is still stale: a waiter that found the same stale lock a moment later
 * would otherwise remove the fresh lock of the waiter that took over first.
 */
async function takeOver(lock: string, staleMs: number): Promise<boolean> {
  const breaker = `${lock}.break`;
  if (!(await createExclusive(breaker, String(process.pid)))) {
    // Another waiter is taking over; a breaker that died doing so leaves its file, which ages out.
    const other = await inspect(breaker);
    if (other && other.ageMs > staleMs) await fs.rm(breaker, { force: true });
    return false;
  }
  try {
    const seen = await inspect(lock);
    if (!seen || !isStale(seen, staleMs)) return false;
    await fs.rm(lock, { force: true });
    return true;
  } finally {
    await fs.rm(breaker, { force: true });
  }
}

async function release(lock: string, token: string): Promise<void> {
  // Remove it only if it is still ours: a write that took longer than STALE_MS lost its lock.
  const seen = await inspect(lock).catch(() => undefined);
  if (seen?.holder?.token === token) await fs.rm(lock, { force: true });
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
