// PDF's 2D affine matrices [a b c d e f], as pdf.js hands them over (a text piece's transform, the
// operator list's cm and form matrices). One product for the readers that follow them.

export type Matrix = readonly number[];

/** The matrix that applies `b` first, then `a` (PDF's "b × a"; pdf.js's Util.transform(a, b)). */
export function multiply(a: Matrix, b: Matrix): number[] {
  return [a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3], a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5]];
}
