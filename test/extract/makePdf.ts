// PDFs the tests make themselves (with pdf-lib), laid out as real minutes are: text placed at
// positions on A4 pages in the standard Helvetica and Times faces, regular and bold.

import { PDFDocument, StandardFonts, degrees, type PDFFont } from 'pdf-lib';

export const A4 = { width: 595, height: 842 } as const;
export const LEFT = 56;
export const RIGHT = A4.width - 56;

export interface Piece {
  readonly text: string;
  /** Left edge, or the right edge with `alignRight`, or the centre with `center`. */
  readonly x: number;
  /** Baseline, from the top of the page (as one reads it). */
  readonly y: number;
  readonly size?: number;
  readonly bold?: boolean;
  readonly serif?: boolean;
  readonly alignRight?: boolean;
  readonly center?: boolean;
  /** Turned counter-clockwise by this many degrees about its start (x, y in PDF space then). */
  readonly angle?: number;
}

/** A page: its pieces of text, optionally an image over the whole page (a scan), and the page's /Rotate. */
export interface PageSpec {
  readonly pieces: readonly Piece[];
  readonly scan?: boolean;
  readonly rotation?: number;
}

/** A 1×1 grey PNG, stretched over a page it stands for a scanned page with no text layer. */
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** `plain`: no object streams and no metadata strings, as encryptPdf needs. */
export async function makePdf(pages: readonly (PageSpec | readonly Piece[])[], options: { plain?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: !options.plain });
  const fonts = new Map<string, PDFFont>();
  const font = async (bold: boolean, serif: boolean) => {
    const name = serif ? (bold ? StandardFonts.TimesRomanBold : StandardFonts.TimesRoman) : bold ? StandardFonts.HelveticaBold : StandardFonts.Helvetica;
    if (!fonts.has(name)) fonts.set(name, await doc.embedFont(name));
    return fonts.get(name)!;
  };
  for (const spec of pages) {
    const page = doc.addPage([A4.width, A4.height]);
    const { pieces, scan, rotation } = 'pieces' in spec ? spec : { pieces: spec, scan: false, rotation: 0 };
    if (rotation) page.setRotation(degrees(rotation));
    if (scan) {
      const image = await doc.embedPng(Buffer.from(PIXEL_PNG, 'base64'));
      page.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
    }
    for (const p of pieces) {
      const f = await font(p.bold ?? false, p.serif ?? false);
      const size = p.size ?? 11;
      const width = f.widthOfTextAtSize(p.text, size);
      const x = p.alignRight ? p.x - width : p.center ? p.x - width / 2 : p.x;
      page.drawText(p.text, { x, y: A4.height - p.y, size, font: f, rotate: degrees(p.angle ?? 0) });
    }
  }
  return doc.save({ useObjectStreams: !options.plain });
}

/** Lines of body text from `y` down, `pitch` apart, at the left margin (or `x`). */
export function lines(texts: readonly string[], y: number, options: { x?: number; size?: number; pitch?: number; bold?: boolean; serif?: boolean } = {}): Piece[] {
  const pitch = options.pitch ?? 14;
  return texts.map((text, k) => ({ text, x: options.x ?? LEFT, y: y + k * pitch, size: options.size, bold: options.bold, serif: options.serif }));
}

/** The running header and footer every page of the municipality's minutes has. */
export function runningHeadAndFoot(page: number, pages: number): Piece[] {
  return [
    { text: 'Byrådet', x: LEFT, y: 40, size: 9 },
    { text: 'Referat 3. marts 2025', x: RIGHT, y: 40, size: 9, alignRight: true },
    { text: `Side ${page} af ${pages}`, x: A4.width / 2, y: 810, size: 9, center: true },
  ];
}
