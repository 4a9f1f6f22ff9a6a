// The diagnostics are a layer like the language features: model in, findings out. They know LSP
// types (for the runner) but no Node, no connection and no VS Code, so the CLI and the server
// run the very same rules.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { repoRoot } from '../testUtil';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('server/src/diagnostics imports no Node built-in, no LSP connection and no VS Code', () => {
  const bad: string[] = [];
  for (const file of sources(join(repoRoot, 'server', 'src', 'diagnostics'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      const node = spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);
      const connection = spec === 'vscode' || spec === 'vscode-languageserver' || spec.startsWith('vscode-languageserver/') || spec.startsWith('vscode-jsonrpc');
      if (node || connection) bad.push(`${relative(repoRoot, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});
