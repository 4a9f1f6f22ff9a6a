// The layering of ARCHITECTURE.md, enforced: a layer that reaches up or sideways fails here
// with the file and the import named.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { repoRoot } from './testUtil';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string, { typesToo = true } = {}): string[] {
  let text = readFileSync(file, 'utf8');
  // A type-only import is gone from the JavaScript: it loads nothing.
  if (!typesToo) text = text.replace(/(?:^|\n)\s*(?:import|export)\s+type\s[^;]*;/g, '\n');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const nodeBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);

function violations(dir: string, forbidden: (spec: string) => boolean): string[] {
  return sources(join(repoRoot, dir)).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((spec) => `${relative(repoRoot, file)} imports ${spec}`),
  );
}

test('the parser imports no Node built-in, no LSP and no VS Code', () => {
  assert.deepEqual(
    violations('server/src/parser', (s) => nodeBuiltin(s) || s === 'vscode' || s.startsWith('vscode-languageserver') || !s.startsWith('.')),
    [],
  );
});

test('the text decoding shared by the CLI and the index is pure: no Node built-in, no LSP, no VS Code', () => {
  assert.deepEqual(
    violations('server/src/text', (s) => nodeBuiltin(s) || s === 'vscode' || s.startsWith('vscode-languageserver') || !s.startsWith('.')),
    [],
  );
});

test('extraction is pure over bytes: no Node built-in, no LSP, no VS Code; of packages only pdf.js and htmlparser2', () => {
  const allowed = (s: string) => s.startsWith('.') || s === 'pdfjs-dist/legacy/build/pdf.mjs' || s === 'pdfjs-dist/legacy/build/pdf.worker.mjs' || s === 'htmlparser2';
  assert.deepEqual(violations('server/src/extract', (s) => nodeBuiltin(s) || !allowed(s)), []);
});

const connectionOrEditor = (s: string) => s === 'vscode' || s.startsWith('vscode-languageserver/') || s === 'vscode-languageserver' || s.startsWith('vscode-jsonrpc');

// Language features and diagnostics are model in, LSP types out: the CLI and the server run
// the very same code, and tests call them without a server.
for (const layer of ['server/src/languageFeatures', 'server/src/diagnostics', 'server/src/kle', 'server/src/l10n']) {
  test(`${layer} knows LSP types but not the connection, Node or VS Code`, () => {
    assert.deepEqual(violations(layer, (s) => nodeBuiltin(s) || connectionOrEditor(s)), []);
  });
}

test('the pure parts of the notes (storage, anchoring, export) import no VS Code', () => {
  const pure = ['anchoring', 'exportMarkdown', 'model', 'sidecar', 'store', 'textSearch', 'workspaceFileSystem'];
  const found = pure.flatMap((name) =>
    importsOf(join(repoRoot, 'client', 'src', 'notes', `${name}.ts`))
      .filter((s) => s === 'vscode' || s.startsWith('vscode-languageclient'))
      .map((s) => `client/src/notes/${name}.ts imports ${s}`),
  );
  assert.deepEqual(found, []);
});

test('the server never imports the client; the client reaches the server only through the pure parser and the protocol', () => {
  assert.deepEqual(violations('server/src', (s) => s.includes('client/') || s === 'vscode'), []);
  assert.deepEqual(
    violations('client/src', (s) => s.includes('server/src/') && !s.includes('server/src/parser') && !s.endsWith('server/src/protocol')),
    [],
  );
});

test('the protocol module is declarations only: it imports nothing but LSP types and the model\'s types', () => {
  const file = join(repoRoot, 'server', 'src', 'protocol.ts');
  assert.deepEqual(importsOf(file).filter((s) => s !== 'vscode-languageserver-types' && s !== './parser/model'), []);
  // The model's, as types only: the client bundle gets no parser through the protocol.
  assert.ok(/import type \{[^}]*\} from '\.\/parser\/model'/.test(readFileSync(file, 'utf8')));
});

/**
 * The modules a bundle holds: `entry` and every relative import it reaches, as the build
 * resolves them (`swap` maps one module to another, as scripts/build.mjs does for the browser).
 */
function reachable(entry: string, swap: Record<string, string> = {}): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const stack = [join(repoRoot, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (found.has(file)) continue;
    const specs = importsOf(file, { typesToo: false });
    found.set(file, specs);
    for (const spec of specs.filter((s) => s.startsWith('.'))) {
      const base = join(file, '..', spec);
      const target = swap[relative(repoRoot, base)] ?? relative(repoRoot, base);
      const candidates = [`${target}.ts`, join(target, 'index.ts'), target].map((p) => join(repoRoot, p));
      const resolved = candidates.find((p) => existsSync(p) && statSync(p).isFile());
      if (resolved?.endsWith('.ts')) stack.push(resolved);
    }
  }
  return found;
}

// The web extension runs where Node does not: a bundle for it that reaches a Node built-in
// would not even build (platform 'browser'), so a change that adds one is caught here first,
// with the module that imports it.
for (const [entry, swap] of [
  ['client/src/browserExtension.ts', {}],
  ['server/src/server.ts', { 'server/src/platform/node': 'server/src/platform/browser' }],
  ['server/src/platform/extractScript.ts', {}],
] as const) {
  test(`the browser bundle of ${entry} reaches no Node built-in and no Node-only library entry`, () => {
    const modules = reachable(entry, swap);
    assert.ok(modules.size > 10, `${entry} reaches its features (${modules.size} modules)`);
    const found = [...modules].flatMap(([file, specs]) =>
      specs.filter((s) => nodeBuiltin(s) || (!s.startsWith('.') && s.endsWith('/node'))).map((s) => `${relative(repoRoot, file)} imports ${s}`),
    );
    assert.deepEqual(found, []);
  });
}
