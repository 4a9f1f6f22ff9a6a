// The sidecar store's file access on a local disk: an atomic replace is a temporary file in
// the same folder, written and fsynced, then renamed over the target (rename is atomic
// within a file system), then the folder fsynced so the rename itself survives a power cut.

import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SidecarFileSystem } from './store';

let counter = 0;

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
    const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${(counter++).toString(36)}.tmp`);
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
  },
};

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
