// Notes find their place again in re-published minutes. Every seventh sentence of each sample
// gets a note; each re-published variant must put at least 95 % of them on the same text,
// none in another item, and orphan (not move) the notes of a removed item.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemAt, normalizeTitle, parseReferat, type AgendaItem, type ReferatDocument } from '../../server/src/parser';
import { Placer, anchorAt, itemAnchor, lineAnchor, placeAnchor } from '../../client/src/notes/anchoring';
import type { Anchor } from '../../client/src/notes/model';
import { normalizedString } from '../../client/src/notes/textSearch';
import { samples, marked } from '../testUtil';
import { variants } from './republish';

const SENTENCE = /[A-ZÆØÅa-zæøå0-9][^.!?\r\n]{10,300}?[.!?](?=\s|$)/g;

function notesOnEverySeventhSentence(doc: ReferatDocument): { anchor: Anchor; itemIndex: number | null }[] {
  const notes: { anchor: Anchor; itemIndex: number | null }[] = [];
  let n = 0;
  for (const m of doc.text.matchAll(SENTENCE)) {
    if (n++ % 7 !== 0) continue;
    const anchor = anchorAt(doc, m.index!, m.index! + m[0].length);
    const item = itemAt(doc.items, anchor.start);
    notes.push({ anchor, itemIndex: item ? doc.items.indexOf(item) : null });
  }
  return notes;
}

const identity = (item: AgendaItem | null, title?: string) =>
  item === null ? '(outside items)' : `${item.caseNumber?.text ?? '-'} | ${normalizeTitle(title ?? item.title.value)}`;

for (const sample of samples()) {
  const original = parseReferat(sample.text);
  const notes = notesOnEverySeventhSentence(original);

  test(`${sample.name}: notes stay in place in the unchanged document`, () => {
    assert.ok(notes.length >= 10, `only ${notes.length} notes`);
    const placer = new Placer(original);
    for (const { anchor } of notes) {
      const p = placer.place(anchor);
      assert.deepEqual(p.kind === 'orphaned' ? p : { kind: p.kind, start: p.start, end: p.end }, { kind: 'exact', start: anchor.start, end: anchor.end });
    }
  });

  for (const variant of variants(sample.text)) {
    test(`${sample.name}: notes survive re-publishing (${variant.name})`, () => {
      const doc = parseReferat(variant.text);
      const placer = new Placer(doc);
      const wrongItem: string[] = [];
      const misplacedRemoved: string[] = [];
      let expectedToLand = 0;
      let onSameText = 0;
      for (const { anchor, itemIndex } of notes) {
        const placement = placer.place(anchor);
        if (itemIndex !== null && variant.removed.has(itemIndex)) {
          if (placement.kind !== 'orphaned') misplacedRemoved.push(`"${anchor.quote}" -> ${identity(placement.item)}`);
          continue;
        }
        expectedToLand++;
        if (placement.kind === 'orphaned') continue;
        const origItem = itemIndex === null ? null : original.items[itemIndex];
        const want = identity(origItem, itemIndex === null ? undefined : variant.retitled.get(itemIndex));
        const got = identity(itemAt(doc.items, placement.start));
        if (want !== got) wrongItem.push(`"${anchor.quote}": want ${want}, got ${got}`);
        const placed = normalizedString(doc.text.slice(placement.start, placement.end));
        const quote = normalizedString(anchor.quote);
        // An approximate match (a sentence with words inserted) must still begin and end as the quote did.
        const ends = Math.min(16, quote.length);
        if (placed === quote || (placement.kind === 'fuzzy' && placed.startsWith(quote.slice(0, ends)) && placed.endsWith(quote.slice(-ends)))) onSameText++;
      }
      assert.deepEqual(wrongItem, [], 'notes placed in another item');
      assert.deepEqual(misplacedRemoved, [], 'notes of the removed item must be orphaned');
      assert.ok(onSameText >= 0.95 * expectedToLand, `${onSameText} of ${expectedToLand} notes on the same text`);
    });
  }
}

test('a quote that appears twice in an item goes to the one with the same context', () => {
  const { text, range } = marked(
    'Punkt 1: Budget\n00.30.02-S00-21-19\n\nSagsfremstilling\n\nFørste afsnit nævner godkendt budget.\n\nAndet afsnit: udvalget har [[godkendt budget]] for 2021.\n',
  );
  const doc = parseReferat(text);
  const anchor = anchorAt(doc, range!.start, range!.end);
  const republished = text.replace('Sagsfremstilling\n', 'Sagsfremstilling\n\nEn ny indledning.\n');
  const p = placeAnchor(parseReferat(republished), anchor);
  assert.ok(p.kind === 'moved');
  assert.equal(republished.slice(p.start, p.end), 'godkendt budget');
  assert.equal(p.start, republished.indexOf('udvalget har godkendt budget') + 'udvalget har '.length);
});

test('a renumbered, retitled item is found by its case number; a quote re-wrapped over two lines spans both', () => {
  const { text, range } = marked('Punkt 4: Skolebudget\n17.01.00-G01-3-20\n\nSagsfremstilling\n\nDer er [[afsat 3 mio. kr. til nye lokaler]] i år.\n');
  const anchor = anchorAt(parseReferat(text), range!.start, range!.end);
  const republished = 'Punkt 9: Skolebudget 2021\r\n17.01.00-G01-3-20\r\n\r\nSagsfremstilling\r\n\r\nDer er afsat 3 mio. kr.\r\ntil nye lokaler i år.\r\n';
  const p = placeAnchor(parseReferat(republished), anchor);
  assert.ok(p.kind === 'moved');
  assert.equal(republished.slice(p.start, p.end), 'afsat 3 mio. kr.\r\ntil nye lokaler');
});

test('an edited sentence is found approximately, inside its item only', () => {
  const { text, range } = marked(
    'Punkt 1: Veje\n05.01.00-G01-1-20\n\nSagsfremstilling\n\n[[Kommunen vil asfaltere Storegade i foråret 2021]].\n\nPunkt 2: Stier\n05.02.00-G01-2-20\n\nSagsfremstilling\n\nIngen.\n',
  );
  const anchor = anchorAt(parseReferat(text), range!.start, range!.end);
  const edited = text.replace('asfaltere Storegade i foråret', 'asfaltere Storegade i det tidlige forår');
  const p = placeAnchor(parseReferat(edited), anchor);
  assert.ok(p.kind === 'fuzzy', p.kind);
  assert.match(edited.slice(p.start, p.end), /^Kommunen vil asfaltere Storegade i det tidlige forår/);
  // The same sentence moved to another item is not followed there: the note is orphaned.
  const moved = text.replace('[[', '').replace(']]', '').replace(/Kommunen vil[^.]*\./, 'Ingen.').replace(/Ingen\.\n$/, 'Kommunen vil asfaltere Storegade i foråret 2021.\n');
  assert.deepEqual(placeAnchor(parseReferat(moved), anchor), { kind: 'orphaned' });
});

test('line and item notes: a blank line anchors to the next line with text; an item note follows its heading', () => {
  const text = 'Punkt 3: Park\n01.02.03-G01-1-21\n\nSagsfremstilling\n\nParken skal have nye bænke.\n';
  const doc = parseReferat(text);
  const line = lineAnchor(doc, 4);
  assert.equal(line.quote, 'Parken skal have nye bænke.');
  assert.equal(line.scope, 'line');
  const item = itemAnchor(doc, doc.items[0]);
  assert.equal(item.scope, 'item');
  const republished = 'Punkt 1: Ny sag\n09.09.09-G01-1-21\n\nSagsfremstilling\n\nIngen.\n\n' + text.replace('Punkt 3', 'Punkt 7');
  const p = placeAnchor(parseReferat(republished), item);
  assert.ok(p.kind === 'moved');
  assert.equal(republished.slice(p.start, p.end), 'Punkt 7: Park');
});
