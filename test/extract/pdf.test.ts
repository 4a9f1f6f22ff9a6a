// PDF → text on PDFs the suite makes (pdf-lib): the lines a reader sees in reading order, the
// form feeds between pages, the bold and size cues; and every bad input as a typed failure.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPdf, extractText, type Extracted, type ExtractResult } from '../../server/src/extract';
import { encryptPdf } from './encryptPdf';
import { LEFT, lines, makePdf, runningHeadAndFoot } from './makePdf';
import { MINUTES_PAGES, minutesPdf } from './minutesPdf';

function ok(result: ExtractResult): Extracted {
  assert.ok(result.ok, `extraction failed: ${JSON.stringify(result)}`);
  return result;
}

const pagesOf = (text: string) => text.split('\f');

// The engine's own methods, before pdf.js (loaded by the first extraction) could replace them.
const nativePush = Array.prototype.push;
const nativeJsonParse = JSON.parse;

test('a referat laid out as a municipality prints it: header, label/value block, headings, paragraphs, hyphenation, footer', async () => {
  const result = ok(await extractPdf(await minutesPdf()));
  assert.equal(result.pages, MINUTES_PAGES);
  assert.equal(pagesOf(result.text)[0], [
    'Byrådet\tReferat 3. marts 2025',
    '',
    'Referat af Byrådets møde',
    'Mødedato:\tMandag d. 3. marts 2025 kl. 17:00',
    'Mødested:\tByrådssalen, Rådhuset',
    '',
    'Punkt 1: Kommuneplan 2025',
    '',
    'Sagsfremstilling',
    // "kommune-" at the line's end joins "planen"; "Teknik-" before "og" is a shared compound
    // ending ("Klima-, Teknik- og Miljøudvalget") and keeps its hyphen.
    'Byrådet skal tage stilling til forslaget til kommuneplanen,',
    'som Børne- og Ungeudvalget og Klima-, Teknik-',
    'og Miljøudvalget har behandlet. Høringen gav 14 svar fra',
    'borgere og foreninger.',
    '',
    'Forvaltningen anbefaler, at planen vedtages med de ændringer, der fremgår af bilaget.',
    '',
    'Beslutning',
    'Godkendt.',
    '',
    'Side 1 af 4',
    '',
  ].join('\n'));
});

test('one form feed between pages, a page without text an empty line between two of them', async () => {
  const { text } = ok(await extractPdf(await minutesPdf()));
  const pages = pagesOf(text);
  assert.equal(pages.length, MINUTES_PAGES);
  assert.equal(pages[2], '\n', 'page 3 is blank');
  for (const [k, page] of pages.entries()) {
    if (k === 2) continue;
    assert.ok(page.startsWith('Byrådet\tReferat 3. marts 2025\n'), `page ${k + 1} starts with its running header`);
    assert.ok(page.endsWith(`\nSide ${k + 1} af ${MINUTES_PAGES}\n`), `page ${k + 1} ends with its page number`);
  }
  assert.ok(text.endsWith('Side 4 af 4\n'));
});

test('a table: the cells of a row on one line, separated by TABs', async () => {
  const page2 = pagesOf(ok(await extractPdf(await minutesPdf())).text)[1];
  assert.match(page2, /\nAfstemning\n\nNavn\tParti\tStemme\nAnna Hansen\tA\tFor\nBo Østergaard\tV\tImod\nCarl Ærø\tF\tUndlod\n/);
});

test('a page in two columns is read column by column; the heading above and the decision below stay in place', async () => {
  const page4 = pagesOf(ok(await extractPdf(await minutesPdf())).text)[3];
  assert.equal(page4, [
    'Byrådet\tReferat 3. marts 2025',
    '',
    'Punkt 2: Budget 2026 i to spalter',
    '',
    'Budgettet for 2026 bygger på de økonomiske',
    'forudsætninger, som Økonomiudvalget har',
    'vedtaget, og på de prognoser for befolkningens',
    'udvikling, som forvaltningen har',
    'udarbejdet i foråret.',
    'Anlægsbudgettet rummer blandt andet en ny',
    'skole i den nordlige bydel og en udvidelse',
    'af plejecentret ved havnen, som blev vedtaget',
    'i sidste valgperiode.',
    '',
    'Beslutning',
    'Budgettet blev godkendt med 25 stemmer for og 6 imod. Forslaget sendes videre til Økonomiudvalget.',
    '',
    'Side 4 af 4',
    '',
  ].join('\n'));
});

test('the cues: which lines are bold and which are set larger than the body, by line number', async () => {
  const { text, lines: cues } = ok(await extractPdf(await minutesPdf()));
  const textLines = text.split('\n');
  // Every line with text has a cue, and no blank line has one.
  assert.deepEqual(
    cues.map((c) => c.line),
    textLines.flatMap((l, k) => (l.replace(/\f/g, '') === '' ? [] : [k])),
  );
  const shown = (pick: (c: (typeof cues)[number]) => boolean) => cues.filter(pick).map((c) => `${c.page}: ${textLines[c.line].replace(/\f/g, '')}`);
  assert.deepEqual(shown((c) => c.bold), [
    '1: Referat af Byrådets møde',
    '1: Punkt 1: Kommuneplan 2025',
    '1: Sagsfremstilling',
    '1: Beslutning',
    '2: Afstemning',
    '2: Navn\tParti\tStemme',
    '4: Punkt 2: Budget 2026 i to spalter',
    '4: Beslutning',
  ]);
  assert.deepEqual(shown((c) => c.larger), ['1: Referat af Byrådets møde', '1: Punkt 1: Kommuneplan 2025', '4: Punkt 2: Budget 2026 i to spalter']);
  assert.deepEqual([...new Set(cues.filter((c) => !c.larger && !c.bold).map((c) => c.size))].sort((a, b) => a - b), [9, 10, 11]);
});

test('a landscape page (a portrait page turned by /Rotate, its text drawn turned back) reads upright; a note up the margin comes after its page', async () => {
  // Turned 90° clockwise on screen, a piece drawn at PDF (x, y) turned 90° counter-clockwise
  // reads upright at screen column y and screen row x: rows are x = 100, 120, 134 here.
  const at = (text: string, row: number, column: number, size = 11) => ({ text, x: row, y: 842 - column, size, angle: 90 });
  const landscape = { pieces: [at('Bilag 1: Oversigt i liggende format', 100, 56, 12), at('Navn', 120, 56), at('Parti', 120, 256), at('Anna Hansen', 134, 56), at('A', 134, 256)], rotation: 90 };
  const portrait = [{ text: 'Punkt 1: Første', x: LEFT, y: 62 }, { text: 'Journalnummer 24/6823', x: 30, y: 542, size: 8, angle: 90 }];
  const { text } = ok(await extractPdf(await makePdf([landscape, portrait])));
  assert.equal(text, 'Bilag 1: Oversigt i liggende format\nNavn\tParti\nAnna Hansen\tA\n\fPunkt 1: Første\n\nJournalnummer 24/6823\n');
});

test('a scanned PDF (pages that are images, no text layer) is a no-text failure, not an empty text', async () => {
  const scanned = await makePdf([{ pieces: [], scan: true }, { pieces: [], scan: true }]);
  assert.deepEqual(await extractPdf(scanned), { ok: false, kind: 'pdf', reason: 'no-text', count: 2 });
});

test('a PDF that needs a password is an encrypted failure; one protected only by an owner password is read', async () => {
  const plain = await makePdf([lines(['Punkt 1: Lukket sag', 'Beslutning', 'Godkendt.'], 100)], { plain: true });
  const locked = await extractPdf(encryptPdf(plain, 'hemmelig', 'ejer'));
  assert.equal(locked.ok, false);
  assert.equal(!locked.ok && locked.reason, 'encrypted');
  // Many published PDFs are "protected" against copying with an owner password only: the text
  // is encrypted, but with the empty user password, and a reader opens it.
  assert.equal(ok(await extractPdf(encryptPdf(plain, '', 'ejer'))).text, 'Punkt 1: Lukket sag\nBeslutning\nGodkendt.\n');
});

test('a damaged PDF (truncated bytes, or not a PDF at all) is a damaged failure', async () => {
  const whole = await minutesPdf();
  for (const cut of [0.2, 0.5, 0.9, 0.99]) {
    const r = await extractPdf(whole.subarray(0, Math.floor(whole.length * cut)));
    assert.equal(r.ok ? 'ok' : r.reason, 'damaged', `cut at ${cut}`);
  }
  const notPdf = await extractPdf(new TextEncoder().encode('%PDF-1.7\nthis is no PDF'));
  assert.equal(notPdf.ok ? 'ok' : notPdf.reason, 'damaged');
  const empty = await extractPdf(new Uint8Array(0));
  assert.equal(empty.ok ? 'ok' : empty.reason, 'damaged');
});

test('progress after each page, and a cancellation between pages stops with a cancelled failure', async () => {
  const pdf = await minutesPdf();
  const seen: string[] = [];
  ok(await extractPdf(pdf, { onProgress: (done, total) => seen.push(`${done}/${total}`) }));
  assert.deepEqual(seen, ['1/4', '2/4', '3/4', '4/4']);

  const token = { isCancellationRequested: false };
  const cancelled = await extractPdf(pdf, { onProgress: (done) => (token.isCancellationRequested = done === 2) }, token);
  assert.deepEqual(cancelled, { ok: false, kind: 'pdf', reason: 'cancelled', page: 3 });
  assert.deepEqual(await extractPdf(pdf, {}, { isCancellationRequested: true }), { ok: false, kind: 'pdf', reason: 'cancelled' });
});

test('limits: more pages than allowed, or a page over its time budget, stop with a clear failure', async () => {
  const pdf = await minutesPdf();
  assert.deepEqual(await extractPdf(pdf, { maxPages: 3 }), { ok: false, kind: 'pdf', reason: 'too-many-pages', count: 4, limit: 3 });
  // A budget below zero: every page is over it, so the first one stops the reading.
  assert.deepEqual(await extractPdf(pdf, { pageBudgetMs: -1 }), { ok: false, kind: 'pdf', reason: 'too-slow', page: 1, limit: -1 });
});

test('the caller keeps its bytes: extraction copies what pdf.js takes over', async () => {
  const pdf = await minutesPdf();
  const copy = pdf.slice();
  ok(await extractPdf(pdf));
  assert.deepEqual(pdf, copy);
  assert.equal(ok(await extractPdf(pdf)).pages, MINUTES_PAGES);
});

test('extractText tells a PDF by its first bytes, whatever its name', async () => {
  const pdf = await makePdf([[...runningHeadAndFoot(1, 1), { text: 'Punkt 1: Første', x: LEFT, y: 100 }]]);
  const r = ok(await extractText(pdf, 'referat.txt'));
  assert.equal(r.kind, 'pdf');
  assert.match(r.text, /\nPunkt 1: Første\n/);
});

test('loading pdf.js leaves the engine\'s own push and JSON.parse in place (its polyfills made them slow for everyone) and adds no drawing globals', async () => {
  ok(await extractPdf(await minutesPdf()));
  assert.equal(Array.prototype.push, nativePush);
  assert.equal(JSON.parse, nativeJsonParse);
  const scope = globalThis as Record<string, unknown>;
  assert.deepEqual(['DOMMatrix', 'ImageData', 'Path2D'].filter((name) => scope[name] !== undefined), []);
});
