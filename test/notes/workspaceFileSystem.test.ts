// Notes in the browser (client/src/notes/workspaceFileSystem.ts) over an in-memory double of
// the vscode.workspace.fs calls it makes: a write lands whole (temporary file, renamed over
// the sidecar), and two windows adding notes at once, their file operations interleaved in
// every order a seeded scheduler finds, keep each other's acknowledged notes; a lock left by a
// closed tab is taken over, and fields of a newer Referat are kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotesStore } from '../../client/src/notes/store';
import { parseSidecar } from '../../client/src/notes/sidecar';
import type { Anchor, Sidecar } from '../../client/src/notes/model';
import { beside, workspaceFileSystem, type WorkspaceFs } from '../../client/src/notes/workspaceFileSystem';
import { lockPathOf } from '../../client/src/notes/sidecarLock';
import { seededRandom } from '../seededRandom';
import { steppingClock } from './memoryFileSystem';

const DIR = 'vscode-vfs://github/kommune/referater';
const SIDECAR = `${DIR}/byraad-2025-03-03.txt.noter.json`;

/** vscode.FileSystemError as the extension host throws it: a code. */
class FileSystemError extends Error {
  constructor(readonly code: 'FileNotFound' | 'FileExists') {
    super(code);
  }
}

/**
 * workspace.fs over a Map. Each call yields to the event loop a number of times the seeded
 * `random` picks before it takes effect, so concurrent writers interleave in varied orders;
 * each call takes effect at once (a rename with overwrite: false checks and renames in one step).
 */
class MemoryWorkspaceFs implements WorkspaceFs<string> {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  readonly log: string[] = [];

  constructor(
    private readonly random: () => number = () => 0,
    readonly clock = { now: 0 },
  ) {}

  private async turn(): Promise<void> {
    for (let i = Math.floor(this.random() * 4); i > 0; i--) await new Promise((r) => setImmediate(r));
  }

  async readFile(uri: string): Promise<Uint8Array> {
    await this.turn();
    const file = this.files.get(uri);
    if (!file) throw new FileSystemError('FileNotFound');
    return file.bytes;
  }

  async writeFile(uri: string, content: Uint8Array): Promise<void> {
    await this.turn();
    this.log.push(`write ${uri}`);
    this.files.set(uri, { bytes: content, mtime: this.clock.now });
  }

  async rename(source: string, target: string, options: { overwrite: boolean }): Promise<void> {
    await this.turn();
    const file = this.files.get(source);
    if (!file) throw new FileSystemError('FileNotFound');
    if (!options.overwrite && this.files.has(target)) throw new FileSystemError('FileExists');
    this.log.push(`rename ${source} -> ${target}${options.overwrite ? ' (overwrite)' : ''}`);
    this.files.delete(source);
    this.files.set(target, file);
  }

  async delete(uri: string): Promise<void> {
    await this.turn();
    if (!this.files.delete(uri)) throw new FileSystemError('FileNotFound');
  }

  async stat(uri: string): Promise<{ mtime: number }> {
    await this.turn();
    const file = this.files.get(uri);
    if (!file) throw new FileSystemError('FileNotFound');
    return { mtime: file.mtime };
  }

  text(uri: string): string | undefined {
    const file = this.files.get(uri);
    return file && new TextDecoder().decode(file.bytes);
  }
}

/** One browser window's view of the files: its own turns, the shared files and lock. */
function windowOn(fs: MemoryWorkspaceFs, name: string, options: { staleMs?: number; waitMs?: number } = {}) {
  let tokens = 0;
  let ids = 0;
  const files = workspaceFileSystem({
    fs,
    uriOf: (path) => path,
    errorCode: (e) => (e instanceof FileSystemError ? e.code : undefined),
    now: () => fs.clock.now,
    // Waiting moves the clock on; the other window's work runs meanwhile.
    pause: async (ms) => {
      fs.clock.now += ms;
      await new Promise((r) => setImmediate(r));
    },
    newToken: () => `${name}${++tokens}`,
    ...options,
  });
  return new NotesStore(SIDECAR, files, { clock: steppingClock(), newId: () => `${name}-${++ids}` });
}

const anchor = (quote: string): Anchor => ({
  scope: 'selection',
  item: { number: 3, title: 'Kommuneplan 2025', caseNumber: null },
  section: 'Sagsfremstilling',
  quote,
  prefix: '',
  suffix: '',
  start: 10,
  end: 10 + quote.length,
  itemOffset: 10,
});

function sidecarIn(fs: MemoryWorkspaceFs): Sidecar {
  const read = parseSidecar(fs.text(SIDECAR)!);
  assert.equal(read.kind, 'ok');
  return (read as { sidecar: Sidecar }).sidecar;
}

const others = (fs: MemoryWorkspaceFs) => [...fs.files.keys()].filter((k) => k !== SIDECAR);

test('a note is written to a file beside the sidecar and renamed over it; nothing else is left in the folder', async () => {
  const fs = new MemoryWorkspaceFs();
  const store = windowOn(fs, 'a');
  await store.load();
  await store.addNote({ body: 'Hvad koster det?', anchor: anchor('planen') });
  await store.addNote({ body: 'Og næste år?', anchor: anchor('budget') });
  assert.deepEqual(
    sidecarIn(fs).notes.map((n) => n.body),
    ['Hvad koster det?', 'Og næste år?'],
  );
  // The sidecar itself is only ever the target of a rename: a reader sees the old notes or the new.
  assert.ok(!fs.log.includes(`write ${SIDECAR}`), fs.log.join('\n'));
  assert.ok(fs.log.some((l) => l.startsWith('rename ') && l.endsWith(` -> ${SIDECAR} (overwrite)`)));
  // The lock was taken by an exclusive rename, and released.
  assert.ok(fs.log.some((l) => l.endsWith(`-> ${DIR}/.byraad-2025-03-03.txt.noter.json.lock`)));
  assert.deepEqual(others(fs), []);
  // The desktop's lock file, so a desktop window on the same folder (code-server's) takes turns with the browser.
  assert.equal(beside('/home/anna/referater/byraad.txt.noter.json', '.lock'), lockPathOf('/home/anna/referater/byraad.txt.noter.json'));
});

test('a write that fails leaves the sidecar as it was and no temporary file; the note is written with the next change', async () => {
  const fs = new MemoryWorkspaceFs();
  const store = windowOn(fs, 'a');
  await store.load();
  await store.addNote({ body: 'første', anchor: anchor('x') });
  const before = fs.text(SIDECAR);
  // The disk fills up as the sidecar's new copy is written (the lock's file got written).
  let full = true;
  const write = fs.writeFile.bind(fs);
  fs.writeFile = async (uri, content) => {
    if (full && uri.endsWith('.tmp') && !uri.includes('.lock.')) {
      full = false;
      await write(uri, content.subarray(0, 10));
      throw new Error('ENOSPC: no space left on device');
    }
    return write(uri, content);
  };
  await assert.rejects(store.addNote({ body: 'anden', anchor: anchor('y') }), /ENOSPC/);
  assert.equal(fs.text(SIDECAR), before);
  assert.deepEqual(others(fs), []);
  await store.addNote({ body: 'tredje', anchor: anchor('z') });
  assert.deepEqual(
    sidecarIn(fs).notes.map((n) => n.body),
    ['første', 'anden', 'tredje'],
  );
});

test('two windows adding notes at once, in many interleavings, keep every note either was told was saved', async () => {
  for (let seed = 1; seed <= 40; seed++) {
    const fs = new MemoryWorkspaceFs(seededRandom(seed));
    const a = windowOn(fs, 'a');
    const b = windowOn(fs, 'b');
    await Promise.all([a.load(), b.load()]);
    const saved: string[] = [];
    const add = async (store: NotesStore, body: string) => {
      await store.addNote({ body, anchor: anchor(body) });
      saved.push(body);
    };
    await Promise.all([add(a, 'a1'), add(b, 'b1'), add(a, 'a2'), add(b, 'b2'), add(b, 'b3')]);
    const bodies = sidecarIn(fs).notes.map((n) => n.body).sort();
    assert.deepEqual(bodies, [...saved].sort(), `seed ${seed}`);
    assert.equal(saved.length, 5);
    assert.deepEqual(others(fs), [], `seed ${seed}: lock and temporary files gone`);
  }
});

test('a lock left by a closed tab is taken over once it is stale; a fresh one is waited for', async () => {
  const fs = new MemoryWorkspaceFs();
  const lock = `${DIR}/.byraad-2025-03-03.txt.noter.json.lock`;
  fs.files.set(lock, { bytes: new TextEncoder().encode('{"token":"closed-tab"}'), mtime: 0 });
  const store = windowOn(fs, 'a', { staleMs: 10_000, waitMs: 30_000 });
  await store.load();
  await store.addNote({ body: 'efter en lukket fane', anchor: anchor('x') });
  assert.deepEqual(
    sidecarIn(fs).notes.map((n) => n.body),
    ['efter en lukket fane'],
  );
  // The write waited until the lock was stale, not longer than it had to by much.
  assert.ok(fs.clock.now > 10_000 && fs.clock.now < 12_000, String(fs.clock.now));
  assert.deepEqual(others(fs), []);
});

test('a lock that stays fresh fails the write after the wait; the store keeps the note for the next write', async () => {
  const fs = new MemoryWorkspaceFs();
  const lock = `${DIR}/.byraad-2025-03-03.txt.noter.json.lock`;
  const store = windowOn(fs, 'a', { staleMs: 10_000, waitMs: 3_000 });
  await store.load();
  // Another window holds it and keeps it fresh.
  fs.files.set(lock, { bytes: new TextEncoder().encode('{"token":"other"}'), mtime: 0 });
  const stat = fs.stat.bind(fs);
  fs.stat = async (uri) => (uri === lock ? { mtime: fs.clock.now } : stat(uri));
  await assert.rejects(store.addNote({ body: 'venter', anchor: anchor('x') }), /locked for 3 s/);
  assert.equal(fs.text(SIDECAR), undefined);
  assert.ok(fs.files.has(lock), 'the other window\'s lock is left alone');
  fs.files.delete(lock);
  await store.addNote({ body: 'bagefter', anchor: anchor('y') });
  assert.deepEqual(
    sidecarIn(fs).notes.map((n) => n.body),
    ['venter', 'bagefter'],
  );
});

test('fields a newer Referat wrote, in the file and in its notes, are written back as they were', async () => {
  const fs = new MemoryWorkspaceFs();
  const written = {
    schema: 1,
    notes: [{ id: 'n1', created: '2024-05-01T10:00:00.000Z', updated: '2024-05-01T10:00:00.000Z', body: 'gammel', replies: [], resolved: false, anchor: anchor('x'), colour: 'blue' }],
    highlights: [],
    deleted: [],
    sharedWith: ['byraadet'],
  };
  fs.files.set(SIDECAR, { bytes: new TextEncoder().encode(JSON.stringify(written, null, 2)), mtime: 0 });
  const store = windowOn(fs, 'a');
  await store.load();
  await store.addNote({ body: 'ny', anchor: anchor('y') });
  const after = JSON.parse(fs.text(SIDECAR)!);
  assert.deepEqual(after.sharedWith, ['byraadet']);
  assert.equal(after.notes[0].colour, 'blue');
  assert.deepEqual(
    after.notes.map((n: { body: string }) => n.body),
    ['gammel', 'ny'],
  );
});
