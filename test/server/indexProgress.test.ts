// The index's progress as work-done progress: begin, reports and end go out in order on one
// token per walk, also when the walk ends before the client has answered the token's creation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkDoneProgressReporter } from 'vscode-languageserver';
import { IndexProgressReporter } from '../../server/src/indexProgress';
import { Messages } from '../../server/src/l10n';

/** Reporters that record what they send; each creation waits for `answer()`. */
function client() {
  const sent: string[] = [];
  const pending: (() => void)[] = [];
  let created = 0;
  const create = () =>
    new Promise<WorkDoneProgressReporter>((resolve) => {
      const token = ++created;
      pending.push(() =>
        resolve({
          begin: (title: string, _percentage?: number, message?: string) => void sent.push(`${token} begin ${title}: ${message}`),
          report: (message: unknown) => void sent.push(`${token} report ${String(message)}`),
          done: () => void sent.push(`${token} end`),
        }),
      );
    });
  /** The client answers the oldest creation asked for (asked once what went before has settled). */
  const answer = async () => {
    await settle();
    pending.shift()!();
  };
  return { sent, create, answer };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

test('a walk that ends before the client answers still begins, reports and ends, in that order', async () => {
  const c = client();
  const progress = new IndexProgressReporter(c.create, () => new Messages('en'));
  progress.update({ indexed: 0, pending: 4, done: false });
  progress.update({ indexed: 2, pending: 2, done: false });
  progress.update({ indexed: 4, pending: 0, done: true });
  assert.deepEqual(c.sent, []);
  await c.answer();
  await settle();
  assert.deepEqual(c.sent, ['1 begin Indexing referater: 0 of 4 files', '1 report 2 of 4 files', '1 end']);
});

test('each walk gets its own token, in the client\'s language', async () => {
  const c = client();
  const progress = new IndexProgressReporter(c.create, () => new Messages('da'));
  progress.update({ indexed: 0, pending: 1, done: false });
  await c.answer();
  progress.update({ indexed: 1, pending: 0, done: true });
  progress.update({ indexed: 0, pending: 3, done: false });
  await c.answer();
  progress.update({ indexed: 3, pending: 0, done: true });
  await settle();
  assert.deepEqual(c.sent, ['1 begin Indekserer referater: 0 af 1 filer', '1 end', '2 begin Indekserer referater: 0 af 3 filer', '2 end']);
});

test('a client that refuses the token gets no progress, and the next walk asks again', async () => {
  let asked = 0;
  const progress = new IndexProgressReporter(() => (++asked, Promise.reject(new Error('no'))), () => new Messages('en'));
  progress.update({ indexed: 0, pending: 1, done: false });
  progress.update({ indexed: 1, pending: 0, done: true });
  progress.update({ indexed: 0, pending: 1, done: false });
  await settle();
  assert.equal(asked, 2);
});
