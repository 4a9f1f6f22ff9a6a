// A real LSP client for protocol tests: starts the bundled dist/server.js over stdio and
// speaks JSON-RPC to it, as an editor would.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  ConfigurationRequest,
  DidChangeWatchedFilesNotification,
  type FileEvent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
  type ProgressToken,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { repoRoot } from '../testUtil';

export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly capabilities: InitializeResult['capabilities'];
  /** Open a text as a document; returns its URI. */
  open(name: string, text: string, languageId?: string): string;
  /** Open a file from test/fixtures/samples. */
  openSample(file: string): { uri: string; text: string };
  change(uri: string, text: string): void;
  close(uri: string): void;
  /** Tell the server files changed on disk, as the editor's file watcher does. */
  filesChanged(changes: FileEvent[]): void;
  /** The next diagnostics published for `uri` (after any already received for its current version). */
  diagnostics(uri: string, predicate?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Settings the server reads through workspace/configuration. */
  settings: Record<string, unknown>;
  /** Work-done progress: the tokens the server created (window/workDoneProgress/create), and what it sent for them, in order. */
  readonly progress: { readonly created: ProgressToken[]; readonly sent: { token: ProgressToken; value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }[] };
  /** Resolves at the next $/progress "end" (or at once when one came since the last call). */
  progressEnded(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(
  options: { locale?: string; settings?: Record<string, unknown>; rootUri?: string | null; initializationOptions?: unknown; workDoneProgress?: boolean } = {},
): Promise<TestClient> {
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const versions = new Map<string, number>();
  const received = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const progress: TestClient['progress'] = { created: [], sent: [] };
  let endsSeen = 0;
  let endsTaken = 0;
  let progressWaiter: (() => void) | null = null;
  const client: TestClient = {
    connection,
    capabilities: {},
    settings: options.settings ?? {},
    progress,
    progressEnded() {
      if (endsSeen > endsTaken) {
        endsTaken++;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        progressWaiter = () => {
          endsTaken++;
          resolve();
        };
      });
    },
    open(name, text, languageId = 'referat') {
      const uri = name.includes('://') ? name : pathToFileURL(join('/tmp/referat-test', name)).toString();
      versions.set(uri, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return uri;
    },
    openSample(file) {
      const path = join(repoRoot, 'test', 'fixtures', 'samples', file);
      const text = readFileSync(path, 'utf8');
      const uri = pathToFileURL(path).toString();
      versions.set(uri, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text } });
      return { uri, text };
    },
    change(uri, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    filesChanged(changes) {
      void connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    },
    diagnostics(uri, predicate = () => true) {
      const wanted = versions.get(uri);
      const ok = (p: PublishDiagnosticsParams) => p.uri === uri && (p.version === undefined || p.version === wanted) && predicate(p);
      const already = (received.get(uri) ?? []).filter(ok).pop();
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiters.push({ uri, predicate: ok, resolve }));
    },
    async stop() {
      try {
        // A server stuck in a test that failed would never answer: it is killed below anyway.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const stuck = new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000)));
        await Promise.race([connection.sendRequest(ShutdownRequest.type), stuck]).finally(() => clearTimeout(timer));
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    received.set(p.uri, [...(received.get(p.uri) ?? []), p]);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].predicate(p)) {
        waiters[i].resolve(p);
        waiters.splice(i, 1);
      }
    }
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'referat' ? client.settings : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', (params: { token: ProgressToken }) => {
    progress.created.push(params.token);
    return null;
  });
  connection.onNotification('$/progress', (params: TestClient['progress']['sent'][number]) => {
    progress.sent.push(params);
    if (params.value.kind !== 'end') return;
    endsSeen++;
    const waiter = progressWaiter;
    progressWaiter = null;
    waiter?.();
  });
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    locale: options.locale ?? 'en',
    capabilities: {
      window: options.workDoneProgress ? { workDoneProgress: true } : {},
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, codeLens: { refreshSupport: true } },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
    initializationOptions: options.initializationOptions,
  });
  (client as { capabilities: InitializeResult['capabilities'] }).capabilities = result.capabilities;
  await connection.sendNotification(InitializedNotification.type, {});
  return client;
}

/** Offset -> LSP position in a plain string (UTF-16, LSP line breaks), for expected values. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
