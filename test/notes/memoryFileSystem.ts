// An in-memory SidecarFileSystem for tests: files are strings, and a hook can run another
// writer's work at the moment a write is about to land (to interleave two windows). Writers
// take turns per file as with the real lock; withoutLocks() is a writer that does not (an
// older Referat, a sync tool) on the same files.

import type { SidecarFileSystem } from '../../client/src/notes/store';

export class MemoryFileSystem implements SidecarFileSystem {
  readonly files = new Map<string, string>();
  writes = 0;
  /** Runs (once) just before the next write lands. */
  beforeNextWrite: (() => Promise<void>) | undefined;

  async read(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }

  private readonly turns = new Map<string, Promise<unknown>>();

  async exclusive<T>(path: string, action: () => Promise<T>): Promise<T> {
    const before = this.turns.get(path) ?? Promise.resolve();
    const mine = before.then(action, action);
    this.turns.set(path, mine.catch(() => undefined));
    return mine;
  }

  /** The same files, written by something that takes no lock. */
  withoutLocks(): SidecarFileSystem {
    return { read: (p) => this.read(p), writeAtomic: (p, t) => this.writeAtomic(p, t), exclusive: (_p, action) => action() };
  }

  async writeAtomic(path: string, text: string): Promise<void> {
    const hook = this.beforeNextWrite;
    this.beforeNextWrite = undefined;
    if (hook) await hook();
    this.writes++;
    this.files.set(path, text);
  }
}

/** A clock that moves one second per call, so every change has its own time. */
export function steppingClock(startIso = '2024-05-01T10:00:00.000Z'): () => Date {
  let t = Date.parse(startIso);
  return () => new Date((t += 1000));
}
