// The Explorer hides the notes files by default (package.json contributes a files.exclude
// default, which the user can switch off): every file the notes store puts beside a referat,
// and nothing else. Checked against the names the store really uses, so a renamed sidecar
// cannot slip out of the default.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sidecarPathOf } from '../../client/src/notes/model';
import { lockPathOf } from '../../client/src/notes/sidecarLock';
import { beside as besideInBrowser } from '../../client/src/notes/workspaceFileSystem';
import { repoRoot } from '../testUtil';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  contributes: { configurationDefaults?: Record<string, Record<string, boolean>> };
};

/** VS Code's glob for the two tokens these patterns use: `**\/` any folders, `*` any characters but `/`. */
function globToRegExp(glob: string): RegExp {
  if (/[?[\]{}]/.test(glob)) throw new Error(`${glob}: only ** and * are understood here`);
  const body = glob
    .split('**/')
    .map((part) => part.split('*').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&')).join('[^/]*'))
    .join('(?:[^/]*/)*');
  return new RegExp(`^${body}$`);
}

test('the Explorer hides each file the notes store writes beside a referat, and no other file', () => {
  const excluded = Object.entries(manifest.contributes.configurationDefaults?.['files.exclude'] ?? {})
    .filter(([, on]) => on)
    .map(([glob]) => globToRegExp(glob));
  const hidden = (path: string) => excluded.some((re) => re.test(path));

  const document = 'Byråd/2024/Byrådet 2024-05-01.txt';
  const sidecar = sidecarPathOf(document);
  const beside = [
    sidecar,
    lockPathOf(sidecar),
    `${lockPathOf(sidecar)}.break`,
    // A temporary copy during a write (nodeFileSystem.ts tempName).
    join('Byråd/2024', `.${basename(sidecar)}.4242.m1x2y3.0.tmp`),
    // The browser's (workspaceFileSystem.ts): the same lock, and its and the sidecar's temporary copies.
    besideInBrowser(sidecar, '.lock'),
    besideInBrowser(besideInBrowser(sidecar, '.lock'), '.6f1c2d.tmp'),
    besideInBrowser(`${besideInBrowser(sidecar, '.lock')}.break`, '.6f1c2d.tmp'),
    besideInBrowser(sidecar, '.6f1c2d.tmp'),
  ];
  for (const path of beside) assert.ok(hidden(path), `${path} is shown`);
  for (const path of [document, 'noter.json', 'Byråd/noter.json.txt', 'Byråd/.vscode/settings.json', 'referat.noter.jsonl']) assert.ok(!hidden(path), `${path} is hidden`);
});
