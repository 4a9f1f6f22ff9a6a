// The buttons VS Code draws for a note from the manifest's comment menus. VS Code makes the
// first action of a comment's edit box (menu "comments/comment/context") its primary button,
// the one Ctrl+Enter runs: that must be Save, or Ctrl+Enter throws the edited text away.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../testUtil';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

const menus = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { menus: Record<string, MenuEntry[]> } }).contributes.menus;

/** The commands of a menu group in the order VS Code shows them ("inline@1" before "inline@2"). */
function inOrder(menu: string, group: string): string[] {
  const order = (e: MenuEntry) => Number(/@(\d+)$/.exec(e.group ?? '')?.[1] ?? 0);
  return (menus[menu] ?? [])
    .filter((e) => (e.group ?? '').split('@')[0] === group && /commentController == referat\.notes/.test(e.when ?? ''))
    .sort((a, b) => order(a) - order(b))
    .map((e) => e.command);
}

test('a note being edited: Save is the first button of its edit box (Ctrl+Enter saves), Cancel the second', () => {
  assert.deepEqual(inOrder('comments/comment/context', 'inline'), ['referat.notes.saveComment', 'referat.notes.cancelEdit']);
});
