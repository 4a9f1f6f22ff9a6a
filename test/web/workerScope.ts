// A web worker's global scope for running dist/web/server.js in Node's vm, as a browser runs
// it: only a worker's globals (no require, no process, no Node built-in), LSP through
// postMessage, and what the test's "client" answers to the server's requests.

import assert from 'node:assert/strict';
import { MessageChannel } from 'node:worker_threads';
import * as vm from 'node:vm';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/** A worker's global scope, as far as the bundle may use it; everything else is missing. */
export class WorkerScope {
  readonly sent: Message[] = [];
  readonly channels: MessageChannel[] = [];
  private readonly waiting: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private nextId = 1;
  readonly context: vm.Context;
  /** Set by the bundle's BrowserMessageReader. */
  onmessage: ((event: { data: unknown }) => void) | null = null;
  /** What the server asks of the client, and the answers. */
  answers: Record<string, (params: any) => unknown> = {
    'workspace/configuration': () => [{}],
    'window/workDoneProgress/create': () => null,
    'client/registerCapability': () => null,
  };

  /** The scripts the worker ran with importScripts, by URL as it gave them. */
  readonly imported: string[] = [];
  /** blob: URLs made in the worker, as a browser keeps them. */
  private readonly blobs = new Map<string, string>();

  /** `scriptAt`: the text a worker fetches from a URL (not blob:), or undefined where it cannot (importScripts fails). */
  constructor(scriptAt: (url: string) => string | undefined = () => undefined) {
    const scope = this;
    let blobs = 0;
    class Blob {
      constructor(readonly parts: Uint8Array[]) {}
    }
    const WorkerURL = Object.assign(class extends URL {}, {
      createObjectURL(blob: Blob): string {
        const url = `blob:https://editor.example/${++blobs}`;
        scope.blobs.set(url, Buffer.concat(blob.parts).toString('utf8'));
        return url;
      },
      revokeObjectURL(url: string): void {
        scope.blobs.delete(url);
      },
    });
    const globals: Record<string, unknown> = {
      // A classic worker's synchronous script loading; a URL it cannot reach throws, as there.
      importScripts(url: string) {
        const text = url.startsWith('blob:') ? scope.blobs.get(url) : scriptAt(url);
        if (text === undefined) throw new Error(`NetworkError: Failed to execute 'importScripts': ${url} failed to load`);
        scope.imported.push(url);
        vm.runInContext(text, scope.context, { filename: url });
      },
      Blob,
      URL: WorkerURL,
      // What pdf.js uses of the rest a worker has.
      ReadableStream,
      WritableStream,
      TransformStream,
      URLSearchParams,
      structuredClone,
      AbortController,
      AbortSignal,
      EventTarget,
      Event,
      DOMException,
      navigator: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/132.0', platform: 'Linux x86_64', language: 'da' },
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      TextEncoder,
      TextDecoder,
      atob,
      btoa,
      performance,
      // A browser's ports end with the worker; these, with the test (after()).
      MessageChannel: class extends MessageChannel {
        constructor() {
          super();
          scope.channels.push(this);
        }
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      postMessage: (data: Message) => scope.received(data),
      close: () => undefined,
    };
    this.context = vm.createContext(globals);
    Object.defineProperty(globals, 'onmessage', {
      get: () => scope.onmessage,
      set: (handler) => (scope.onmessage = handler),
    });
    vm.runInContext('self = globalThis;', this.context);
  }

  private received(data: Message): void {
    // Cloned, as postMessage clones: objects of this realm, not the worker's.
    const message = structuredClone(data);
    this.sent.push(message);
    if (message.method && message.id !== undefined) {
      // A request of the server: answered as an editor would.
      const result = message.method in this.answers ? this.answers[message.method](message.params) : null;
      this.deliver({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    const i = this.waiting.findIndex((w) => w.match(message));
    if (i >= 0) this.waiting.splice(i, 1)[0].resolve(message);
  }

  private deliver(message: Message): void {
    assert.ok(this.onmessage, 'the server listens on the worker scope');
    this.onmessage({ data: message });
  }

  next(match: (m: Message) => boolean): Promise<Message> {
    const seen = this.sent.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiting.push({ match, resolve }));
  }

  async request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    const answer = this.next((m) => m.id === id && m.method === undefined);
    this.deliver({ jsonrpc: '2.0', id, method, params });
    const message = await answer;
    assert.equal(message.error, undefined, `${method}: ${message.error?.message}`);
    return message.result;
  }

  notify(method: string, params: unknown): void {
    this.deliver({ jsonrpc: '2.0', method, params });
  }
}
