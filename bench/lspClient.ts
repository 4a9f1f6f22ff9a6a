// A small LSP client for the bench: starts the bundled dist/server.js over stdio, as an
// editor does, and sends documents and requests. Unlike test/server/lspClient.ts it sends
// incremental edits and keeps every publishDiagnostics with its arrival time.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface BenchClient {
  readonly connection: ProtocolConnection;
  readonly capabilities: InitializeResult['capabilities'];
  open(uri: string, text: string): void;
  /** Send one change; returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number;
  /** Resolves when diagnostics for `uri` at `version` arrive (for servers that send no version: the next ones). */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

export async function startBenchServer(repoRoot: string): Promise<BenchClient> {
  // REFERAT_BENCH_SERVER_ARGS passes Node options to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  const nodeArgs = (process.env.REFERAT_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  // REFERAT_BENCH_TRANSPORT=ipc connects as VS Code's client does (TransportKind.ipc: Node's IPC
  // channel, JSON per line); the default is stdio with Content-Length headers, as other editors do.
  const ipc = process.env.REFERAT_BENCH_TRANSPORT === 'ipc';
  const server = join(repoRoot, 'dist', 'server.js');
  const child: ChildProcess = ipc
    ? spawn(process.execPath, [...nodeArgs, server, '--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
    : spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = ipc
    ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const versions = new Map<string, number>();
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const fresh = (p: PublishDiagnosticsParams, uri: string, version: number) => p.uri === uri && (p.version === undefined || p.version === version);
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (fresh(p, waiters[i].uri, waiters[i].version)) {
        waiters[i].resolve(p);
        waiters.splice(i, 1);
      }
    }
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    locale: 'en',
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { didSave: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        foldingRange: { lineFoldingOnly: true },
      },
    },
    workspaceFolders: null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    capabilities: result.capabilities,
    open(uri, text) {
      versions.set(uri, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text } });
    },
    change(uri, changes) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
      return version;
    },
    diagnostics(uri, version) {
      // Only a notification that names this version counts from before the call; one without a
      // version counts only when it arrives after (callers ask right after sending the change).
      const have = latest.get(uri);
      if (have && have.version === version) return Promise.resolve(have);
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    async stop() {
      try {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // already gone
      }
      // Let the server exit on its own (a --cpu-prof profile is written at exit), then make sure.
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 2000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}
