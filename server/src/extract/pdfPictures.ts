// Where a page draws a picture, read from pdf.js's operator list without decoding any. The
// extraction asks pdf.js to drop every image (maxImageSize: 1, text is all it reads); a dropped
// image leaves the frame it was placed in, "q w 0 0 h x y cm /Im Do Q" as save, transform,
// restore with nothing drawn between, and that frame maps the image's unit square onto the page.
// A scanned page among text pages is such a picture over most of the page.

import type { OperatorList } from './pdfGlyphs';
import { multiply } from './matrix';

export type PictureOps = Readonly<Record<'save' | 'restore' | 'transform' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd', number>>;

/** The largest share of the page's area (`view`: x0, y0, x1, y1) one dropped picture covers; 0 for none. */
export function largestPictureShare(ops: OperatorList, OPS: PictureOps, view: readonly number[]): number {
  const area = Math.abs((view[2] - view[0]) * (view[3] - view[1]));
  if (!(area > 0)) return 0;
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  let largest = 0;
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k];
    const args = ops.argsArray[k] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as ArrayLike<number> | null;
      if (matrix) ctm = multiply(ctm, Array.from(matrix));
    } else if (fn === OPS.transform) {
      ctm = multiply(ctm, (args as number[]).slice(0, 6));
      // The unit square's area under the frame: the picture's on the page.
      if (ops.fnArray[k + 1] === OPS.restore) largest = Math.max(largest, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) / area);
    }
  }
  return Math.min(1, largest);
}
