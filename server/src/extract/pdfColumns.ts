// Reading order of a page: rows top to bottom, except where the page is set in two columns,
// which are read column by column. A column break is a vertical gutter that no row of the
// region crosses, with running text on both sides. A table also has empty vertical strips
// between its cells; what tells the two apart is that column text fills its column's width
// line after line while table cells are short, so a table stays rows with TABs.

import type { Row, TextRun } from './pdfRows';

/** A line in reading order: a whole row, or one column's part of a row. */
export interface OrderedLine {
  readonly y: number;
  readonly size: number;
  readonly runs: readonly TextRun[];
  /** Lines of one flow follow each other vertically; a new segment starts below the last one. */
  readonly segment: number;
  /** 0 outside columns; 1 the left, 2 the right column of a segment. */
  readonly column: number;
}

interface Gutter {
  readonly from: number;
  readonly to: number;
}

interface Region {
  readonly first: number;
  /** Exclusive. */
  readonly end: number;
  readonly gutter: Gutter;
}

/** Fewer rows than this are no column region. */
const MIN_ROWS = 3;
/** A column line is mostly as wide as its column: the median line fills at least this share. */
const MIN_FILL = 0.55;
/** How many of the most supported gutter candidates are tried. */
const MAX_CANDIDATES = 6;
/** A gutter is at most this share of the narrower column's width. */
const MAX_GUTTER_SHARE = 0.5;
/** At most this share of a region's column lines may have a gutter-wide gap inside (table cells do). */
const MAX_BROKEN = 0.2;
/** A line this many times the region's usual line distance below the one before is set apart from it. */
const PARAGRAPH_APART = 1.8;

export function readingOrder(rows: readonly Row[], bodySize: number): OrderedLine[] {
  const minGutter = Math.max(6, bodySize);
  const spans = rows.map((r) => intervals(r.runs, minGutter));
  let best: Region[] = [];
  let bestRows = 0;
  for (const gutter of candidateGutters(spans, minGutter)) {
    const regions = columnRegions(rows, spans, gutter, minGutter);
    const covered = regions.reduce((n, r) => n + (r.end - r.first), 0);
    if (covered > bestRows) {
      best = regions;
      bestRows = covered;
    }
  }
  const out: OrderedLine[] = [];
  let segment = 0;
  let i = 0;
  for (const region of best) {
    for (; i < region.first; i++) out.push({ ...rows[i], segment: segment++, column: 0 });
    const middle = (region.gutter.from + region.gutter.to) / 2;
    for (const column of [1, 2]) {
      for (let k = region.first; k < region.end; k++) {
        const runs = rows[k].runs.filter((r) => (r.x + r.width / 2 < middle) === (column === 1));
        if (runs.length === 0) continue;
        // The part's own baseline: the columns' baselines need not line up.
        const largest = runs.reduce((m, r) => (r.size > m.size ? r : m));
        out.push({ y: largest.y, size: largest.size, runs, segment, column });
      }
    }
    segment++;
    i = region.end;
  }
  for (; i < rows.length; i++) out.push({ ...rows[i], segment: segment++, column: 0 });
  return out;
}

/** A row's horizontal extent as intervals; pieces closer than a gutter merge. */
function intervals(runs: readonly TextRun[], minGutter: number): [number, number][] {
  const out: [number, number][] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r.x - last[1] < minGutter) last[1] = Math.max(last[1], r.x + r.width);
    else out.push([r.x, r.x + r.width]);
  }
  return out;
}

/**
 * Strips of the page that rows have text on both sides of, and that as few rows as possible
 * cross (a running header or a title may), most supported first.
 */
function candidateGutters(spans: readonly [number, number][][], minGutter: number): Gutter[] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of spans) {
    if (s.length === 0) continue;
    min = Math.min(min, s[0][0]);
    max = Math.max(max, s[s.length - 1][1]);
  }
  if (!(max - min > 3 * minGutter)) return [];
  // One bin per point, fewer on absurdly wide pages.
  const scale = Math.min(1, 4000 / (max - min));
  const bins = Math.ceil((max - min) * scale) + 2;
  const between = new Int32Array(bins + 1);
  const covered = new Int32Array(bins + 1);
  const bin = (x: number) => Math.min(bins - 1, Math.max(0, Math.round((x - min) * scale)));
  for (const s of spans) {
    for (let k = 0; k < s.length; k++) {
      covered[bin(s[k][0])]++;
      covered[bin(s[k][1]) + 1]--;
      if (k + 1 < s.length) {
        between[bin(s[k][1]) + 1]++;
        between[bin(s[k + 1][0])]--;
      }
    }
  }
  for (let x = 1; x < bins; x++) {
    between[x] += between[x - 1];
    covered[x] += covered[x - 1];
  }
  const found: { gutter: Gutter; support: number }[] = [];
  const width = minGutter * scale;
  for (let x = 0; x < bins; ) {
    if (between[x] < 2) {
      x++;
      continue;
    }
    let end = x;
    let support = 0;
    let least = Infinity;
    while (end < bins && between[end] >= 2) {
      support = Math.max(support, between[end]);
      least = Math.min(least, covered[end]);
      end++;
    }
    if (end - x >= width) {
      // The widest stretch that only the fewest rows cross.
      let from = -1;
      let to = -1;
      for (let k = x; k < end; ) {
        if (covered[k] !== least) {
          k++;
          continue;
        }
        let j = k;
        while (j < end && covered[j] === least) j++;
        if (j - k > to - from) [from, to] = [k, j];
        k = j;
      }
      if (to - from >= width / 2) found.push({ gutter: { from: min + from / scale, to: min + to / scale }, support });
    }
    x = end;
  }
  found.sort((a, b) => b.support - a.support);
  return found.slice(0, MAX_CANDIDATES).map((f) => f.gutter);
}

/** The runs of rows that no row crosses the gutter in and that read as two columns of text. */
function columnRegions(rows: readonly Row[], spans: readonly [number, number][][], gutter: Gutter, minGutter: number): Region[] {
  const crosses = (k: number) => spans[k].some(([a, b]) => a < gutter.to && b > gutter.from);
  const regions: Region[] = [];
  for (let i = 0; i < rows.length; ) {
    if (crosses(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && !crosses(end)) end++;
    const region = trimmed(rows, i, end, gutter, minGutter);
    if (region) regions.push(region);
    i = end;
  }
  return regions;
}

interface Side {
  readonly from: number;
  readonly to: number;
  /** A gap as wide as a gutter inside it. */
  readonly broken: boolean;
}

/** A row's text left and right of the gutter. */
function sides(row: Row, gutter: Gutter, minGutter: number): [Side | null, Side | null] {
  const middle = (gutter.from + gutter.to) / 2;
  const side = (runs: readonly TextRun[]): Side | null => {
    if (runs.length === 0) return null;
    let to = -Infinity;
    let broken = false;
    for (const r of runs) {
      if (to > -Infinity && r.x - to >= minGutter) broken = true;
      to = Math.max(to, r.x + r.width);
    }
    return { from: runs[0].x, to, broken };
  };
  return [side(row.runs.filter((r) => r.x + r.width / 2 < middle)), side(row.runs.filter((r) => r.x + r.width / 2 >= middle))];
}

/**
 * The rows [first, end) as a column region if they read as one, without the rows at its top
 * and bottom that belong to the page around it: a row whose text does not start at a
 * column's edge (a running header's right-aligned date), and a line set apart by a vertical
 * gap below the last row with text in both columns (a heading under the columns).
 */
function trimmed(rows: readonly Row[], first: number, end: number, gutter: Gutter, minGutter: number): Region | null {
  if (end - first < MIN_ROWS) return null;
  const parts = rows.slice(first, end).map((r) => sides(r, gutter, minGutter));
  const lefts = parts.flatMap((p) => (p[0] ? [p[0]] : []));
  const rights = parts.flatMap((p) => (p[1] ? [p[1]] : []));
  if (lefts.length < 2 || rights.length < 2) return null;
  const leftEdge = median(lefts.map((s) => s.from));
  const rightEdge = median(rights.map((s) => s.from));
  const em = median(rows.slice(first, end).map((r) => r.size));
  const fits = ([l, r]: readonly [Side | null, Side | null]) => (!l || l.from <= leftEdge + 2 * em) && (!r || r.from <= rightEdge + 2 * em);
  let a = 0;
  let b = parts.length;
  while (a < b && !fits(parts[a])) a++;
  while (b > a && !fits(parts[b - 1])) b--;
  const both = (k: number) => parts[k][0] !== null && parts[k][1] !== null;
  let firstBoth = a;
  while (firstBoth < b && !both(firstBoth)) firstBoth++;
  let lastBoth = b - 1;
  while (lastBoth >= a && !both(lastBoth)) lastBoth--;
  if (lastBoth < firstBoth) return null;
  const deltas: number[] = [];
  for (let k = first + a + 1; k < first + b; k++) deltas.push(rows[k].y - rows[k - 1].y);
  const apart = (k: number) => rows[first + k].y - rows[first + k - 1].y > PARAGRAPH_APART * median(deltas);
  for (let k = lastBoth + 1; k < b; k++) {
    if (apart(k)) {
      b = k;
      break;
    }
  }
  for (let k = firstBoth; k > a; k--) {
    if (apart(k)) {
      a = k;
      break;
    }
  }
  if (b - a < MIN_ROWS) return null;
  const kept = parts.slice(a, b);
  const left = kept.flatMap((p) => (p[0] ? [p[0]] : []));
  const right = kept.flatMap((p) => (p[1] ? [p[1]] : []));
  if (left.length < 2 || right.length < 2 || kept.filter((p) => p[0] && p[1]).length < 2) return null;
  // Column text runs on within its line, where table cells leave gaps.
  const broken = [...left, ...right].filter((s) => s.broken).length;
  if (broken > MAX_BROKEN * (left.length + right.length)) return null;
  const extent = (list: Side[]) => [list.reduce((m, s) => Math.min(m, s.from), Infinity), list.reduce((m, s) => Math.max(m, s.to), -Infinity)];
  const [l0, l1] = extent(left);
  const [r0, r1] = extent(right);
  // A gutter is narrow beside the columns it parts; the space between a table's cells need not be.
  if (gutter.to - gutter.from > MAX_GUTTER_SHARE * Math.min(l1 - l0, r1 - r0)) return null;
  const fill = (list: Side[], from: number, to: number) => median(list.map((s) => (s.to - s.from) / (to - from || 1)));
  if (fill(left, l0, l1) < MIN_FILL || fill(right, r0, r1) < MIN_FILL) return null;
  return { first: first + a, end: first + b, gutter };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
