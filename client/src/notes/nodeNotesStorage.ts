// Notes on the local disk: sidecars next to `file:` documents, written atomically and under a
// lock file (nodeFileSystem.ts, sidecarLock.ts).

import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import { SIDECAR_SUFFIX, sidecarPathOf } from './model';
import { nodeFileSystem } from './nodeFileSystem';
import type { NotesStorage } from './notesStorage';

export const nodeNotesStorage: NotesStorage = {
  holds: (uri) => uri.scheme === 'file',
  sidecarPathOf: (documentUri) => sidecarPathOf(documentUri.fsPath),
  documentOf: (sidecar) => vscode.Uri.file(sidecar.fsPath.slice(0, -SIDECAR_SUFFIX.length)),
  fileSystem: nodeFileSystem,
  readText: (documentUri) => fs.readFile(documentUri.fsPath, 'utf8'),
  userName() {
    try {
      return userInfo().username || undefined;
    } catch {
      return undefined;
    }
  },
};
