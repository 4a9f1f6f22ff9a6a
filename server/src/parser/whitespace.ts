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
