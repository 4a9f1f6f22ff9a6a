// Bytes → text, shared by the CLI and the workspace index: which encoding is chosen, and where
// the first invalid byte is reported (lines as editors count them).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../server/src/text/decode';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

test('valid UTF-8, with or without a BOM: the text as written, the BOM dropped', () => {
  assert.deepEqual(decodeText(bytes('Punkt 1: Ærø\n')), { text: 'Punkt 1: Ærø\n', encoding: 'utf-8', invalid: 0, firstInvalidLine: null });
  assert.equal(decodeText(bytes([0xef, 0xbb, 0xbf], 'Ærø'))?.text, 'Ærø');
});

test('invalid UTF-8 is counted in bytes, on the line an editor shows (CR LF, LF and CR end lines)', () => {
  const d = decodeText(bytes('a\r\nb\nc\rd ', [0xc3], ' og ', [0xe2, 0x82], '\n'))!;
  assert.equal(d.encoding, 'utf-8');
  assert.deepEqual([d.invalid, d.firstInvalidLine], [3, 4]);
  assert.equal(d.text, 'a\r\nb\nc\rd \ufffd og \ufffd\n', 'a cut sequence is one U+FFFD, as TextDecoder writes it');
});

test('Windows-1252 only when no UTF-8 sequence is valid and most high bytes are æøåÆØÅ', () => {
  assert.equal(decodeText(Buffer.from('Ældre på Ærø, café', 'latin1'))?.encoding, 'windows-1252');
  // One real UTF-8 letter: the file is UTF-8 with a stray byte, not Windows-1252.
  const mixed = decodeText(bytes('Ærø ', [0xe6], 'x'))!;
  assert.deepEqual([mixed.encoding, mixed.text, mixed.invalid], ['utf-8', 'Ærø \ufffdx', 1]);
  // Mostly accented letters that are not Danish: not clear enough.
  assert.equal(decodeText(Buffer.from('éèêë å', 'latin1'))?.encoding, 'utf-8');
});

test('UTF-16 with a BOM, both byte orders; an unpaired surrogate and an odd last byte are invalid', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ærø\n😀', 'utf16le')]);
  assert.deepEqual(decodeText(le), { text: 'Ærø\n😀', encoding: 'utf-16le', invalid: 0, firstInvalidLine: null });
  assert.equal(decodeText(Buffer.from(le).swap16())?.text, 'Ærø\n😀');
  const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\nb', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00, 0x7a])]);
  const d = decodeText(broken)!;
  assert.deepEqual([d.encoding, d.text, d.invalid, d.firstInvalidLine], ['utf-16le', 'a\nb\ufffdA\ufffd', 2, 2]);
});

test('a NUL byte near the start is a binary file (null); without a BOM UTF-16 is binary too', () => {
  assert.equal(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00])), null);
  assert.equal(decodeText(Buffer.from('Punkt', 'utf16le')), null);
});
