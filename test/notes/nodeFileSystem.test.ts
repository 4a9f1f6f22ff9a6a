// A writer killed between creating its temporary file and renaming it over the sidecar leaves
// the temporary file in the user's folder. The next write of that sidecar removes leftovers
// no write will rename any more, and nothing else. A write that fails removes its own; a
// sidecar that is a symbolic link stays one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../client/src/notes/nodeFileSystem';
import { NotesStore } from '../../client/src/notes/store';

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

test('a write that fails (the disk full, a file size limit) leaves the sidecar as it was and no temporary file', { skip: process.platform === 'win32' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-failed-write-'));
  try {
    const sidecar = join(dir, SIDECAR);
    writeFileSync(sidecar, '{"schema":1,"notes":[]}');
    // A file size limit of 512 bytes (sh's ulimit counts 512-byte blocks) makes the write of a
    // 10 kB sidecar fail part-way with EFBIG, as a full disk fails it with ENOSPC. Node dies of
    // the signal that comes with it unless told to ignore it.
    const script = [
      `process.on('SIGXFSZ', () => {});`,
      `const { nodeFileSystem } = require(${JSON.stringify(join(__dirname, '../../client/src/notes/nodeFileSystem.js'))});`,
      `nodeFileSystem.writeAtomic(${JSON.stringify(sidecar)}, 'x'.repeat(10000)).then(() => console.log('written'), (e) => console.log(e.code));`,
    ].join('\n');
    const run = spawnSync('sh', ['-c', `ulimit -f 1 && exec "${process.execPath}" -e "$0"`, script], { encoding: 'utf8' });
    assert.equal(run.stdout.trim(), 'EFBIG', run.stderr);
    assert.equal(readFileSync(sidecar, 'utf8'), '{"schema":1,"notes":[]}');
    assert.deepEqual(readdirSync(dir), [SIDECAR]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a sidecar that is a symbolic link is written through it: the file it points to changes, the link stays', { skip: process.platform === 'win32' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-link-'));
  try {
    mkdirSync(join(dir, 'minutes'));
    mkdirSync(join(dir, 'notes'));
    const target = join(dir, 'notes', 'udvalg.json');
    const link = join(dir, 'minutes', SIDECAR);
    writeFileSync(target, '{"schema":1,"notes":[]}');
    symlinkSync('../notes/udvalg.json', link);

    const store = new NotesStore(link, nodeFileSystem);
    await store.load();
    const note = await store.addNote({ body: 'gennem linket', anchor: { scope: 'line', item: null, section: null, quote: 'x', prefix: '', suffix: '', start: 0, end: 1, itemOffset: null } });

    assert.equal(lstatSync(link).isSymbolicLink(), true, 'the link was replaced by a file');
    assert.equal(readlinkSync(link), '../notes/udvalg.json');
    assert.deepEqual(JSON.parse(readFileSync(target, 'utf8')).notes.map((n: { id: string }) => n.id), [note.id]);
    // Nothing left beside the link or the file: no temporary copy, no lock.
    assert.deepEqual(readdirSync(join(dir, 'minutes')), [SIDECAR]);
    assert.deepEqual(readdirSync(join(dir, 'notes')), ['udvalg.json']);

    // A link whose file does not exist yet (notes moved to a new folder) gets that file.
    const dangling = join(dir, 'minutes', 'andet.txt.noter.json');
    symlinkSync('../notes/andet.json', dangling);
    await nodeFileSystem.writeAtomic(dangling, '{"schema":1}');
    assert.equal(lstatSync(dangling).isSymbolicLink(), true);
    assert.equal(readFileSync(join(dir, 'notes', 'andet.json'), 'utf8'), '{"schema":1}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
