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
  /** Whether the server was started with the heap probe, so `memory()` and `cpuMs()` answer. */
  readonly probed: boolean;
  /** The server's memory, asked of it after a full collection (only when started with `heapProbe`). */
  memory(): Promise<ServerMemory>;
  /** The CPU time the server process has used, in ms (only when started with `heapProbe`). */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

export interface ServerMemory {
  readonly cpuMs: number;
  /** Resident set as it was, then the heap and resident set after a full collection, in bytes. */
  readonly rss: number;
  readonly heapUsedAfterGc: number;
  readonly rssAfterGc: number;
}

export interface BenchServerOptions {
  /** bench/heapProbe.js, loaded into a server run with --expose-gc and an IPC channel, so `memory()` and `cpuMs()` work. */
  readonly heapProbe?: string;
}

export async function startBenchServer(repoRoot: string, options: BenchServerOptions = {}): Promise<BenchClient> {
  // REFERAT_BENCH_SERVER_ARGS passes Node options to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  const nodeArgs = (process.env.REFERAT_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  if (options.heapProbe) nodeArgs.push('--expose-gc', '--require', options.heapProbe);
  // REFERAT_BENCH_TRANSPORT=ipc connects as VS Code's client does (TransportKind.ipc: Node's IPC
  // channel, JSON per line); the default is stdio with Content-Length headers, as other editors do.
  // The heap probe answers over the IPC channel, so a probed server talks LSP over stdio.
  const ipc = process.env.REFERAT_BENCH_TRANSPORT === 'ipc' && !options.heapProbe;
  // REFERAT_BENCH_SERVER runs another build's server (a copy of dist/server.js), so two builds
  // can be measured in turns on the same machine at the same load.
  const server = process.env.REFERAT_BENCH_SERVER ?? join(repoRoot, 'dist', 'server.js');
  const child: ChildProcess = ipc
    ? spawn(process.execPath, [...nodeArgs, server, '--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
    : spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit', ...(options.heapProbe ? ['ipc' as const] : [])] });
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
  // One question at a time: the bench awaits each answer before the next.
  const ask = <T>(question: string): Promise<T> => {
    if (!options.heapProbe) return Promise.reject(new Error(`${question}: start the server with heapProbe`));
    return new Promise<T>((resolve) => {
      child.once('message', (m) => resolve(m as T));
      child.send(question);
    });
  };
  return {
    connection,
    capabilities: result.capabilities,
    probed: !!options.heapProbe,
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
    memory: () => ask<ServerMemory>('memory'),
    cpuMs: () => ask<{ cpuMs: number }>('cpu').then((a) => a.cpuMs),
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
