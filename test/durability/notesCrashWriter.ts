// The writer of the crash test, run as its own process: several independent stores, one file
// each, add notes through the real store and print "ack <file index> <id>" once a note is in
// its file, until the process is killed. Every third note also edits an earlier one, so kills
// land during rewrites of existing notes too. Running several writers in one process makes
// each kill interrupt several writes at different stages for one process start.
// Usage: node crashWriter.js <directory> <id prefix> <writer count>

import { join } from 'node:path';
import { NotesStore } from '../../client/src/notes/store';
import { nodeFileSystem } from '../../client/src/notes/nodeFileSystem';
import type { Anchor } from '../../client/src/notes/model';

const [dir, prefix, count] = process.argv.slice(2);

export const crashSidecar = (directory: string, writer: number) => join(directory, `w${writer}.txt.noter.json`);

const anchor = (i: number): Anchor => ({
  scope: 'selection',
  item: { number: 64, title: 'Godkendelse af udmøntning af budget 2021', caseNumber: '00.30.02-S00-21-19' },
  section: 'Sagsfremstilling',
  quote: `sætning ${i}`,
  prefix: 'før ',
  suffix: ' efter',
  start: i,
  end: i + 10,
  itemOffset: i,
});

async function write(writer: number): Promise<void> {
  let n = 0;
  const store = new NotesStore(crashSidecar(dir, writer), nodeFileSystem, { newId: () => `${prefix}w${writer}-${++n}` });
  await store.load();
  for (let i = 0; ; i++) {
    const note = await store.addNote({ body: `note ${prefix}w${writer}-${n + 1}`, anchor: anchor(i) });
    process.stdout.write(`ack ${writer} ${note.id}\n`);
    if (i % 3 === 2) {
      const earlier = store.sidecar.notes[i % store.sidecar.notes.length];
      await store.updateNote(earlier.id, { body: `${earlier.body.split(' (')[0]} (edited ${i})` });
    }
  }
}

if (require.main === module) {
  Promise.all(Array.from({ length: Number(count) }, (_, w) => write(w))).catch((e) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exit(1);
  });
}
