// Every string a user sees exists in English and Danish: the manifest's (package.nls*.json),
// the client's (vscode.l10n.t -> l10n/bundle.l10n.da.json) and the server's (l10n/messages.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './testUtil';
import { MESSAGES } from '../server/src/l10n/messages';

const json = (p: string) => JSON.parse(readFileSync(join(repoRoot, p), 'utf8')) as Record<string, string>;

test('every manifest string has a Danish translation, and every %key% in package.json exists', () => {
  const en = json('package.nls.json');
  const da = json('package.nls.da.json');
  assert.deepEqual(Object.keys(da).sort(), Object.keys(en).sort());
  const manifest = readFileSync(join(repoRoot, 'package.json'), 'utf8');
  for (const [, key] of manifest.matchAll(/"%([^%"]+)%"/g)) assert.ok(key in en, `package.nls.json lacks ${key}`);
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every vscode.l10n.t string of the client has a Danish translation', () => {
  const bundle = json('l10n/bundle.l10n.da.json');
  const missing: string[] = [];
  for (const file of sources(join(repoRoot, 'client', 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) {
      const message = m[2].replace(/\\(['"`\\])/g, '$1');
      if (!(message in bundle)) missing.push(`${file}: ${message}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the server speaks both languages with the same keys and the same arguments', () => {
  assert.deepEqual(Object.keys(MESSAGES.da).sort(), Object.keys(MESSAGES.en).sort());
  for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
    const args = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    assert.deepEqual(args(MESSAGES.da[key]), args(MESSAGES.en[key]), key);
  }
});
