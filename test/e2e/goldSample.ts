// What the e2e tests expect of the samples, read from the hand-written gold files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './harness/env';

export interface GoldItem {
  number: number;
  title: string;
  line: number;
  caseNumber: string | null;
  sections: { kind: string; line: number; heading: string; prior?: boolean }[];
}

export interface Gold {
  file: string;
  meeting: { committee: string; date: string; weekday: string };
  toc: { line: number; title: string; item: number | null }[];
  items: GoldItem[];
  findings: { line: number; code: string; why: string }[];
}

/** The gold of every sample, in file name order. */
export function allGold(): Gold[] {
  return readdirSync(join(repoRoot, 'test', 'fixtures', 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => gold(f.replace(/\.json$/, '.txt')));
}

export function gold(sample: string): Gold {
  return JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'gold', sample.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
}

export function samplePath(sample: string): string {
  return join(repoRoot, 'test', 'fixtures', 'samples', sample);
}

/** KLE emne title of a case number such as 00.30.02-S00-21-19, from data/kle/kle-emner.tsv. */
export function kleTitle(caseNumber: string): string | undefined {
  const emne = caseNumber.slice(0, 8);
  for (const row of readFileSync(join(repoRoot, 'data', 'kle', 'kle-emner.tsv'), 'utf8').split('\n')) {
    const [num, title] = row.split('\t');
    if (num === emne) return title?.trim();
  }
  return undefined;
}

/** 1-based line of the first occurrence of `text` in the sample, and its 1-based column. */
export function findInSample(sample: string, text: string): { line: number; column: number } {
  const lines = readFileSync(samplePath(sample), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i].indexOf(text);
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  throw new Error(`"${text}" not found in ${sample}`);
}

export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sample's lines, without line ends: the text of 1-based line n is at index n - 1. */
export function sampleLines(sample: string): string[] {
  return readFileSync(samplePath(sample), 'utf8').split(/\r?\n/);
}

/** 1-based number of the first line after `line` that has text (a section heading's first paragraph). */
export function nextTextLine(sample: string, line: number): number {
  const lines = sampleLines(sample);
  for (let i = line; i < lines.length; i++) if (lines[i].trim() !== '') return i + 1;
  throw new Error(`no text after line ${line} in ${sample}`);
}
