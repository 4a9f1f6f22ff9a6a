// `referat check`: the lines, exit codes, options and the gold findings of the samples.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { repoRoot, samples } from '../testUtil';
import { cli, scratch } from './run';

interface JsonDiagnostic {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  fix?: { title: string; edits: unknown[] };
}

const HEADER = 'REFERAT Udvalget d. 21-05-2024\n\nMødedato Tirsdag d. 21. maj 2024 kl. 14:00\n\n';
const CLEAN = HEADER + 'Punkt 1: Første\n\nBeslutning\n\nGodkendt.\n';
const WARNING = HEADER + 'Punkt 1: Første\n\nBilag\n\nBeslutning\n\nGodkendt.\n';
const ERROR = HEADER + 'Punkt 1: Første\n\nBeslutning\n\nGodkendt.\n\nPunkt 1: Anden\n\nBeslutning\n\nGodkendt.\n';

test('the samples: Warning and Error diagnostics are exactly the gold findings (line and code)', () => {
  const all = samples();
  const r = cli(['check', '--json', ...all.map((s) => relative(repoRoot, s.path))]);
  assert.equal(r.status, 0, r.stderr);
  const files = JSON.parse(r.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[];
  assert.equal(files.length, all.length);
  all.forEach((sample, i) => {
    const found = files[i].diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => ({ line: d.startLine, code: d.code }));
    assert.deepEqual(found, sample.gold.findings.map((f) => ({ line: f.line, code: f.code })), sample.name);
  });
});

test('a text line per diagnostic: file:line:col: severity: message [code], exit 0 for warnings only', () => {
  const dir = scratch({ 'w.referat': WARNING });
  const r = cli(['check', '--lang', 'en', 'w.referat'], dir);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "w.referat:7:1: warning: The section 'Bilag' of Punkt 1 is empty [empty-section]\n");
});

test('--lang da gives Danish messages', () => {
  const dir = scratch({ 'w.referat': WARNING });
  assert.equal(cli(['check', '--lang=da', 'w.referat'], dir).stdout, "w.referat:7:1: warning: Afsnittet 'Bilag' i Punkt 1 er tomt [empty-section]\n");
});

test('exit codes: 1 on an error, 1 on a warning with --strict, 0 for a clean file (no output)', () => {
  const dir = scratch({ 'e.referat': ERROR, 'w.referat': WARNING, 'ok.referat': CLEAN });
  const e = cli(['check', '--lang', 'en', 'e.referat'], dir);
  assert.equal(e.status, 1);
  assert.equal(e.stdout, 'e.referat:11:7: error: Punkt 1 comes twice; item numbers should increase [item-number-order]\n');
  assert.equal(cli(['check', '--strict', 'w.referat'], dir).status, 1);
  const ok = cli(['check', '--strict', 'ok.referat'], dir);
  assert.deepEqual([ok.status, ok.stdout], [0, '']);
});

test('exit 2 for an unreadable file, with one line on stderr; the readable files are still checked', () => {
  const dir = scratch({ 'w.referat': WARNING });
  const r = cli(['check', 'missing.referat', 'w.referat'], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'referat: missing.referat: no such file\n');
  assert.match(r.stdout, /^w\.referat:7:1: warning: .* \[empty-section\]\n$/);
});

test('--rule switches a rule off or changes its severity; an unknown rule or level is bad usage (exit 2)', () => {
  const dir = scratch({ 'w.referat': WARNING });
  const off = cli(['check', '--rule', 'empty-section=off', 'w.referat'], dir);
  assert.deepEqual([off.status, off.stdout], [0, '']);
  const raised = cli(['check', '--rule=empty-section=error', 'w.referat'], dir);
  assert.equal(raised.status, 1);
  assert.match(raised.stdout, /: error: .*\[empty-section\]/);
  const bad = cli(['check', '--rule', 'empty-sektion=off', 'w.referat'], dir);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, 'referat: unknown rule or level: empty-sektion=off (see referat --help)\n');
  assert.equal(cli(['check', '--rule', 'empty-section=loud', 'w.referat'], dir).status, 2);
});

test('--json gives ranges 1-based, columns in UTF-16 code units, and the quick fix', () => {
  const text = HEADER + 'Punkt 1: Første\n\nSagsfremstilling\n\nMødet 😀 er 31. juni 2024.\n\nBeslutning\n\nGodkendt.\n';
  const dir = scratch({ 'd.referat': text });
  const [file] = JSON.parse(cli(['check', '--json', 'd.referat'], dir).stdout) as { diagnostics: JsonDiagnostic[] }[];
  const d = file.diagnostics.find((x) => x.code === 'invalid-date')!;
  // "Mødet 😀 er " is 12 UTF-16 code units (the emoji is two).
  assert.deepEqual([d.startLine, d.startColumn, d.endLine, d.endColumn], [9, 13, 9, 26]);
  const w = JSON.parse(cli(['check', '--json', 'w.referat'], scratch({ 'w.referat': WARNING })).stdout)[0].diagnostics[0] as JsonDiagnostic;
  assert.deepEqual(w.fix?.edits, [{ startLine: 7, startColumn: 1, endLine: 9, endColumn: 1, newText: '' }]);
});

test('--help names the check command and its options', () => {
  const r = cli(['--help']);
  assert.match(r.stdout, /referat check \[options\] FILE\.\.\./);
  assert.match(r.stdout, /--format text\|json\|sarif/);
  assert.match(r.stdout, /--rule CODE=off\|error\|warning\|information\|hint/);
});
