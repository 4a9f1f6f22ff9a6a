// PDFs and saved web pages in the web extension's server (dist/web/server.js in a worker's
// scope): "Open as referat" asks for their text (referat/extractText), the client reads their
// bytes through vscode.workspace.fs (referat/readFile), and the worker extracts them with
// pdf.js, whose code it loads only on the first one, from the extension's dist/web/extract.js:
// by its URL where the worker can fetch it (vscode.dev serves extensions over https), else
// through the client (code-server's vscode-remote:). The workspace index lists a PDF's meeting
// under its read-only referat's URI, as on the desktop.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { repoRoot } from '../testUtil';
import { minutesPdf } from '../extract/minutesPdf';
import { extractedUriOf } from '../../server/src/protocol';
import { WorkerScope } from './workerScope';

const EXTRACT_SCRIPT = 'dist/web/extract.js';
const scriptText = () => readFileSync(join(repoRoot, EXTRACT_SCRIPT), 'utf8');

interface Workspace {
  readonly root: string;
  readonly files: Map<string, Uint8Array>;
}

/** The server in a worker scope, initialized for `workspace`, with the extension at `extensionUri`. */
async function startWorker(workspace: Workspace, extensionUri: string, scriptAt: (url: string) => string | undefined) {
  const scope = new WorkerScope(scriptAt);
  const reads: string[] = [];
  const extension = new Map([[`${extensionUri}/${EXTRACT_SCRIPT}`, new TextEncoder().encode(scriptText())]]);
  const fileOf = (uri: string) => workspace.files.get(uri) ?? extension.get(uri);
  scope.answers['referat/workspaceFiles'] = () => [...workspace.files.keys()];
  scope.answers['referat/fileVersion'] = (params: { uri: string }) => (fileOf(params.uri) ? `1:${fileOf(params.uri)!.length}` : null);
  scope.answers['referat/readFile'] = (params: { uri: string; limit: number }) => {
    reads.push(params.uri);
    const bytes = fileOf(params.uri);
    return bytes && bytes.length <= params.limit ? { base64: Buffer.from(bytes).toString('base64'), version: `1:${bytes.length}` } : null;
  };
  vm.runInContext(readFileSync(join(repoRoot, 'dist', 'web', 'server.js'), 'utf8'), scope.context, { filename: 'dist/web/server.js' });
  await scope.request('initialize', {
    processId: null,
    rootUri: null,
    locale: 'da',
    workspaceFolders: [{ uri: workspace.root, name: 'referater' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    initializationOptions: { locale: 'da', extensionUri },
  });
  scope.notify('initialized', {});
  return { scope, reads };
}

async function stop(scope: WorkerScope) {
  await scope.request('shutdown', null);
  for (const channel of scope.channels) channel.port1.close();
}

const globalOf = (scope: WorkerScope, name: string) => vm.runInContext(`typeof ${name}`, scope.context);

/** code-server: the workspace and the extension are vscode-remote: files, which only the client reads. */
const ROOT = 'vscode-remote://localhost:8080/home/anna/referater';
const PDF = `${ROOT}/byraadet-2025-03-03.pdf`;
const PAGE = `${ROOT}/udvalg.html`;
const REMOTE_EXTENSION = 'vscode-remote://localhost:8080/home/anna/.local/share/code-server/extensions/referat.referat-0.1.0';

let remote: Awaited<ReturnType<typeof startWorker>>;

before(async () => {
  const page = '<!doctype html><meta charset="utf-8"><title>Udvalget</title><h1>Referat</h1><p>Mødedato: 4. marts 2025</p><h2>Punkt 1: Legepladser</h2><p>Beslutning: Godkendt.</p>';
  const workspace: Workspace = {
    root: ROOT,
    files: new Map([
      [PDF, await minutesPdf()],
      [PAGE, new TextEncoder().encode(page)],
    ]),
  };
  remote = await startWorker(workspace, REMOTE_EXTENSION, () => undefined);
});

after(async () => {
  if (remote) await stop(remote.scope);
});

test('a PDF opens as a referat from a file the client reads; pdf.js is loaded on the first PDF, through the client where the worker cannot fetch it', async () => {
  const { scope, reads } = remote;
  // pdf.js is not in the worker's bundle (every referat would download and compile it) ...
  assert.ok(readFileSync(join(repoRoot, EXTRACT_SCRIPT), 'utf8').includes('Invalid PDF structure'));
  assert.ok(!readFileSync(join(repoRoot, 'dist', 'web', 'server.js'), 'utf8').includes('Invalid PDF structure'));
  // ... nor loaded before a PDF is read.
  assert.equal(globalOf(scope, 'referatExtract'), 'undefined');
  const result = await scope.request('referat/extractText', { uri: PDF });
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(result.kind, 'pdf');
  assert.equal(result.minutes, true);
  assert.ok(reads.includes(PDF));
  // The script came through the client and ran from a blob: URL of the worker.
  assert.ok(reads.includes(`${REMOTE_EXTENSION}/${EXTRACT_SCRIPT}`), JSON.stringify(reads));
  assert.deepEqual(
    scope.imported.map((u) => u.slice(0, 'blob:'.length)),
    ['blob:'],
  );
  // The read-only referat, opened with that text: its items in the Outline.
  const document = extractedUriOf(PDF)!;
  assert.equal(document, 'referat-pdf://localhost:8080/home/anna/referater/byraadet-2025-03-03.pdf.referat?vscode-remote');
  scope.notify('textDocument/didOpen', { textDocument: { uri: document, languageId: 'referat', version: 1, text: result.text } });
  const symbols: { name: string }[] = await scope.request('textDocument/documentSymbol', { textDocument: { uri: document } });
  assert.deepEqual(
    symbols.map((s) => s.name).filter((n) => n.startsWith('Punkt ')),
    ['Punkt 1: Kommuneplan 2025', 'Punkt 2: Budget 2026 i to spalter'],
  );
});

test('a saved web page opens as a referat with the script already loaded', async () => {
  const { scope } = remote;
  const result = await scope.request('referat/extractText', { uri: PAGE });
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.equal(result.kind, 'html');
  assert.ok(result.text.includes('Punkt 1: Legepladser'), result.text);
  assert.equal(scope.imported.length, 1, 'the script runs once');
});

test('the Møder view lists the PDF\'s meeting under its read-only referat\'s URI', async () => {
  const { scope } = remote;
  await scope.request('referat/indexStatus', { wait: true });
  const committees: { meetings: { uri: string; fileName: string; items: { title: string }[] }[] }[] = await scope.request('referat/meetings', null);
  const meetings = committees.flatMap((c) => c.meetings);
  const pdfMeeting = meetings.find((m) => m.uri === extractedUriOf(PDF));
  assert.ok(pdfMeeting, JSON.stringify(meetings.map((m) => m.uri)));
  assert.equal(pdfMeeting.fileName, 'byraadet-2025-03-03.pdf');
  assert.deepEqual(
    pdfMeeting.items.map((i) => i.title),
    ['Kommuneplan 2025', 'Budget 2026 i to spalter'],
  );
});

test('where the extension is served over https (vscode.dev), the worker loads the script from its URL, not through the client', async () => {
  const extension = 'https://referat.vscode-unpkg.example/referat/referat/0.1.0/extension';
  const workspace: Workspace = { root: 'vscode-vfs://github/kommune/referater', files: new Map([['vscode-vfs://github/kommune/referater/byraadet.pdf', await minutesPdf()]]) };
  const fetched: string[] = [];
  const { scope, reads } = await startWorker(workspace, extension, (url) => {
    fetched.push(url);
    return url === `${extension}/${EXTRACT_SCRIPT}` ? scriptText() : undefined;
  });
  try {
    const result = await scope.request('referat/extractText', { uri: 'vscode-vfs://github/kommune/referater/byraadet.pdf' });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.ok(result.text.includes('Punkt 2: Budget 2026 i to spalter'));
    assert.deepEqual(scope.imported, [`${extension}/${EXTRACT_SCRIPT}`]);
    assert.ok(!reads.some((u) => u.endsWith(EXTRACT_SCRIPT)), JSON.stringify(reads));
  } finally {
    await stop(scope);
  }
});
