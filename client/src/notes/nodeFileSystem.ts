// The sidecar store's file access on a local disk: an atomic replace is a temporary file in
// the same folder, written and fsynced, then renamed over the target (rename is atomic
// within a file system), then the folder fsynced so the rename itself survives a power cut.
// A writer killed between creating its temporary file and the rename leaves that file behind;
// the next write of the same sidecar removes such leftovers.

import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SidecarFileSystem } from './store';

let counter = 0;

/** A write takes milliseconds: a temporary file this old is a leftover, whoever wrote it. */
const ABANDONED_MS = 10 * 60_000;
/** A leftover of a process that no longer runs here, after a grace for clocks and slow disks. */
const DEAD_WRITER_MS = 5_000;

const tempName = (target: string) => `.${target}.${process.pid}.${Date.now().toString(36)}.${(counter++).toString(36)}.tmp`;

/** The writer's process id when `entry` is one of tempName(target)'s files, else null. */
function tempWriter(entry: string, target: string): number | null {
  const prefix = `.${target}.`;
  if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) return null;
  const parts = entry.slice(prefix.length, -'.tmp'.length).split('.');
  return parts.length === 3 && /^\d+$/.test(parts[0]) ? Number(parts[0]) : null;
}

export const nodeFileSystem: SidecarFileSystem = {
  async read(path) {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },

  async writeAtomic(path, text) {
    const dir = dirname(path);
    const temp = join(dir, tempName(basename(path)));
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.rename(temp, path);
    } catch (e) {
      await fs.rm(temp, { force: true });
      throw e;
    }
    await syncDirectory(dir);
    await removeLeftovers(dir, basename(path));
  },
};

/**
 * Removes temporary files of `target` that no write will rename any more: those of a process
 * that no longer runs here, and any older than ABANDONED_MS (a writer on another machine
 * sharing the folder has a process id that means nothing here). Our own process's files may
 * belong to a write in flight and are left alone. Best effort: the notes are in the sidecar.
 */
async function removeLeftovers(dir: string, target: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const writer = tempWriter(entry, target);
    if (writer === null || writer === process.pid) continue;
    const file = join(dir, entry);
    try {
      const age = Date.now() - (await fs.stat(file)).mtimeMs;
      if (age > ABANDONED_MS || (age > DEAD_WRITER_MS && !isRunning(writer))) await fs.rm(file, { force: true });
    } catch {
      // Gone already (another window cleaned it), or not ours to remove.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // Not every platform lets a directory be opened for fsync (Windows does not); the rename
  // is still atomic there.
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
