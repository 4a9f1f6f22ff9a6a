// The server in a web worker (vscode.dev, github.dev, any editor's web extension host): the
// worker's messages for the connection, the KLE table bundled as text (the worker loads once,
// when the first referat opens), and the workspace index's files from the client: a worker
// cannot read the workspace, so the client lists and reads files for it through
// vscode.workspace.fs (client/src/workspaceFiles.ts). The bytes are judged and decoded here,
// as the Node index does (workspace/candidates.ts).

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import kleTable from '../../../data/kle/kle-emner.tsv';
import { parseReferat, type ParseOptions } from '../parser';
import { READ_FILE_REQUEST, WORKSPACE_FILES_REQUEST, type ReadFileParams, type ReadFileResult, type WorkspaceFilesParams } from '../protocol';
import { candidateKind, inSkippedDirectory, MAX_FILE_BYTES, minutesOfBytes } from '../workspace/candidates';
import type { EditorState } from '../workspace/indexSource';
import type { IndexSource } from '../workspace/workspaceIndex';
import type { Connection } from 'vscode-languageserver';
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

/** A URI's path, without its scheme, authority, query or fragment. */
const pathOf = (uri: string) => uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
const underRoots = (uri: string, roots: readonly string[]) => roots.some((root) => uri.startsWith(root.replace(/\/+$/, '') + '/'));
const isDefault = (options: ParseOptions) => !options.sectionHeadings?.length && !options.caseNumberPatterns?.length;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The open document's live model, else the file as the client reads it through vscode.workspace.fs. */
function clientFileSource(editor: EditorState, connection: Connection): IndexSource {
  return {
    async *discover(roots) {
      const params: WorkspaceFilesParams = { roots };
      const uris = (await connection.sendRequest<string[] | null>(WORKSPACE_FILES_REQUEST, params)) ?? [];
      for (const uri of uris) {
        const path = decodeURIComponent(pathOf(uri));
        if (candidateKind(path) && !inSkippedDirectory(path)) yield uri;
      }
    },
    async load(uri) {
      // An untitled buffer is nobody's minutes yet.
      if (uri.startsWith('untitled:')) return null;
      const open = editor.openModel(uri);
      if (open) return open;
      if (!underRoots(uri, editor.roots)) return null;
      const params: ReadFileParams = { uri, limit: MAX_FILE_BYTES };
      const read = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, params);
      if (!read) return null;
      const file = minutesOfBytes(decodeURIComponent(pathOf(uri)), bytesOf(read.base64));
      if (!file) return null;
      return file.parsed && isDefault(editor.parseOptions) ? file.parsed : parseReferat(file.text, editor.parseOptions);
    },
  };
}

export const platform: ServerPlatform = {
  createConnection: () => createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)),
  kleTable: () => kleTable,
  indexSource: clientFileSource,
  // No disk here: a PDF's text cannot be read in the browser (README says so).
  extractedTexts: () => ({ get: async () => null }),
};
