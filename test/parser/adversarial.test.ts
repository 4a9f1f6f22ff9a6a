// Hostile text costs linear time. A file lying in the workspace is parsed by the index whether
// or not anyone opens it, so one quadratic corner (a regular expression that backtracks over a
// run of spaces) freezes every request. Each case grows its input until a parse is measurable,
// then doubles it: linear time about doubles, quadratic quadruples. Through parseReferat only,
// so the suite guards whatever the parser's internals become.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';

/** Each doubling of the input may cost at most this factor: linear is 2, quadratic 4. */
const MAX_RATIO = 3;
/** Two doublings, the step each case measures. */
const BOUND = MAX_RATIO ** 2;
/** Grow the input until one parse takes this long, so timer noise is small beside it. */
const MEASURABLE_MS = 10;
/** Never grow past this many characters (a fast case then counts as linear enough). */
const MAX_CHARS = 8_000_000;

/**
 * The least CPU time (ms) one parse of `text` took in `runs` tries. CPU time, not wall time:
 * on a machine busy with other work the clock also counts the time others had the core.
 */
function bestOf(runs: number, text: string): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    parseReferat(text);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** `unit` repeated to `n` characters (cut at n). */
const run = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * Parsing make(4n) costs at most MAX_RATIO² times make(n): two doublings, so linear gives 4
 * and quadratic 16. A ratio above that is measured again one and two doublings further on: a machine
 * shared with other work can stall one measurement, and one size can cross a cache or
 * allocation threshold once, but a quadratic parse is just as far off at every size.
 */
function assertLinear(make: (n: number) => string, start = 4096): void {
  let n = start;
  let text = make(n);
  // The first parses of a shape run cold (before the JIT), which looks measurable at sizes
  // where the warm parse is a millisecond: a pause of the collector then decides the ratio.
  bestOf(3, text);
  while (bestOf(2, text) < MEASURABLE_MS && 4 * text.length <= MAX_CHARS) {
    n *= 2;
    text = make(n);
  }
  // Up to three sizes, each doubling the one before, the later ones best of more runs: a shape
  // that allocates an item per line (every "Punkt 1:" line one) makes the collector's work grow
  // a little faster than the input at some sizes, by 2.3-2.7 per doubling here, and a collection
  // that falls in one measured parse then decides the ratio; a quadratic parse is 16× at all three.
  const tried: string[] = [];
  for (const [scale, runs] of [[1, 3], [2, 5], [4, 5]] as const) {
    const { ratio, message } = growth(scale === 1 ? text : make(scale * n), make(4 * scale * n), runs);
    if (ratio <= BOUND) return;
    tried.push(message);
  }
  assert.fail(`${tried.join(', and ')} (at most ${BOUND}×)`);
}

function growth(small: string, large: string, runs: number): { ratio: number; message: string } {
  const ratio = bestOf(runs, large) / bestOf(runs, small);
  return { ratio, message: `${small.length} → ${large.length} characters took ${ratio.toFixed(1)}× the time` };
}

/** About `n` characters of names that differ, "Anne 0 og Anne 1 og ...", no commas. */
function distinctNames(n: number): string {
  const names: string[] = [];
  for (let i = 0, length = 0; length < n; i++) {
    names.push(`Anne ${i}`);
    length += names[i].length + 4;
  }
  return names.join(' og ');
}

const HEADER = 'REFERAT Økonomiudvalget d. 12-03-2024\n\nMødedato Tirsdag d. 12. marts 2024 kl. 14:00\n\n';
const ITEM = 'Punkt 1: Budget 2025\n\n24/5119\n\n';

const cases: Record<string, (n: number) => string> = {
  // Runs of one character, alone and where a line is recognised.
  'a run of spaces': (n) => ' '.repeat(n),
  'a run of tabs': (n) => '\t'.repeat(n),
  'a run of dots': (n) => '.'.repeat(n),
  'a run of digits': (n) => '7'.repeat(n),
  'a run of carriage returns': (n) => '\r'.repeat(n),
  'lines of spaces': (n) => run(' '.repeat(60) + '\n', n),
  'lines of only digits': (n) => run('2024061\n', n),
  '"Punkt " repeated': (n) => run('Punkt ', n),
  '"Punkt 1: " repeated on one line': (n) => run('Punkt 1: ', n),
  '"Punkt 1:" lines': (n) => run('Punkt 1:\n', n),

  // Item headings and titles.
  'an item heading, spaces, then "(B)"': (n) => 'Punkt 1: ' + ' '.repeat(n) + '(B)',
  'a title, spaces, then an unclosed "(B"': (n) => 'Punkt 1: Budget' + ' '.repeat(n) + '(B',
  'a title, tabs, then a word': (n) => 'Punkt 1: Budget' + '\t'.repeat(n) + 'x',
  'a title continued on a line of spaces': (n) => 'Punkt 1: Budget\nog' + ' '.repeat(n) + 'x\n\nBeslutning\n\nGodkendt.\n',
  'a title of markers': (n) => 'Punkt 1: Budget' + run(' (B)', n),
  'a title of parentheses': (n) => 'Punkt 1: Budget ' + run('(', n) + ')',
  'a kind prefix repeated in a title': (n) => 'Punkt 1: ' + run('Beslutningssag: ', n),

  // Sections and points.
  '"1. " lines in an Indstilling': (n) => HEADER + ITEM + 'Indstilling\n\n' + run('1. \n', n),
  'numbered points with long spaces': (n) => HEADER + ITEM + 'Indstilling\n\n1.' + ' '.repeat(n) + 'at\n',
  'a section heading padded with spaces': (n) => HEADER + ITEM + 'Beslutning' + ' '.repeat(n) + 'x\n',
  'outcome phrases repeated': (n) => HEADER + ITEM + 'Beslutning\n\n' + run('ikke godkendt ', n),

  // The header and the table of contents.
  'a header label padded with spaces': (n) => 'Mødedato:' + ' '.repeat(n) + 'x\n' + ITEM,
  'a header label followed by digits': (n) => 'Mødedato: ' + '1'.repeat(n) + '\n' + ITEM,
  'a header of different names joined by "og"': (n) => 'Mødedeltagere: ' + distinctNames(n) + '\n' + ITEM,
  'a contents line of dots': (n) => HEADER + 'Indholdsfortegnelse\n\n1. ' + '.'.repeat(n) + '\n\n' + ITEM,
  'a contents line of spaces and tabs': (n) => HEADER + 'Indholdsfortegnelse\n\nBudget' + run(' \t', n) + '3\n\n' + ITEM,
  'a contents line of page numbers': (n) => HEADER + 'Indholdsfortegnelse\n\nBudget\t' + run('3 ', n) + '\n\n' + ITEM,
  'many contents lines': (n) => HEADER + 'Indholdsfortegnelse\n\n' + run('Budget 2025 ........ 3\n', n) + '\n' + ITEM,

  // Dates and case numbers, found anywhere in the text.
  'day-and-month numbers repeated': (n) => run('12. 12. ', n),
  'dotted dates run together': (n) => run('1.1.', n),
  'month names repeated': (n) => run('12. marts ', n),
  'weekdays repeated': (n) => run('mandag den ', n),
  'KLE case-number beginnings': (n) => run('00.00.00-', n),
  'KLE case numbers without a year': (n) => run('00.00.00-A00-', n),
  'year/serial case-number beginnings': (n) => run('24/', n),
  'EMN case-number beginnings': (n) => run('EMN-2024-', n),
  'a Sagsnr. line padded with spaces': (n) => 'Punkt 1: Budget\n\nSagsnr.:' + ' '.repeat(n) + 'x\n',

  // Other systems' exports: numbered titles, capitals, dividers, labels alone or with a tab.
  'numbered title lines': (n) => run('1 Budget\n', n),
  'numbered titles with a case label': (n) => run('1 Budget\nSagsnr.: 24/6823\n', n),
  'lines in capitals': (n) => run('BUDGET\n', n),
  'divider lines': (n) => run('----------\n', n),
  'header labels alone on lines': (n) => run('Mødedato\n', n),
  'header labels with tabs': (n) => run('Mødedato\t', n),
  'page numbers as lines': (n) => run('Side 1 af 2\n', n),

  // The page-per-line transcript style.
  'transcript page headers repeated': (n) => '1 Referat\n2 Side\n3 ' + run('Mødedato Side x ', n) + '\n',
  'a transcript page of spaces': (n) => '1 Referat\n2 Side\n3 Mødedato Side x' + ' '.repeat(n) + 'Åben sag\n',
  'transcript page numbers repeated': (n) => '1 ' + run('1 ', n) + '\n2 b\n3 c\n',
  'inline decisions repeated on a page': (n) => '1 Referat\n2 Side\n3 ' + run('BESLUTNING I Beslutning: ', n) + '\n',
  'inline item numbers repeated on a page': (n) => '1 Referat\n2 Side\n3 ' + run('12 Budget Åben sag ØU-55/07-O ', n) + '\n',
};

for (const [name, make] of Object.entries(cases)) {
  test(`linear time: ${name}`, () => assertLinear(make));
}

test('linear time: one line of 5 MB and of 20 MB', () => {
  // The domain's words with no line break: a line that is a whole transcript, or a broken export.
  const words = 'Punkt 1: Budget (B) 24/5119 12. marts 2024 Beslutning Godkendt. Udvalget drøftede sagen. ';
  const { ratio, message } = growth(run(words, 5_000_000), run(words, 20_000_000), 2);
  assert.ok(ratio <= BOUND, `${message} (at most ${BOUND}×)`);
});

test('a heading padded with 200 KB of spaces still reads its title and marker', () => {
  const doc = parseReferat('Punkt 1: Budget' + ' '.repeat(200_000) + '(B)\n');
  assert.equal(doc.items.length, 1);
  assert.deepEqual(doc.items[0].markers, ['(B)']);
  const unclosed = parseReferat('Punkt 1: Budget' + ' '.repeat(200_000) + '(B\n');
  assert.deepEqual(unclosed.items[0].markers, []);
});

test('150,000 untitled "Punkt 1:" headings parse, each reported as an item without a title', () => {
  const doc = parseReferat('Punkt 1:\n'.repeat(150_000));
  assert.equal(doc.problems.filter((p) => p.code === 'item-no-title').length, doc.items.length);
  assert.ok(doc.items.length >= 150_000);
});
