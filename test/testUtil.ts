// Shared by the tests: where the fixtures are, and documents built from strings with a
// cursor marked in them.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from the compiled file's place in out/. */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('out')) {
    if (dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}: compile the tests inside the repository`);
    dir = dirname(dir);
  }
  return dir;
})();

export const fixture = (...parts: string[]) => join(repoRoot, 'test', 'fixtures', ...parts);

export interface Sample {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly gold: Gold;
}

export interface GoldSection {
  kind: string;
  line: number;
  column?: number;
  heading: string;
  qualifier?: string;
  prior?: boolean;
  implicit?: boolean;
}
export interface GoldItem {
  number: number;
  kind?: string | null;
  title: string;
  line: number;
  column?: number;
  caseNumber: string | null;
  closed: boolean;
  sections: GoldSection[];
}
export interface Gold {
  file: string;
  meeting: Record<string, unknown>;
  toc: { line: number; column?: number; title: string; pages: number[]; item: number | null }[];
  items: GoldItem[];
  findings: { line: number; code: string; why: string }[];
}

export function samples(): Sample[] {
  return readdirSync(fixture('gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(fixture('gold', f), 'utf8')) as Gold;
      const path = fixture('samples', gold.file);
      return { name: gold.file, path, text: readFileSync(path, 'utf8'), gold };
    });
}

/**
 * The shared corpus beside the clone (../shared/corpus): real minutes of other systems that the
 * project reads but never copies. Null where it is absent (CI always has it).
 */
export const sharedCorpus = (...parts: string[]): string | null => {
  const path = join(repoRoot, '..', 'shared', 'corpus', ...parts);
  return existsSync(path) ? path : null;
};

/** The whole documents of the shared corpus with the gold written for them in test/fixtures/corpus-gold. */
export function corpusDocuments(): Sample[] {
  const texts = sharedCorpus('texts');
  if (texts === null) return [];
  return readdirSync(fixture('corpus-gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(fixture('corpus-gold', f), 'utf8')) as Gold;
      const path = join(texts, gold.file);
      return { name: gold.file, path, text: readFileSync(path, 'utf8'), gold };
    });
}

/**
 * A text with the cursor marked by `|` (or a range by `[[` `]]`): the text without the marks
 * and the offsets, so tests state positions where a reader sees them.
 */
export function marked(source: string): { text: string; cursor: number; range: { start: number; end: number } | null } {
  const open = source.indexOf('[[');
  if (open >= 0) {
    const close = source.indexOf(']]', open);
    const text = source.slice(0, open) + source.slice(open + 2, close) + source.slice(close + 2);
    return { text, cursor: open, range: { start: open, end: close - 2 } };
  }
  const at = source.indexOf('|');
  return { text: at >= 0 ? source.slice(0, at) + source.slice(at + 1) : source, cursor: Math.max(at, 0), range: null };
}

/**
 * The seed for a property test. Fixed, so a run of the suite (CI's too) is the same run every
 * time and a commit lands or not on its own merits; REFERAT_PROPERTY_SEED=random lets
 * fast-check choose, and prints the seed of a failure, for a hunt by hand.
 */
export function propertySeed(): { seed?: number } {
  const wanted = process.env.REFERAT_PROPERTY_SEED;
  if (wanted === 'random') return {};
  const seed = wanted === undefined || wanted === '' ? 20261207 : Number(wanted);
  return Number.isInteger(seed) ? { seed } : {};
}
