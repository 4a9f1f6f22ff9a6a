// A page's glyphs, each at its own place, read from pdf.js's operator list: the positions its
// text content blurs. pdf.js's text content merges glyphs into pieces and writes a space into a
// piece wherever two glyphs stand 0.1 to 0.6 em apart, so a letter-spaced word ("R e f e r a t",
// Tc of a point or two) comes back with a space between every letter, and its word gaps as the
// same single space: nothing in the piece tells them apart. Here each glyph is a piece of its
// own (in the shape of a text-content item), its advance given apart from the letter spacing
// after it, and the row's layout (pdfRows.ts) tells letter gaps from word gaps.
// The text state is followed as pdf.js's canvas follows it to paint (canvas.js, showText).

import { multiply } from './matrix';

/** A text-content item's shape: the glyph's text, its matrix in user space (font size included), its advance. */
export interface PlacedGlyph {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
  readonly fontName: string;
}

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly (readonly unknown[] | null)[];
}

/** What of a font the positions need (pdf.js's font object has these). */
export interface GlyphFont {
  readonly fontMatrix?: readonly number[];
  readonly vertical?: boolean;
}

interface Glyph {
  readonly unicode?: string;
  readonly width?: number;
  readonly isSpace?: boolean;
}

/** The operator numbers read here, by pdf.js's names (pdfjs.OPS). */
export type TextOps = Readonly<Record<
  | 'save' | 'restore' | 'transform' | 'beginText' | 'setCharSpacing' | 'setWordSpacing' | 'setHScale' | 'setLeading' | 'setFont'
  | 'setTextRise' | 'moveText' | 'setLeadingMoveText' | 'setTextMatrix' | 'nextLine' | 'showText' | 'setGState'
  | 'paintFormXObjectBegin' | 'paintFormXObjectEnd',
  number
>>;

interface State {
  ctm: number[];
  textMatrix: number[];
  lineX: number;
  lineY: number;
  x: number;
  y: number;
  font: string;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const IDENTITY = [1, 0, 0, 1, 0, 0];
const FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** Every visible glyph of the page in drawing order; null where the page has text this cannot place (a vertical font). */
export function placedGlyphs(ops: OperatorList, OPS: TextOps, fontOf: (name: string) => GlyphFont | undefined): PlacedGlyph[] | null {
  const out: PlacedGlyph[] = [];
  const stack: State[] = [];
  let s: State = { ctm: IDENTITY, textMatrix: IDENTITY, lineX: 0, lineY: 0, x: 0, y: 0, font: '', fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  const moveText = (x: number, y: number) => {
    s.x = s.lineX += x;
    s.y = s.lineY += y;
  };
  const setFont = (name: unknown, size: unknown) => {
    s.font = String(name);
    s.fontSize = Number(size) || 0;
  };
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k];
    const args = ops.argsArray[k] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push(s);
        s = { ...s };
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push(s);
        s = { ...s };
        const matrix = args[0] as ArrayLike<number> | null;
        if (matrix) s.ctm = multiply(s.ctm, Array.from(matrix));
        break;
      }
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.transform:
        s.ctm = multiply(s.ctm, (args as number[]).slice(0, 6));
        break;
      case OPS.beginText:
        s.textMatrix = IDENTITY;
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      case OPS.setTextMatrix:
        s.textMatrix = Array.from(((args[0] as ArrayLike<number> | undefined) ?? args) as ArrayLike<number>).slice(0, 6);
        s.x = s.lineX = s.y = s.lineY = 0;
        break;
      case OPS.moveText:
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.setLeadingMoveText:
        s.leading = Number(args[1]);
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.setLeading:
        s.leading = -Number(args[0]);
        break;
      case OPS.setCharSpacing:
        s.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        s.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setTextRise:
        s.rise = Number(args[0]) || 0;
        break;
      case OPS.setFont:
        setFont(args[0], args[1]);
        break;
      case OPS.setGState:
        for (const [key, value] of (args[0] as [string, unknown][] | undefined) ?? []) if (key === 'Font' && Array.isArray(value)) setFont(value[0], value[1]);
        break;
      case OPS.showText: {
        const font = fontOf(s.font);
        if (font?.vertical) return null;
        if (!show(s, (args[0] as readonly (Glyph | number)[] | undefined) ?? [], font?.fontMatrix ?? FONT_MATRIX, out)) return null;
        break;
      }
    }
  }
  return out;
}

/** The glyphs of one show operation, placed; the text position moved past them. */
function show(s: State, glyphs: readonly (Glyph | number)[], fontMatrix: readonly number[], out: PlacedGlyph[]): boolean {
  const direction = s.fontSize < 0 ? -1 : 1;
  const size = Math.abs(s.fontSize);
  if (size === 0) return true;
  const advanceScale = size * fontMatrix[0];
  const frame = multiply(s.ctm, s.textMatrix);
  const stretch = Math.hypot(frame[0], frame[1]) * s.hScale;
  let x = 0;
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      x -= (glyph * size) / 1000;
      continue;
    }
    const advance = (glyph.width ?? 0) * advanceScale;
    const spacing = ((glyph.isSpace ? s.wordSpacing : 0) + s.charSpacing) * direction;
    const text = glyph.unicode ?? '';
    if (/\S/.test(text)) {
      const at = s.x + x * s.hScale * direction;
      out.push({ str: text, transform: multiply(frame, [size * s.hScale, 0, 0, size, at, s.y + s.rise]), width: Math.abs(advance) * stretch, fontName: s.font });
    }
    x += advance + spacing;
  }
  s.x += x * s.hScale * direction;
  return true;
}
