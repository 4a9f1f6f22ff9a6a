// Hover on a Beslutning (its heading, its text, a point): what the decision answers, the
// Indstilling's text, point by point where both are numbered; never the decision itself,
// which the reader already has under the cursor.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent, Range } from 'vscode-languageserver-types';
import { parseReferat } from '../../server/src/parser';
import { hover } from '../../server/src/languageFeatures/hover';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { KleTable } from '../../server/src/kle/kleTable';
import { Messages } from '../../server/src/l10n';
import { positionOf } from '../server/lspClient';
import { marked } from '../testUtil';

const danish = new Messages('da');

/** The hover at the `|` in `source`: its Markdown and range, or null. */
function hoverAt(source: string, messages = danish): { markdown: string; range: Range } | null {
  const { text, cursor } = marked(source);
  const doc = parseReferat(text);
  const h = hover(doc, positionOf(text, cursor), { messages, kle: KleTable.empty, noteCounts: null }, notCancelled);
  return h ? { markdown: (h.contents as MarkupContent).value, range: h.range! } : null;
}

/** The range of `needle` (unique) in the text of `source` without its cursor mark. */
function rangeOf(source: string, needle: string): Range {
  const { text } = marked(source);
  const at = text.indexOf(needle);
  assert.ok(at >= 0 && text.indexOf(needle, at + 1) < 0, `one "${needle}"`);
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
}

const unnumbered = 'Punkt 1: Sag\n\nIndstilling\n\nDirektøren indstiller, at sagen godkendes.\n\nBeslutning\n\nGodkendt med den bemærkning, at udvalget følger sagen.\n';
const answersRecommendation = '**Indstilling (linje 3)**\n\n> Direktøren indstiller, at sagen godkendes.';

test('a Beslutning heading shows the Indstilling it answers, not the decision', () => {
  const source = unnumbered.replace('Beslutning', 'Beslu|tning');
  assert.deepEqual(hoverAt(source), { markdown: answersRecommendation, range: rangeOf(source, 'Beslutning') });
});

test("the decision's text shows the same, over the text", () => {
  for (const source of [unnumbered.replace('Godkendt', 'G|odkendt'), unnumbered.replace('følger sagen.', 'følger sagen|.')]) {
    assert.deepEqual(hoverAt(source), { markdown: answersRecommendation, range: rangeOf(source, 'Godkendt med den bemærkning, at udvalget følger sagen.') });
  }
});

const numbered =
  'Punkt 1: Sag\n\nIndstilling\n\nDirektøren indstiller,\n\n1. at sagen drøftes.\n2. at planen godkendes.\n\nBeslutning\n\nUdvalget besluttede:\n\n1. Drøftet.\n2. Godkendt.\n\nBilag\n\nNotat\n';
const pointByPoint = '**Indstilling (linje 3)**\n\n- 1. at sagen drøftes. → 1. Drøftet.\n- 2. at planen godkendes. → 2. Godkendt.';

test('where both are numbered, the heading and the text before the points show the Indstilling point by point with the answers', () => {
  const heading = numbered.replace('Beslutning', '|Beslutning');
  assert.deepEqual(hoverAt(heading), { markdown: pointByPoint, range: rangeOf(heading, 'Beslutning') });
  const intro = numbered.replace('besluttede:', 'besluttede|:');
  assert.deepEqual(hoverAt(intro), { markdown: pointByPoint, range: rangeOf(intro, 'Udvalget besluttede:') });
});

test('a numbered decision point shows the Indstilling point it answers', () => {
  const source = numbered.replace('2. Godkendt.', '2. Godk|endt.');
  assert.deepEqual(hoverAt(source), { markdown: '**Indstilling (linje 3)**\n\n- 2. at planen godkendes.', range: rangeOf(source, '2. Godkendt.') });
});

test('a decision that answers numbered points as a whole lists the points it answers', () => {
  const wholeDecision = 'Punkt 1: Sag\n\nIndstilling\n\nDirektøren indstiller,\n\n1. at sagen drøftes.\n2. at planen godkendes.\n\nBeslutning\n\nGodkendt.\n';
  const expected = '**Indstilling (linje 3)**\n\nSvarer på Indstillingen som helhed.\n\n- 1. at sagen drøftes.\n- 2. at planen godkendes.';
  const heading = wholeDecision.replace('Beslutning', 'Beslutning|');
  assert.deepEqual(hoverAt(heading.replace('Beslutning|', 'Beslutnin|g')), { markdown: expected, range: rangeOf(heading, 'Beslutning') });
  const body = wholeDecision.replace('Godkendt.', '|Godkendt.');
  assert.deepEqual(hoverAt(body), { markdown: expected, range: rangeOf(body, 'Godkendt.') });
});

test('bulleted decision points answer the Indstilling as a whole: they show it too', () => {
  const source = unnumbered.replace('Godkendt med den bemærkning, at udvalget følger sagen.', '- Godkendt.\n- Udvalget følger sagen.').replace('følger sagen.\n', 'følger s|agen.\n');
  assert.deepEqual(hoverAt(source), { markdown: answersRecommendation, range: rangeOf(source, '- Udvalget følger sagen.') });
});

test('bulleted Indstilling points are listed once each, without their own dash', () => {
  const source = 'Punkt 1: Sag\n\nIndstilling\n\nDirektøren indstiller,\n\n- at sagen godkendes.\n- at planen følges.\n\nBeslutning\n\nGod|kendt.\n';
  assert.deepEqual(hoverAt(source), {
    markdown: '**Indstilling (linje 3)**\n\nSvarer på Indstillingen som helhed.\n\n- at sagen godkendes.\n- at planen følges.',
    range: rangeOf(source, 'Godkendt.'),
  });
});

test('a Beslutning without an Indstilling says so; the blank line before its text has no hover', () => {
  const source = 'Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n\nUdvalget følger sagen.\n';
  const heading = source.replace('Beslutning', 'B|eslutning');
  assert.deepEqual(hoverAt(heading), { markdown: 'Punktet har ingen Indstilling.', range: rangeOf(heading, 'Beslutning') });
  const text = source.replace('Udvalget', 'Udval|get');
  assert.deepEqual(hoverAt(text), { markdown: 'Punktet har ingen Indstilling.', range: rangeOf(text, 'Godkendt.\n\nUdvalget følger sagen.') });
  assert.equal(hoverAt(source.replace('Beslutning\n\n', 'Beslutning\n|\n')), null);
});

test('in English the labels are English', () => {
  const source = unnumbered.replace('Godkendt', 'Godkendt|');
  assert.deepEqual(hoverAt(source, new Messages('en')), {
    markdown: '**Indstilling (line 3)**\n\n> Direktøren indstiller, at sagen godkendes.',
    range: rangeOf(source, 'Godkendt med den bemærkning, at udvalget følger sagen.'),
  });
});
