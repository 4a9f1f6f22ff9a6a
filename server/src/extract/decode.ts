// Bytes → string for web pages. A web page names its encoding in a byte order mark or a <meta>
// near its start; without one it is decoded as a text file is (text/decode.ts: UTF-8, or
// Windows-1252 where the bytes clearly are that, in which older Danish exports keep æ, ø, å).

import { decodeText as decodeAsText, decodeWindows1252 } from '../text/decode';

/** How far into a page a browser looks for <meta charset> (the HTML standard's prescan). */
const PRESCAN = 1024;

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const head = latin1(bytes.subarray(0, PRESCAN));
  const declared = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head)?.[1];
  if (declared) {
    const label = declared.toLowerCase();
    // A page saved by a browser is re-encoded, and a UTF-16 declaration in bytes we could read as ASCII is wrong (the standard says so too).
    if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
    if (!label.startsWith('utf-16')) {
      try {
        return new TextDecoder(label).decode(bytes);
      } catch {
        // An encoding we do not know: guess as below.
      }
    }
  }
  return decodeText(bytes);
}

/**
 * A page without a declared encoding: UTF-8 (or UTF-16 with a BOM) when the bytes are that
 * (text/decode.ts), else Windows-1252, the web's default for an undeclared page.
 */
export function decodeText(bytes: Uint8Array): string {
  const decoded = decodeAsText(bytes);
  return decoded && decoded.invalid === 0 ? decoded.text : decodeWindows1252(bytes);
}

/** The labels the encoding standard reads as Windows-1252 (a page that says Latin-1 means it). */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp819', 'ibm819']);


function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let k = 0; k < bytes.length; k++) s += String.fromCharCode(bytes[k]);
  return s;
}
