// The server in a Node process (the desktop editor, code-server's Node extension host):
// stdio/IPC as the client chose, the KLE table beside the bundle, the disk for the index.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { diskAndEditorSource } from '../workspace/indexSource';
import { diskSourceFiles } from '../workspace/fileSource';
import { extractText } from '../extract';
import type { ServerPlatform } from './platform';
import { ExtractedTexts } from '../workspace/extractedTexts';

export const platform: ServerPlatform = {
  createConnection: () => createConnection(ProposedFeatures.all),
  // dist/server.js → data/ next to dist/, in the .vsix and in the repository.
  kleTable: () => readFileSync(path.join(__dirname, '..', 'data', 'kle', 'kle-emner.tsv'), 'utf8'),
  indexSource: (editor) => diskAndEditorSource(editor),
  extractedTexts: () => new ExtractedTexts(diskSourceFiles, extractText),
};
