// The workspace for the language server in a web worker, which cannot read it: the files under
// its roots, and a file's bytes and version, through vscode.workspace.fs (protocol.ts:
// referat/workspaceFiles, referat/readFile, referat/fileVersion). The server judges, decodes and
// extracts them (server/src/platform/browser.ts); it also reads its own extraction script
// (dist/web/extract.js) this way where it cannot fetch it.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FILE_VERSION_REQUEST,
  READ_FILE_REQUEST,
  WORKSPACE_FILES_REQUEST,
  type FileVersionParams,
  type ReadFileParams,
  type ReadFileResult,
  type WorkspaceFilesParams,
} from '../../server/src/protocol';

/** Bytes per String.fromCharCode call: well under the engines' argument limits. */
const CHUNK = 0x8000;

async function filesUnder(root: vscode.Uri): Promise<string[]> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(root);
  } catch {
    return []; // gone: nothing to index there
  }
  if (stat.type & vscode.FileType.File) return [root.toString()];
  // `null` exclude: the index's own rule (no node_modules, .git) applies on the server, and
  // files.exclude would hide what the user only hid from the Explorer.
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.{txt,referat,pdf,PDF}'), null);
  return found.map((u) => u.toString()).sort();
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** A file's version as the server compares them: its modification time and size. */
const versionOf = (stat: vscode.FileStat) => `${stat.mtime}:${stat.size}`;

async function fileVersion(params: FileVersionParams): Promise<string | null> {
  try {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(params.uri));
    return stat.type & vscode.FileType.File ? versionOf(stat) : null;
  } catch {
    return null;
  }
}

async function readFile(params: ReadFileParams): Promise<ReadFileResult> {
  const uri = vscode.Uri.parse(params.uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File) || stat.size > params.limit) return null;
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.length > params.limit ? null : { base64: base64Of(bytes), version: versionOf(stat) };
  } catch {
    return null; // gone or unreadable: the index drops it, as it does a vanished file on disk
  }
}

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(WORKSPACE_FILES_REQUEST, async (params: WorkspaceFilesParams) => {
      const lists = await Promise.all((params?.roots ?? []).map((root) => filesUnder(vscode.Uri.parse(root))));
      return lists.flat();
    }),
    client.onRequest(READ_FILE_REQUEST, (params: ReadFileParams) => readFile(params)),
    client.onRequest(FILE_VERSION_REQUEST, (params: FileVersionParams) => fileVersion(params)),
  );
}
