// When diagnostics follow an edit: at once for a document whose diagnostics were cheap to
// compute (a burst of changes published once), once typing pauses for any other, and for a
// costly one after a pause of twice its cost, the pause starting again with every change, so
// typing in a big document does not compute its diagnostics per key.

import { test, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticsSchedule, diagnosticsDelay, IMMEDIATE_BELOW_MS, MAX_PAUSE_MS, TYPING_PAUSE_MS } from '../../server/src/diagnosticsSchedule';

afterEach(() => mock.timers.reset());

function schedule(): { published: string[]; schedule: DiagnosticsSchedule } {
  mock.timers.enable({ apis: ['setTimeout', 'setImmediate'] });
  const published: string[] = [];
  return { published, schedule: new DiagnosticsSchedule((uri) => published.push(uri)) };
}

test('the pause follows the cost: none when cheap, then a pause in typing, twice the cost above that, two seconds at most', () => {
  assert.equal(diagnosticsDelay(undefined), 0);
  assert.equal(diagnosticsDelay(IMMEDIATE_BELOW_MS - 0.5), 0);
  assert.equal(diagnosticsDelay(IMMEDIATE_BELOW_MS), TYPING_PAUSE_MS);
  assert.equal(diagnosticsDelay(20), TYPING_PAUSE_MS);
  assert.equal(diagnosticsDelay(300), 600);
  assert.equal(diagnosticsDelay(5000), MAX_PAUSE_MS);
});

test('a cheap document is published on the next turn, once for changes that arrive together', () => {
  const { published, schedule: s } = schedule();
  s.costWas('file:///a', 0.5);
  s.changed('file:///a', 0.2);
  s.changed('file:///a', 0.2);
  s.changed('file:///a', 0.2);
  assert.deepEqual(published, []);
  mock.timers.tick(0);
  assert.deepEqual(published, ['file:///a']);
});

test('a request that arrived with the change is answered before the diagnostics are published', () => {
  // The connection handles each message on a turn of its own: the change on one, the Outline
  // request the editor sent with it on the next.
  const order: string[] = [];
  mock.timers.enable({ apis: ['setTimeout', 'setImmediate'] });
  const s = new DiagnosticsSchedule(() => order.push('diagnostics'));
  s.costWas('file:///a', 0.5);
  s.changed('file:///a', 0.2);
  setImmediate(() => order.push('outline'));
  mock.timers.tick(0);
  assert.deepEqual(order, ['outline', 'diagnostics']);
});

test('one slow computation of a cheap document (a busy machine) does not make the next edit wait', () => {
  const { published, schedule: s } = schedule();
  s.costWas('file:///a', 0.5);
  s.costWas('file:///a', 45);
  s.changed('file:///a', 0.2);
  mock.timers.tick(0);
  assert.deepEqual(published, ['file:///a']);
});

test('a costly document waits until typing pauses for twice its cost', () => {
  const { published, schedule: s } = schedule();
  s.costWas('file:///big', 150);
  s.changed('file:///big', 0);
  mock.timers.tick(200);
  s.changed('file:///big', 0);
  mock.timers.tick(299);
  assert.deepEqual(published, []);
  mock.timers.tick(1);
  assert.deepEqual(published, ['file:///big']);
});

test("the pause counts the last parse: the open's whole parse delays the first letter, not those after it", () => {
  // A 1 MB referat: diagnostics cost 30 ms on a slow machine, the open parsed the whole text
  // in 200 ms, each letter after it re-parses one item in half a millisecond.
  const { published, schedule: s } = schedule();
  s.costWas('file:///a', 30);
  s.changed('file:///a', 200);
  mock.timers.tick(459);
  assert.deepEqual(published, [], 'after the whole parse: a pause of twice 230 ms');
  s.changed('file:///a', 0.5);
  mock.timers.tick(TYPING_PAUSE_MS - 1);
  assert.deepEqual(published, []);
  mock.timers.tick(1);
  assert.deepEqual(published, ['file:///a'], "after an item's parse: once typing pauses");
});

test('typing at a typist\'s pace into a big document publishes once it pauses, not per letter', () => {
  // A 1 MB referat: its diagnostics cost 4 ms, each letter re-parses one item. Computed after
  // every letter they doubled the server's work per letter (bench: --only-typing).
  const { published, schedule: s } = schedule();
  s.costWas('file:///big', 4);
  for (let letter = 0; letter < 20; letter++) {
    s.changed('file:///big', 0.5);
    mock.timers.tick(50);
  }
  assert.deepEqual(published, []);
  mock.timers.tick(TYPING_PAUSE_MS - 50);
  assert.deepEqual(published, ['file:///big']);
});

test('a small document is published after every letter', () => {
  const { published, schedule: s } = schedule();
  s.costWas('file:///small', 0.3);
  for (let letter = 0; letter < 3; letter++) {
    s.changed('file:///small', 0.2);
    mock.timers.tick(50);
  }
  assert.deepEqual(published, ['file:///small', 'file:///small', 'file:///small']);
});

test('a document whose diagnostics are costly waits however cheap its parse', () => {
  const { published, schedule: s } = schedule();
  s.costWas('file:///big', 100);
  s.changed('file:///big', 0.5);
  mock.timers.tick(200);
  assert.deepEqual(published, []);
  mock.timers.tick(1);
  assert.deepEqual(published, ['file:///big']);
});

test('opening publishes at once whatever the cost, and closing cancels and forgets the cost', () => {
  const { published, schedule: s } = schedule();
  s.costWas('file:///big', 150);
  s.soon('file:///big');
  mock.timers.tick(0);
  assert.deepEqual(published, ['file:///big']);
  s.changed('file:///big', 1);
  s.closed('file:///big');
  mock.timers.tick(MAX_PAUSE_MS);
  assert.deepEqual(published, ['file:///big']);
  s.changed('file:///big', 1);
  mock.timers.tick(0);
  assert.deepEqual(published, ['file:///big', 'file:///big']);
});
