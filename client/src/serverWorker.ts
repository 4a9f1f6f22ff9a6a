// The language server's web worker, made from the bundle's URL where the editor allows that
// (vscode.dev serves extensions over https), else from the bundle's text as a blob: URL of
// this origin. An extension served by a VS Code server (code-server, a remote) has a
// vscode-remote: URI, and the web extension host refuses a Worker from one ("Creating workers
// from remote extensions is currently not supported"); it accepts a blob: URL. Pure (the
// browser's globals and the reading of the bundle are passed in), so both ways are tested.

/** What the browser gives for making the worker; the project's typings have no DOM library. */
export interface WorkerGlobals<W> {
  Worker: new (url: string, options?: { name?: string }) => W;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

export interface ServerWorkerOptions {
  /** The worker's name, for the browser's debugger. */
  readonly name: string;
  /** Said once when the URL was refused, for whoever debugs. */
  readonly log?: (message: string) => void;
}

export async function startServerWorker<W>(url: string, readBundle: () => PromiseLike<Uint8Array>, web: WorkerGlobals<W>, options: ServerWorkerOptions): Promise<W> {
  const workerOptions = { name: options.name };
  try {
    return new web.Worker(url, workerOptions);
  } catch (e) {
    options.log?.(`Referat: the language server's worker starts from a blob: URL (${e instanceof Error ? e.message : String(e)})`);
  }
  const source = await readBundle();
  return new web.Worker(web.URL.createObjectURL(new web.Blob([source], { type: 'text/javascript' })), workerOptions);
}
