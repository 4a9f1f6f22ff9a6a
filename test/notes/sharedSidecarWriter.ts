// One writer of the shared-sidecar race, run as its own process: it adds notes one after
// another to a sidecar that other processes write at the same time, through the real store
// and file system, with no file watcher (so nothing but the write itself can save a note),
// and prints "ack <id>" once addNote() has resolved.
// Usage: node sharedSidecarWriter.js <sidecar path> <writer name> <note count>

import { NotesStore } from '../../client/src/notes/store';
import { nodeFileSystem } from '../../client/src/notes/nodeFileSystem';
import type { Anchor } from '../../client/src/notes/model';

const anchor = (i: number): Anchor => ({
  scope: 'line',
  item: { number: 3, title: 'Budgetopfølgning', caseNumber: null },
  section: 'Beslutning',
  quote: `linje ${i}`,
  prefix: '',
  suffix: '',
  start: i,
  end: i + 8,
  itemOffset: i,
});

async function main(path: string, name: string, count: number): Promise<void> {
  let n = 0;
  const store = new NotesStore(path, nodeFileSystem, { newId: () => `${name}-${++n}` });
  await store.load();
  for (let i = 0; i < count; i++) {
    const note = await store.addNote({ body: `note ${i} of ${name}`, anchor: anchor(i) });
    process.stdout.write(`ack ${note.id}\n`);
  }
}

if (require.main === module) {
  const [path, name, count] = process.argv.slice(2);
  main(path, name, Number(count)).catch((e) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exit(1);
  });
}
