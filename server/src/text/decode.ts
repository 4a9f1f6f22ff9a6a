// Bytes of a file → its text, the same way for the CLI and the workspace index. Pure: no Node
// built-in, no LSP; TextDecoder is a global of every JavaScript runtime we run in.
//
// UTF-8 is what minutes are exported as. A few stray bytes that are not UTF-8 (a copy-paste
// from an old system) must not turn the whole file into mojibake: they become U+FFFD and the
// caller warns. Only text that is clearly Windows-1252, the older Danish exports, is read as
// that: no valid UTF-8 sequence at all, and most of its bytes from 0xC0 up are æ, ø, å, Æ, Ø, Å.

/** Files larger than this are refused: no referat is this long, and reading one bounds memory. */
export const MAX_TEXT_BYTES = 100 * 1024 * 1024;

/** The limit as the messages state it. */
export const MAX_TEXT_SIZE = '100 MB';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Bytes (UTF-8) or code units (UTF-16) that were not valid and became U+FFFD; 0 when none. */
  readonly invalid: number;
  /** The 1-based line of the first of them, or null. */
  readonly firstInvalidLine: number | null;
}

/** A NUL byte this early is a binary file (an image, a zip, a PDF), not text. */
const BINARY_SNIFF_BYTES = 8192;
/** "Most" of the bytes from 0xC0 up must be Danish letters for Windows-1252 to be clear. */
const DANISH_SHARE = 0.5;
// æ ø å Æ Ø Å in Windows-1252 (and Latin-1).
const DANISH_BYTES = new Set([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]);

/** The text of `bytes`, or null when they are binary (a NUL byte near the start, and no UTF-16 BOM). */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return null;
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', invalid: 0, firstInvalidLine: null };
  if (scan.multiByte === 0 && scan.high > 0 && scan.danish >= DANISH_SHARE * scan.high) {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', invalid: 0, firstInvalidLine: null };
  }
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'utf-8',
    invalid: scan.invalid,
    firstInvalidLine: lineAt(bytes, scan.firstInvalid),
  };
}

/** UTF-16 after its byte order mark (which TextDecoder drops); unpaired surrogates become U+FFFD. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  const unit = encoding === 'utf-16le' ? (i: number) => bytes[i] | (bytes[i + 1] << 8) : (i: number) => (bytes[i] << 8) | bytes[i + 1];
  let invalid = 0;
  let firstInvalid = -1;
  const bad = (at: number) => {
    if (firstInvalid < 0) firstInvalid = at;
    invalid++;
  };
  const end = bytes.length - (bytes.length % 2);
  for (let i = 2; i < end; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 2 < end && (unit(i + 2) & 0xfc00) === 0xdc00) i += 2;
    else if (u >= 0xd800 && u <= 0xdfff) bad(i);
  }
  if (end < bytes.length) bad(end); // an odd byte at the end
  if (invalid === 0) return { text, encoding, invalid: 0, firstInvalidLine: null };
  return { text, encoding, invalid, firstInvalidLine: lineOfUtf16(unit, firstInvalid) };
}

interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
  /** Bytes that start no well-formed sequence (each becomes one U+FFFD at most). */
  invalid: number;
  firstInvalid: number;
  /** Bytes 0xC0-0xFF, and those of them that are Danish letters in Windows-1252. */
  high: number;
  danish: number;
}

/** One pass over the bytes: well-formed UTF-8 sequences, invalid bytes, and the Latin-1 letters. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, invalid: 0, firstInvalid: -1, high: 0, danish: 0 };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b >= 0xc0) {
      scan.high++;
      if (DANISH_BYTES.has(b)) scan.danish++;
    }
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      scan.multiByte++;
      // The continuation bytes are below 0xC0: nothing to count in them.
      i += length;
    } else {
      if (scan.firstInvalid < 0) scan.firstInvalid = i;
      scan.invalid++;
      i++;
    }
  }
  return scan;
}

/** The length of the well-formed UTF-8 sequence starting at `i` (lead byte >= 0x80), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0; // no overlong forms
    if (b === 0xed) high = 0x9f; // no surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f; // nothing above U+10FFFF
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const c = bytes[i + k];
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return length;
}

/** The 1-based line of byte `offset` (LF, CR LF and CR end lines, as in LSP). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** The 1-based line of the code unit at byte `offset` of UTF-16 (after the two BOM bytes). */
function lineOfUtf16(unit: (i: number) => number, offset: number): number {
  let line = 1;
  for (let i = 2; i < offset; i += 2) {
    const u = unit(i);
    if (u === 10 || (u === 13 && unit(i + 2) !== 10)) line++;
  }
  return line;
}

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
