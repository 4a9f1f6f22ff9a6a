// The sidecar store's file access on a local disk: an atomic replace is a temporary file in
// the same folder, written and fsynced, then renamed over the target (rename is atomic
// within a file system), then the folder fsynced so the rename itself survives a power cut.
// A write that fails removes its temporary file; a writer killed between creating it and the
// rename leaves it behind, and the next write of the same sidecar removes such leftovers.
// A sidecar that is a symbolic link (notes kept in another folder, a dotfiles repository) is
// written through the link: the file it points to is replaced, the link stays. Writers take
// turns through the lock in sidecarLock.ts.

import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isRunning, withSidecarLock } from './sidecarLock';
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
    const target = await linkTarget(path);
    const dir = dirname(target);
    const temp = join(dir, tempName(basename(target)));
    const handle = await fs.open(temp, 'wx');
    try {
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
    } catch (e) {
      // A full disk, a file size limit, a failed rename: the sidecar is as it was, and the
      // half-written copy must not stay in the user's folder.
      await fs.rm(temp, { force: true });
      throw e;
    }
    await syncDirectory(dir);
    await removeLeftovers(dir, basename(target));
  },

  async exclusive(path, action) {
    return withSidecarLock(await linkTarget(path), action);
  },
};

/** Hops through a chain of links at most; more is a loop. */
const MAX_LINKS = 40;

/**
 * The file a write of `path` must replace: `path` itself, or, when it is a symbolic link
 * (possibly dangling, possibly one of a chain), the file the link points to.
 */
export async function linkTarget(path: string): Promise<string> {
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    try {
      return await fs.realpath(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    // No file there yet. A dangling link is followed to where its file is to be written.
    let link: string;
    try {
      link = await fs.readlink(path);
    } catch {
      return path;
    }
    path = resolve(dirname(path), link);
  }
  throw new Error(`${path}: too many symbolic links`);
}

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
