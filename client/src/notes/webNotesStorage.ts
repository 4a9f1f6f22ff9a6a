// Notes in the browser (vscode.dev, github.dev, a code-server page): the same sidecar files,
// through vscode.workspace.fs, on any writable file system of the workspace; written by
// temporary file and rename, in turns through a lock file (workspaceFileSystem.ts). The
// read-only referat of a PDF or web page keeps its notes beside the source file, as on the
// desktop ("minutes.pdf.noter.json").

import * as vscode from 'vscode';
import { EXTRACTED_SCHEME } from '../../../server/src/protocol';
import { extractedDocumentUri, extractedText, sourceFileOf } from '../openAsReferat';
import { SIDECAR_SUFFIX } from './model';
import type { NotesStorage } from './notesStorage';
import { workspaceFileSystem } from './workspaceFileSystem';

const decoder = new TextDecoder('utf-8');

const sidecars = workspaceFileSystem({
  fs: vscode.workspace.fs,
  uriOf: (path) => vscode.Uri.parse(path),
  errorCode: (e) => (e instanceof vscode.FileSystemError ? e.code : undefined),
});

const writable = (uri: vscode.Uri) => uri.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true;

export const webNotesStorage: NotesStorage = {
  holds(uri) {
    const source = uri.scheme === EXTRACTED_SCHEME ? sourceFileOf(uri) : uri;
    return source !== null && writable(source);
  },
  sidecarPathOf(documentUri) {
    const file = sourceFileOf(documentUri) ?? documentUri;
    return file.with({ path: file.path + SIDECAR_SUFFIX }).toString();
  },
  documentOf(sidecar) {
    const file = sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
    return extractedDocumentUri(file) ?? file;
  },
  fileSystem: sidecars,
  async readText(documentUri) {
    const source = sourceFileOf(documentUri);
    return source ? extractedText(source) : decoder.decode(await vscode.workspace.fs.readFile(documentUri));
  },
  userName: () => undefined,
};
