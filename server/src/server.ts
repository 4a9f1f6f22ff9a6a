// The language server: the only file that knows the protocol's connection. It keeps the open
// documents, parses each version once (DocumentCache), and hands the model to one small
// provider per feature in languageFeatures/.

import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from './documentCache';
import { Messages } from './l10n';
import { DEFAULT_SETTINGS, parseOptionsOf, readSettings, type Settings } from './settings';
import { documentSymbols } from './languageFeatures/documentSymbols';
import { foldingRanges } from './languageFeatures/folding';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new DocumentCache();
let messages = new Messages('en');
let settings: Settings = DEFAULT_SETTINGS;
let canPullConfiguration = false;

/**
 * Runs a request handler so that a bug in one feature answers empty and is logged, instead of
 * taking the server down with it. Cancelled work answers empty too.
 */
function guarded<P extends { textDocument: { uri: string } }, R>(
  name: string,
  empty: R,
  handler: (doc: ReturnType<DocumentCache['get']>, params: P, token: CancellationToken) => R,
) {
  return (params: P, token: CancellationToken): R => {
    const document = documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return empty;
    try {
      const result = handler(cache.get(document), params, token);
      return token.isCancellationRequested ? empty : result;
    } catch (e) {
      connection.console.error(`${name} failed for ${params.textDocument.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return empty;
    }
  };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  messages = new Messages(params.locale);
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Referat' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'referat-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  void pullSettings();
});

async function pullSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    settings = readSettings(await connection.workspace.getConfiguration('referat'));
    cache.setOptions(parseOptionsOf(settings));
  } catch (e) {
    connection.console.warn(`could not read settings: ${String(e)}`);
  }
}

connection.onDidChangeConfiguration(() => {
  void pullSettings();
});

connection.onDocumentSymbol(guarded('documentSymbol', [], (doc, _params, token) => documentSymbols(doc, messages, null, token)));
connection.onFoldingRanges(guarded('foldingRange', [], (doc, _params, token) => foldingRanges(doc, token)));

documents.onDidClose((e) => cache.delete(e.document.uri));
documents.listen(connection);
connection.listen();

export { settings };
