// Bytes → string for web pages and text files. A web page names its encoding in a byte order
// mark or a <meta> near its start; without one, UTF-8 if the bytes are valid UTF-8, else
// Windows-1252, in which older Danish exports keep æ, ø and å.

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

/** UTF-8 (a BOM dropped) if valid, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The labels the encoding standard reads as Windows-1252 (a page that says Latin-1 means it). */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp819', 'ibm819']);

/** Windows-1252's 0x80-0x9F, where it differs from Latin-1 (0 where it has no character). */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by hand: some Node versions' TextDecoder reads it as Latin-1 and turns € and
 * the typographic quotes and dashes of Word documents into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f && HIGH[b - 0x80] ? HIGH[b - 0x80] : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

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
