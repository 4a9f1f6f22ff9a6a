// The page layout on text pieces placed by hand (no PDF): rows by baseline, spaces and TABs
// from gaps, columns told from tables, paragraph breaks from vertical gaps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutPage } from '../../server/src/extract/pdfPage';
import type { TextRun } from '../../server/src/extract/pdfRows';

/** A piece of 10 pt text whose width is 5 pt per character (y grows downwards). */
function run(text: string, x: number, y: number, options: { size?: number; bold?: boolean; width?: number } = {}): TextRun {
  const size = options.size ?? 10;
  return { text, x, y, size, width: options.width ?? text.length * size * 0.5, bold: options.bold ?? false };
}

const textOf = (runs: TextRun[]) =>
  layoutPage(runs)
    .map((l) => (l.paragraphBefore ? '\n' : '') + l.text)
    .join('\n');

test('pieces on one baseline are one line, whatever order the PDF drew them in; a superscript joins its line', () => {
  const runs = [run('verden', 118, 100), run('Hej', 100, 100.4), run('1', 148, 96, { size: 6 }), run('Næste linje', 100, 112)];
  assert.equal(textOf(runs), 'Hej verden1\nNæste linje');
});

test('a word space where the gap is one, nothing where pieces touch, a TAB where the gap is wide', () => {
  assert.equal(textOf([run('Be', 100, 100), run('slutning', 110, 100), run('godkendt', 155, 100)]), 'Beslutning godkendt');
  assert.equal(textOf([run('Mødedato:', 100, 100), run('3. marts 2025', 200, 100)]), 'Mødedato:\t3. marts 2025');
});

test('a justified line set word by word has word spaces, however stretched; cells with unequal or far wider gaps keep their TABs', () => {
  // Four words, each gap stretched to 1.8 em, as a narrow justified column sets them (groff does).
  const words = ['det', 'specialiserede', 'socialområde,', 'hvor'];
  let x = 50;
  const justified = words.map((w) => {
    const r = run(w, x, 100);
    x += r.width + 18;
    return r;
  });
  assert.equal(textOf(justified), 'det specialiserede socialområde, hvor');
  assert.equal(textOf([run('Navn', 50, 100), run('Parti', 90, 100), run('Stemme', 155, 100)]), 'Navn\tParti\tStemme');
  assert.equal(textOf([run('A', 50, 100), run('B', 105, 100), run('C', 160, 100)]), 'A\tB\tC');
});

test('a list marker set apart by an indent is followed by a space, as numbered points are written; a number alone in a cell keeps its TAB', () => {
  assert.equal(textOf([run('1.', 60, 100), run('At sagen drøftes.', 78, 100), run('•', 60, 112), run('Bilaget tages til efterretning.', 78, 112)]), '1. At sagen drøftes.\n• Bilaget tages til efterretning.');
  assert.equal(textOf([run('a)', 60, 100), run('godkendes', 78, 100)]), 'a) godkendes');
  assert.equal(textOf([run('1', 60, 100), run('Bedre mad til ældre', 90, 100), run('S', 400, 100)]), '1\tBedre mad til ældre\tS');
  assert.equal(textOf([run('Punkt 1.', 60, 100), run('Godkendt', 120, 100)]), 'Punkt 1.\tGodkendt');
});

test('a word drawn twice a hair apart (a fake bold face) is read once', () => {
  assert.equal(textOf([run('Beslutning', 100, 100), run('Beslutning', 100.3, 100)]), 'Beslutning');
});

test('bold: a line is bold when all its words are; its size is the size most of its characters have', () => {
  const [heading, mixed] = layoutPage([run('Punkt 3: Budget', 100, 100, { size: 14, bold: true }), run('Se', 100, 120, { bold: true }), run('bilag 1 og 2', 115, 120)]);
  assert.deepEqual([heading.bold, heading.size], [true, 14]);
  assert.deepEqual([mixed.text, mixed.bold, mixed.size], ['Se bilag 1 og 2', false, 10]);
});

test('a blank line where the gap between lines is clearly larger than the line spacing', () => {
  const runs = [run('Første linje', 100, 100), run('anden linje', 100, 112), run('tredje linje', 100, 124), run('Nyt afsnit', 100, 148), run('fortsætter', 100, 160)];
  assert.equal(textOf(runs), 'Første linje\nanden linje\ntredje linje\n\nNyt afsnit\nfortsætter');
});

const leftColumn = ['Venstre spalte med en tekst der', 'fylder spalten helt ud fra kant', 'til kant som spaltetekst gør det', 'og slutter her.'];
const rightColumn = ['Højre spalte har også tekst der', 'fylder sin spalte ud linje for', 'linje til det sidste ord.'];

test('two columns: the left column first, then the right, between a header and a line across the page', () => {
  const runs = [
    run('Byrådet', 50, 40),
    run('Side 2 af 9', 545, 40, { width: 55 }),
    ...leftColumn.map((t, k) => run(t, 50, 80 + 12 * k, { width: 230 })),
    ...rightColumn.map((t, k) => run(t, 320, 80 + 12 * k, { width: 230 })),
    run('En linje hen over begge spalter, som slutter det hele af med et punktum.', 50, 140, { width: 500 }),
  ];
  assert.equal(textOf(runs), ['Byrådet\tSide 2 af 9', '', ...leftColumn, ...rightColumn, '', 'En linje hen over begge spalter, som slutter det hele af med et punktum.'].join('\n'));
});

test('two columns whose baselines do not line up are read column by column as well', () => {
  const runs = [...leftColumn.map((t, k) => run(t, 50, 80 + 12 * k, { width: 230 })), ...rightColumn.map((t, k) => run(t, 320, 85 + 13 * k, { width: 230 }))];
  assert.equal(textOf(runs), [...leftColumn, ...rightColumn].join('\n'));
});

test('a table is not two columns: its rows stay lines with TABs between the cells', () => {
  const rows = [
    ['Navn', 'Parti', 'Stemme'],
    ['Anna Hansen', 'A', 'For'],
    ['Bo Østergaard', 'V', 'Imod'],
    ['Carl Ærø', 'F', 'Undlod'],
  ];
  const runs = rows.flatMap((cells, k) => cells.map((c, i) => run(c, [50, 250, 350][i], 100 + 12 * k)));
  assert.equal(textOf(runs), rows.map((cells) => cells.join('\t')).join('\n'));
  // A label/value block with long values is no column layout either.
  const block = [run('Mødedato:', 50, 100), run('Mandag d. 3. marts 2025 kl. 17:00 i Byrådssalen', 150, 100, { width: 300 }), run('Mødested:', 50, 112), run('Rådhuset, mødelokale 1 på første sal mod torvet', 150, 112, { width: 300 }), run('Afbud:', 50, 124), run('Anna Hansen (A) og Bo Østergaard (V) samt Carl Ærø (F)', 150, 124, { width: 300 })];
  assert.equal(textOf(block), 'Mødedato:\tMandag d. 3. marts 2025 kl. 17:00 i Byrådssalen\nMødested:\tRådhuset, mødelokale 1 på første sal mod torvet\nAfbud:\tAnna Hansen (A) og Bo Østergaard (V) samt Carl Ærø (F)');
});

test('an empty page, and pieces of only spaces, give no lines', () => {
  assert.deepEqual(layoutPage([]), []);
  assert.deepEqual(layoutPage([run('   ', 100, 100)]), []);
});

/** `text` a glyph per piece, each glyph 5 pt wide plus `tracking` pt, a space `space` pt more (10 pt type). */
function glyphs(text: string, y: number, tracking: number, space = 2.8): TextRun[] {
  const out: TextRun[] = [];
  let x = 50;
  for (const ch of text) {
    if (ch !== ' ') out.push(run(ch, x, y));
    x += (ch === ' ' ? space : 5) + tracking;
  }
  return out;
}

test('letter-spaced text a glyph per piece reads in whole words: the row\'s letter spacing is no word space, a gap wider by a word space is', () => {
  assert.equal(textOf(glyphs('Referat', 100, 5)), 'Referat');
  assert.equal(textOf(glyphs('Referat fra mødet', 100, 5)), 'Referat fra mødet');
  assert.equal(textOf(glyphs('Godkendt uden bemærkninger', 100, 1.2)), 'Godkendt uden bemærkninger');
  // Justified: the word gaps stretched to an em and more, the letters still a point apart.
  assert.equal(textOf(glyphs('at planen godkendes', 100, 1, 12)), 'at planen godkendes');
});

test('words of one letter set a glyph at a time keep their spaces: the closer pairs give the letter spacing', () => {
  assert.equal(textOf(glyphs('Ad 1 og 2', 100, 0)), 'Ad 1 og 2');
  assert.equal(textOf(glyphs('Punkt 4 a og b', 100, 0.8)), 'Punkt 4 a og b');
});
