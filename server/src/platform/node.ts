// The server in a Node process (the desktop editor, code-server's Node extension host):
// stdio/IPC as the client chose, the KLE table beside the bundle, the disk for the index.

import { Console } from 'node:console';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createConnection, ProposedFeatures, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { StdoutMessageWriter } from './stdoutWriter';
import { diskAndEditorSource } from '../workspace/indexSource';
import { diskSourceFiles } from '../workspace/fileSource';
import { extractText } from '../extract';
import type { ServerPlatform } from './platform';
import { ExtractedTexts } from '../workspace/extractedTexts';

export const platform: ServerPlatform = {
  createConnection: () => (process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all)),
  // dist/server.js → data/ next to dist/, in the .vsix and in the repository.
  kleTable: () => readFileSync(path.join(__dirname, '..', 'data', 'kle', 'kle-emner.tsv'), 'utf8'),
  indexSource: (editor) => diskAndEditorSource(editor),
  extractedTexts: () => new ExtractedTexts(diskSourceFiles, extractText),
};

/**
 * Over stdio (Neovim, Helix, Emacs, the VS Code client too, see client/src/languageClient.ts)
 * messages are encoded by `jsonEncoder`, which sends again the bytes of symbols and
 * diagnostics it sent before, and written header and body at once (`stdoutWriter.ts`). Given the stdin stream, the library still ends the process when the client goes;
 * stdout carries the protocol, so whatever is logged goes to stderr, which editors show as the
 * server's log.
 */
function stdioConnection(): Connection {
  // Every console method (log, info, table, group, count, timeEnd, ...) of a console whose
  // stdout is stderr: a library that logs (pdf.js) must not write into the protocol.
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const [name, method] of Object.entries(toStderr)) if (typeof method === 'function') (console as unknown as Record<string, unknown>)[name] = method;
  const writer = new StdoutMessageWriter(process.stdout);
  // The library takes a stream or a reader/writer on either side (it wraps a stream itself, and
  // only for a stream it watches the end); its typings offer no mixed pair.
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, writer);
}
