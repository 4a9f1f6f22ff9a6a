// Password protection for a PDF the tests made (pdf-lib cannot encrypt): the standard security
// handler of PDF 1.7 (ISO 32000-1, 7.6.3), revision 2, RC4 with a 40-bit key. Every stream is
// encrypted with its object's key (algorithm 1), the trailer gets /Encrypt and /ID. Works on
// pdf-lib's output without object streams and without metadata strings, where streams are
// the only strings in the file; RC4 keeps their length, so the cross-reference table stands.

import { createHash } from 'node:crypto';

/** The padding string of algorithm 2. */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
/** All permissions (bits 3-6 and 9-12 set, the rest as the standard requires). */
const PERMISSIONS = -4;

export function encryptPdf(pdf: Uint8Array, userPassword: string, ownerPassword: string): Uint8Array {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  if (!text.includes('\ntrailer\n<<') || /\/ObjStm|\(/.test(text.replace(/stream\r?\n[\s\S]*?endstream/g, ''))) {
    throw new Error('encryptPdf needs a PDF without object streams and without strings outside streams');
  }
  const id = createHash('md5').update(bytes).digest();
  const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
  // Algorithm 3: the owner entry.
  const ownerKey = md5(padded(ownerPassword || userPassword)).subarray(0, 5);
  const O = rc4(ownerKey, padded(userPassword));
  // Algorithm 2: the file's key.
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  const fileKey = md5(Buffer.concat([padded(userPassword), O, p, id])).subarray(0, 5);
  // Algorithm 4: the user entry.
  const U = rc4(fileKey, PAD);

  for (const m of text.matchAll(/(\d+) (\d+) obj\b/g)) {
    const end = text.indexOf('endobj', m.index);
    const body = text.slice(m.index, end);
    const length = /\/Length (\d+)/.exec(body);
    const stream = /stream\r?\n/.exec(body);
    if (!length || !stream) continue;
    const start = m.index! + stream.index + stream[0].length;
    const n = Number(length[1]);
    // Algorithm 1: the object's key from the file's key, its number and generation.
    const objectId = Buffer.alloc(5);
    objectId.writeUIntLE(Number(m[1]), 0, 3);
    objectId.writeUInt16LE(Number(m[2]), 3);
    const key = md5(Buffer.concat([fileKey, objectId])).subarray(0, 10);
    rc4(key, bytes.subarray(start, start + n)).copy(bytes, start);
  }
  const trailer = bytes.lastIndexOf('\ntrailer\n<<') + '\ntrailer\n<<'.length;
  const entries = `\n/Encrypt << /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${PERMISSIONS} >>\n/ID [ <${id.toString('hex')}> <${id.toString('hex')}> ]`;
  return new Uint8Array(Buffer.concat([bytes.subarray(0, trailer), Buffer.from(entries, 'latin1'), bytes.subarray(trailer)]));
}

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
