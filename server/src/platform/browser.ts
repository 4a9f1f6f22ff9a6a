// The server in a web worker (vscode.dev, github.dev, any editor's web extension host): the
// worker's messages for the connection, the KLE table bundled as text (the worker loads once,
// when the first referat opens), and the workspace index's files from the client: a worker
// cannot read the workspace, so the client lists and reads files for it through
// vscode.workspace.fs (client/src/workspaceFiles.ts). The bytes are judged and decoded here,
// as the Node index does (workspace/candidates.ts). PDFs and web pages are read the same way
// and extracted here (pdf.js's "worker" on this thread, as in Node), by a script loaded on the
// first one from the extension's dist/web/extract.js (browserExtract.ts), so the worker's own
// bundle stays small.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import kleTable from '../../../data/kle/kle-emner.tsv';
import { parseReferat, type ParseOptions } from '../parser';
import {
  extractedUriOf,
  FILE_VERSION_REQUEST,
  READ_FILE_REQUEST,
  sourceFileUriOf,
  WORKSPACE_FILES_REQUEST,
  type FileVersionParams,
  type ReadFileParams,
  type ReadFileResult,
  type WorkspaceFilesParams,
} from '../protocol';
import { candidateKind, inSkippedDirectory, MAX_FILE_BYTES, minutesOfBytes } from '../workspace/candidates';
import { ExtractedTexts, minutesOfExtracted, type SourceFiles } from '../workspace/extractedTexts';
import { EXTRACT_SCRIPT, lazyExtractText } from './browserExtract';
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
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { readonly location?: { readonly href: string } };
/** What a classic worker has beyond that: a script run in its scope, by URL (blob: too). */
interface WorkerScripts {
  importScripts(url: string): void;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
}

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
        const kind = candidateKind(path);
        // A PDF is indexed under its read-only referat's URI (referat-pdf:), so links open that.
        if (kind && !inSkippedDirectory(path)) yield kind === 'pdf' ? (extractedUriOf(uri) ?? uri) : uri;
      }
    },
    async load(uri) {
      // An untitled buffer is nobody's minutes yet.
      if (uri.startsWith('untitled:')) return null;
      const open = editor.openModel(uri);
      if (open) return open;
      const pdf = sourceFileUriOf(uri);
      if (pdf) return underRoots(pdf, editor.roots) ? minutesOfExtracted(await editor.extracted.get(pdf), editor.parseOptions) : null;
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

/** PDFs and web pages as the client reads them through vscode.workspace.fs. */
function clientSourceFiles(connection: Connection): SourceFiles {
  return {
    version: async (uri) => (await connection.sendRequest<string | null>(FILE_VERSION_REQUEST, { uri } satisfies FileVersionParams)) ?? null,
    async read(uri) {
      const params: ReadFileParams = { uri, limit: MAX_FILE_BYTES };
      const read = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, params);
      return read ? { bytes: bytesOf(read.base64), version: read.version ?? '' } : null;
    },
  };
}

/**
 * Runs dist/web/extract.js in this worker. From its URL where the worker may load one (vscode.dev
 * serves extensions over https); otherwise (code-server's vscode-remote:, which only the
 * client can read) from its text, which the client reads, as a blob: URL of this worker.
 * The extension's root comes from the client; without it, the script beside the worker's own.
 */
export async function loadExtractScript(connection: Connection, extensionUri: string | undefined): Promise<void> {
  const scope = globalThis as unknown as WorkerScripts;
  const own = self.location?.href;
  const url = extensionUri ? `${extensionUri.replace(/\/+$/, '')}/${EXTRACT_SCRIPT}` : own && /^https?:/i.test(own) ? new URL('extract.js', own).toString() : undefined;
  if (!url) throw new Error(`${EXTRACT_SCRIPT}: the extension's location is unknown`);
  if (/^https?:/i.test(url)) {
    try {
      scope.importScripts(url);
      return;
    } catch {
      // Refused or unreachable from here: the client reads it, below.
    }
  }
  const read = await connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri: url, limit: MAX_FILE_BYTES } satisfies ReadFileParams);
  if (!read) throw new Error(`${url} cannot be read`);
  const blob = scope.URL.createObjectURL(new scope.Blob([bytesOf(read.base64)], { type: 'text/javascript' }));
  try {
    scope.importScripts(blob);
  } finally {
    scope.URL.revokeObjectURL(blob);
  }
}

export const platform: ServerPlatform = {
  createConnection: () => createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)),
  kleTable: () => kleTable,
  indexSource: clientFileSource,
  extractedTexts(connection, extensionUri) {
    return new ExtractedTexts(clientSourceFiles(connection), lazyExtractText(() => loadExtractScript(connection, extensionUri())));
  },
};
