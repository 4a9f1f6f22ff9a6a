// Is this text minutes? The same judgement switches a .txt file to Referat in the editor and
// gives `referat outline --json` its "kind": minutes and agendas of every layout the corpus holds
// are recognised; ordinary text (a README, a CSV, a log, prose, a numbered list) stays plain.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeMinutes, minutesKind, parseReferat } from '../../server/src/parser';
import { corpusDocuments, repoRoot, samples, sharedCorpus } from '../testUtil';

test('the samples and the whole corpus documents are minutes, of the kind their gold says', () => {
  for (const doc of [...samples(), ...corpusDocuments()]) {
    assert.ok(looksLikeMinutes(doc.text), doc.name);
    const gold = doc.gold as unknown as { meeting: { kind: string } };
    assert.equal(minutesKind(parseReferat(doc.text)), gold.meeting.kind, doc.name);
  }
});

test('most page beginnings of other municipalities are recognised as minutes, though cut off after 2,000 characters', { skip: sharedCorpus('pages') === null ? 'no ../shared/corpus' : false }, () => {
  const dir = join(sharedCorpus('pages')!, 'texts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const recognised = files.filter((f) => looksLikeMinutes(readFileSync(join(dir, f), 'utf8')));
  // The docplayer transcripts whose items are not read yet (pagesGold.test.ts) are the rest.
  assert.ok(recognised.length >= 16, `${recognised.length} of ${files.length}`);
});

const NOT_MINUTES: ReadonlyArray<readonly [what: string, text: string]> = [
  ['the project README', readFileSync(join(repoRoot, 'README.md'), 'utf8')],
  ['package.json', readFileSync(join(repoRoot, 'package.json'), 'utf8')],
  ['a CSV export', 'dato;udvalg;punkt;titel\n2024-05-21;Økonomiudvalget;1;Godkendelse af dagsorden\n2024-05-21;Økonomiudvalget;2;Budget 2025\n'],
  ['a server log', Array.from({ length: 40 }, (_, i) => `2024-05-21T10:${String(i).padStart(2, '0')}:00Z INFO request ${i} served in ${i * 3} ms`).join('\n')],
  ['prose', 'Kommunen har i år brugt flere penge på ældreplejen end budgetteret.\n\nDet skyldes blandt andet flere borgere over 80 år.\n\nByrådet vil drøfte sagen i næste måned.\n'],
  ['a numbered list of steps', '1. Install the extension\n\n2. Open a folder\n\n3. Open a .txt file\n\n4. Read the outline\n'],
  ['a shopping list with quantities', '2 Mælk\n3 Æbler\n1 Rugbrød\n4 Tomater\n'],
];

for (const [what, text] of NOT_MINUTES) {
  test(`${what} is not minutes: it stays Plain Text and its kind is null`, () => {
    assert.equal(looksLikeMinutes(text), false);
    assert.equal(minutesKind(parseReferat(text)), null);
  });
}

test('an agenda of a plain layout is minutes of kind dagsorden, and the same with decisions a referat', () => {
  const agenda = 'Dagsorden\nØkonomiudvalget\n\nDato: 3. december 2018\n\n1. Godkendelse af dagsorden\n\nSagsnr.: 18/1234\n\nIndstilling\n\nAt dagsordenen godkendes.\n\n2. Meddelelser\n\nSagsnr.: 18/1235\n\nSagsfremstilling\n\nIngen.\n';
  assert.equal(minutesKind(parseReferat(agenda)), 'dagsorden');
  const minutes = agenda.replace('At dagsordenen godkendes.\n', 'At dagsordenen godkendes.\n\nBeslutning\n\nGodkendt.\n').replace('Ingen.\n', 'Ingen.\n\nBeslutning\n\nTaget til efterretning.\n');
  assert.equal(minutesKind(parseReferat(minutes)), 'referat', 'labelled Dagsorden, but the decisions are there');
});

test('one item\'s page (a portal publishes each item alone, no meeting header) is minutes when its body says so', () => {
  const item = '4. Godkendelse af dagsorden\n\nSagsfremstilling\n\nIndstilling\n\nFormanden indstiller,\n\n1. at udvalget godkender dagsordenen\n\nBeslutning\n\nDagsordenen blev godkendt.\n';
  assert.equal(minutesKind(parseReferat(item)), 'referat');
  assert.equal(looksLikeMinutes(item), true);
  const withCase = '1.      Borgerspørgsmål\n\nSag 410-2022-815\n\nÅbent\n\nSagsfremstilling\n\nBorgerne kan stille spørgsmål.\n';
  assert.equal(minutesKind(parseReferat(withCase)), 'dagsorden');
  // One heading over one section is any note's outline.
  assert.equal(minutesKind(parseReferat('1. Indkøb\n\nBeslutning\n\nVi køber ind fredag.\n')), null);
});
