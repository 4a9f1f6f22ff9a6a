// PDF → text → outline, in pages per second (issue 14): referater set as PDFs the way
// municipalities print them (the bench's generated referat text on A4 pages, 10 pt Helvetica,
// bold headings, running header and footer, TAB-separated cells at column positions), read
// by our extraction in process and as the `referat` command, and by poppler's pdftotext on
// the same files in the same run when it is installed (Debian: poppler-utils).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { extractPdf } from '../server/src/extract';
import { parseReferat } from '../server/src/parser';
import { outlineText } from '../server/src/cli/outlineText';
import { makeReferat } from './inputs';
import { ms, table } from './report';
import { summarise, timeAsync, type Timing } from './stats';

export interface PdfFigure {
  readonly input: string;
  readonly pages: number;
  readonly bytes: number;
  /** In process: bytes → text. */
  readonly extract: Timing;
  /** In process: bytes → text → parse → the outline `referat outline` prints. */
  readonly extractParseOutline: Timing;
  /** `node dist/cli.js outline FILE.pdf`, a process each run (Node's start and loading pdf.js included). */
  readonly cliOutline: Timing;
  /** `pdftotext FILE.pdf -`, a process each run; null without pdftotext. */
  readonly pdftotext: Timing | null;
  /** Words one read and the other did not (a check that the comparison is like with like); null without pdftotext. */
  readonly differingWords: number | null;
}

const PAGE = { width: 595, height: 842 };
const MARGIN = 56;
const SIZE = 10;
const PITCH = 12.5;
const SECTION = /^(Sagsfremstilling|Indstilling|Beslutning|Bilag|Økonomi|Resume|Beslutningstema|Lovgrundlag|Kommunikation|Høring|Personale|Retsgrundlag|Tidligere behandling)\b/;

/** The generated referat of about `pages` pages as a PDF, deterministic (no dates in it). */
export async function referatPdf(repoRoot: string, pages: number): Promise<Uint8Array> {
  const { text } = makeReferat(join(repoRoot, 'test', 'fixtures', 'samples'), pages * 3400);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const encodable = new Map<string, boolean>();
  // The standard fonts speak Windows-1252: a character outside it is drawn as '?'.
  const clean = (s: string) =>
    [...s]
      .map((ch) => {
        if (!encodable.has(ch)) {
          try {
            regular.encodeText(ch);
            encodable.set(ch, true);
          } catch {
            encodable.set(ch, false);
          }
        }
        return encodable.get(ch) ? ch : '?';
      })
      .join('');
  const width = PAGE.width - 2 * MARGIN;
  const drawn: { text: string; font: PDFFont; size: number; x: number; gapBefore: boolean }[] = [];
  let gap = false;
  for (const raw of text.split('\n')) {
    const cells = raw.trim().split('\t').map((cell) => clean(cell.trim()));
    const line = cells.join(' ');
    if (line.trim() === '') {
      gap = true;
      continue;
    }
    const heading = /^Punkt \d+:/.test(line);
    const font = heading || (SECTION.test(line) && line.length < 60) ? bold : regular;
    const size = heading ? 12 : SIZE;
    if (cells.length > 1) {
      // Cells at tab stops 160 pt apart, or a little after a longer cell before them.
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const text = cell.slice(0, 70);
        drawn.push({ text, font, size, x, gapBefore: gap && i === 0 });
        x = Math.max(MARGIN + (i + 1) * 160, x + font.widthOfTextAtSize(text, size) + 24);
      });
    } else {
      for (const part of wrap(line, font, size, width)) {
        drawn.push({ text: part, font, size, x: MARGIN, gapBefore: gap });
        gap = false;
      }
    }
    gap = false;
  }
  const perPage = Math.floor((PAGE.height - 2 * MARGIN - 40) / PITCH);
  let page = null;
  let y = 0;
  let count = 0;
  for (let k = 0; k < drawn.length && count <= pages; k++) {
    const d = drawn[k];
    const sameRow = k > 0 && d.x > MARGIN;
    if (!page || (!sameRow && y >= perPage)) {
      if (count === pages) break;
      page = doc.addPage([PAGE.width, PAGE.height]);
      count++;
      y = 0;
    }
    if (!sameRow) y += d.gapBefore && y > 0 ? 1.5 : 1;
    page.drawText(d.text, { x: d.x, y: PAGE.height - MARGIN - 30 - y * PITCH, size: d.size, font: d.font });
  }
  const all = doc.getPages();
  all.forEach((p, i) => {
    p.drawText('Byrådet', { x: MARGIN, y: PAGE.height - 40, size: 8, font: regular });
    const date = 'Referat 3. marts 2025';
    p.drawText(date, { x: PAGE.width - MARGIN - regular.widthOfTextAtSize(date, 8), y: PAGE.height - 40, size: 8, font: regular });
    const foot = `Side ${i + 1} af ${all.length}`;
    p.drawText(foot, { x: (PAGE.width - regular.widthOfTextAtSize(foot, 8)) / 2, y: 30, size: 8, font: regular });
  });
  return doc.save();
}

function wrap(line: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > width) {
      out.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current) out.push(current);
  return out;
}

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
}

function timeProcess(command: string, args: string[], runs: number): Timing {
  spawnSync(command, args, { maxBuffer: 1 << 28 });
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const r = spawnSync(command, args, { maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** How many words one text has that the other has not, counted with repetition, both ways. */
function differingWords(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const w of a.split(/\s+/)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of b.split(/\s+/)) if (w) counts.set(w, (counts.get(w) ?? 0) - 1);
  let n = 0;
  for (const c of counts.values()) n += Math.abs(c);
  return n;
}

export async function pdfFigures(repoRoot: string, sizes: readonly number[]): Promise<PdfFigure[]> {
  const dir = join(repoRoot, 'bench', 'inputs');
  mkdirSync(dir, { recursive: true });
  const pdftotext = hasPdftotext();
  const figures: PdfFigure[] = [];
  for (const pages of sizes) {
    const name = `referat-${pages}p.pdf`;
    const path = join(dir, name);
    const made = await referatPdf(repoRoot, pages);
    if (!existsSync(path) || !readFileSync(path).equals(made)) writeFileSync(path, made);
    const bytes = new Uint8Array(readFileSync(path));
    const first = await extractPdf(bytes);
    if (!first.ok) throw new Error(`${name}: ${first.reason}`);
    const runs = pages >= 100 ? { warmup: 1, runs: 5 } : { warmup: 2, runs: 15 };
    const extract = await timeAsync(() => extractPdf(bytes), runs);
    const extractParseOutline = await timeAsync(async () => {
      const r = await extractPdf(bytes);
      if (r.ok) outlineText(parseReferat(r.text));
    }, runs);
    const cliOutline = timeProcess(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'outline', path], runs.runs);
    let poppler: Timing | null = null;
    let differing: number | null = null;
    if (pdftotext) {
      poppler = timeProcess('pdftotext', [path, '-'], runs.runs);
      const theirs = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
      differing = differingWords(theirs, first.text);
    }
    figures.push({ input: name, pages: first.pages, bytes: bytes.length, extract, extractParseOutline, cliOutline, pdftotext: poppler, differingWords: differing });
  }
  return figures;
}

export function pdfReport(figures: readonly PdfFigure[], machine: string): string {
  const rate = (pages: number, t: Timing | null) => (t ? (pages / (t.medianMs / 1000)).toFixed(0) : 'n/a');
  return [
    machine,
    '### PDF → text → outline (issue 14): generated referat PDFs, pages per second at the median',
    table(
      ['input', 'pages', 'size', 'extract', 'pages/s', 'extract + parse + outline', 'pages/s', '`referat outline FILE.pdf` (a process)', 'pages/s', '`pdftotext FILE.pdf -` (a process)', 'pages/s', 'words read differently'],
      figures.map((p) => [
        p.input,
        String(p.pages),
        `${(p.bytes / 1000).toFixed(0)} kB`,
        ms(p.extract),
        rate(p.pages, p.extract),
        ms(p.extractParseOutline),
        rate(p.pages, p.extractParseOutline),
        ms(p.cliOutline),
        rate(p.pages, p.cliOutline),
        p.pdftotext ? ms(p.pdftotext) : 'no pdftotext',
        rate(p.pages, p.pdftotext),
        p.differingWords === null ? 'n/a' : String(p.differingWords),
      ]),
    ),
  ].join('\n\n');
}
