// A hostile file merely lying in the workspace must not freeze the editor. The index parses one
// file per slice of the event loop, each in one synchronous parse, so a request waits at most
// for one file's parse; with the parse linear, that is what an ordinary file of the same size
// costs. Through the real server over stdio, as an editor sees it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol';
import { parseReferat } from '../../server/src/parser';
import { startServer, type TestClient } from '../server/lspClient';
import type { IndexStatus } from '../../server/src/protocol';

const SIZE = 6_000_000;

/** Minutes built to be slow to parse: a long attendee list and a title padded with spaces. */
function hostile(): string {
  const names: string[] = [];
  for (let i = 0, length = 0; length < SIZE / 3; i++) {
    names.push(`Anne ${i}`);
    length += names[i].length + 4;
  }
  return (
    `REFERAT Byrådet d. 18-06-2024\n\nMødedeltagere ${names.join(' og ')}\n\n` +
    `Punkt 1: Budget${' '.repeat(SIZE / 3)}(B\n\n24/6822\n\nBeslutning\n\nGodkendt.\n\n` +
    `Punkt 2: Plan\nog${'\t'.repeat(SIZE / 3)}x\n\nBeslutning\n\nGodkendt.\n`
  );
}

/** Ordinary minutes of about the same size: many items with their sections. */
function ordinary(): string {
  const item = (n: number) => `Punkt ${n}: Sag nummer ${n}\n\n00.30.14-G01-${n}-19\n\nSagsfremstilling\n\n${'Udvalget behandlede sagen. '.repeat(20)}\n\nBeslutning\n\nGodkendt.\n\n`;
  const parts = ['REFERAT Byrådet d. 18-06-2024\n\n'];
  for (let n = 1, length = 0; length < SIZE; n++) {
    parts.push(item(n));
    length += parts[n].length;
  }
  return parts.join('');
}

let dir: string;
let client: TestClient;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'referat-hostile-'));
  writeFileSync(join(dir, 'fjendtlig.referat'), hostile());
});
after(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** `promise`, or a rejection once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

test('requests answer while the index reads a hostile 6 MB file, within what parsing an ordinary one costs', { timeout: 120_000 }, async () => {
  const yardstick = ordinary();
  let parse = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    parseReferat(yardstick);
    parse = Math.min(parse, performance.now() - started);
  }
  // The server also reads, decodes and summarises the file, and runs on a shared machine.
  const bound = 4 * parse + 1000;

  client = await startServer({ rootUri: pathToFileURL(dir).toString() });
  const uri = client.open('lille.referat', 'Punkt 1: Budget\n\nBeslutning\n\nGodkendt.\n');
  let slowest = 0;
  let status: IndexStatus;
  do {
    const started = performance.now();
    const symbols = await within(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), bound, 'documentSymbol');
    assert.equal(symbols?.length, 1);
    status = await within(client.connection.sendRequest<IndexStatus>('referat/indexStatus', {}), bound, 'indexStatus');
    slowest = Math.max(slowest, performance.now() - started);
    // Until the hostile file is in (beside the open one): the index starts once settings are read.
  } while (status.indexing || status.files < 2);
  assert.ok(slowest <= bound, `slowest answer ${slowest.toFixed(0)} ms, parsing an ordinary file of that size ${parse.toFixed(0)} ms`);
});
