// While the user types, the server publishes each version's diagnostics carrying over those
// that did not change (server/src/diagnostics/carryOver.ts). What the editor shows must be
// exactly what a fresh computation gives: same ranges, messages, related notes, in order,
// whatever the edit (letters, line breaks, CRLF pairs split or joined, lines deleted).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticsOf, ruleLevels } from '../../server/src/diagnostics';
import { DocumentCache } from '../../server/src/documentCache';
import { recordingEdits } from '../../server/src/documentEdits';
import { PublishedDiagnostics } from '../../server/src/publishedDiagnostics';
import { Messages } from '../../server/src/l10n';
import { samples } from '../testUtil';
import { seededRandom } from '../seededRandom';

const english = new Messages('en');
const options = { levels: ruleLevels().levels, kle: null };

/** An edit a user makes: a letter, a line break, a deletion within or across lines, a heading typed. */
function randomChange(text: string, random: () => number): { start: number; end: number; text: string } {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.45) return { start: at, end: at, text: random() < 0.5 ? 'æ' : '7' };
  if (r < 0.6) return { start: at, end: at, text: random() < 0.5 ? '\n' : '\r\n' };
  if (r < 0.75) return { start: at, end: Math.min(text.length, at + 1), text: '' };
  if (r < 0.85) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 300)), text: '' };
  // Right after a carriage return: the edit may split or join a \r\n pair.
  const cr = text.indexOf('\r', at);
  if (r < 0.93 && cr >= 0) return { start: cr + 1, end: Math.min(text.length, cr + 1 + (random() < 0.5 ? 1 : 0)), text: random() < 0.5 ? 'x' : '' };
  return { start: at, end: at, text: '\nBeslutning\nGodkendt.\n' };
}

function typeInto(name: string, original: string, seed: number, edits: number): { carried: number; total: number } {
  const random = seededRandom(seed);
  const cache = new DocumentCache();
  const published = new PublishedDiagnostics();
  const config = recordingEdits((uri, from, to, edit) => {
    cache.edited(uri, from, to, edit);
    published.edited(uri, from, to, edit);
  });
  let document = config.create('file:///typed.txt', 'referat', 1, original);
  let before: Diagnostic[] = published.next(cache.get(document), document.uri, document.version, english, options);
  let carried = 0;
  let total = 0;
  for (let i = 0; i < edits; i++) {
    const change = randomChange(document.getText(), random);
    const range = { start: document.positionAt(change.start), end: document.positionAt(change.end) };
    document = config.update(document, [{ range, text: change.text }], document.version + 1);
    const model = cache.get(document);
    const now = published.next(model, document.uri, document.version, english, options);
    const fresh = diagnosticsOf(model, document.uri, english, options);
    assert.deepEqual(now, fresh, `${name}, edit ${i}: ${JSON.stringify(change)}`);
    const previous = new Set(before);
    carried += now.filter((d) => previous.has(d)).length;
    total += now.length;
    before = now;
  }
  return { carried, total };
}

test('typing into every sample: the published diagnostics equal a fresh computation, and most are carried over', () => {
  let carried = 0;
  let total = 0;
  for (const sample of samples()) {
    const counts = typeInto(sample.name, sample.text, 15 + sample.text.length, 60);
    carried += counts.carried;
    total += counts.total;
  }
  // Most edits change one item's findings at most: the rest are the very objects published before.
  assert.ok(total > 0 && carried / total > 0.5, `${carried} of ${total} carried over`);
});

test('with CRLF line breaks, edits that split or join a \\r\\n pair move every later diagnostic right', () => {
  for (const sample of samples()) typeInto(`${sample.name} (CRLF)`, sample.text.replace(/\r?\n/g, '\r\n'), 99 + sample.text.length, 40);
});

test('a new language or rule levels converts every diagnostic again', () => {
  const sample = samples()[0];
  const cache = new DocumentCache();
  const published = new PublishedDiagnostics();
  const config = recordingEdits((uri, from, to, edit) => published.edited(uri, from, to, edit));
  let document = config.create('file:///typed.txt', 'referat', 1, sample.text);
  const first = published.next(cache.get(document), document.uri, 1, english, options);
  assert.ok(first.length > 0, 'the sample has diagnostics');
  document = config.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }], 2);
  const danish = new Messages('da');
  const again = published.next(cache.get(document), document.uri, 2, danish, options);
  assert.deepEqual(again, diagnosticsOf(cache.get(document), document.uri, danish, options));
  assert.ok(again.every((d) => !first.includes(d)));
});
