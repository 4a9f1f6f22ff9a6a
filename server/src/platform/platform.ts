// What the server needs from where it runs, and nothing else: a connection to the client, the
// KLE table's text, the workspace index's source of files, and the texts of PDFs on disk. server.ts imports the Node
// implementation (node.ts); the browser build (scripts/build.mjs) swaps in browser.ts, so the
// web worker's bundle holds no Node built-in. Both export `platform: ServerPlatform`, so server.ts can use no more than this.

import type { Connection } from 'vscode-languageserver';
import type { EditorState } from '../workspace/indexSource';
import type { IndexSource } from '../workspace/workspaceIndex';
import type { ExtractedTexts } from '../workspace/extractedTexts';

export interface ServerPlatform {
  /** The connection to the client: stdio/IPC in Node, the worker's messages in a browser. */
  createConnection(): Connection;
  /** The KLE emne table (data/kle/kle-emner.tsv) as text; throws when it cannot be had. */
  kleTable(): string;
  /** The index's files: the disk in Node; in a browser, what the client lists and reads for it. */
  indexSource(editor: EditorState, connection: Connection): IndexSource;
  /**
   * PDFs' and web pages' texts, once per file version: read from the disk in Node; in a browser
   * read by the client through vscode.workspace.fs, with pdf.js loaded from `extensionUri()`.
   */
  extractedTexts(connection: Connection, extensionUri: () => string | undefined): Pick<ExtractedTexts, 'get'>;
}
