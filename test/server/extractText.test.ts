// "Open as referat" on the server's side: referat/extractText gives a PDF's text (pages kept
// apart by form feeds) with progress by page, a failure as a message in the user's language,
// and the read-only referat (referat-pdf:) is a document like any other. The workspace index
// reads PDFs too, under that document's URI, and reads a republished PDF again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest, FileChangeType, HoverRequest, type DocumentSymbol, type Hover } from 'vscode-languageserver-protocol';
import { startServer } from './lspClient';
import {
  EXTRACT_TEXT_REQUEST,
  INDEX_STATUS_REQUEST,
  MEETINGS_REQUEST,
  extractedUriOf,
  sourceFileUriOf,
  type CommitteeEntry,
  type ExtractTextResult,
} from '../../server/src/protocol';
import { uriFileName, uriKey } from '../../server/src/workspace/uriKey';
import { LEFT, makePdf, type Piece } from '../extract/makePdf';
import { MINUTES_PAGES, minutesPdf } from '../extract/minutesPdf';
import { fixture } from '../testUtil';

/** One page of minutes with one Punkt titled `title`. */
function oneItemPdf(title: string): Promise<Uint8Array> {
  const pieces: Piece[] = [
    { text: 'Referat af Økonomiudvalgets møde', x: LEFT, y: 90, size: 18, bold: true },
    { text: 'Mødedato: Mandag d. 3. marts 2025 kl. 17:00', x: LEFT, y: 120 },
    { text: `Punkt 1: ${title}`, x: LEFT, y: 170, size: 13, bold: true },
    { text: 'Sagsfremstilling', x: LEFT, y: 192, bold: true },
    { text: 'Forvaltningen har udarbejdet et forslag.', x: LEFT, y: 208 },
    { text: 'Beslutning', x: LEFT, y: 240, bold: true },
    { text: 'Godkendt.', x: LEFT, y: 256 },
  ];
  return makePdf([pieces]);
}

function folder(): { dir: string; rootUri: string; write(name: string, bytes: Uint8Array | string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'referat-pdf-'));
  return {
    dir,
    rootUri: pathToFileURL(dir).toString(),
    write(name, bytes) {
      writeFileSync(join(dir, name), bytes);
      return pathToFileURL(join(dir, name)).toString();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

test('a PDF and its read-only referat name each other, and other files have none', () => {
  assert.equal(extractedUriOf('file:///home/anna/M%C3%B8der/referat.pdf'), 'referat-pdf:/home/anna/M%C3%B8der/referat.pdf.referat');
  assert.equal(sourceFileUriOf('referat-pdf:/home/anna/M%C3%B8der/referat.pdf.referat'), 'file:///home/anna/M%C3%B8der/referat.pdf');
  assert.equal(sourceFileUriOf(extractedUriOf('file://server/share/dagsorden.HTM')!), 'file://server/share/dagsorden.HTM');
  assert.equal(extractedUriOf('file:///home/anna/referat.txt'), null);
  assert.equal(extractedUriOf('untitled:Untitled-1.pdf'), null);
  assert.equal(sourceFileUriOf('file:///home/anna/referat.pdf.referat'), null);
  // A file of another file system (the browser's: github.dev, code-server) keeps its scheme, so the referat leads back to it.
  assert.equal(extractedUriOf('vscode-remote://localhost:8080/home/anna/referat.pdf'), 'referat-pdf://localhost:8080/home/anna/referat.pdf.referat?vscode-remote');
  for (const uri of ['vscode-remote://localhost:8080/home/anna/referat.pdf', 'vscode-vfs://github/kommune/referater/M%C3%B8der/dagsorden.html', 'memfs:/sample/referat.PDF']) {
    assert.equal(sourceFileUriOf(extractedUriOf(uri)!), uri);
  }
  assert.equal(extractedUriOf('vscode-vfs://github/kommune/referater/referat.pdf?ref=main'), null);
  assert.equal(sourceFileUriOf('referat-pdf:/home/anna/referat.pdf.referat?untitled'), null);
  // The index keys the referat under the PDF's folder (a change to the folder reaches it), apart from any file.
  assert.ok(uriKey('referat-pdf:/home/anna/M%C3%B8der/referat.pdf.referat').startsWith('/home/anna/Møder/'));
  assert.notEqual(uriKey('referat-pdf:/home/anna/referat.pdf.referat'), uriKey('file:///home/anna/referat.pdf.referat'));
  assert.equal(uriFileName('referat-pdf:/home/anna/M%C3%B8der/referat.pdf.referat'), 'referat.pdf');
});

test('referat/extractText gives the text of a PDF page by page, with progress, and its referat opens with an Outline', async () => {
  const ws = folder();
  const client = await startServer({ workDoneProgress: true });
  try {
    const uri = ws.write('byraad.pdf', await minutesPdf());
    const result: ExtractTextResult = await client.connection.sendRequest(EXTRACT_TEXT_REQUEST, { uri, workDoneToken: 'read-1' });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.kind, 'pdf');
    assert.equal(result.pages, MINUTES_PAGES);
    assert.equal(result.text.split('\f').length, MINUTES_PAGES, 'one form feed between pages');
    assert.ok(result.minutes);
    const reports = client.progress.sent.filter((p) => p.token === 'read-1');
    assert.deepEqual(
      reports.filter((p) => p.value.kind === 'report').map((p) => (p.value as { message?: string }).message),
      ['page 1 of 4', 'page 2 of 4', 'page 3 of 4', 'page 4 of 4'],
    );
    assert.equal(reports.at(-1)?.value.kind, 'end');

    const document = client.open(extractedUriOf(uri)!, result.text);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: document } })) as DocumentSymbol[];
    const items = symbols.flatMap((s) => [s, ...(s.children ?? [])]).map((s) => s.name).filter((name) => name.startsWith('Punkt'));
    assert.deepEqual(items, ['Punkt 1: Kommuneplan 2025', 'Punkt 2: Budget 2026 i to spalter']);
    // The form feeds stay, so the hover on Punkt 2 tells the PDF page it stands on.
    const line = result.text.split('\n').findIndex((l) => l.startsWith('Punkt 2:'));
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: document }, position: { line, character: 3 } })) as Hover;
    assert.match(JSON.stringify(hover.contents), /Page 4\b/);
  } finally {
    await client.stop();
    ws.remove();
  }
});

test('a PDF that cannot be read answers with the reason in the user\'s language, never an error', async () => {
  const ws = folder();
  const client = await startServer({ locale: 'da' });
  try {
    const scanned = ws.write('scannet.pdf', await makePdf([{ pieces: [], scan: true }]));
    const damaged = ws.write('beskadiget.pdf', '%PDF-1.7\nnot really a PDF at all');
    const ask = (uri: string) => client.connection.sendRequest(EXTRACT_TEXT_REQUEST, { uri }) as Promise<ExtractTextResult>;
    assert.deepEqual(await ask(scanned), { ok: false, reason: 'no-text', message: 'denne PDF har ingen tekst; kør tekstgenkendelse (OCR) først' });
    const broken = await ask(damaged);
    assert.equal(broken.ok, false);
    assert.ok(!broken.ok && broken.reason === 'damaged' && broken.message.startsWith('filen er beskadiget eller ikke en PDF'), JSON.stringify(broken));
    assert.deepEqual(await ask(pathToFileURL(join(ws.dir, 'findes-ikke.pdf')).toString()), { ok: false, reason: 'gone', message: 'dette er ikke en fil på disken, eller den er væk' });
    assert.deepEqual(await client.connection.sendRequest(EXTRACT_TEXT_REQUEST, null), { ok: false, reason: 'unreadable', message: 'dette er ikke en fil på disken, eller den er væk' });
    // Text in a font that maps to no letters is left out, and the answer says so.
    const unmapped = await ask(ws.write('uden-tegn.pdf', readFileSync(fixture('pdf-drawn', 'unmapped.pdf'))));
    assert.ok(unmapped.ok, JSON.stringify(unmapped));
    assert.equal(unmapped.warning, 'side(r) 1, 2 i denne PDF har tekst med en skrifttype, der ikke oplyser, hvilke bogstaver den tegner; den tekst er udeladt (kør tekstgenkendelse (OCR) for at læse den)');
    // Scanned pages among text pages are named.
    const mixed = await ask(ws.write('med-scanninger.pdf', readFileSync(fixture('pdf-drawn', 'mixed-scans.pdf'))));
    assert.ok(mixed.ok, JSON.stringify(mixed));
    assert.equal(mixed.warning, 'side(r) 2, 3 i denne PDF har et billede og næsten ingen tekst; er de scannet, så kør tekstgenkendelse (OCR) for at læse dem');
    // A page that holds no minutes is read, and said to be no minutes.
    const page = await ask(ws.write('nyheder.html', '<!doctype html><title>Nyheder</title><p>Byen får ny legeplads.</p>'));
    assert.deepEqual(page, { ok: true, kind: 'html', text: 'Byen får ny legeplads.\n', pages: 1, minutes: false });
  } finally {
    await client.stop();
    ws.remove();
  }
});

test('the workspace index reads PDFs of minutes (not other PDFs) under their referat\'s URI, and a republished PDF again', async () => {
  const ws = folder();
  const pdf = ws.write('okonomiudvalget.pdf', await oneItemPdf('Anlægsbudget 2026'));
  ws.write('faktura.pdf', await makePdf([[{ text: 'Faktura nr. 1234 for levering af kontorartikler', x: LEFT, y: 90 }]]));
  const client = await startServer({ rootUri: ws.rootUri });
  const meetings = async () => {
    await client.connection.sendRequest(INDEX_STATUS_REQUEST, { wait: true });
    const entries = (await client.connection.sendRequest(MEETINGS_REQUEST)) as CommitteeEntry[];
    return entries.flatMap((c) => c.meetings.map((m) => ({ uri: m.uri, fileName: m.fileName, items: m.items.map((it) => it.title) })));
  };
  try {
    assert.deepEqual(await meetings(), [{ uri: extractedUriOf(pdf), fileName: 'okonomiudvalget.pdf', items: ['Anlægsbudget 2026'] }]);
    // The municipality republishes the PDF with a corrected title.
    ws.write('okonomiudvalget.pdf', await oneItemPdf('Anlægsbudget 2026, revideret'));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(ws.dir, 'okonomiudvalget.pdf'), later, later);
    client.filesChanged([{ uri: pdf, type: FileChangeType.Changed }]);
    assert.deepEqual((await meetings()).map((m) => m.items), [['Anlægsbudget 2026, revideret']]);
  } finally {
    await client.stop();
    ws.remove();
  }
});
