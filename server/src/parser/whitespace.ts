// What JavaScript's \s matches, as a character test, for the scans that avoid a regular
// expression on hot paths and must agree with the ones that use it.

export function isSpace(c: number): boolean {
  // Printable ASCII and Latin-1 letters first: nearly every character asked about.
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Characters with no glyph that copies carry: the soft hyphen (a web page's &shy;), the
 * zero-width space, non-joiner and joiner, the direction marks and embeddings, the word joiner
 * and invisible operators, the byte order mark (an editor's caret, a joined file's start). A
 * reader does not see them, so where the parser compares words (headings, titles) it skips
 * them; the text and every span keep them.
 */
export function isInvisible(c: number): boolean {
  // Nearly every character asked about is below the soft hyphen or a letter before U+200B.
  if (c < 0xad || (c > 0xad && c < 0x200b)) return false;
  return c === 0xad || c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/** Every invisible character (isInvisible), for the replaces on the slow paths. */
export const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * A combining mark of the block most Latin text uses (U+0300-U+036F): a decomposed copy (NFD,
 * as macOS puts text on the clipboard) writes "å" as "a" and U+030A, "é" as "e" and U+0301.
 */
export const isCombiningMark = (c: number) => c >= 0x300 && c <= 0x36f;

/** `s` as words are compared: composed (NFC) and without invisible characters. */
export function foldInvisible(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '');
}

/** A character that makes foldInvisible change a string (needsFolding), for a native scan of a whole text. */
export const FOLDABLE = /[\u00ad\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Whether character `c` makes foldInvisible change a string. */
export const needsFolding = (c: number) => c >= 0xad && (isInvisible(c) || isCombiningMark(c));

/**
 * `s` as a reader sees it, without invisible characters: for names shown apart from the text
 * (the Outline), where an editor may draw a soft hyphen as a hyphen. `s` itself when it holds none.
 */
export function visibleText(s: string): string {
  for (let i = 0; i < s.length; i++) if (isInvisible(s.charCodeAt(i))) return s.replace(INVISIBLE, '');
  return s;
}

/**
 * The dashes a number may be written with: the ASCII hyphen-minus, and what a word processor
 * puts there (a hyphen U+2010, a non-breaking hyphen U+2011 that keeps a case number on one line,
 * a figure dash, an en dash, a minus sign). For a regular expression's character class.
 */
export const DASH_CLASS = '\\-\u2010-\u2013\u2212';

/** Whether `c` is one of DASH_CLASS's dashes. */
export const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2013) || c === 0x2212;
