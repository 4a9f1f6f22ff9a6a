// Right after start-up the index has not read the workspace yet. Workspace requests sent then
// wait for it (within a bound), so they answer with the other files, not as if the workspace
// were empty; and a client that shows work-done progress sees the indexing in its status bar.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReferencesRequest, WorkspaceSymbolRequest, type Location, type SymbolInformation } from 'vscode-languageserver-protocol';
import { startServer, positionOf } from '../server/lspClient';
import type { IndexStatus } from '../../server/src/protocol';

const COMMITTEES = ['Byrådet', 'Socialudvalget', 'Økonomiudvalget', 'Kulturudvalget', 'Teknik- og miljøudvalget'];

/** A small referat of one committee on case 24/6822, its item titled after the committee. */
const minutes = (committee: string, day: number) => `REFERAT ${committee} d. ${String(day).padStart(2, '0')}-06-2024

Mødedato Tirsdag d. ${day}. juni 2024 kl. 19:00

Punkt ${day}: Beskæftigelsesplan i ${committee}

24/6822

Beslutning

Godkendt.
`;

function workspace(): { root: string; rootUri: string; files: { uri: string; text: string }[]; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'referat-startup-'));
  const files = COMMITTEES.map((committee, i) => {
    const text = minutes(committee, i + 3);
    const path = join(root, `møde-${i + 1}.referat`);
    writeFileSync(path, text);
    return { uri: pathToFileURL(path).toString(), text };
  });
  return { root, rootUri: pathToFileURL(root).toString(), files, remove: () => rmSync(root, { recursive: true, force: true }) };
}

test('workspace symbols and references sent right after initialized answer with every file of the workspace', async () => {
  const ws = workspace();
  const client = await startServer({ rootUri: ws.rootUri });
  try {
    // No waiting for the index: these go out with `initialized`, before the server has even
    // read the settings it starts the index with.
    const [first] = ws.files;
    client.open(first.uri, first.text);
    const [symbols, references] = await Promise.all([
      client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Beskæftigelsesplan' }) as Promise<SymbolInformation[]>,
      client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: first.uri },
        position: positionOf(first.text, first.text.indexOf('24/6822') + 2),
        context: { includeDeclaration: true },
      }) as Promise<Location[]>,
    ]);
    assert.deepEqual(symbols.map((s) => s.location.uri).sort(), ws.files.map((f) => f.uri).sort());
    assert.deepEqual(
      references.map((l) => l.uri).sort(),
      ws.files.map((f) => f.uri).sort(),
    );
    const second = ws.files[1];
    const at = second.text.indexOf('24/6822');
    assert.deepEqual(
      references.find((l) => l.uri === second.uri)!.range,
      { start: positionOf(second.text, at), end: positionOf(second.text, at + '24/6822'.length) },
    );
  } finally {
    await client.stop();
    ws.remove();
  }
});

test('indexing shows as work-done progress (begin, end) when the client supports it', async () => {
  const ws = workspace();
  const client = await startServer({ rootUri: ws.rootUri, locale: 'da', workDoneProgress: true });
  try {
    await client.progressEnded();
    const { created, sent } = client.progress;
    assert.equal(created.length, 1);
    assert.ok(sent.every((p) => p.token === created[0]), 'all on the created token');
    const kinds = sent.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(kinds.slice(1, -1).every((k) => k === 'report'), kinds.join(' '));
    const begin = sent[0].value;
    assert.ok(begin.kind === 'begin' && begin.title === 'Indekserer referater', JSON.stringify(begin));
    const status = await client.connection.sendRequest<IndexStatus>('referat/indexStatus', { wait: true });
    assert.equal(status.files, ws.files.length);
  } finally {
    await client.stop();
    ws.remove();
  }
});

test('no progress is sent to a client that does not declare work-done progress', async () => {
  const ws = workspace();
  const client = await startServer({ rootUri: ws.rootUri });
  try {
    const status = await client.connection.sendRequest<IndexStatus>('referat/indexStatus', { wait: true });
    assert.equal(status.files, ws.files.length);
    assert.deepEqual(client.progress, { created: [], sent: [] });
  } finally {
    await client.stop();
    ws.remove();
  }
});
