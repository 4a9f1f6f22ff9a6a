// Notes in the browser (vscode.dev, github.dev, a code-server page): the same sidecar files,
// through vscode.workspace.fs, on any writable file system of the workspace. What the browser
// cannot give: an atomic replace (workspace.fs.writeFile is one write; the providers of
// vscode.dev and github.dev replace the file whole) and a lock other windows see; the store
// still merges with what is on disk before each write, and writes of this window take turns.

import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from './model';
import type { NotesStorage } from './notesStorage';
import type { SidecarFileSystem } from './store';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

const isGone = (e: unknown) => e instanceof vscode.FileSystemError && e.code === 'FileNotFound';

/** Writers of one sidecar in this window, in turn. */
const turns = new Map<string, Promise<unknown>>();

const workspaceFileSystem: SidecarFileSystem = {
  async read(path) {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(path)));
    } catch (e) {
      if (isGone(e)) return undefined;
      throw e;
    }
  },
  async writeAtomic(path, text) {
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(path), encoder.encode(text));
  },
  exclusive(path, action) {
    const run = (turns.get(path) ?? Promise.resolve()).catch(() => undefined).then(action);
    turns.set(path, run);
    return run;
  },
};

export const webNotesStorage: NotesStorage = {
  holds: (uri) => uri.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true,
  sidecarPathOf: (documentUri) => documentUri.with({ path: documentUri.path + SIDECAR_SUFFIX }).toString(),
  documentOf: (sidecar) => sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) }),
  fileSystem: workspaceFileSystem,
  readText: async (documentUri) => decoder.decode(await vscode.workspace.fs.readFile(documentUri)),
  userName: () => undefined,
};
