// How the web extension starts its language server's worker (client/src/serverWorker.ts):
// from the bundle's URL where the editor allows it (vscode.dev), and from the bundle's text as
// a blob: URL where the Worker constructor refuses the extension's URL (code-server, remotes:
// "Creating workers from remote extensions is currently not supported").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServerWorker, type WorkerGlobals } from '../../client/src/serverWorker';

const SERVER = 'https://referat.vscode-unpkg.example/extension/dist/web/server.js';
const BUNDLE = new TextEncoder().encode('/* the server bundle */');

class FakeWorker {
  constructor(
    readonly url: string,
    readonly options?: { name?: string },
  ) {}
}

/** The browser's globals, with a Worker constructor that accepts URLs `accepts` allows, as the extension host's does. */
function browser(accepts: (url: string) => boolean) {
  const blobs = new Map<string, Uint8Array[]>();
  const globals: WorkerGlobals<FakeWorker> = {
    Worker: class extends FakeWorker {
      constructor(url: string, options?: { name?: string }) {
        if (!accepts(url)) throw new Error('Creating workers from remote extensions is currently not supported');
        super(url, options);
      }
    },
    Blob: class {
      constructor(readonly parts: Uint8Array[]) {
        blobs.set(`blob:https://editor.example/${blobs.size + 1}`, parts);
      }
    },
    URL: { createObjectURL: () => `blob:https://editor.example/${blobs.size}` },
  };
  return { globals, blobs };
}

test('where the editor allows a worker from the extension\'s URL (vscode.dev), the worker is made from it and the bundle is not read', async () => {
  const { globals } = browser(() => true);
  let reads = 0;
  const logged: string[] = [];
  const worker = await startServerWorker(SERVER, async () => (reads++, BUNDLE), globals, { name: 'Referat language server', log: (m) => logged.push(m) });
  assert.equal(worker.url, SERVER);
  assert.deepEqual(worker.options, { name: 'Referat language server' });
  assert.equal(reads, 0);
  assert.deepEqual(logged, []);
});

test('where it refuses that URL (code-server), the worker is made from the bundle\'s text as a blob: URL, and that is said once', async () => {
  const { globals, blobs } = browser((url) => url.startsWith('blob:'));
  const logged: string[] = [];
  const worker = await startServerWorker('vscode-remote://localhost:8080/ext/dist/web/server.js', async () => BUNDLE, globals, { name: 'Referat language server', log: (m) => logged.push(m) });
  assert.match(worker.url, /^blob:/);
  assert.deepEqual(blobs.get(worker.url), [BUNDLE]);
  assert.deepEqual(worker.options, { name: 'Referat language server' });
  assert.equal(logged.length, 1);
  assert.match(logged[0], /blob: URL \(Creating workers from remote extensions is currently not supported\)/);
});
