// What a file is (PDF, web page, text) by its first bytes and then its name; and how a web
// page's bytes become a string.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtml, decodeText, sniffKind } from '../../server/src/extract';

const bytes = (s: string) => new TextEncoder().encode(s);

test('content first: %PDF- is a PDF and a doctype or <html> a web page, whatever the name says', () => {
  assert.equal(sniffKind(bytes('%PDF-1.7\n...'), 'referat.txt'), 'pdf');
  assert.equal(sniffKind(bytes('<!DOCTYPE html><html>'), 'referat.txt'), 'html');
  assert.equal(sniffKind(bytes('\ufeff  <html lang="da">'), 'noname'), 'html');
  assert.equal(sniffKind(bytes('<?xml version="1.0"?>\n<!-- saved from url=(0042)https://example.dk -->\n<html>'), ''), 'html');
  assert.equal(sniffKind(bytes('<head><meta charset="utf-8">'), ''), 'html');
});

test('then the name: .pdf, .html, .htm; anything else is text', () => {
  assert.equal(sniffKind(bytes('garbage'), 'dagsorden.PDF'), 'pdf');
  assert.equal(sniffKind(bytes('<p>Punkt 1</p>'), 'punkt.htm'), 'html');
  assert.equal(sniffKind(bytes('<p>Punkt 1</p>'), 'punkt.txt'), 'text');
  assert.equal(sniffKind(bytes('REFERAT Udvalget d. 21-05-2024\n'), 'referat.txt'), 'text');
  assert.equal(sniffKind(bytes('Notat: %PDF- er starten på en PDF'), 'notat.txt'), 'text');
});

test('a web page in the encoding it declares, else UTF-8, else Windows-1252', () => {
  const latin = Uint8Array.from([...bytes('<html><head><meta charset="iso-8859-1"></head><body>Sk'), 0xf8, ...bytes('d</body>')]);
  assert.match(decodeHtml(latin), /Skød/);
  const httpEquiv = Uint8Array.from([...bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>'), 0x80, ...bytes(' 5</p>')]);
  assert.match(decodeHtml(httpEquiv), /€ 5/);
  assert.match(decodeHtml(bytes('<p>Ærø og Å</p>')), /Ærø og Å/);
  assert.match(decodeHtml(Uint8Array.from([...bytes('<p>'), 0xe6, 0xf8, 0xe5, ...bytes('</p>')])), /æøå/);
  // An unknown label is guessed like no label.
  assert.match(decodeHtml(bytes('<meta charset="x-nonsense"><p>Ærø</p>')), /Ærø/);
  assert.equal(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Punkt')])), 'Punkt');
  // A Word document saved as Windows-1252: its dashes and quotes come back as they were.
  assert.equal(decodeText(Uint8Array.from([0x93, ...bytes('2024'), 0x96, ...bytes('25'), 0x94, 0x20, 0x80])), '“2024–25” €');
});
