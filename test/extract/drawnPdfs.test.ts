// PDFs drawn content stream by content stream (test/fixtures/pdf-drawn, draw-pdfs.mjs) in the
// shapes report generators and document systems give minutes and a word processor's export
// does not: a glyph or a word per text run at its own position, headings drawn twice for a fake
// bold face, ligature glyphs known only by their names, fonts that map to no characters,
// landscape, turned and mixed-size pages, a front page of labels and values under a header set
// as a ruled table, the meeting's facts as a ruled table, running headers and footers, a scan,
// letter-spaced text, a font whose letters read as other letters. Each must read as the minutes it draws,
// or say clearly why it cannot.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeFailure, describeWarnings, extractText, type Extracted } from '../../server/src/extract';
import { Messages } from '../../server/src/l10n';
import { parseReferat, type ReferatDocument } from '../../server/src/parser';
import { fixture } from '../testUtil';

async function extracted(file: string) {
  return extractText(new Uint8Array(readFileSync(fixture('pdf-drawn', file))), file);
}

async function read(file: string): Promise<{ result: Extracted; doc: ReferatDocument }> {
  const result = await extracted(file);
  assert.ok(result.ok, `${file} is read: ${JSON.stringify(result)}`);
  return { result, doc: parseReferat(result.text) };
}

const value = (l: { value: string } | null) => l?.value ?? null;
const items = (doc: ReferatDocument) => doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text ?? null, it.sections.map((s) => s.kind).join(' ')]);

/** The made-up meeting most files draw (draw-pdfs.mjs, minutes()). */
const MEETING_ITEMS = [
  [1, 'Godkendelse af dagsorden', '25/1034', 'Beslutning'],
  [2, 'Naturpleje på de kommunale arealer', '01.05.00-P20-3-25', 'Sagsfremstilling Indstilling Beslutning'],
  [3, 'Vandløbsregulativ for Stenbækken', '06.02.03-P15-1-25', 'Sagsfremstilling Indstilling Beslutning'],
];

/** A line found in the text (a form feed before it is the page break's) is page furniture. */
function isFurniture(doc: ReferatDocument, line: RegExpMatchArray): boolean {
  const at = line.index! + (line[0].startsWith('\f') ? 1 : 0);
  return doc.furniture.some((f) => f.start <= at && at < f.end);
}

function assertMeeting(doc: ReferatDocument, committee: string, date: string): void {
  const m = doc.meeting;
  assert.deepEqual({ committee: value(m.committee), date: value(m.meetingDate) }, { committee, date });
  assert.deepEqual(items(doc), MEETING_ITEMS);
}

/** No word split into pieces or glued to the next, none doubled: the body's sentences read as written. */
function assertCleanWords(text: string): void {
  for (const sentence of [
    'Deltagere: Anne Kjærsgaard (A), Bo Lindqvist (V), Cecilie Østerby (F)',
    'Forvaltningen har udarbejdet en plan for afgræsning og slåning af de',
    'kommunale naturarealer, herunder engene ved Fiskerhusene og de',
    'Godkendt. Bo Lindqvist (V) deltog ikke i behandlingen.',
  ])
    assert.ok(text.split('\n').some((l) => l.replace(/^\f/, '') === sentence), `"${sentence}" as a line of its own`);
  assert.doesNotMatch(text, /(?<![\p{L}\p{N}])(\p{L}+) \1(?![\p{L}\p{N}])/u, 'no word doubled');
}

test('glyphs.pdf: text drawn a glyph at a time on a generator\'s pixel grid, a page of it backwards, reads in whole words', async () => {
  const { result, doc } = await read('glyphs.pdf');
  assertMeeting(doc, 'Miljø- og Naturudvalget', '2025-03-11');
  assertCleanWords(result.text);
  assert.match(result.text, /^Side 2 af 2$/m);
});

test('words.pdf: words placed one by one and justified, headings spaced by kerning, read with one space between words', async () => {
  const { result, doc } = await read('words.pdf');
  assertMeeting(doc, 'Teknisk Udvalg', '2025-03-11');
  assertCleanWords(result.text);
});

test('letterspaced.pdf: letter-spaced titles, headings, facts and body text, whole or a glyph at a time, read in whole words, a word space where a reader sees one', async () => {
  const { result, doc } = await read('letterspaced.pdf');
  assertMeeting(doc, 'Kultur- og Fritidsudvalget', '2025-03-11');
  assertCleanWords(result.text);
  const lines = result.text.split('\n').map((l) => l.replace(/^\f/, ''));
  for (const line of ['Referat', 'Kultur- og Fritidsudvalget', 'Mødested: Mødelokale 4, Rådhuset', '2. Naturpleje på de kommunale arealer', 'Sagsnr.: 01.05.00-P20-3-25', 'Sagsfremstilling', 'fredede overdrev syd for byen. Planen gælder for perioden 2025-2028.', 'Side 1 af 2'])
    assert.ok(lines.includes(line), `"${line}" as a line of its own`);
});

test('fakebold.pdf: a heading drawn two or three times a hair apart, whole or glyph by glyph, reads once and bold', async () => {
  const { result, doc } = await read('fakebold.pdf');
  assertMeeting(doc, 'Plan- og Boligudvalget', '2025-03-11');
  assertCleanWords(result.text);
  assert.doesNotMatch(result.text, /(\p{L})\1(\p{L})\2(\p{L})\3/u, 'no glyph drawn twice read twice');
  const lines = result.text.split('\n');
  const bold = new Set(result.lines.filter((c) => c.bold).map((c) => c.line));
  for (const heading of ['Referat', '1. Godkendelse af dagsorden', 'Sagsfremstilling'])
    assert.ok(bold.has(lines.findIndex((l) => l === heading)), `"${heading}" once, and bold`);
});

test('ligatures.pdf: ligature glyphs named only by the font\'s encoding read as their letters', async () => {
  const { result, doc } = await read('ligatures.pdf');
  assert.equal(value(doc.meeting.committee), 'Klima- og Forsyningsudvalget');
  assert.deepEqual(items(doc), [
    [5, 'Affaldsplan, offentlig høring', '07.00.00-P15-1-25', 'Sagsfremstilling Beslutning'],
    [6, 'Flytning af genbrugspladsens afleveringsfaciliteter', '07.18.00-G01-2-25', 'Beslutning'],
  ]);
  assert.doesNotMatch(result.text, /[\ufb00-\ufb06]/);
  for (const word of ['fleksibel', 'Finansieringen', 'Kontorfløjen']) assert.match(result.text, new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'));
});

test('unmapped.pdf: text in fonts that map to no characters is left out and its pages named; a PDF of nothing else is refused', async () => {
  const { result } = await read('unmapped.pdf');
  assert.deepEqual(result.unreadablePages, [1, 2]);
  assert.doesNotMatch(result.text, /[\p{Co}\ufffd]|[^\P{Cc}\t\n\f]/u, 'no private-use or control character');
  // The readable running header stays.
  assert.match(result.text, /^Byrådet, referat 13\. maj 2025$/m);
  const en = new Messages('en');
  assert.deepEqual(describeWarnings(result, en).length, 1);
  assert.match(describeWarnings(result, en)[0], /page\(s\) 1, 2 .*OCR/);
  const only = await extracted('unmapped-only.pdf');
  assert.ok(!only.ok && only.reason === 'unmapped-font', JSON.stringify(only));
  assert.match(describeFailure(only, en), /cannot be read; run OCR first/);
  assert.match(describeFailure(only, new Messages('da')), /kan ikke læses; kør tekstgenkendelse/);
});

test('shifted.pdf: a font whose letters read as other letters ("5HIHUDW") is left out and its pages named, as a font that maps to nothing', async () => {
  const { result } = await read('shifted.pdf');
  assert.deepEqual(result.unreadablePages, [1, 2]);
  assert.equal(result.text, 'Byrådet, referat 13. maj 2025\n\f\n');
  assert.match(describeWarnings(result, new Messages('en'))[0], /^page\(s\) 1, 2 of this PDF hold text in a font that does not say which letters it draws/);
  // Text in a real language, however many abbreviations and names it has, is never taken for such.
  for (const file of ['glyphs.pdf', 'words.pdf', 'fakebold.pdf', 'ligatures.pdf', 'pages.pdf', 'frontpage.pdf', 'table.pdf', 'furniture.pdf', 'letterspaced.pdf'])
    assert.equal((await read(file)).result.unreadablePages, undefined, file);
});

test('pages.pdf: portrait, landscape, a page turned by /Rotate, a page printed sideways, A3 and Letter read as one flow', async () => {
  const { result, doc } = await read('pages.pdf');
  assert.equal(result.pages, 6);
  assertMeeting(doc, 'Erhvervs- og Beskæftigelsesudvalget', '2025-03-11');
  // The page printed sideways keeps its lines and paragraphs: no blank line inside a paragraph.
  assert.match(result.text, /^Regulativet for Stenbækken er fra 1994 og skal revideres, så det\nsvarer til vandløbets/m);
  assert.match(result.text, /^\fIndstilling\nForvaltningen indstiller, at forslaget/m);
});

test('frontpage.pdf: labels and values in two columns, a value wrapped in its column, a running header set as a ruled table', async () => {
  const { result, doc } = await read('frontpage.pdf');
  const m = doc.meeting;
  assert.deepEqual(
    { committee: value(m.committee), date: value(m.meetingDate), time: value(m.time), endTime: value(m.endTime), place: value(m.place) },
    { committee: 'Ældre- og Sundhedsudvalget', date: '2025-04-02', time: '16:30', endTime: '18:45', place: 'Mødelokale Lærken, Sundhedshuset, Skolegade 7' },
  );
  // A member's role after the name is the name's, not a member of its own.
  assert.deepEqual(m.participants.map((p) => p.value), ['Karen Dalsgaard (A), formand', 'Erik Sønderskov (V)', 'Nadia Holmgren (SF)', 'Preben Fløjstrup (O)', 'Lene Aabye (C)']);
  assert.deepEqual(m.absent.map((p) => p.value), ['Preben Fløjstrup (O)']);
  assert.deepEqual(items(doc), MEETING_ITEMS);
  const table = [...result.text.matchAll(/^\f?Holmstrup Kommune\tÅbent møde$/gm)];
  assert.equal(table.length, 2);
  for (const line of table) assert.ok(isFurniture(doc, line), 'the header table is page furniture');
});

test('table.pdf: the meeting\'s facts as a ruled table, labels over values, the place\'s cell wrapped onto a second line', async () => {
  const { doc } = await read('table.pdf');
  const m = doc.meeting;
  assert.deepEqual(
    { committee: value(m.committee), date: value(m.meetingDate), time: value(m.time), place: value(m.place) },
    { committee: 'Skoleudvalget', date: '2025-05-06', time: '17:00', place: 'Byrådssalen, Rådhuset' },
  );
  assert.deepEqual(items(doc), MEETING_ITEMS);
});

test('furniture.pdf: a running header with the date, a footer with the committee and "Side N af M": the meeting and items read past them', async () => {
  const { result, doc } = await read('furniture.pdf');
  assertMeeting(doc, 'Økonomiudvalget', '2025-02-24');
  const running = [...result.text.matchAll(/^\f?(?:Referat\tMødedato 24\.02\.2025|Økonomiudvalget\tSide \d af 3)$/gm)];
  assert.equal(running.length, 6);
  for (const line of running) assert.ok(isFurniture(doc, line), `"${line[0].trim()}" is furniture`);
  for (const item of doc.items)
    for (const section of item.sections) for (const point of section.points) assert.doesNotMatch(point.text, /Side \d af|Mødedato 24/, `${item.number}: "${point.text}"`);
});

test('scanned.pdf: pages that are images only give the no-text failure with its advice, not an empty outline', async () => {
  const result = await extracted('scanned.pdf');
  assert.ok(!result.ok && result.reason === 'no-text', JSON.stringify(result));
  assert.match(describeFailure(result, new Messages('en')), /no text; run OCR first/);
});

test('stamped.pdf: a scan whose only text is a stamp and the page numbers is read, with the warning that it has almost no text', async () => {
  const { result } = await read('stamped.pdf');
  assert.deepEqual(result.littleText, { characters: 34 });
  assert.deepEqual(describeWarnings(result, new Messages('en')), ['this PDF has almost no text (34 characters on 2 page(s)); if its pages are scanned, run OCR first']);
  // A PDF of minutes, however short its pages, has no such warning.
  for (const file of ['ligatures.pdf', 'frontpage.pdf', 'furniture.pdf']) assert.equal((await read(file)).result.littleText, undefined, file);
});

test('mixed-scans.pdf: scanned pages among text pages, bare or with a stamp and a page number, are named with the advice to run OCR; a blank page or a logo is no scan', async () => {
  const { result, doc } = await read('mixed-scans.pdf');
  assert.equal(value(doc.meeting.committee), 'Teknik- og Miljøudvalget');
  assert.deepEqual(items(doc), MEETING_ITEMS);
  assert.deepEqual(result.scannedPages, [2, 3]);
  assert.equal(result.littleText, undefined);
  assert.deepEqual(describeWarnings(result, new Messages('en')), ['page(s) 2, 3 of this PDF hold a picture and almost no text; if they are scanned, run OCR to read them']);
  assert.deepEqual(describeWarnings(result, new Messages('da')), ['side(r) 2, 3 i denne PDF har et billede og næsten ingen tekst; er de scannet, så kør tekstgenkendelse (OCR) for at læse dem']);
  // A PDF that is all scan says so once, for the whole; a PDF of text pages names none.
  assert.equal((await read('stamped.pdf')).result.scannedPages, undefined);
  for (const file of ['frontpage.pdf', 'pages.pdf', 'glyphs.pdf']) assert.equal((await read(file)).result.scannedPages, undefined, file);
});
