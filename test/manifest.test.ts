// The JSON files VS Code reads from the extension (the manifest, its translations, the
// grammar, the language configuration). JSON.parse keeps the last of two equal keys, so a
// second "editor/title" in the manifest's menus silently took the reading view's buttons out
// of the editor's title bar: no parse error, no test that read the parsed manifest could see it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './testUtil';

/** Every key that occurs twice in one object of `json`, as "path.key" (the text must be valid JSON). */
export function duplicateKeys(json: string): string[] {
  const found: string[] = [];
  // One frame per open object or array: an object's keys so far and its path.
  const stack: { keys: Set<string> | null; path: string }[] = [];
  let lastString = '';
  let i = 0;
  while (i < json.length) {
    const c = json[i];
    if (c === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      lastString = JSON.parse(json.slice(i, j + 1)) as string;
      i = j + 1;
      // A string followed by a colon is a key of the innermost object.
      let k = i;
      while (/\s/.test(json[k] ?? '')) k++;
      const top = stack[stack.length - 1];
      if (json[k] === ':' && top?.keys) {
        if (top.keys.has(lastString)) found.push(`${top.path}.${lastString}`);
        top.keys.add(lastString);
      }
      continue;
    }
    if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1];
      const path = parent ? `${parent.path}${parent.keys ? '.' + lastString : '[]'}` : '';
      stack.push({ keys: c === '{' ? new Set() : null, path });
    } else if (c === '}' || c === ']') {
      stack.pop();
    }
    i++;
  }
  return found;
}

const manifests = [
  'package.json',
  'language-configuration.json',
  ...readdirSync(repoRoot).filter((f) => /^package\.nls(\.[a-z-]+)?\.json$/.test(f)),
  ...readdirSync(join(repoRoot, 'syntaxes')).map((f) => join('syntaxes', f)),
  ...readdirSync(join(repoRoot, 'l10n')).map((f) => join('l10n', f)),
].filter((f) => f.endsWith('.json'));

test('the duplicate-key check finds a key written twice, at any depth, and nothing in sound JSON', () => {
  assert.deepEqual(duplicateKeys('{"menus": {"a": [1], "b": {"x": "a", "y": 2}, "a": []}}'), ['.menus.a']);
  assert.deepEqual(duplicateKeys('{"a": [{"k": 1, "k": "}"}], "b": "\\"a\\""}'), ['.a[].k']);
  assert.deepEqual(duplicateKeys('{"a": {"k": 1}, "b": {"k": 2}, "c": ["a", "a"]}'), []);
});

for (const file of manifests) {
  test(`${file}: no key written twice in one object (VS Code would see only the last)`, () => {
    assert.deepEqual(duplicateKeys(readFileSync(join(repoRoot, file), 'utf8')), []);
  });
}

test('the editor title bar offers the reading view on a referat and "Open as referat" on a PDF or web page', () => {
  const menus = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { menus: Record<string, { command: string }[]> } }).contributes.menus;
  const commands = menus['editor/title'].map((e) => e.command);
  assert.ok(commands.includes('referat.readingView.openToSide'));
  assert.ok(commands.includes('referat.openAsReferat'));
});
