// Exported notes read on their own: meeting, item, quote, line, body and replies; orphans last.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteReference, notesToMarkdown, type ExportLabels } from '../../client/src/notes/exportMarkdown';
import type { Note } from '../../client/src/notes/model';

const labels: ExportLabels = { title: 'Noter', punkt: 'Punkt', line: 'linje', outsideItems: 'Uden for punkterne', orphaned: 'Uplacerede noter', resolved: 'løst', noNotes: 'Ingen noter.' };
const item64 = { number: 64, title: 'Godkendelse af udmøntning af budget 2021', caseNumber: '00.30.02-S00-21-19' };

const note = (id: string, quote: string, body: string, extra: Partial<Note> = {}): Note => ({
  id,
  created: '2024-05-01T10:00:00.000Z',
  updated: '2024-05-01T10:00:00.000Z',
  body,
  replies: [],
  resolved: false,
  anchor: { scope: 'selection', item: item64, section: 'Sagsfremstilling', quote, prefix: '', suffix: '', start: 0, end: quote.length, itemOffset: 0 },
  ...extra,
});

test('notes export as Markdown by meeting and item, with quote, line, replies; orphans last', () => {
  const md = notesToMarkdown(
    [
      {
        path: 'referater/bu 2020.txt',
        committee: 'Beskæftigelsesudvalget',
        date: '2020-11-25',
        notes: [
          { note: note('b', 'Kommunalbestyrelsen godkendte\nBudget 2021', 'Hvornår?', { resolved: true, author: 'Mette', replies: [{ id: 'r', created: '2024-05-02T08:00:00.000Z', updated: '2024-05-02T08:00:00.000Z', author: 'Ole', body: 'Den 8. oktober.' }] }), line: 27, item: item64 },
          { note: note('a', 'gammel tekst', 'Væk?'), line: null, item: item64 },
          { note: note('c', 'Mødested MS Teams', 'Online'), line: 7, item: null },
        ],
      },
      { path: 'tom.txt', committee: null, date: null, notes: [] },
    ],
    labels,
  );
  assert.equal(
    md,
    [
      '# Noter',
      '',
      '## Beskæftigelsesudvalget · 2020-11-25',
      '',
      '`referater/bu 2020.txt`',
      '',
      '### Uden for punkterne',
      '',
      '> Mødested MS Teams',
      '',
      '*[linje 7](referater/bu%202020.txt#L7) · Sagsfremstilling · 2024-05-01*',
      '',
      'Online',
      '',
      '### Punkt 64: Godkendelse af udmøntning af budget 2021 (00.30.02-S00-21-19)',
      '',
      '> Kommunalbestyrelsen godkendte',
      '> Budget 2021',
      '',
      '*[linje 27](referater/bu%202020.txt#L27) · Sagsfremstilling · 2024-05-01 · Mette · løst*',
      '',
      'Hvornår?',
      '',
      '- **Ole** (2024-05-02): Den 8. oktober.',
      '',
      '### Uplacerede noter',
      '',
      '**Punkt 64: Godkendelse af udmøntning af budget 2021 (00.30.02-S00-21-19)**',
      '',
      '> gammel tekst',
      '',
      '*Uplacerede noter · Sagsfremstilling · 2024-05-01*',
      '',
      'Væk?',
      '',
    ].join('\n'),
  );
});

test('no notes at all says so', () => {
  assert.equal(notesToMarkdown([], labels), '# Noter\n\nIngen noter.\n');
});

test('a note reference names file, line, item and a short quote', () => {
  assert.equal(noteReference('a/b.txt', 27, item64, 'Kommunalbestyrelsen  godkendte\nBudget 2021'), 'a/b.txt#L27 Punkt 64 "Kommunalbestyrelsen godkendte Budget 2021"');
  assert.equal(noteReference('a/b.txt', null, null, 'x'.repeat(100)), `a/b.txt "${'x'.repeat(79)}…"`);
});
