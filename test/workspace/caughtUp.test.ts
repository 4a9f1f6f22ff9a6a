// Workspace requests wait for the index to read the workspace, but not for ever: whenCaughtUp
// answers true once every file found is read, false when its time is up or the request is
// cancelled; and a walk of the workspace reports its progress from begin to end.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { parseReferat } from '../../server/src/parser';
import { WorkspaceIndex, type IndexProgress, type IndexSource } from '../../server/src/workspace/workspaceIndex';

const minutes = (title: string) => `REFERAT Byrådet d. 18-06-2024\n\nMødedato Tirsdag d. 18. juni 2024 kl. 19:00\n\nPunkt 1: ${title}\n\n24/6822\n\nBeslutning\n\nGodkendt.\n`;

/** A workspace of `names`; a file's load waits until `release(name)` when it is held. */
function workspace(names: string[], held: string[] = []) {
  const releases = new Map<string, () => void>();
  const gates = new Map(held.map((name) => [name, new Promise<void>((resolve) => releases.set(name, resolve))]));
  const source: IndexSource = {
    async *discover() {
      for (const name of names) yield `file:///w/${name}`;
    },
    async load(uri) {
      const name = uri.slice('file:///w/'.length);
      await gates.get(name);
      return parseReferat(minutes(name));
    },
  };
  return { source, release: (name: string) => releases.get(name)!() };
}

test('before the roots are set the index has not caught up; after its walk it has, with every file', async () => {
  const ws = workspace(['a.referat', 'b.referat', 'c.referat']);
  const index = new WorkspaceIndex(ws.source, () => undefined);
  const waiting = index.whenCaughtUp(Infinity);
  // An open document indexed before the walk starts is not the workspace.
  index.touch('file:///w/a.referat', true);
  await index.whenIdle();
  index.setRoots(['file:///w/']);
  assert.equal(await waiting, true);
  assert.deepEqual([...index.summaries()].map((s) => s.uri).sort(), ['file:///w/a.referat', 'file:///w/b.referat', 'file:///w/c.referat']);
  assert.equal(await index.whenCaughtUp(0), true, 'at once when caught up');
});

test('a file that takes long: the wait ends at its bound, and the index keeps reading', async () => {
  const ws = workspace(['a.referat', 'slow.referat'], ['slow.referat']);
  const index = new WorkspaceIndex(ws.source, () => undefined);
  index.setRoots(['file:///w/']);
  assert.equal(await index.whenCaughtUp(30), false);
  const later = index.whenCaughtUp(Infinity);
  ws.release('slow.referat');
  assert.equal(await later, true);
  assert.equal(index.get('file:///w/slow.referat')?.items[0].title, 'slow.referat');
});

test('a cancelled request stops waiting at once, and one cancelled before it asks does not wait', async () => {
  const ws = workspace(['slow.referat'], ['slow.referat']);
  const index = new WorkspaceIndex(ws.source, () => undefined);
  index.setRoots(['file:///w/']);
  const request = new CancellationTokenSource();
  const waiting = index.whenCaughtUp(Infinity, request.token);
  request.cancel();
  assert.equal(await waiting, false);
  assert.equal(await index.whenCaughtUp(Infinity, request.token), false);
  ws.release('slow.referat');
  assert.equal(await index.whenCaughtUp(Infinity), true);
});

test('a walk tells its progress: begun with nothing read, done with every file read, once each', async () => {
  const ws = workspace(['a.referat', 'b.referat', 'c.referat']);
  const told: IndexProgress[] = [];
  const index = new WorkspaceIndex(ws.source, () => undefined, undefined, (p) => told.push(p));
  index.setRoots(['file:///w/']);
  await index.whenCaughtUp(Infinity);
  assert.deepEqual(told[0], { indexed: 0, pending: 0, done: false });
  assert.deepEqual(told.at(-1), { indexed: 3, pending: 0, done: true });
  assert.equal(told.filter((p) => p.done).length, 1);
  // Reading the workspace again (a settings change) is a walk of its own.
  index.reindexAll();
  await index.whenCaughtUp(Infinity);
  assert.deepEqual(told.filter((p) => p.done), [
    { indexed: 3, pending: 0, done: true },
    { indexed: 3, pending: 0, done: true },
  ]);
});
