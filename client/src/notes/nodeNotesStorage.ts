// Notes on the local disk: sidecars next to `file:` documents, written atomically and under a
// lock file (nodeFileSystem.ts, sidecarLock.ts). The read-only referat of a PDF or web page keeps
// its notes beside the source file ("minutes.pdf.noter.json"), so they follow the PDF.

import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import { SIDECAR_SUFFIX, sidecarPathOf } from './model';
import { nodeFileSystem } from './nodeFileSystem';
import type { NotesStorage } from './notesStorage';
import { EXTRACTED_SCHEME } from '../../../server/src/protocol';
import { extractedDocumentUri, extractedText, sourceFileOf } from '../openAsReferat';

export const nodeNotesStorage: NotesStorage = {
  holds: (uri) => uri.scheme === 'file' || uri.scheme === EXTRACTED_SCHEME,
  sidecarPathOf: (documentUri) => sidecarPathOf((sourceFileOf(documentUri) ?? documentUri).fsPath),
  documentOf(sidecar) {
    const file = vscode.Uri.file(sidecar.fsPath.slice(0, -SIDECAR_SUFFIX.length));
    return extractedDocumentUri(file) ?? file;
  },
  fileSystem: nodeFileSystem,
  readText(documentUri) {
    const pdf = sourceFileOf(documentUri);
    return pdf ? extractedText(pdf) : fs.readFile(documentUri.fsPath, 'utf8');
  },
  userName() {
    try {
      return userInfo().username || undefined;
    } catch {
      return undefined;
    }
  },
};
