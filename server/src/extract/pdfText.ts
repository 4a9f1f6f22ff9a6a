// A PDF's bytes → plain text with pdf.js: each page's text pieces laid out as lines
// (pdfPage.ts), words hyphenated at a line's end joined, a blank line at a paragraph break,
// one form feed between pages, and a cue per line for bold and larger type. Every way this
// can go wrong comes back as an ExtractFailure; the caller sees progress after each page and
// can cancel between pages.

import { joinHyphenated } from './hyphenation';
import { countSizes, layoutPage, type PageLine } from './pdfPage';
import { mostCommon } from './pdfRows';
import type { TextRun } from './pdfRows';
import { placedGlyphs, type GlyphFont, type OperatorList } from './pdfGlyphs';
import { largestPictureShare } from './pdfPictures';
import { multiply, type Matrix } from './matrix';
import { loadPdfJs } from './pdfjs';
import type { CancellationCheck, ExtractFailure, ExtractFailureReason, ExtractOptions, ExtractResult, LineCue } from './result';

const DEFAULT_MAX_PAGES = 2000;
const DEFAULT_PAGE_BUDGET_MS = 10_000;
/** A face whose name says it is heavier than regular. */
const BOLD_NAME = /bold|black|heavy|semibold|demi|extrabold|ultrabold/i;
/** A line set this many points above the body size counts as larger. */
const LARGER_BY = 0.4;


interface TextItem {
  readonly str: string;
  readonly transform: Matrix;
  readonly width: number;
  readonly fontName: string;
}

interface FontInfo {
  readonly name?: string;
  readonly bold?: boolean;
  readonly black?: boolean;
  readonly cssFontInfo?: { readonly fontWeight?: number | string } | null;
}

export async function extractPdf(bytes: Uint8Array, options: ExtractOptions = {}, token?: CancellationCheck): Promise<ExtractResult> {
  const fail = (reason: ExtractFailureReason, extra: Partial<ExtractFailure> = {}): ExtractFailure => ({ ok: false, kind: 'pdf', reason, ...extra });
  if (token?.isCancellationRequested) return fail('cancelled');
  const pdfjs = await loadPdfJs();
  let task: ReturnType<typeof pdfjs.getDocument>;
  try {
    task = pdfjs.getDocument({
      // pdf.js takes the buffer over (and refuses a Node Buffer): a plain copy, the caller keeps its bytes.
      data: new Uint8Array(bytes),
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      // Images are never decoded: we read text only.
      maxImageSize: 1,
    });
  } catch (e) {
    return fail('damaged', { detail: messageOf(e) });
  }
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    return fail(openFailure(e), { detail: messageOf(e) });
  }
  const total = doc.numPages;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const budget = options.pageBudgetMs ?? DEFAULT_PAGE_BUDGET_MS;
  const pages: PageLine[][] = [];
  const unreadablePages: number[] = [];
  const scannedPages: number[] = [];
  /** The most characters any page holds, and all of them. */
  let most = 0;
  let characters = 0;
  // Characters per font size over the whole document, for its body size.
  const sizes = new Map<number, number>();
  let pageNumber = 0;
  try {
    if (total > maxPages) return fail('too-many-pages', { count: total, limit: maxPages });
    for (pageNumber = 1; pageNumber <= total; pageNumber++) {
      if (token?.isCancellationRequested) return fail('cancelled', { page: pageNumber });
      const started = Date.now();
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      const view = page.view;
      const content = await page.getTextContent();
      let texts = content.items.filter((item) => 'str' in item && /\S/.test(item.str)) as TextItem[];
      // Fonts whose codes read as the wrong letters ("5HIHUDW" for "Referat"), told by the words
      // of pdf.js's pieces (before a letter-spaced page is taken apart into glyphs, no words).
      const garbled = garbledFonts(texts);
      // Letter-spaced text comes out of pdf.js with a space between its letters: read such a
      // page's glyphs where they stand (pdfGlyphs.ts), which its drawing gives.
      const spaced = letterSpaced(texts.map((t) => t.str));
      let drawn: OperatorList | null = null;
      // pdf.js names a text piece's font but hands the font itself (its PostScript name, bold)
      // only to whoever draws the page; draw once where a font is new, images left out.
      if (spaced || Object.keys(content.styles).some((id) => !page.commonObjs.has(id))) {
        if (token?.isCancellationRequested) return fail('cancelled', { page: pageNumber });
        try {
          drawn = await page.getOperatorList({ intent: 'print', annotationMode: pdfjs.AnnotationMode.DISABLE });
          const fontOf = (id: string) => (page.commonObjs.has(id) ? (page.commonObjs.get(id) as GlyphFont) : undefined);
          const glyphs = spaced ? placedGlyphs(drawn, pdfjs.OPS, fontOf) : null;
          if (glyphs) texts = glyphs.filter((g) => onPage(g, view)).map((g) => ({ ...g, str: g.str.replace(LIGATURE, (l) => l.normalize('NFKC')) }));
        } catch {
          // A page whose drawing is broken where its text is not: its text still counts, without bold cues.
        }
      }
      const boldFonts = new Map<string, boolean>();
      const isBold = (id: string) => {
        let bold = boldFonts.get(id);
        if (bold === undefined) {
          bold = page.commonObjs.has(id) && fontIsBold(page.commonObjs.get(id) as FontInfo);
          boldFonts.set(id, bold);
        }
        return bold;
      };
      const runs: TextRun[] = [];
      // Text in a font whose codes map to no character (no ToUnicode, glyph names that name
      // nothing) comes back as private-use or control characters: on a page with much of it,
      // those pieces are left out and the page is named, never read as garbage; so are the
      // garbled fonts' pieces.
      const unreadable = unreadableText(texts.map((t) => t.str)) || garbled.size > 0;
      if (unreadable) unreadablePages.push(pageNumber);
      // Text at an angle, by its angle in whole degrees: a note up the margin, or a whole page
      // printed sideways (a wide table turned to fit).
      const turned = new Map<number, TextRun[]>();
      for (const item of texts) {
        if (unreadable && (garbled.has(item.fontName) || 2 * unmappedIn(item.str) >= item.str.replace(/\s/g, '').length)) continue;
        const m = multiply(viewport.transform, item.transform);
        const size = Math.hypot(m[2], m[3]);
        const run: TextRun = { text: item.str, x: m[4], y: m[5], width: item.width, size, bold: isBold(item.fontName) };
        if (Math.abs(m[1]) <= 0.01 * size && m[0] > 0) {
          runs.push(run);
          continue;
        }
        // Laid out in the text's own frame: x along its baseline, y across it towards the next line.
        const angle = Math.round((Math.atan2(m[1], m[0]) * 180) / Math.PI);
        const [dx, dy] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
        const upright: TextRun = { ...run, x: run.x * dx + run.y * dy, y: run.y * dx - run.x * dy };
        const group = turned.get(angle);
        if (group) group.push(upright);
        else turned.set(angle, [upright]);
      }
      const lines = layoutPage(runs);
      // The turned text after the page's own lines, each angle's apart.
      for (const group of turned.values()) {
        const laid = layoutPage(group);
        if (laid.length > 0 && lines.length > 0) laid[0] = { ...laid[0], paragraphBefore: true };
        lines.push(...laid);
        countSizes(group, sizes);
      }
      pages.push(lines);
      countSizes(runs, sizes);
      const read = lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
      most = Math.max(most, read);
      characters += read;
      // A page with hardly any text of its own (a page number, a stamp) under a picture that
      // covers most of it is a scan: named, so the reader knows its text is missing.
      if (read < LITTLE_TEXT && !unreadable) {
        try {
          drawn ??= await page.getOperatorList({ intent: 'print', annotationMode: pdfjs.AnnotationMode.DISABLE });
          if (largestPictureShare(drawn, pdfjs.OPS, view) >= SCAN_SHARE) scannedPages.push(pageNumber);
        } catch {
          // A page whose drawing is broken: nothing to say of its pictures.
        }
      }
      page.cleanup();
      if (Date.now() - started > budget) return fail('too-slow', { page: pageNumber, limit: budget });
      options.onProgress?.(pageNumber, total);
      // Let the event loop run between pages: an editor stays responsive and can cancel.
      await nextTurn();
    }
  } catch (e) {
    return fail(e instanceof Error && e.name === 'PasswordException' ? 'encrypted' : 'damaged', { page: pageNumber || undefined, detail: messageOf(e) });
  } finally {
    await task.destroy();
  }
  if (!pages.some((p) => p.length > 0)) return fail(unreadablePages.length > 0 ? 'unmapped-font' : 'no-text', { count: total });
  return {
    ok: true,
    kind: 'pdf',
    pages: total,
    ...assemble(pages, mostCommon(sizes)),
    ...(unreadablePages.length > 0 ? { unreadablePages } : {}),
    // Where text was left out, that says why there is little; a PDF all scan is said once, as a whole.
    ...(most < LITTLE_TEXT && unreadablePages.length === 0 ? { littleText: { characters } } : most >= LITTLE_TEXT && scannedPages.length > 0 ? { scannedPages } : {}),
  };
}

/** Pages of lines → text with blank lines at paragraph breaks and a form feed starting each page after the first. */
export function assemble(pages: readonly (readonly PageLine[])[], bodySize: number): { text: string; lines: LineCue[] } {
  const out: string[] = [];
  const cues: LineCue[] = [];
  pages.forEach((page, p) => {
    const lines = page.map((l) => ({ ...l }));
    // Join words hyphenated at a line's end, within a paragraph on one page.
    for (let k = 0; k + 1 < lines.length; k++) {
      if (lines[k + 1].paragraphBefore) continue;
      const joined = joinHyphenated(lines[k].text, lines[k + 1].text);
      if (joined) [lines[k].text, lines[k + 1].text] = joined;
    }
    const first = out.length;
    for (const line of lines) {
      if (line.text === '') continue;
      if (line.paragraphBefore && out.length > first) out.push('');
      cues.push({ line: out.length, page: p + 1, bold: line.bold, size: line.size, larger: line.size - bodySize > LARGER_BY });
      out.push(line.text);
    }
    if (out.length === first) out.push('');
    if (p > 0) out[first] = '\f' + out[first];
  });
  return { text: out.join('\n') + '\n', lines: cues };
}

/**
 * A PDF none of whose pages holds this many characters has almost no text: a scan whose only
 * text is a stamp or a page number, never minutes (a title page alone has more, as has any page
 * of items).
 */
const LITTLE_TEXT = 60;
/** A picture over this share of a page with little text is the page's scan (a logo is far smaller). */
const SCAN_SHARE = 0.5;

/** Ligature glyphs (ff, fi, fl, ffi, ffl, st) read as their letters, as pdf.js's text content reads them. */
const LIGATURE = /[\ufb00-\ufb06]/g;
/** Four letters or more in a row, each alone between spaces ("R e f e r a t"). */
const SPACED_LETTERS = /(?:^|\s)\p{L}(?:\s\p{L}){3,}(?=\s|$)/u;
/** Words of one letter: at most a few in a hundred in Danish or English prose ("i", "a"). */
const ONE_LETTER_WORD = /(?<!\S)\p{L}(?!\S)/gu;
const SPACED_SHARE = 0.2;
const SPACED_LEAST = 8;

/**
 * The page's text as pdf.js pieces it has letters set apart by spaces: a word written out
 * letter by letter, or many words of one letter (letter spacing near pdf.js's space threshold
 * splits words here and there: "Mø de d a to").
 */
function letterSpaced(texts: readonly string[]): boolean {
  if (texts.some((t) => SPACED_LETTERS.test(t))) return true;
  let words = 0;
  let single = 0;
  for (const t of texts) {
    words += t.split(/\s+/).filter(Boolean).length;
    single += t.match(ONE_LETTER_WORD)?.length ?? 0;
  }
  return single >= SPACED_LEAST && single >= SPACED_SHARE * words;
}

/** The glyph starts inside the page's box (pdf.js's text content leaves out what lies beyond it). */
function onPage(glyph: TextItem, view: readonly number[]): boolean {
  const [x, y] = [glyph.transform[4], glyph.transform[5]];
  return x + glyph.width >= view[0] && x <= view[2] && y >= view[1] && y <= view[3];
}

/** A character no reader can use: private use, a control character, the replacement character. */
const UNMAPPED = /[\p{Co}\uFFFD]|[^\P{Cc}\t\n\r\f]/gu;
/** A page whose text holds this many unusable characters, and this share of all, is unreadable in part. */
const UNREADABLE_LEAST = 12;
const UNREADABLE_SHARE = 0.1;

function unmappedIn(text: string): number {
  return text.match(UNMAPPED)?.length ?? 0;
}

/** Much of the page's text is unusable characters; a bullet from a symbol font here and there is not. */
function unreadableText(texts: readonly string[]): boolean {
  let unmapped = 0;
  let all = 0;
  for (const t of texts) {
    unmapped += unmappedIn(t);
    all += t.replace(/\s/g, '').length;
  }
  return unmapped >= UNREADABLE_LEAST && unmapped >= UNREADABLE_SHARE * all;
}

/** Vowels of Danish and English, accented ones included. */
const VOWEL = /[aeiouyæøåàáâãäèéêëìíîïòóôõöùúûüý]/;
const LATIN_WORD = /\p{Script=Latin}+/gu;
/**
 * Of the letters of a font's words of GARBLED_WORD letters or more on a page (abbreviations as
 * "kr", "tkr", "KKR" are shorter), at least this many and under this share vowels: not Danish
 * or English. Their words are 35-40 % vowels (32 % and more in any 300 such letters of the
 * minutes in the corpus, names included); letters read through a wrong map (codes shifted by
 * a font's glyph order, as "5HIHUDW" for "Referat") come out 12-26 %.
 */
const GARBLED_WORD = 4;
const GARBLED_LEAST = 300;
const GARBLED_VOWELS = 0.28;

/** The fonts whose letters on this page read as no language: codes mapped to the wrong letters. */
function garbledFonts(texts: readonly TextItem[]): Set<string> {
  const letters = new Map<string, { all: number; vowels: number }>();
  for (const t of texts) {
    let count = letters.get(t.fontName);
    if (!count) letters.set(t.fontName, (count = { all: 0, vowels: 0 }));
    for (const [word] of t.str.toLowerCase().matchAll(LATIN_WORD)) {
      if (word.length < GARBLED_WORD) continue;
      count.all += word.length;
      for (const ch of word) if (VOWEL.test(ch)) count.vowels++;
    }
  }
  const garbled = new Set<string>();
  for (const [font, { all, vowels }] of letters) if (all >= GARBLED_LEAST && vowels < GARBLED_VOWELS * all) garbled.add(font);
  return garbled;
}

/** One turn of the event loop: setImmediate where there is one (setTimeout waits a millisecond or more, per page). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

function fontIsBold(font: FontInfo | undefined): boolean {
  if (!font) return false;
  const weight = Number(font.cssFontInfo?.fontWeight);
  // A subset font's name starts with six letters and a plus: ABCDEF+Arial-BoldMT.
  return Boolean(font.bold || font.black || (font.name && BOLD_NAME.test(font.name.replace(/^[A-Z]{6}\+/, ''))) || weight >= 600);
}

function openFailure(e: unknown): ExtractFailureReason {
  return e instanceof Error && e.name === 'PasswordException' ? 'encrypted' : 'damaged';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
