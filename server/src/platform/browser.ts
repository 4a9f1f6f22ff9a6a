// The server in a web worker (vscode.dev, github.dev, any editor's web extension host): the
// worker's messages for the connection, the KLE table bundled as text (the worker loads once,
// when the first referat opens), and no workspace index of files that are not open: a worker
// cannot walk the workspace, and asking the client for every file is not built yet. Open
// documents still join the index, so hovers' "also in" and links cover what is open.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import kleTable from '../../../data/kle/kle-emner.tsv';
import type { EditorState } from '../workspace/indexSource';
import type { IndexSource } from '../workspace/workspaceIndex';
import type { ServerPlatform } from './platform';

// The index and the diagnostics schedule yield with setImmediate, which browsers lack. A
// message to oneself is the same "after pending events, without a timer's clamp".
if (typeof (globalThis as { setImmediate?: unknown }).setImmediate !== 'function') {
  const channel = new MessageChannel();
  const queue = new Map<number, () => void>();
  let last = 0;
  channel.port1.addEventListener('message', (event) => {
    const handle = (event as unknown as { data: number }).data;
    const callback = queue.get(handle);
    queue.delete(handle);
    callback?.();
  });
  channel.port1.start();
  Object.assign(globalThis, {
    setImmediate(callback: () => void): number {
      queue.set(++last, callback);
      channel.port2.postMessage(last);
      return last;
    },
    clearImmediate(handle: number): void {
      queue.delete(handle);
    },
  });
}

/** The worker's global scope (no DOM library in this project's typings). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

function openDocumentsOnly(editor: EditorState): IndexSource {
  return {
    // eslint-disable-next-line require-yield
    async *discover() {
      // Nothing to walk: see the top of this file.
    },
    load: async (uri) => editor.openModel(uri),
  };
}

export const platform = {
  createConnection: () => createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)),
  kleTable: () => kleTable,
  indexSource: openDocumentsOnly,
} satisfies ServerPlatform;
