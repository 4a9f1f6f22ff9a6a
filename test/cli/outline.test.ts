// `referat outline`: the tree as text and as JSON, help, and input it refuses with one line
// on stderr and exit 2. Runs the bundled dist/cli.js as a user would.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot, samples } from '../testUtil';

function referat(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'referat-outline-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

const sample = samples().find((s) => s.name.startsWith('001_'))!;

test('outline: one line per item (heading line, number, title, case number, outcome) and per section', () => {
  const r = referat('outline', relative(repoRoot, sample.path));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'REFERAT · Udvalget for arbejdsmarked og integration 2022-2025 · 2024-05-21 · 14:00 · Kongeåen (3. sal) Vejen Rådhus');
  const items = lines.filter((l) => /^\s*\d+ {2}Punkt /.test(l));
  assert.deepEqual(
    items.map((l) => /^\s*(\d+) {2}Punkt (\d+): /.exec(l)!.slice(1).map(Number)),
    sample.gold.items.map((it) => [it.line, it.number]),
  );
  assert.ok(lines.includes('   22  Punkt 1: Temadrøftelse - Nytteindsats - Arbejdspligt (B)  [24/6823]'), r.stdout);
  assert.ok(lines.includes('   32    Beslutning (Beslutning Udvalget for arbejdsmarked og integration den 21-05-2024)'), r.stdout);
});

test('outline --json: the gold schema (1-based lines, 0-based columns), items as in the gold', () => {
  const r = referat('outline', '--json', sample.path);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.file, sample.name);
  assert.equal(out.format, 'line-structured');
  assert.equal(out.meeting.date, '2024-05-21');
  assert.deepEqual(
    out.items.map((it: { number: number; title: string; line: number; column: number; caseNumber: string | null }) => [it.number, it.title, it.line, it.column, it.caseNumber]),
    sample.gold.items.map((it) => [it.number, it.title, it.line, 0, it.caseNumber]),
  );
});

test('--help (and no arguments) prints the usage on stdout, exit 0', () => {
  for (const args of [['--help'], []]) {
    const r = referat(...args);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /referat outline \[--json\] FILE/);
  }
});

const refused = (r: ReturnType<typeof referat>, why: RegExp) => {
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, why);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, `one line on stderr: ${JSON.stringify(r.stderr)}`);
  assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/, 'no stack trace');
};

test('a missing file: one line on stderr, exit 2', () => {
  refused(referat('outline', join(scratch, 'findes-ikke.txt')), /^referat: .*findes-ikke\.txt: no such file\n$/);
});

test('a directory: one line on stderr, exit 2', () => {
  refused(referat('outline', scratch), /^referat: .*: is a directory, not a file\n$/);
});

test('a binary file: one line on stderr, exit 2', () => {
  refused(referat('outline', file('billede.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))), /^referat: .*billede\.png: binary file, not text\n$/);
});

test('bad usage (no file, two files, an unknown command): one line on stderr, exit 2', () => {
  const path = file('a.txt', 'x\n');
  refused(referat('outline'), /^referat: outline takes one FILE/);
  refused(referat('outline', path, path), /^referat: outline takes one FILE/);
  refused(referat('udskriv', path), /^referat: unknown command 'udskriv'/);
});

test('a text that is no minutes: an empty outline, exit 0', () => {
  const path = file('brev.txt', 'Kære alle\n\nTak for i går.\n');
  const text = referat('outline', path);
  assert.equal(text.status, 0);
  assert.equal(text.stderr, '');
  assert.equal(text.stdout, '(no agenda items found)\n');
  const json = referat('outline', '--json', path);
  assert.equal(json.status, 0);
  const out = JSON.parse(json.stdout);
  assert.deepEqual([out.items, out.toc, out.caseNumbers], [[], [], []]);
});

test('an empty file: an empty outline, exit 0', () => {
  const r = referat('outline', file('tom.txt', ''));
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '(no agenda items found)\n');
});

test('a Windows-1252 file keeps æ, ø and å; a UTF-8 BOM is dropped and lines stay 1-based', () => {
  const latin1 = referat('outline', '--json', file('latin1.txt', Buffer.from('Punkt 1: Ældre på Ærø\n\n24/6823\n', 'latin1')));
  assert.equal(latin1.status, 0, latin1.stderr);
  assert.deepEqual(JSON.parse(latin1.stdout).items.map((it: { title: string }) => it.title), ['Ældre på Ærø']);
  const bom = referat('outline', '--json', file('bom.txt', '\ufeffPunkt 1: Første\n\nPunkt 2: Anden\n'));
  assert.deepEqual(JSON.parse(bom.stdout).items.map((it: { line: number; column: number }) => [it.line, it.column]), [[1, 0], [3, 0]]);
});
