// The sidecar store's file access where only vscode.workspace.fs is had (the browser: vscode.dev,
// github.dev, a code-server page), kept as safe as on a local disk (nodeFileSystem.ts,
// sidecarLock.ts) with what that API offers:
// - An atomic replace is a temporary file beside the sidecar, renamed over it (overwrite): a
//   reader, or a tab closed mid-write, sees the old notes or the new, never half a file.
// - Writers take turns through the same lock file beside the sidecar as the desktop's
//   (`.<name>.lock`). workspace.fs cannot create a file only if absent, but it can rename one
//   only if the target is absent (overwrite: false, FileExists otherwise): the lock is written
//   under a name of its own and renamed to the lock's name. So windows in other tabs (and the
//   desktop editor on the same folder) do not write between one's re-read, merge and rename,
//   and the store's merge under the lock keeps every window's acknowledged notes. A browser
//   cannot tell whether the holder of a lock is alive, so a lock older than STALE_MS (a tab
//   closed mid-write) is taken over, through a second such file as on the desktop.
// Pure: the file system is passed in (the workspace.fs subset below), so it is tested in Node.

import type { SidecarFileSystem } from './store';

/** The subset of vscode.workspace.fs used here, over URIs of type U. */
export interface WorkspaceFs<U> {
  readFile(uri: U): PromiseLike<Uint8Array>;
  writeFile(uri: U, content: Uint8Array): PromiseLike<void>;
  rename(source: U, target: U, options: { overwrite: boolean }): PromiseLike<void>;
  delete(uri: U): PromiseLike<void>;
  stat(uri: U): PromiseLike<{ readonly mtime: number }>;
}

export interface WorkspaceFileSystemOptions<U> {
  readonly fs: WorkspaceFs<U>;
  /** A sidecar path (a URI's text) as a URI. */
  readonly uriOf: (path: string) => U;
  /** What vscode.FileSystemError's code says (FileNotFound, FileExists), for an error thrown by `fs`. */
  readonly errorCode: (e: unknown) => string | undefined;
  /** A lock held this long belongs to a writer that is gone (ms). */
  readonly staleMs?: number;
  /** A write waits this long for the lock, then fails; the store keeps the change (ms). */
  readonly waitMs?: number;
  readonly now?: () => number;
  readonly pause?: (ms: number) => Promise<void>;
  readonly newToken?: () => string;
}

/** A write holds the lock for milliseconds; as sidecarLock.ts. */
const STALE_MS = 10_000;
const WAIT_MS = 30_000;
const MAX_POLL_MS = 20;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** A file beside `path` (a URI's text): its last segment `name` becomes `.name<suffix>`. */
export const beside = (path: string, suffix: string) => path.replace(/([^/]*)$/, (name) => `.${name}${suffix}`);

export function workspaceFileSystem<U>(options: WorkspaceFileSystemOptions<U>): SidecarFileSystem {
  const { fs, uriOf, errorCode } = options;
  const staleMs = options.staleMs ?? STALE_MS;
  const waitMs = options.waitMs ?? WAIT_MS;
  const now = options.now ?? (() => Date.now());
  const pause = options.pause ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const newToken = options.newToken ?? (() => globalThis.crypto.randomUUID());
  /** Writers of one sidecar in this window, in turn, before they contend for the lock file. */
  const turns = new Map<string, Promise<unknown>>();

  async function readText(path: string): Promise<string | undefined> {
    try {
      return decoder.decode(await fs.readFile(uriOf(path)));
    } catch (e) {
      if (errorCode(e) === 'FileNotFound') return undefined;
      throw e;
    }
  }

  async function remove(path: string): Promise<void> {
    try {
      await fs.delete(uriOf(path));
    } catch {
      // Gone already, or not ours to remove.
    }
  }

  /** Writes `path` with `text` if no such file exists; false if one does. */
  async function createExclusive(path: string, text: string): Promise<boolean> {
    const temp = beside(path, `.${newToken()}.tmp`);
    try {
      await fs.writeFile(uriOf(temp), encoder.encode(text));
      await fs.rename(uriOf(temp), uriOf(path), { overwrite: false });
      return true;
    } catch (e) {
      await remove(temp);
      if (errorCode(e) === 'FileExists') return false;
      throw e;
    }
  }

  /** The lock's holder token (undefined if unreadable) and age; undefined if there is no lock. */
  async function inspect(lock: string): Promise<{ token: string | undefined; ageMs: number } | undefined> {
    try {
      const [text, stat] = await Promise.all([readText(lock), fs.stat(uriOf(lock))]);
      if (text === undefined) return undefined;
      let token: string | undefined;
      try {
        const holder = JSON.parse(text) as { token?: unknown };
        token = typeof holder.token === 'string' ? holder.token : undefined;
      } catch {
        token = undefined;
      }
      return { token, ageMs: now() - stat.mtime };
    } catch (e) {
      if (errorCode(e) === 'FileNotFound') return undefined;
      throw e;
    }
  }

  /** Removes a stale lock under `<lock>.break`, looked at again there: false if another waiter is at it or it turned fresh. */
  async function takeOver(lock: string): Promise<boolean> {
    const breaker = `${lock}.break`;
    if (!(await createExclusive(breaker, JSON.stringify({ token: newToken() })))) {
      const other = await inspect(breaker);
      if (other && other.ageMs > staleMs) await remove(breaker);
      return false;
    }
    try {
      const seen = await inspect(lock);
      if (!seen || seen.ageMs <= staleMs) return false;
      await remove(lock);
      return true;
    } finally {
      await remove(breaker);
    }
  }

  async function withLock<T>(path: string, action: () => Promise<T>): Promise<T> {
    const lock = beside(path, '.lock');
    const token = newToken();
    const started = now();
    for (;;) {
      if (await createExclusive(lock, JSON.stringify({ token }))) break;
      const seen = await inspect(lock);
      const waited = now() - started;
      if (seen === undefined) {
        if (waited < waitMs) continue; // released between our two looks
      } else if (seen.ageMs > staleMs && (await takeOver(lock))) {
        continue;
      }
      if (waited >= waitMs) {
        throw new Error(`${path} is being written by another window and stayed locked for ${Math.round(waited / 1000)} s; the change is kept and written with the next one (the lock file is ${lock})`);
      }
      await pause(Math.max(1, MAX_POLL_MS * (1 - waited / waitMs) ** 2) * (0.5 + Math.random()));
    }
    try {
      return await action();
    } finally {
      // Only if it is still ours: a write slower than staleMs lost it to a waiter.
      const seen = await inspect(lock).catch(() => undefined);
      if (seen?.token === token) await remove(lock);
    }
  }

  return {
    read: readText,
    async writeAtomic(path, text) {
      const temp = beside(path, `.${newToken()}.tmp`);
      try {
        await fs.writeFile(uriOf(temp), encoder.encode(text));
        await fs.rename(uriOf(temp), uriOf(path), { overwrite: true });
      } catch (e) {
        // A full disk, a failed rename: the sidecar is as it was, and a half-written copy must not stay in the user's folder.
        await remove(temp);
        throw e;
      }
    },
    exclusive(path, action) {
      const run = (turns.get(path) ?? Promise.resolve()).catch(() => undefined).then(() => withLock(path, action));
      turns.set(path, run);
      return run;
    },
  };
}
