// Requests at the edges of the protocol. A cancelled request answers the LSP error
// RequestCancelled (-32800), so the editor drops it, instead of an empty result it would show
// (an empty Outline). A request whose params are null answers empty, not an internal error,
// and the server goes on. The null params are written as raw JSON-RPC, since a client library
// would refuse to send them.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource, DocumentSymbolRequest, LSPErrorCodes, ResponseError, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { createMessageConnection as createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Message, type ResponseMessage } from 'vscode-jsonrpc/node';
import { startServer, type TestClient } from './lspClient';
import { repoRoot } from '../testUtil';

const SMALL = 'Punkt 1: Budget\n\nBeslutning\n\nGodkendt.\n';

/** Minutes of about `size` characters, slow enough to parse that the server is busy a while. */
function bigReferat(size: number): string {
  const item = (n: number) => `Punkt ${n}: Sag ${n}\n\n24/${6000 + n}\n\nSagsfremstilling\n\n${'Udvalget drøftede sagen. '.repeat(40)}\n\nBeslutning\n\nGodkendt.\n\n`;
  const parts: string[] = [];
  for (let n = 1, length = 0; length < size; n++) {
    parts.push(item(n));
    length += parts[n - 1].length;
  }
  return parts.join('');
}

const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
});

test('a request cancelled before the server gets to it answers RequestCancelled (-32800), not an empty list', async () => {
  const client = await startServer();
  clients.push(client);
  const small = client.open('lille.referat', SMALL);
  const big = client.open('stor.referat', bigReferat(10_000_000));
  // The first parse of the big document keeps the server busy while the next request and its
  // cancellation arrive; both are waiting when it gets to them.
  const busy = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: big } });
  const source = new CancellationTokenSource();
  const cancelled = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } }, source.token);
  source.cancel();
  const [busyAnswer, cancelledAnswer] = await Promise.allSettled([busy, cancelled]);
  assert.equal(busyAnswer.status, 'fulfilled');
  assert.ok(((busyAnswer as PromiseFulfilledResult<DocumentSymbol[]>).value ?? []).length > 0, 'the request not cancelled is answered');
  assert.equal(cancelledAnswer.status, 'rejected', `answered ${JSON.stringify((cancelledAnswer as PromiseFulfilledResult<unknown>).value)}`);
  const error = (cancelledAnswer as PromiseRejectedResult).reason;
  assert.ok(error instanceof ResponseError, String(error));
  assert.equal(error.code, LSPErrorCodes.RequestCancelled);
  // Not cancelled, the same request is answered.
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } })) as DocumentSymbol[];
  assert.equal(symbols.length, 1);
});

/** A server spoken to in raw JSON-RPC messages. */
function rawServer() {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const reader = new StreamMessageReader(child.stdout!);
  const writer = new StreamMessageWriter(child.stdin!);
  const waiting = new Map<number, (r: ResponseMessage) => void>();
  reader.listen((m: Message) => {
    const r = m as ResponseMessage;
    if (typeof r.id === 'number' && waiting.has(r.id)) {
      waiting.get(r.id)!(r);
      waiting.delete(r.id);
    } else if ('method' in m && 'id' in m) {
      // A request from the server (configuration, registrations): an empty answer will do.
      void writer.write({ jsonrpc: '2.0', id: (m as { id: number }).id, result: null } as ResponseMessage);
    }
  });
  let next = 1;
  return {
    request(method: string, params: unknown): Promise<ResponseMessage> {
      const id = next++;
      const answered = new Promise<ResponseMessage>((resolve) => waiting.set(id, resolve));
      void writer.write({ jsonrpc: '2.0', id, method, params } as Message);
      return answered;
    },
    notify(method: string, params: unknown): void {
      void writer.write({ jsonrpc: '2.0', method, params } as Message);
    },
    stop(): void {
      reader.dispose();
      writer.dispose();
      child.kill();
    },
  };
}

test('requests with null params answer empty, not an internal error, and the server goes on', async () => {
  const server = rawServer();
  try {
    const init = await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(init.error, undefined);
    server.notify('initialized', {});
    const empty: Record<string, null | []> = {
      'textDocument/documentSymbol': [],
      'textDocument/foldingRange': [],
      'textDocument/selectionRange': [],
      'textDocument/hover': null,
      'textDocument/definition': [],
      'textDocument/codeLens': [],
      'textDocument/documentLink': [],
      'textDocument/references': [],
      'textDocument/documentHighlight': [],
      'textDocument/codeAction': [],
      'workspace/symbol': [],
      'referat/counterpart': null,
    };
    for (const [method, answer] of Object.entries(empty)) {
      const r = await server.request(method, null);
      assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}`);
      assert.deepEqual(r.result, answer, method);
    }
    // Still serving a document.
    const uri = 'file:///tmp/referat-test/efter.referat';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text: SMALL } });
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal((symbols.result as DocumentSymbol[]).length, 1);
  } finally {
    server.stop();
  }
});

test("over stdio, whatever the server's libraries print with console.* goes to stderr, and the protocol on stdout stays whole", { timeout: 20_000 }, async () => {
  // A preload that prints the way a library might, once the server is running.
  const dir = mkdtempSync(join(tmpdir(), 'referat-console-'));
  const noisy = join(dir, 'noisy.js');
  writeFileSync(noisy, "setTimeout(() => { console.log('log noise'); console.info('info noise'); console.table([{ a: 1 }]); console.count('count noise'); console.dir({ dir: 'noise' }); }, 0);\n");
  const child = spawn(process.execPath, ['--require', noisy, join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest(() => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    const uri = 'file:///noisy.referat';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'referat', version: 1, text: 'REFERAT\n\nPunkt 1: Første\n\nBeslutning\n\nGodkendt.\n' } });
    const symbols = (await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string }[];
    assert.ok(symbols.some((s) => s.name === 'Punkt 1: Første'), JSON.stringify(symbols));
    for (const noise of ['log noise', 'info noise', 'count noise', "dir: 'noise'"]) assert.ok(stderr.includes(noise), `${noise} on stderr: ${stderr}`);
  } finally {
    connection.dispose();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
