// `referat text`, and `outline`/`check` on a PDF or a saved web page: the bundled CLI
// (dist/cli.js with pdf.js beside it in dist/) on PDFs the suite makes, as a user runs it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run';
import { LEFT, lines, makePdf, runningHeadAndFoot } from '../extract/makePdf';
import { encryptPdf } from '../extract/encryptPdf';
import { minutesPdf } from '../extract/minutesPdf';
import { fixture } from '../testUtil';

const dir = mkdtempSync(join(tmpdir(), 'referat-extract-'));
const put = (name: string, content: Uint8Array | string) => {
  writeFileSync(join(dir, name), content);
  return name;
};

/** A simple referat in the shape the parser reads, over two pages with a running header and footer. */
function simpleReferat(): Promise<Uint8Array> {
  return makePdf([
    [
      ...runningHeadAndFoot(1, 2),
      { text: 'REFERAT Udvalget d. 21-05-2024', x: LEFT, y: 90, size: 14, bold: true },
      ...lines(['Mødedato Tirsdag d. 21. maj 2024 kl. 14:00'], 120),
      { text: 'Punkt 1: Godkendelse af dagsorden', x: LEFT, y: 160, bold: true },
      { text: 'Beslutning', x: LEFT, y: 190, bold: true },
      ...lines(['Godkendt.'], 210),
      { text: 'Punkt 2: Budget 2025', x: LEFT, y: 250, bold: true },
      { text: 'Sagsfremstilling', x: LEFT, y: 280, bold: true },
      ...lines(['Forvaltningen har udarbejdet et forslag til budget for 2025.'], 300),
    ],
    [
      ...runningHeadAndFoot(2, 2),
      { text: 'Beslutning', x: LEFT, y: 90, bold: true },
      ...lines(['Godkendt.'], 110),
      { text: 'Punkt 3: Eventuelt', x: LEFT, y: 150, bold: true },
      { text: 'Beslutning', x: LEFT, y: 180, bold: true },
      ...lines(['Taget til efterretning.'], 200),
    ],
  ]);
}

test('referat text FILE.pdf prints the text, pages separated by one form feed', async () => {
  const r = cli(['text', put('referat.pdf', await minutesPdf())], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const pages = r.stdout.split('\f');
  assert.equal(pages.length, 4);
  assert.ok(pages[0].startsWith('Byrådet\tReferat 3. marts 2025\n\nReferat af Byrådets møde\nMødedato:\tMandag d. 3. marts 2025 kl. 17:00\n'), pages[0]);
  assert.match(pages[1], /\nNavn\tParti\tStemme\nAnna Hansen\tA\tFor\n/);
  assert.equal(pages[2], '\n');
});

test('referat outline FILE.pdf: the items of a referat PDF, at their lines in the extracted text', async () => {
  const name = put('udvalget.pdf', await simpleReferat());
  const r = cli(['outline', name], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stdout,
    [
      'REFERAT · Udvalget · 2024-05-21 · 14:00',
      '    7  Punkt 1: Godkendelse af dagsorden  [godkendt]',
      '    9    Beslutning → godkendt',
      '   13  Punkt 2: Budget 2025  [godkendt]',
      '   15    Sagsfremstilling',
      '   22    Beslutning → godkendt',
      '   26  Punkt 3: Eventuelt  [taget til efterretning]',
      '   28    Beslutning → taget til efterretning',
      '',
    ].join('\n'),
  );
  // The lines are those of `referat text`: page 2 starts at line 20 (its running header), and
  // line 22 is its "Beslutning", the one Punkt 2 carries over the page break.
  const text = cli(['text', name], dir).stdout.split('\n');
  assert.equal(text[19], '\fByrådet\tReferat 3. marts 2025');
  assert.equal(text[21], 'Beslutning');
});

test('referat outline and check on a saved web page, and on a PDF named as something else', async () => {
  const page = put('dagsorden.html', '<!doctype html><html><body><h1>REFERAT Udvalget d. 21-05-2024</h1><p>Punkt 1: Første</p><h3>Beslutning</h3><p>Godkendt.</p></body></html>');
  const outline = cli(['outline', page], dir);
  assert.equal(outline.status, 0, outline.stderr);
  assert.match(outline.stdout, /^ {4}3 {2}Punkt 1: Første {2}\[godkendt\]$/m);
  const check = cli(['check', '--json', page], dir);
  assert.equal(check.status, 0, check.stderr);
  assert.equal((JSON.parse(check.stdout) as { file: string }[])[0].file, page);
  const disguised = cli(['outline', put('udvalget.txt', await simpleReferat())], dir);
  assert.equal(disguised.status, 0, disguised.stderr);
  assert.match(disguised.stdout, /Punkt 3: Eventuelt/);
});

test('a PDF that cannot be read: one line on stderr naming the file and why, exit 2, no other output', async () => {
  const scanned = put('scannet.pdf', await makePdf([{ pieces: [], scan: true }]));
  const locked = put('laast.pdf', encryptPdf(await makePdf([lines(['Punkt 1: Hemmeligt'], 100)], { plain: true }), 'hemmelig', 'ejer'));
  const whole = await minutesPdf();
  const truncated = put('afkortet.pdf', whole.subarray(0, whole.length >> 1));
  const cases: [string[], RegExp][] = [
    [['text', scanned], /^referat: scannet\.pdf: this PDF has no text; run OCR first\n$/],
    [['outline', scanned], /^referat: scannet\.pdf: this PDF has no text; run OCR first\n$/],
    [['text', locked], /^referat: laast\.pdf: this PDF is protected by a password; [^\n]*\n$/],
    [['text', truncated], /^referat: afkortet\.pdf: this file is damaged or not a PDF \(Invalid PDF structure\.\)\n$/],
  ];
  for (const [args, stderr] of cases) {
    const r = cli(args, dir);
    assert.deepEqual([r.status, r.stdout], [2, ''], args.join(' '));
    assert.match(r.stderr, stderr);
  }
  // check goes on with the other files and still exits 2.
  const both = cli(['check', scanned, put('ok.referat', 'REFERAT Udvalget d. 21-05-2024\n\nPunkt 1: Første\n\nBeslutning\n\nGodkendt.\n')], dir);
  assert.equal(both.status, 2);
  assert.equal(both.stderr, 'referat: scannet.pdf: this PDF has no text; run OCR first\n');
});

test('a PDF with text in a font that maps to no characters: a warning names its pages and the outline goes on; with nothing else, exit 2', () => {
  const part = cli(['outline', fixture('pdf-drawn', 'unmapped.pdf')], dir);
  assert.equal(part.status, 0);
  assert.match(part.stderr, /^referat: warning: \S*unmapped\.pdf: page\(s\) 1, 2 of this PDF hold text in a font that does not say which letters it draws; that text was left out \(run OCR to read it\)\n$/);
  assert.match(part.stdout, /Byrådet/);
  const only = cli(['outline', fixture('pdf-drawn', 'unmapped-only.pdf')], dir);
  assert.deepEqual([only.status, only.stdout], [2, '']);
  assert.match(only.stderr, /unmapped-only\.pdf: the text of this PDF is in fonts that do not say which letters they draw, so it cannot be read; run OCR first\n$/);
});

test('a scan whose only text is a stamp: the outline says it found no items, and a warning says why in Danish too', () => {
  const r = cli(['check', '--lang', 'da', fixture('pdf-drawn', 'stamped.pdf')], dir);
  assert.match(r.stderr, /^referat: advarsel: \S*stamped\.pdf: denne PDF har næsten ingen tekst \(34 tegn på 2 side\(r\)\); er siderne scannet, så kør tekstgenkendelse \(OCR\) først\n/);
});

test('minutes with scanned pages among their text pages: the outline goes on, and a warning names the scanned pages', () => {
  const r = cli(['outline', fixture('pdf-drawn', 'mixed-scans.pdf')], dir);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /^referat: warning: \S*mixed-scans\.pdf: page\(s\) 2, 3 of this PDF hold a picture and almost no text; if they are scanned, run OCR to read them\n$/);
  assert.match(r.stdout, /Vandløbsregulativ for Stenbækken/);
});

test('the message in Danish where the environment asks for it', async () => {
  const scanned = put('scan-da.pdf', await makePdf([{ pieces: [], scan: true }]));
  const r = cli(['check', '--lang', 'da', scanned], dir);
  assert.equal(r.stderr, 'referat: scan-da.pdf: denne PDF har ingen tekst; kør tekstgenkendelse (OCR) først\n');
});

test('referat text on a text file prints it as read; bad usage exits 2', () => {
  const name = put('noter.txt', 'Punkt 1: Første\r\n');
  assert.deepEqual(cli(['text', name], dir).stdout, 'Punkt 1: Første\r\n');
  const usage = cli(['text'], dir);
  assert.deepEqual([usage.status, usage.stderr], [2, 'referat: text takes one FILE (see referat --help)\n']);
  assert.match(cli(['--help']).stdout, /referat text FILE/);
});
