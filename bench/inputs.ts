// Benchmark inputs, made deterministically from test/fixtures/samples: the same samples
// always give the same bytes, so figures from different runs and machines compare.
// Written to bench/inputs/ (gitignored); a file already there with the right size is reused.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferat } from '../server/src/parser';
import { writeCorpus } from './workspaceCorpus';

/** One MB here is 10^6 bytes of UTF-8, as the files are stored. */
export const MB = 1_000_000;

export interface BenchInput {
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  /** The same content written as Markdown (items `## Punkt N: ...`, sections `### ...`), when there is one. */
  readonly markdownPath?: string;
}

export interface Inputs {
  readonly referater: BenchInput[];
  readonly samples: BenchInput[];
  readonly transcript: BenchInput;
  /** 1,000 referater in ten folders, for the indexing figure (bench/workspaceCorpus.ts). */
  readonly corpusDir: string;
}

const LINE_STRUCTURED = ['000_df28461cf8eca80f.txt', '001_3effd73bd9a734f4.txt', '003_d675881337821316.txt', '004_32a3fcc01710ab42.txt'];
const TRANSCRIPT = '002_62922e7fa5da0722.txt';

// The case-number shapes of parser/caseNumbers.ts; only their serials are varied, so every
// generated number keeps its shape and the parser sees as many distinct cases as items.
const KLE = /(?<![\d.])(\d{2}\.\d{2}\.\d{2})-([A-ZÆØÅa-zæøå]?\d{1,3})-(\d{1,7})-(\d{2}(?:\d{2})?)(?![\d-])/g;
const YEAR_SERIAL = /(?<![\d/.,-])(\d{2})\/(\d{3,7})(?![\d/])/g;

function varyCaseNumbers(text: string, n: number): string {
  return text
    .replace(KLE, (_m, emne: string, facet: string, _serial: string, year: string) => `${emne}-${facet}-${1 + (n % 99_991)}-${year}`)
    .replace(YEAR_SERIAL, (_m, year: string) => `${year}/${1000 + ((n * 7919) % 9000)}`);
}

interface PoolItem {
  /** The item's lines, the "Punkt N:" heading first. */
  readonly lines: string[];
  /** Indexes (into `lines`) of section heading lines. */
  readonly headingLines: ReadonlySet<number>;
  readonly title: string;
}

const read = (samplesDir: string, file: string) => readFileSync(join(samplesDir, file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Items of a line-structured sample, with the section headings its parse found. */
function poolOf(text: string): { header: string[]; items: PoolItem[] } {
  const doc = parseReferat(text);
  const lines = text.split('\n');
  const itemLines = doc.items.map((it) => doc.lines.positionAt(it.heading.start).line);
  const items = doc.items.map((it, k) => {
    const first = itemLines[k];
    const next = k + 1 < itemLines.length ? itemLines[k + 1] : lines.length;
    const headingLines = new Set(it.sections.map((s) => doc.lines.positionAt(s.heading.span.start).line - first));
    return { lines: lines.slice(first, next), headingLines, title: it.title.value };
  });
  const tocLine = doc.toc ? doc.lines.positionAt(doc.toc.span.start).line : itemLines[0] ?? lines.length;
  return { header: lines.slice(0, tocLine), items };
}

const pools = new Map<string, { header: string[]; items: PoolItem[] }[]>();
function poolsOf(samplesDir: string) {
  let found = pools.get(samplesDir);
  if (!found) pools.set(samplesDir, (found = LINE_STRUCTURED.map((f) => poolOf(read(samplesDir, f)))));
  return found;
}

/**
 * A line-structured referat of at least `target` bytes: sample 000's header, a table of
 * contents, then the samples' items round-robin, renumbered "Punkt 1:", "Punkt 2:", ... with
 * case numbers varied. Returns the text and the same content as Markdown.
 */
export function makeReferat(samplesDir: string, target: number): { text: string; markdown: string } {
  const pools = poolsOf(samplesDir);
  const header = pools[0].header.filter((l, i, all) => !(l.trim() === '' && i + 1 < all.length && all[i + 1].trim() === ''));
  const items: string[] = [];
  const itemsMd: string[] = [];
  const toc: string[] = [];
  const flat = pools.flatMap((p) => p.items);
  let bytes = Buffer.byteLength(header.join('\n'));
  for (let k = 0; bytes < target; k++) {
    const source = flat[k % flat.length];
    const n = 1 + k;
    const lines = source.lines.map((l, i) => (i === 0 ? l.replace(/^Punkt\s+\d+/, `Punkt ${n}`) : varyCaseNumbers(l, n)));
    const block = lines.join('\n');
    items.push(block);
    itemsMd.push(lines.map((l, i) => (i === 0 ? `## ${l}` : source.headingLines.has(i) ? `### ${l}` : l)).join('\n'));
    const entry = `${source.title}.....\t${3 + Math.floor(bytes / 3000)}`;
    toc.push(entry);
    bytes += Buffer.byteLength(block) + Buffer.byteLength(entry) + 2;
  }
  const tocBlock = ['Indholdsfortegnelse', '', ...toc, '', ''].join('\n');
  const text = [...header, tocBlock].join('\n') + items.join('\n');
  const markdown = [`# ${header.find((l) => l.trim() !== '') ?? ''}`, ...header.slice(1), '## Indholdsfortegnelse', '', ...toc, '', ''].join('\n') + itemsMd.join('\n');
  return { text, markdown };
}

/**
 * A one-line-per-page transcript of at least `target` bytes: sample 002's first page, then
 * its later pages over and over, renumbered 2, 3, 4 ... with case numbers varied, then the
 * hosting page's trailing text.
 */
export function makeTranscript(samplesDir: string, target: number): string {
  const lines = read(samplesDir, TRANSCRIPT).split('\n');
  const firstPage = lines.findIndex((l) => /^1 \S/.test(l));
  const pages: string[] = [];
  let last = firstPage;
  for (let i = firstPage, expected = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const m = /^(\d{1,4}) \S/.exec(lines[i]);
    if (!m || Number(m[1]) !== expected) break;
    pages.push(lines[i]);
    last = i;
    expected++;
  }
  const preamble = lines.slice(0, firstPage);
  const trailing = lines.slice(last + 1);
  const out = [...preamble, pages[0]];
  let bytes = Buffer.byteLength(out.join('\n'));
  for (let n = 2, k = 0; bytes < target; n++, k++) {
    const page = pages[1 + (k % (pages.length - 1))].replace(/^\d+/, String(n));
    const varied = varyCaseNumbers(page, n);
    out.push('', varied);
    bytes += Buffer.byteLength(varied) + 2;
  }
  return [...out, ...trailing].join('\n');
}

function write(path: string, content: string): number {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== content) writeFileSync(path, content);
  return statSync(path).size;
}

/** Make (or reuse) every input under `dir`. */
export function ensureInputs(repoRoot: string, dir = join(repoRoot, 'bench', 'inputs')): Inputs {
  const samplesDir = join(repoRoot, 'test', 'fixtures', 'samples');
  mkdirSync(dir, { recursive: true });
  const referater: BenchInput[] = [];
  for (const size of [1, 10, 100]) {
    const name = `referat-${size}mb`;
    const { text, markdown } = makeReferat(samplesDir, size * MB);
    const path = join(dir, `${name}.txt`);
    const markdownPath = join(dir, `${name}.md`);
    const bytes = write(path, text);
    write(markdownPath, markdown);
    referater.push({ name, path, bytes, markdownPath });
  }
  const samples = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `sample ${f.slice(0, 3)}`, path: join(samplesDir, f), bytes: statSync(join(samplesDir, f)).size }));
  const transcriptPath = join(dir, 'transcript-10mb.txt');
  const transcript = { name: 'transcript-10mb', path: transcriptPath, bytes: write(transcriptPath, makeTranscript(samplesDir, 10 * MB)) };

  // 1,000 referater for indexing: the workspace bench's corpus, so both benches index the same.
  const corpusDir = join(dir, 'index-corpus');
  if (!existsSync(join(corpusDir, 'mappe-09', 'referat-0999.txt'))) writeCorpus(samplesDir, corpusDir, 1000);
  return { referater, samples, transcript, corpusDir };
}
