// A PDF page's text pieces grouped into rows: pieces that share a baseline are one row, and a
// row's pieces become one line, with a space where the gap between them is a word space and a
// TAB where it is wider (table cells, a label and its value). Pure geometry: no pdf.js here.

/** A piece of text as a PDF places it, in page space with y growing downwards (points). */
export interface TextRun {
  readonly text: string;
  /** Left edge and baseline. */
  readonly x: number;
  readonly y: number;
  /** Advance width along the baseline. */
  readonly width: number;
  /** Font size (the height of an em). */
  readonly size: number;
  readonly bold: boolean;
}

export interface Row {
  /** Baseline of the row's largest text. */
  readonly y: number;
  /** The largest font size in the row. */
  readonly size: number;
  /** Left to right. */
  readonly runs: readonly TextRun[];
}

export interface RowText {
  readonly text: string;
  readonly bold: boolean;
  /** The font size most of its characters have. */
  readonly size: number;
}

/** Pieces whose baselines lie within half an em of a row's first baseline belong to it (a superscript does; the next line, an em and more below, does not). */
const SAME_BASELINE = 0.5;
/** A gap of at least this many ems between pieces is a word space... */
const SPACE_GAP = 0.12;
/** ...and at least this many a TAB: wider than any word space of justified text. */
const TAB_GAP = 1.2;
/**
 * A list's marker set apart from its text by an indent ("•", "–", "1.", "a)", "(2)") is
 * followed by a space, not a TAB, as the numbered points "1. At sagen drøftes." are written.
 */
const LIST_MARKER = /^(?:[•◦▪■●○·‣⁃\-–]|\(?\d{1,3}[.)]|\(?[a-zæøå][.)])$/;
const MARKER_GAP = 4;
/** The widest word space (in ems) and the most unequal ones (largest over smallest) a justified line is taken to have. */
const JUSTIFIED_MAX = 3.5;
const JUSTIFIED_SPREAD = 1.25;

/** Rows top to bottom, each row's runs left to right. Runs with no visible text are dropped. */
export function groupRows(runs: readonly TextRun[]): Row[] {
  const visible = runs.filter((r) => /\S/.test(r.text) && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0);
  visible.sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: { first: number; y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of visible) {
    const last = rows[rows.length - 1];
    if (last && run.y - last.first <= SAME_BASELINE * Math.max(last.size, run.size)) {
      last.runs.push(run);
      if (run.size > last.size) {
        last.size = run.size;
        last.y = run.y;
      }
    } else {
      rows.push({ first: run.y, y: run.y, size: run.size, runs: [run] });
    }
  }
  return rows.map((r) => ({ y: r.y, size: r.size, runs: r.runs.sort((a, b) => a.x - b.x) }));
}

/** The text of runs on one baseline (left to right): spaces and TABs from the gaps between them. */
export function rowText(runs: readonly TextRun[]): RowText {
  // Some producers draw a word twice, a hair apart, to fake a bold face.
  const kept = joinLetterSpaced(undoubled(withoutCopies(runs)));
  const gaps: number[] = [];
  const ems: number[] = [];
  let end = -Infinity;
  kept.forEach((run, k) => {
    if (k > 0) {
      gaps.push(run.x - end);
      ems.push(Math.max(run.size, kept[k - 1].size));
    }
    end = Math.max(end, run.x + run.width);
  });
  const justified = isJustified(gaps, ems);
  let text = '';
  let bold = true;
  const sizes = new Map<number, number>();
  kept.forEach((run, k) => {
    let piece = run.text.replace(/\s+/g, ' ');
    if (k > 0) {
      const gap = gaps[k - 1];
      const em = ems[k - 1];
      const marker = k === 1 && LIST_MARKER.test(text) && gap < MARKER_GAP * em;
      if (gap >= TAB_GAP * em && !justified && !marker) {
        text = text.trimEnd() + '\t';
        piece = piece.trimStart();
      } else if (gap >= SPACE_GAP * em && !text.endsWith(' ') && !piece.startsWith(' ')) {
        text += ' ';
      }
    } else {
      piece = piece.trimStart();
    }
    text += piece;
    const letters = run.text.replace(/\s/g, '').length;
    if (letters > 0) {
      bold &&= run.bold;
      const size = Math.round(run.size * 10) / 10;
      sizes.set(size, (sizes.get(size) ?? 0) + letters);
    }
  });
  return { text: text.trimEnd(), bold: bold && sizes.size > 0, size: mostCommon(sizes) };
}

/** The runs without a copy drawn a hair right of its run (a fake bold face): the run, bold. */
function withoutCopies(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && run.text === last.text && Math.abs(run.x - last.x) < 0.2 * run.size) out[out.length - 1] = { ...last, bold: true };
    else out.push(run);
  }
  return out;
}

/**
 * A row drawn a glyph at a time (TRACKED_LEAST gaps or more between single letters or digits) as
 * words: glyphs whose gap exceeds the row's letter spacing by less than a word space are one
 * word. The letter spacing is the gap most pairs of letters have (the lower median: letters
 * outnumber word gaps), below the first jump of a word space (pairs further apart are words
 * of one letter), so a title spaced half an em reads "Referat" and a justified line's wide
 * gaps stay word spaces. Evenly spaced single letters read as one word. Each word's width takes the spacing after its last letter, so
 * the gaps left between words are what a reader sees as word spaces (a TAB only where wider).
 */
function joinLetterSpaced(runs: readonly TextRun[]): readonly TextRun[] {
  const letterGaps: number[] = [];
  for (let k = 1; k < runs.length; k++) {
    const [a, b] = [runs[k - 1], runs[k]];
    const em = Math.max(a.size, b.size);
    const gap = (b.x - a.x - a.width) / em;
    if (SINGLE_GLYPH.test(a.text) && SINGLE_GLYPH.test(b.text) && gap < TRACKING_MAX) letterGaps.push(gap);
  }
  if (letterGaps.length < TRACKED_LEAST) return runs;
  letterGaps.sort((x, y) => x - y);
  // Where some pairs stand a word space further apart than the closest ("Ad 1 og 2"), those
  // are words of one letter: the spacing is the closer pairs'.
  const jump = letterGaps.findIndex((g, k) => k > 0 && g - letterGaps[k - 1] >= SPACE_GAP);
  const letters = jump > 0 ? letterGaps.slice(0, jump) : letterGaps;
  const tracking = Math.max(0, letters[Math.floor((letters.length - 1) / 2)]);
  const words: TextRun[] = [];
  for (const run of runs) {
    const last = words[words.length - 1];
    const em = Math.max(run.size, last?.size ?? 0);
    if (last && run.x - last.x - last.width - tracking * em < SPACE_GAP * em) {
      words[words.length - 1] = { ...last, text: last.text + run.text, width: Math.max(last.width, run.x + run.width - last.x), size: Math.max(last.size, run.size), bold: last.bold && run.bold };
    } else {
      words.push(run);
    }
  }
  return words.map((w) => ({ ...w, width: w.width + tracking * w.size }));
}

/** A letter or digit alone: a glyph drawn on its own. */
const SINGLE_GLYPH = /^[\p{L}\p{N}]\p{M}*$/u;
const TRACKED_LEAST = 3;
/** Of an em: letters further apart than this are marks in a table's columns, not a spaced word. */
const TRACKING_MAX = 1.5;

/**
 * Runs drawn over the run before them, as a fake bold face set glyph by glyph leaves them ("B",
 * "Be", "es", "sl", …: each glyph drawn twice a hair apart, the copies merged by pdf.js into
 * pieces that overlap): each such cluster whose words read as every glyph repeated alike
 * ("BBeesslluuttnniinngg") becomes one run with each glyph once. Overlapping pieces whose text
 * is not so repeated (an accent drawn over its letter, text struck over text) stay as they are.
 */
function undoubled(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (let k = 0; k < runs.length; ) {
    let end = k + 1;
    let right = runs[k].x + runs[k].width;
    while (end < runs.length && runs[end].x < right - OVERDRAWN * runs[end].size) {
      right = Math.max(right, runs[end].x + runs[end].width);
      end++;
    }
    const once = end - k > 1 ? glyphsOnce(runs.slice(k, end).map((r) => r.text).join('')) : null;
    if (once === null) out.push(...runs.slice(k, end));
    else out.push({ ...runs[k], text: once, width: right - runs[k].x, bold: true });
    k = end;
  }
  return out;
}

/** Of an em: a run starting this far inside the one before it is drawn over it. */
const OVERDRAWN = 0.1;

/** The text with each glyph once, where every word is each glyph repeated the same 2-4 times; else null. */
function glyphsOnce(text: string): string | null {
  const words = text.split(/(\s+)/);
  for (let times = 2; times <= 4; times++) {
    const once = words.map((w, k) => (k % 2 === 1 ? w : repeatedEach(w, times)));
    if (once.every((w) => w !== null) && words.some((w) => w.length >= 2 * times)) return once.join('');
  }
  return null;
}

function repeatedEach(word: string, times: number): string | null {
  const glyphs = [...word];
  if (glyphs.length % times !== 0) return null;
  let once = '';
  for (let k = 0; k < glyphs.length; k += times) {
    for (let j = 1; j < times; j++) if (glyphs[k + j] !== glyphs[k]) return null;
    once += glyphs[k];
  }
  return once;
}

/**
 * A justified line set word by word: every gap between its pieces is stretched alike, none
 * much beyond a few ems. Its wide gaps are word spaces, not table cells, whose gaps differ
 * from cell to cell or run far wider.
 */
function isJustified(gaps: readonly number[], ems: readonly number[]): boolean {
  const spaced = gaps.map((g, k) => g / ems[k]).filter((g) => g >= SPACE_GAP);
  if (spaced.length < 2 || spaced.some((g) => g < TAB_GAP || g > JUSTIFIED_MAX)) return false;
  return spaced.reduce((m, g) => Math.max(m, g)) <= JUSTIFIED_SPREAD * spaced.reduce((m, g) => Math.min(m, g));
}

/** The key with the largest count (the larger key on a tie); 0 for none. */
export function mostCommon(counts: ReadonlyMap<number, number>): number {
  let best = 0;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key > best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
