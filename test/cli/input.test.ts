// What `referat` reads: only regular files (or "-" for stdin) up to 100 MB, so /dev/zero, a
// FIFO or a huge sparse file get one line and exit 2 instead of eating memory or hanging; and
// how bytes become text: UTF-8 (a stray invalid byte becomes U+FFFD with a warning, not the
// whole file turned into Windows-1252 mojibake), Windows-1252 where it clearly is that, and
// UTF-16 with a byte order mark.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../testUtil';

// English unless a test asks for another language (the messages follow LC_ALL/LC_MESSAGES/LANG).
function referat(args: string[], input?: string | Buffer, lang = 'C.UTF-8') {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: lang };
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { cwd: repoRoot, input, env, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const scratch = mkdtempSync(join(tmpdir(), 'referat-input-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

const refused = (r: ReturnType<typeof referat>, why: RegExp) => {
  assert.equal(r.signal, null, 'ends by itself');
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, why);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, `one line on stderr: ${JSON.stringify(r.stderr)}`);
};

const MINUTES = 'REFERAT Økonomiudvalget d. 12-03-2024\n\nPunkt 1: Ældre på Ærø (B)\n\n24/6823\n\nBeslutning\n\nGodkendt.\n';
const titles = (stdout: string) => JSON.parse(stdout).items.map((it: { title: string }) => it.title);

test('/dev/zero is not a regular file: one line, exit 2, at once', { skip: !existsSync('/dev/zero') }, () => {
  refused(referat(['outline', '/dev/zero']), /^referat: \/dev\/zero: not a regular file\n$/);
  refused(referat(['check', '/dev/zero']), /^referat: \/dev\/zero: not a regular file\n$/);
});

test('a directory: one line, exit 2', () => {
  refused(referat(['outline', scratch]), /: is a directory, not a file\n$/);
});

test('a FIFO is not opened (it would wait for a writer): one line, exit 2', { skip: process.platform === 'win32' }, () => {
  const fifo = join(scratch, 'rør.referat');
  const made = spawnSync('mkfifo', [fifo]);
  if (made.status !== 0) return;
  refused(referat(['outline', fifo]), /rør\.referat: not a regular file\n$/);
});

test('a file larger than 100 MB (sparse: no disk used) is refused by its size, not read', () => {
  const path = join(scratch, 'stor.referat');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 100 * 1024 * 1024 + 1);
  closeSync(fd);
  refused(referat(['outline', path]), /stor\.referat: larger than 100 MB, the most referat reads\n$/);
});

test('stdin ("-") is read up to the limit and refused past it', () => {
  const ok = referat(['outline', '--json', '-'], MINUTES);
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(titles(ok.stdout), ['Ældre på Ærø (B)']);
  refused(referat(['outline', '-'], Buffer.alloc(100 * 1024 * 1024 + 1, 0x20)), /^referat: stdin: larger than 100 MB, the most referat reads\n$/);
});

test('one invalid UTF-8 byte: U+FFFD there, the rest UTF-8, a warning on stderr, exit 0', () => {
  const bytes = Buffer.concat([Buffer.from('REFERAT Økonomiudvalget d. 12-03-2024\n\nPunkt 1: Ældre på Ærø\n\nPunkt 2: Budget ', 'utf8'), Buffer.from([0xff]), Buffer.from(' år\n', 'utf8')]);
  const r = referat(['outline', '--json', file('blandet.referat', bytes)]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(titles(r.stdout), ['Ældre på Ærø', 'Budget \ufffd år']);
  assert.match(r.stderr, /^referat: warning: .*blandet\.referat: not valid UTF-8 from line 5: 1 byte shown as U\+FFFD\n$/);
});

test('Windows-1252 text (Danish letters, no UTF-8): read as that, no warning', () => {
  const r = referat(['outline', '--json', file('gammel.referat', Buffer.from(MINUTES, 'latin1'))]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(titles(r.stdout), ['Ældre på Ærø (B)']);
  assert.equal(JSON.parse(r.stdout).meeting.committee, 'Økonomiudvalget');
});

test('high bytes that are not Danish letters are not taken for Windows-1252', () => {
  // "Ã¦" is what æ looks like when UTF-8 was read as Windows-1252; bytes C3 A6 ... here cut in
  // half, so no valid UTF-8 remains: the file is mostly 0xC3 bytes, no æ/ø/å.
  const bytes = Buffer.from('Punkt 1: Budget \xc3\xc3\xc3 plan\n', 'latin1');
  const r = referat(['outline', '--json', file('rod.referat', bytes)]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(titles(r.stdout), ['Budget \ufffd\ufffd\ufffd plan']);
  assert.match(r.stderr, /not valid UTF-8 from line 1: 3 bytes shown as U\+FFFD/);
});

test('UTF-16 with a byte order mark, little- and big-endian, is text', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINUTES, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  for (const [name, bytes] of [['le.referat', le], ['be.referat', be]] as const) {
    const r = referat(['outline', '--json', file(name, bytes)]);
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    assert.equal(r.stderr, '', name);
    assert.deepEqual(titles(r.stdout), ['Ældre på Ærø (B)'], name);
    assert.deepEqual(JSON.parse(r.stdout).items.map((it: { line: number; column: number }) => [it.line, it.column]), [[3, 0]], `${name}: lines as in the text, the BOM dropped`);
  }
  const check = referat(['check', file('le.referat', le)]);
  assert.notEqual(check.status, 2, check.stderr);
});

test('in Danish (LANG=da_DK.UTF-8) the same refusals and warnings are Danish', () => {
  const danish = 'da_DK.UTF-8';
  refused(referat(['outline', scratch], undefined, danish), /: er en mappe, ikke en fil\n$/);
  refused(referat(['outline', join(scratch, 'findes-ikke.txt')], undefined, danish), /findes-ikke\.txt: filen findes ikke\n$/);
  const broken = referat(['outline', '--json', file('ødelagt.referat', Buffer.concat([Buffer.from(MINUTES.slice(0, 40)), Buffer.from([0xff]), Buffer.from(MINUTES.slice(40))]))], undefined, danish);
  assert.equal(broken.status, 0, broken.stderr);
  assert.match(broken.stderr, /^referat: advarsel: .*ødelagt\.referat: ikke gyldig UTF-8 fra linje \d+: 1 byte vist som U\+FFFD\n$/);
});
