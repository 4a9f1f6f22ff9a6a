// The sidecar store: readable JSON, merging two windows' changes by note, deletions that
// stay deleted, and files it does not understand left exactly as they are.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotesStore, ReadOnlySidecarError } from '../../client/src/notes/store';
import { mergeSidecars, parseSidecar, serializeSidecar } from '../../client/src/notes/sidecar';
import type { Anchor, Sidecar } from '../../client/src/notes/model';
import { MemoryFileSystem, steppingClock } from './memoryFileSystem';

const PATH = '/minutes/000.txt.noter.json';

const anchor = (quote: string, start = 0): Anchor => ({
  scope: 'selection',
  item: { number: 64, title: 'Godkendelse af udmøntning af budget 2021', caseNumber: '00.30.02-S00-21-19' },
  section: 'Sagsfremstilling',
  quote,
  prefix: '',
  suffix: '',
  start,
  end: start + quote.length,
  itemOffset: start,
});

function window(fs: MemoryFileSystem, name: string, startIso?: string): NotesStore {
  let n = 0;
  return new NotesStore(PATH, fs, { clock: steppingClock(startIso), newId: () => `${name}-${++n}` });
}

const onDisk = (fs: MemoryFileSystem): Sidecar => {
  const read = parseSidecar(fs.files.get(PATH)!);
  assert.equal(read.kind, 'ok');
  return (read as { sidecar: Sidecar }).sidecar;
};

test('a note is written as readable JSON with schema 1, two-space indented', async () => {
  const fs = new MemoryFileSystem();
  const store = window(fs, 'a');
  await store.load();
  const note = await store.addNote({ body: 'Spørg til økonomien', anchor: anchor('Budget 2021', 120), author: 'Mette' });
  const text = fs.files.get(PATH)!;
  assert.match(text, /^\{\n  "schema": 1,\n  "notes": \[\n    \{\n      "id": "a-1",/);
  assert.deepEqual(onDisk(fs).notes, [note]);
  assert.deepEqual(note, {
    id: 'a-1',
    created: '2024-05-01T10:00:01.000Z',
    updated: '2024-05-01T10:00:01.000Z',
    author: 'Mette',
    body: 'Spørg til økonomien',
    replies: [],
    resolved: false,
    anchor: anchor('Budget 2021', 120),
  });
});

test('replies, edits, resolve and reopen, deletion: each change is in the file when it resolves', async () => {
  const fs = new MemoryFileSystem();
  const store = window(fs, 'a');
  await store.load();
  const note = await store.addNote({ body: 'første', anchor: anchor('x') });
  const reply = await store.addReply(note.id, { body: 'svar' });
  await store.updateReply(note.id, reply.id, 'rettet svar');
  await store.updateNote(note.id, { body: 'første, rettet', resolved: true });
  assert.deepEqual(
    onDisk(fs).notes.map((n) => ({ body: n.body, resolved: n.resolved, replies: n.replies.map((r) => r.body) })),
    [{ body: 'første, rettet', resolved: true, replies: ['rettet svar'] }],
  );
  await store.updateNote(note.id, { resolved: false });
  assert.equal(onDisk(fs).notes[0].resolved, false);
  await store.deleteReply(note.id, reply.id);
  assert.deepEqual(onDisk(fs).notes[0].replies, []);
  await store.deleteNote(note.id);
  assert.deepEqual(onDisk(fs).notes, []);
  assert.deepEqual(onDisk(fs).deleted.map((t) => t.id).sort(), [note.id, reply.id].sort());
});

test('two windows adding notes at the same time both keep theirs (merge on write)', async () => {
  const fs = new MemoryFileSystem();
  const a = window(fs, 'a');
  const b = window(fs, 'b');
  await a.load();
  await b.load();
  await a.addNote({ body: 'from A', anchor: anchor('one') });
  await b.addNote({ body: 'from B', anchor: anchor('two') });
  assert.deepEqual(onDisk(fs).notes.map((n) => n.body).sort(), ['from A', 'from B']);
});

test('a window that changes the file while another writes it waits its turn; both notes are in the file when they resolve', async () => {
  const fs = new MemoryFileSystem();
  const a = window(fs, 'a');
  const b = window(fs, 'b');
  await a.load();
  await b.load();
  let fromB: Promise<unknown> | undefined;
  // A has read the file and is about to rename its copy when B adds a note.
  fs.beforeNextWrite = async () => {
    fromB = b.addNote({ body: 'from B', anchor: anchor('two') });
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  await a.addNote({ body: 'from A', anchor: anchor('one') });
  await fromB;
  assert.deepEqual(onDisk(fs).notes.map((n) => n.body).sort(), ['from A', 'from B']);
});

test('a writer that takes no lock and overwrote the file between another\'s read and write is repaired when it reloads', async () => {
  const fs = new MemoryFileSystem();
  const a = window(fs, 'a');
  // An older Referat, which does not lock the sidecar.
  let n = 0;
  const b = new NotesStore(PATH, fs.withoutLocks(), { clock: steppingClock(), newId: () => `b-${++n}` });
  await a.load();
  await b.load();
  // A has read the file and is about to rename its copy when B writes a note.
  fs.beforeNextWrite = async () => {
    await b.addNote({ body: 'from B', anchor: anchor('two') });
  };
  await a.addNote({ body: 'from A', anchor: anchor('one') });
  assert.deepEqual(onDisk(fs).notes.map((n) => n.body), ['from A'], 'the race lost B\'s note on disk');
  // B's file watcher fires: B sees its note missing and writes it back, merged.
  assert.equal(await b.reload(), true);
  await b.flush();
  assert.deepEqual(onDisk(fs).notes.map((n) => n.body).sort(), ['from A', 'from B']);
});

test('the later edit of a note wins; a deletion beats older edits but not a later one', async () => {
  const fs = new MemoryFileSystem();
  const a = window(fs, 'a', '2024-05-01T10:00:00.000Z');
  await a.load();
  const note = await a.addNote({ body: 'v1', anchor: anchor('one') });
  const b = window(fs, 'b', '2024-05-01T11:00:00.000Z'); // B's clock is an hour ahead: its edits are later
  await b.load();
  await b.updateNote(note.id, { body: 'v2 from B' });
  await a.updateNote(note.id, { body: 'v2 from A' }); // earlier time: loses
  assert.equal(onDisk(fs).notes[0].body, 'v2 from B');

  await b.deleteNote(note.id);
  await a.reload();
  assert.deepEqual(a.sidecar.notes, []);
  assert.deepEqual(onDisk(fs).notes, []);
});

test('merging is commutative and idempotent, so two windows write the same file', () => {
  const base = { schema: 1 as const, highlights: [], deleted: [] };
  const n = (id: string, updated: string, body: string) => ({ id, created: '2024-01-01T00:00:00.000Z', updated, body, replies: [], resolved: false, anchor: anchor('q') });
  const x: Sidecar = { ...base, notes: [n('1', '2024-01-02T00:00:00.000Z', 'x1'), n('2', '2024-01-01T00:00:00.000Z', 'x2')] };
  const y: Sidecar = { ...base, notes: [n('1', '2024-01-01T00:00:00.000Z', 'y1'), n('3', '2024-01-01T00:00:00.000Z', 'y3')], deleted: [{ id: '2', deleted: '2024-01-03T00:00:00.000Z' }] };
  const xy = mergeSidecars(x, y);
  assert.equal(serializeSidecar(xy), serializeSidecar(mergeSidecars(y, x)));
  assert.equal(serializeSidecar(mergeSidecars(xy, xy)), serializeSidecar(xy));
  assert.deepEqual(xy.notes.map((m) => m.body), ['x1', 'y3']);
});

test('fields this version does not know, on the file and on its notes, replies, highlights and anchors, survive its writes', async () => {
  const fs = new MemoryFileSystem();
  const note = {
    id: 'n1',
    created: '2024-01-01T00:00:00.000Z',
    updated: '2024-01-01T00:00:00.000Z',
    body: 'Spørg til økonomien',
    replies: [{ id: 'r1', created: '2024-01-01T00:00:00.000Z', updated: '2024-01-01T00:00:00.000Z', body: 'svar', reactions: ['+1'] }],
    resolved: false,
    anchor: { ...anchor('Budget 2021'), page: 12 },
    tags: ['økonomi', 'opfølgning'],
  };
  const highlight = { id: 'h1', created: '2024-01-01T00:00:00.000Z', updated: '2024-01-01T00:00:00.000Z', colour: 'green', anchor: anchor('x'), label: 'vigtigt' };
  fs.files.set(PATH, JSON.stringify({ schema: 1, notes: [note], highlights: [highlight], deleted: [], syncedBy: { tool: 'nextcloud', at: 7 } }, null, 2));
  const a = window(fs, 'a');
  const b = window(fs, 'b');
  await a.load();
  await b.load();
  await a.updateNote('n1', { body: 'Spørg til økonomien igen' });
  await a.addReply('n1', { body: 'nyt svar' });
  // B merges its change into A's file from a copy loaded before A's changes.
  await b.addNote({ body: 'fra B', anchor: anchor('y') });

  const raw = JSON.parse(fs.files.get(PATH)!);
  assert.deepEqual(raw.syncedBy, { tool: 'nextcloud', at: 7 });
  const written = raw.notes.find((n: { id: string }) => n.id === 'n1');
  assert.equal(written.body, 'Spørg til økonomien igen');
  assert.deepEqual(written.tags, ['økonomi', 'opfølgning']);
  assert.equal(written.anchor.page, 12);
  assert.deepEqual(written.replies.map((r: { body: string; reactions?: string[] }) => [r.body, r.reactions]), [['svar', ['+1']], ['nyt svar', undefined]]);
  assert.equal(raw.highlights[0].label, 'vigtigt');
  assert.equal(raw.notes.length, 2);
});

test('unknown fields of the file merge the same whichever window merges first', () => {
  const base = { schema: 1 as const, notes: [], highlights: [], deleted: [] };
  const x = { ...base, syncedBy: 'a', onlyY: 3, onlyX: 1 } as Sidecar;
  const y = { ...base, syncedBy: 'b', onlyY: 2 } as Sidecar;
  const xy = mergeSidecars(x, y);
  assert.equal(serializeSidecar(xy), serializeSidecar(mergeSidecars(y, x)));
  assert.equal(serializeSidecar(mergeSidecars(xy, xy)), serializeSidecar(xy));
  assert.deepEqual(JSON.parse(serializeSidecar(xy)), { ...base, syncedBy: 'b', onlyX: 1, onlyY: 3 });
});

test('a sidecar saved with a UTF-8 byte order mark (Notepad) is read, and its notes kept on the next write', async () => {
  const fs = new MemoryFileSystem();
  const note = { id: 'n1', created: '2024-01-01T00:00:00.000Z', updated: '2024-01-01T00:00:00.000Z', body: 'rettet i Notesblok', replies: [], resolved: false, anchor: anchor('q') };
  fs.files.set(PATH, '\uFEFF' + JSON.stringify({ schema: 1, notes: [note] }, null, 2));
  const store = window(fs, 'a');
  assert.deepEqual(await store.load(), { kind: 'ok' });
  assert.deepEqual(store.sidecar.notes.map((n) => n.body), ['rettet i Notesblok']);
  await store.addNote({ body: 'ny', anchor: anchor('r') });
  assert.deepEqual(onDisk(fs).notes.map((n) => n.body), ['rettet i Notesblok', 'ny']);
});

for (const [name, text, kind] of [
  ['bad JSON', '{ "schema": 1, "notes": [ {"id": ', 'corrupt'],
  ['a note without a body', '{ "schema": 1, "notes": [ {"id": "1"} ] }', 'corrupt'],
  ['a newer schema', JSON.stringify({ schema: 2, notes: [], highlights: [], extra: { future: true } }, null, 2), 'newer'],
] as const) {
  test(`a sidecar with ${name} is never overwritten; the store turns read-only`, async () => {
    const fs = new MemoryFileSystem();
    fs.files.set(PATH, text);
    const store = window(fs, 'a');
    assert.equal((await store.load()).kind, kind);
    assert.equal(store.readOnly, true);
    await assert.rejects(store.addNote({ body: 'x', anchor: anchor('q') }), ReadOnlySidecarError);
    assert.equal(fs.files.get(PATH), text);
    assert.equal(fs.writes, 0);
  });
}

test('a sidecar that turns corrupt while open is not overwritten by the next change, and works again once repaired', async () => {
  const fs = new MemoryFileSystem();
  const store = window(fs, 'a');
  await store.load();
  const first = await store.addNote({ body: 'first', anchor: anchor('q') });
  const good = fs.files.get(PATH)!;
  fs.files.set(PATH, good.slice(0, 40));
  await assert.rejects(store.addNote({ body: 'second', anchor: anchor('r') }), ReadOnlySidecarError);
  assert.equal(fs.files.get(PATH), good.slice(0, 40));
  assert.equal(store.readOnly, true);
  assert.deepEqual(store.sidecar.notes.map((n) => n.body), ['first', 'second'], 'what the user wrote is kept in memory');

  fs.files.set(PATH, good);
  await store.reload();
  assert.equal(store.readOnly, false);
  assert.deepEqual(store.sidecar.notes.map((n) => n.id), [first.id]);
});

test('a newer schema\'s notes are shown, read-only', async () => {
  const fs = new MemoryFileSystem();
  const note = { id: 'n', created: 't', updated: 't', body: 'from the future', replies: [], resolved: false, anchor: anchor('q') };
  fs.files.set(PATH, JSON.stringify({ schema: 3, notes: [note] }));
  const store = window(fs, 'a');
  assert.deepEqual(await store.load(), { kind: 'newer', schema: 3 });
  assert.deepEqual(store.sidecar.notes.map((n) => n.body), ['from the future']);
});
