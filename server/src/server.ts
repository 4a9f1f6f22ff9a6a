// The language server: the only file that knows the protocol's connection. It keeps the open
// documents, parses each version once (DocumentCache), hands the model to one small provider
// per feature in languageFeatures/, publishes diagnostics, and feeds the workspace index.

import {
  CodeActionRequest,
  CodeLensRefreshRequest,
  CodeLensRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  ResponseError,
  SelectionRangeRequest,
  WorkspaceSymbolRequest,
  type WorkspaceSymbolParams,
  MessageType,
  RequestType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
// Node's platform here; the browser build swaps in ./platform/browser (scripts/build.mjs).
import { platform } from './platform/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compileCaseNumberPatterns, looksLikeMinutes, type ReferatDocument } from './parser';
import { DocumentCache } from './documentCache';
import { PublishedDiagnostics } from './publishedDiagnostics';
import { recordingEdits } from './documentEdits';
import { DiagnosticsSchedule } from './diagnosticsSchedule';
import { diagnosticsOf, ruleLevels, type DiagnosticOptions, type RuleLevels } from './diagnostics';
import { KleTable } from './kle/kleTable';
import { Messages } from './l10n';
import { NoteCounts } from './noteCounts';
import { IndexProgressReporter } from './indexProgress';
import { DEFAULT_SETTINGS, parseOptionsOf, readSettings, type Settings } from './settings';
import {
  CASES_REQUEST,
  COUNTERPART_REQUEST,
  EXTRACT_TEXT_REQUEST,
  extractedUriOf,
  type ExtractTextParams,
  type ExtractTextResult,
  type InitializationOptions,
  INDEX_CHANGED_NOTIFICATION,
  INDEX_STATUS_REQUEST,
  MEETINGS_REQUEST,
  NOTE_COUNTS_NOTIFICATION,
  READING_VIEW_REQUEST,
  type CounterpartParams,
  type CounterpartResult,
  type IndexStatusParams,
} from './protocol';
import { codeActions } from './languageFeatures/codeActions';
import { codeLenses } from './languageFeatures/codeLens';
import { crossMeetingLinks } from './languageFeatures/crossMeetingLinks';
import { counterpart, definition } from './languageFeatures/definition';
import { documentHighlights } from './languageFeatures/documentHighlights';
import { documentLinks } from './languageFeatures/documentLinks';
import { cachedDocumentSymbols } from './languageFeatures/documentSymbols';
import { foldingRanges } from './languageFeatures/folding';
import { hover } from './languageFeatures/hover';
import { readingViewModel } from './languageFeatures/readingView';
import { references } from './languageFeatures/references';
import { selectionRanges } from './languageFeatures/selectionRanges';
import { workspaceSymbols } from './languageFeatures/workspaceSymbols';
import { alsoInMarkdown } from './workspace/alsoIn';
import { rootsOf } from './workspace/roots';
import { uriKey } from './workspace/uriKey';
import { caseEntries, committeeEntries } from './workspace/views';
import { WorkspaceIndex, type IndexSource } from './workspace/workspaceIndex';
import { describeFailure, describeWarnings } from './extract/describe';

const connection = platform.createConnection();
const cache = new DocumentCache();
const publishedDiagnostics = new PublishedDiagnostics();
const documents = new TextDocuments(
  recordingEdits((uri, from, to, edit) => {
    cache.edited(uri, from, to, edit);
    publishedDiagnostics.edited(uri, from, to, edit);
  }),
);
const noteCounts = new NoteCounts();
let messages = new Messages('en');
let settings: Settings = DEFAULT_SETTINGS;
let levels: RuleLevels = ruleLevels().levels;
let canPullConfiguration = false;
let canRefreshCodeLenses = false;
let workspaceRoots: readonly string[] = [];
/** The extension's root, from the client's initializationOptions (the web worker's pdf.js is there). */
let extensionUri: string | undefined;
/** Patterns already warned about, so a settings change warns once, not on every pull. */
let warnedPatterns = '';
/** The KLE emne titles shipped in data/ (platform/: beside the bundle, or inside it). */
const kle = loadKleTable();

/** Indstilling <-> Beslutning of this meeting: the client's "Go to Beslutning/Indstilling". */
const CounterpartRequest = new RequestType<CounterpartParams, CounterpartResult, void>(COUNTERPART_REQUEST);

function loadKleTable(): KleTable {
  try {
    return new KleTable(platform.kleTable());
  } catch (e) {
    // Without the table, hovers say every emne is unknown; the rest works.
    connection.console.warn(`could not read the KLE table: ${String(e)}`);
    return KleTable.empty;
  }
}

const errorText = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));

/** The open document for a URI, however the client spelled it. */
function openDocument(uri: string): TextDocument | undefined {
  const key = uriKey(uri);
  return documents.get(uri) ?? documents.all().find((d) => uriKey(d.uri) === key);
}

/** The answer to a cancelled request: the editor drops it, where an empty result would show. */
const cancelled = () => new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'request cancelled');

/**
 * Runs a request handler so that a bug in one feature answers empty and is logged, instead of
 * taking the server down with it; so do params that name no open document (null, malformed).
 * Cancelled work answers RequestCancelled. Requests are answered once the settings are read, at
 * start-up and after a change: the Outline is asked for as a document opens (or, after
 * referat.outline.subHeadings changes, once by the client) and not again, so an answer from the
 * settings before would stay.
 */
function guarded<P extends { textDocument: { uri: string } }, R>(
  name: string,
  empty: R,
  handler: (doc: ReferatDocument, params: P, token: CancellationToken) => R | Promise<R>,
) {
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
    await settingsPulled;
    if (token.isCancellationRequested) return cancelled();
    const uri: unknown = (params as Partial<P> | null)?.textDocument?.uri;
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) return empty;
    index.userActive();
    let result: R;
    try {
      result = await handler(cache.get(document), params, token);
    } catch (e) {
      connection.console.error(`${name} failed for ${uri}: ${errorText(e)}`);
      return empty;
    }
    return token.isCancellationRequested ? cancelled() : result;
  };
}

// ---- Lifecycle and settings ----------------------------------------------------------------

connection.onInitialize((params: InitializeParams): InitializeResult => {
  messages = new Messages(params.locale);
  const options = params.initializationOptions as InitializationOptions | undefined;
  extensionUri = typeof options?.extensionUri === 'string' ? options.extensionUri : undefined;
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  workspaceRoots = rootsOf(params);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Referat' },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
      definitionProvider: true,
      documentLinkProvider: { resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      selectionRangeProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'referat-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // The index parses with the user's case-number patterns, so it starts once they are known.
  void pullSettings().then(() => index.setRoots(workspaceRoots));
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    const removed = new Set(e.removed.map((f) => f.uri));
    workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => f.uri)];
    index.setRoots(workspaceRoots);
  });
});

connection.onDidChangeConfiguration(() => {
  settingsPulled = pullSettings();
});

// Nothing is published before the settings are read, so no diagnostic shows with a severity
// the user has changed.
let settingsRead: () => void = () => undefined;
const settingsReady = new Promise<void>((resolve) => (settingsRead = resolve));
/** The settings as last asked for: requests wait for them (see guarded). */
let settingsPulled = settingsReady;

async function pullSettings(): Promise<void> {
  if (!canPullConfiguration) return settingsRead();
  try {
    settings = readSettings(await connection.workspace.getConfiguration('referat'));
    cache.setOptions(parseOptionsOf(settings));
    index.parseOptionsChanged(JSON.stringify(cache.parseOptions));
    warnAboutInvalidPatterns();
    if (canRefreshCodeLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    levels = ruleLevelsOf(settings);
    workspaceDiagnosticsChanged();
  } catch (e) {
    connection.console.warn(`could not read settings: ${String(e)}`);
  }
  settingsRead();
  for (const document of documents.all()) diagnosticsSchedule.soon(document.uri);
}

/** A pattern that is no regular expression is skipped by the parser; the user hears of it once. */
function warnAboutInvalidPatterns(): void {
  const errors = compileCaseNumberPatterns(parseOptionsOf(settings).caseNumberPatterns ?? []).errors;
  const key = errors.map((e) => `${e.name}: ${e.message}`).join('; ');
  if (key === warnedPatterns) return;
  warnedPatterns = key;
  // A notification (window/showMessage), not showWarningMessage: that one is a request, and a
  // client that does not answer it would reject the promise and take the server down.
  if (errors.length > 0) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: messages.t('warning.caseNumberPatterns', key) });
}

function ruleLevelsOf(s: Settings): RuleLevels {
  const { levels: resolved, invalid } = ruleLevels(s.rules);
  if (invalid.length > 0) connection.console.warn(`referat.rules: ignored ${invalid.join(', ')} (not a rule code and a level off|error|warning|information|hint)`);
  return resolved;
}

// Notes per item, from the client (the notes live in sidecar files it keeps).
connection.onNotification(NOTE_COUNTS_NOTIFICATION, (params: unknown) => {
  if (!noteCounts.set(params)) connection.console.warn(`${NOTE_COUNTS_NOTIFICATION}: malformed parameters ignored`);
});

// ---- Features of the open document ---------------------------------------------------------
// Registered with onRequest, not the library's onDocumentSymbol & co.: those read
// params.workDoneToken before our handler runs and answer null params with an internal error.
// We report no progress on them, so nothing is lost.

connection.onRequest(DocumentSymbolRequest.type, guarded('documentSymbol', [], (doc, params, token) => cachedDocumentSymbols(doc, messages, noteCounts.get(params.textDocument.uri), { subHeadings: settings.outlineSubHeadings }, cache.origin(params.textDocument.uri), token)));
connection.onRequest(FoldingRangeRequest.type, guarded('foldingRange', [], (doc, _params, token) => foldingRanges(doc, token)));
connection.onRequest(SelectionRangeRequest.type, guarded('selectionRange', [], (doc, params, token) => selectionRanges(doc, params.positions, token)));
connection.onRequest(
  HoverRequest.type,
  guarded('hover', null, (doc, params, token) =>
    hover(
      doc,
      params.position,
      {
        messages,
        kle,
        noteCounts: noteCounts.get(params.textDocument.uri),
        alsoIn: (caseNumber) => alsoInMarkdown(index.summaries(), params.textDocument.uri, caseNumber, messages),
      },
      token,
    ),
  ),
);
connection.onRequest(DefinitionRequest.type, guarded('definition', [], (doc, params, token) => definition(doc, params.textDocument.uri, params.position, token)));
connection.onRequest(CounterpartRequest, guarded('counterpart', null, (doc, params, token) => counterpart(doc, params.textDocument.uri, params.position, token)));
// The reading view (client/src/readingView/): its model, from the cached parse.
connection.onRequest(READING_VIEW_REQUEST, guarded('readingView', null, (doc, _params: { textDocument: { uri: string } }, token) => readingViewModel(doc, token)));
connection.onRequest(CodeLensRequest.type, guarded('codeLens', [], (doc, params, token) => codeLenses(doc, params.textDocument.uri, messages, token)));
connection.onRequest(
  DocumentLinkRequest.type,
  guarded('documentLink', [], (doc, params, token) => [
    ...documentLinks(doc, params.textDocument.uri, messages, token),
    ...crossMeetingLinks(doc, [...index.summaries()], messages, token),
  ]),
);
connection.onRequest(
  ReferencesRequest.type,
  guarded('references', [], async (doc, params, token) => {
    await workspaceRead('references', token);
    return references(doc, params.textDocument.uri, params.position, index.summaries(), token);
  }),
);
connection.onRequest(DocumentHighlightRequest.type, guarded('documentHighlight', [], (doc, params, token) => documentHighlights(doc, params.position, token)));
connection.onRequest(
  CodeActionRequest.type,
  guarded('codeAction', [], (doc, params, token) => codeActions(doc, params.textDocument.uri, params.range, params.context.diagnostics, messages, diagnosticOptions(), token)),
);

// ---- PDFs and web pages ---------------------------------------------------------------------

/** Extracted texts, once per file version, for "Open as referat" and the index alike. */
const extracted = platform.extractedTexts(connection, () => extensionUri);

/**
 * The text of a PDF or web page for the client's read-only referat. Progress by page goes to
 * the client's work-done token; a cancelled request stops between pages. A file that cannot
 * be read answers with the reason in the user's words, never an error.
 */
connection.onRequest(EXTRACT_TEXT_REQUEST, async (params: ExtractTextParams | null, token): Promise<ExtractTextResult> => {
  const uri = params?.uri;
  if (typeof uri !== 'string' || !extractedUriOf(uri)) return { ok: false, reason: 'unreadable', message: messages.t('extract.notAFile') };
  const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
  try {
    let last = -1;
    const file = await extracted.get(
      uri,
      (done, total) => {
        const percentage = Math.floor((done / Math.max(1, total)) * 100);
        if (percentage === last) return;
        last = percentage;
        progress.report(percentage, messages.t('extract.progress', done, total));
      },
      token,
    );
    if (token.isCancellationRequested) return cancelledExtraction();
    if (file === null) return { ok: false, reason: 'gone', message: messages.t('extract.notAFile') };
    const result = file.result;
    if (!result.ok) return result.reason === 'cancelled' ? cancelledExtraction() : { ok: false, reason: result.reason, message: describeFailure(result, messages) };
    const warnings = describeWarnings(result, messages);
    return { ok: true, text: result.text, pages: result.pages, kind: result.kind, minutes: looksLikeMinutes(result.text), ...(warnings.length > 0 ? { warning: warnings.join(' ') } : {}) };
  } catch (e) {
    connection.console.warn(`could not read ${uri}: ${errorText(e)}`);
    return { ok: false, reason: 'unreadable', message: messages.t('extract.unreadable', e instanceof Error ? e.message : String(e)) };
  } finally {
    progress.done();
  }
});

const cancelledExtraction = (): ExtractTextResult => ({ ok: false, reason: 'cancelled', message: messages.t('extract.cancelled') });

// ---- The workspace index -------------------------------------------------------------------

/** Every referat in the workspace, summarised in the background; see workspace/workspaceIndex.ts. */
const index = new WorkspaceIndex(
  reportingLoads(
    platform.indexSource({
      openModel: (uri) => {
        const document = openDocument(uri);
        return document ? cache.get(document) : null;
      },
      get parseOptions() {
        return cache.parseOptions;
      },
      get roots() {
        return workspaceRoots;
      },
      extracted,
    }, connection),
  ),
  (status) => void connection.sendNotification(INDEX_CHANGED_NOTIFICATION, status).catch(() => undefined),
  (uri, e) => connection.console.warn(`could not index ${uri}: ${e instanceof Error ? e.message : String(e)}`),
  (progress) => indexProgress.update(progress),
);

/** The index's walks as work-done progress in the status bar (indexProgress.ts). */
const indexProgress = new IndexProgressReporter(
  () => connection.window.createWorkDoneProgress(),
  () => messages,
);

/**
 * A workspace-wide request waits, at most this long, for the index to read the workspace:
 * right after start-up it has read nothing, and an answer then would miss every other file.
 */
const WORKSPACE_WAIT_MS = 3000;

/** Waits for the index (within WORKSPACE_WAIT_MS); when it is not ready by then, says so in the log. */
async function workspaceRead(request: string, token: CancellationToken): Promise<void> {
  if (await index.whenCaughtUp(WORKSPACE_WAIT_MS, token)) return;
  if (!token.isCancellationRequested) {
    connection.console.info(`${request}: answered from ${index.status().files} indexed files, ${index.status().pending} still to read (the index is still reading the workspace)`);
  }
}

connection.onRequest(WorkspaceSymbolRequest.type, async (params: WorkspaceSymbolParams | null, token) => {
  if (typeof params?.query !== 'string') return [];
  try {
    await workspaceRead('workspaceSymbol', token);
    if (token.isCancellationRequested) return cancelled();
    const symbols = workspaceSymbols(index.summaries(), params.query, messages, token);
    return token.isCancellationRequested ? cancelled() : symbols;
  } catch (e) {
    connection.console.error(`workspaceSymbol failed: ${errorText(e)}`);
    return [];
  }
});
// The "Sager" and "Møder" views, and index readiness for tests and the views' progress.
connection.onRequest(CASES_REQUEST, () => caseEntries(index.summaries(), messages));
connection.onRequest(MEETINGS_REQUEST, () => committeeEntries(index.summaries(), messages));
connection.onRequest(INDEX_STATUS_REQUEST, async (params: IndexStatusParams | undefined) => {
  // Asked right after start-up, the index may not have started yet: it is idle, but not done.
  if (params?.wait) {
    await index.whenCaughtUp(Infinity);
    await index.whenIdle();
  }
  return index.status();
});
connection.onDidChangeWatchedFiles((params) => {
  // A PDF is indexed as its read-only referat (workspace/fileSource.ts).
  for (const change of params.changes) index.changedOnDisk(extractedUriOf(change.uri) ?? change.uri);
});

// ---- Diagnostics ---------------------------------------------------------------------------

// After an edit: at once when the last computation was cheap, else once typing pauses for
// twice what it cost (diagnosticsSchedule.ts).
const diagnosticsSchedule = new DiagnosticsSchedule((uri) => void settingsReady.then(() => publishDiagnostics(uri)));

function diagnosticOptions(): DiagnosticOptions {
  return { levels, kle, onRuleError: (code, e) => connection.console.error(`rule ${code} failed: ${errorText(e)}`) };
}

function publishDiagnostics(uri: string): void {
  const document = documents.get(uri);
  if (!document) return;
  try {
    const model = cache.get(document);
    const started = performance.now();
    const diagnostics = publishedDiagnostics.next(model, uri, document.version, messages, diagnosticOptions());
    diagnosticsSchedule.costWas(uri, performance.now() - started);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics }).catch(() => undefined);
  } catch (e) {
    connection.console.error(`diagnostics failed for ${uri}: ${errorText(e)}`);
  }
}

/**
 * Workspace diagnostics (referat.workspaceDiagnostics): files that are not open are published
 * as the workspace index reads them, so they cost no second parse. Open documents are left to
 * the publishing above; a closed one is read again by the index and published from disk.
 */
const workspacePublished = new Set<string>();
let workspaceDiagnosticsKey = '';

function reportingLoads(source: IndexSource): IndexSource {
  return {
    discover: (roots) => source.discover(roots),
    readAhead: (uri) => source.readAhead?.(uri),
    forget: (uri) => source.forget?.(uri),
    async load(uri) {
      const model = await source.load(uri);
      publishWorkspaceDiagnostics(uri, model);
      return model;
    },
  };
}

function publishWorkspaceDiagnostics(uri: string, model: ReferatDocument | null): void {
  if (openDocument(uri)) return;
  try {
    if (model && settings.workspaceDiagnostics) {
      const diagnostics = diagnosticsOf(model, uri, messages, diagnosticOptions());
      void connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
      workspacePublished.add(uri);
    } else if (workspacePublished.delete(uri)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    }
  } catch (e) {
    connection.console.error(`diagnostics failed for ${uri}: ${errorText(e)}`);
  }
}

/** Settings that change what the workspace shows: clear it, or read the workspace again. */
function workspaceDiagnosticsChanged(): void {
  const key = JSON.stringify([settings.workspaceDiagnostics, settings.rules]);
  if (key === workspaceDiagnosticsKey) return;
  const first = workspaceDiagnosticsKey === '';
  workspaceDiagnosticsKey = key;
  if (!settings.workspaceDiagnostics) {
    for (const uri of workspacePublished) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    workspacePublished.clear();
  } else if (!first && index.folders.length > 0) {
    index.reindexAll();
  }
}

// ---- Open documents ------------------------------------------------------------------------

documents.onDidOpen((e) => diagnosticsSchedule.soon(e.document.uri));
documents.onDidChangeContent((e) => {
  const { uri, version } = e.document;
  // Opening counts at once; edits once typing pauses, so the index adds no parse per keystroke.
  if (version > 1) index.edited(uri, 300);
  else index.touch(uri, true);
  // Opening fires this too; the first publish of a document is not delayed.
  // The parse counts even when a request makes it first: publishing needs one.
  if (version > 1 || !diagnosticsSchedule.isPending(uri)) diagnosticsSchedule.changed(uri, cache.parseCost(uri));
});
documents.onDidClose((e) => {
  const { uri } = e.document;
  cache.delete(uri);
  diagnosticsSchedule.closed(uri);
  publishedDiagnostics.forget(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  // Back to what is on disk (or out of the index, if it was never in the workspace); the
  // index publishes its workspace diagnostics again as it reads the file.
  index.touch(uri);
});

documents.listen(connection);
connection.listen();
