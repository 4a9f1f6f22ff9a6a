// The web extension's server (dist/web/server.js) as a browser runs it: a worker script with
// only a worker's globals, no require, no process, no Node built-in, speaking LSP through
// postMessage. It must answer what a reader sees: the Outline, a case number's hover with its
// KLE title (the table bundled), and diagnostics; and the workspace index over files the
// client lists and reads for it (referat/workspaceFiles, referat/readFile), as
// client/src/workspaceFiles.ts does through vscode.workspace.fs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { repoRoot, samples } from '../testUtil';
import { WorkerScope } from './workerScope';

let scope: WorkerScope;
const sample = samples().find((s) => s.name.startsWith('000'))!;
/** The workspace as github.dev names it: the sample minutes, plus a file that is no referat. */
const ROOT = 'vscode-vfs://github/kommune/referater';
const uri = `${ROOT}/${sample.name}`;
const samplesDir = join(repoRoot, 'test', 'fixtures', 'samples');
const workspace = new Map<string, Uint8Array>([
  ...readdirSync(samplesDir).map((name): [string, Uint8Array] => [`${ROOT}/${encodeURIComponent(name)}`, readFileSync(join(samplesDir, name))]),
  [`${ROOT}/indk%C3%B8bsliste.txt`, new TextEncoder().encode('Mælk\nÆg\nRugbrød\n')],
]);
/** What the client was asked to read. */
const reads: string[] = [];

before(async () => {
  scope = new WorkerScope();
  scope.answers['referat/workspaceFiles'] = (params: { roots: string[] }) => [...workspace.keys()].filter((u) => params.roots.some((r) => u.startsWith(`${r}/`)));
  scope.answers['referat/readFile'] = (params: { uri: string; limit: number }) => {
    reads.push(params.uri);
    const bytes = workspace.get(params.uri);
    return bytes && bytes.length <= params.limit ? { base64: Buffer.from(bytes).toString('base64') } : null;
  };
  vm.runInContext(readFileSync(join(repoRoot, 'dist', 'web', 'server.js'), 'utf8'), scope.context, { filename: 'dist/web/server.js' });
  const init = await scope.request('initialize', {
    processId: null,
    rootUri: null,
    locale: 'da',
    workspaceFolders: [{ uri: ROOT, name: 'referater' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true } },
  });
  assert.equal(init.serverInfo.name, 'referat-language-server');
  scope.notify('initialized', {});
  scope.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text: sample.text } });
});

after(async () => {
  if (!scope) return;
  await scope.request('shutdown', null);
  for (const channel of scope.channels) channel.port1.close();
});

test('the worker bundle runs with a worker\'s globals only: no require, no process, no Buffer', () => {
  for (const name of ['require', 'process', 'Buffer', 'module', '__dirname']) {
    assert.equal(vm.runInContext(`typeof ${name}`, scope.context), 'undefined', name);
  }
});

test('the Outline of a referat opened from a virtual file system (github.dev) lists its items', async () => {
  const symbols: { name: string; children?: unknown[] }[] = await scope.request('textDocument/documentSymbol', { textDocument: { uri } });
  const items = symbols.flatMap((s) => [s, ...((s.children ?? []) as typeof symbols)]).filter((s) => /^Punkt \d+|^\d+\./.test(s.name));
  assert.ok(items.length >= sample.gold.items.length, `${items.length} items in the Outline, ${sample.gold.items.length} in the gold outline`);
  const first = sample.gold.items[0];
  assert.ok(
    items.some((s) => s.name.includes(String(first.number)) && s.name.includes(first.title.slice(0, 20))),
    `Punkt ${first.number} ${first.title} in ${JSON.stringify(items.slice(0, 3).map((s) => s.name))}`,
  );
});

test('hovering a KLE case number names its emne from the bundled table', async () => {
  const emne = '00.30.14';
  const row = readFileSync(join(repoRoot, 'data', 'kle', 'kle-emner.tsv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${emne}\t`))!;
  const offset = sample.text.indexOf(`${emne}-G01-6-19`);
  assert.ok(offset >= 0);
  const before = sample.text.slice(0, offset).split(/\r\n|\n|\r/);
  const position = { line: before.length - 1, character: before[before.length - 1].length + 1 };
  const hover = await scope.request('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(hover?.contents?.value.includes(`${emne}\`: ${row.split('\t')[1]}`), hover?.contents?.value);
});

test('the findings of the gold outline are published as diagnostics on their lines', async () => {
  const published = await scope.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
  const found = new Set(published.params.diagnostics.map((d: { code: string; range: { start: { line: number } } }) => `${d.code}:${d.range.start.line + 1}`));
  assert.ok(sample.gold.findings.length > 0);
  for (const finding of sample.gold.findings) assert.ok(found.has(`${finding.code}:${finding.line}`), `${finding.code} on line ${finding.line} in ${[...found].join(', ')}`);
});

test('the workspace index reads the files the client lists: a case in a file not open, the shopping list left out', async () => {
  const status = await scope.request('referat/indexStatus', { wait: true });
  const referater = samples().length;
  assert.equal(status.files, referater, JSON.stringify(status));
  // Every file was read through the client but the open one, whose live model the index takes.
  assert.ok(reads.includes(`${ROOT}/indk%C3%B8bsliste.txt`));
  assert.ok(!reads.includes(uri));
  // A case number the gold has in two items of a file that is not open: the Sager view lists
  // both, so that file was read through the client and parsed.
  const byCase = new Map<string, { file: string; number: number }[]>();
  for (const s of samples()) {
    if (s.name === sample.name) continue;
    for (const item of s.gold.items) if (item.caseNumber) byCase.set(item.caseNumber, [...(byCase.get(item.caseNumber) ?? []), { file: s.name, number: item.number }]);
  }
  const [caseNumber, steps] = [...byCase].find(([, found]) => found.length >= 2)!;
  const cases: { caseNumber: string; steps: { uri: string; number: number; own: boolean }[] }[] = await scope.request('referat/cases', null);
  const entry = cases.find((c) => c.caseNumber === caseNumber);
  assert.ok(entry, `${caseNumber} in the Sager view`);
  assert.deepEqual(
    entry.steps.map((x) => ({ file: decodeURIComponent(x.uri.slice(ROOT.length + 1)), number: x.number })).filter((_, i) => entry.steps[i].own),
    steps,
  );
});
