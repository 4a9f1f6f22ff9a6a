// Figures through the real server: dist/server.js over stdio, the client in this process, so
// each time includes JSON-RPC both ways, as an editor sees it. REFERAT_BENCH_TRANSPORT=ipc
// connects over Node's IPC channel instead, as VS Code's client does (bench/lspClient.ts).

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DidCloseTextDocumentNotification, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import type { BenchInput } from './inputs';
import { startBenchServer, type BenchClient } from './lspClient';
import { summarise, timeAsync, type Timing } from './stats';
import { runsFor } from './inProcess';
import { Typist } from './typing';

/** The seed of the random keystrokes: fixed, so runs compare. */
const TYPING_SEED = 9;

export interface ServerFigure {
  readonly input: string;
  readonly bytes: number;
  /** didOpen until the first outline arrives: transfer, parse and symbols. */
  readonly openToSymbols: Timing;
  /** Outline of an unchanged document (the model is cached per version). */
  readonly symbols: Timing;
  readonly folding: Timing;
  /** Hover on an item heading; null when the server has no hover yet. */
  readonly hover: Timing | null;
  /** Pull diagnostics of an unchanged document; null when the server only pushes. */
  readonly diagnosticsPull: Timing | null;
  /** A one-character edit until the outline of the new version arrives. */
  readonly editToSymbols: Timing;
  /** A one-character edit until diagnostics of the new version arrive; null without diagnostics. */
  readonly editToDiagnostics: Timing | null;
  /** A one-character edit until both have arrived (requested together, as editors do). */
  readonly editToBoth: Timing;
  /** A letter typed at a random place (seeded) until the outline of the new version arrives. */
  readonly typingAnywhere: TypingFigure;
  /** A letter typed in a random item's title (seeded) until the outline of the new version arrives. */
  readonly typingInTitles: TypingFigure;
  /** The same at a typist's pace (a letter every TYPIST_PACE_MS), random places and titles. */
  readonly typingPaced: TypingFigure;
  readonly typingPacedInTitles: TypingFigure;
  readonly symbolCount: number;
  readonly capabilities: { hover: boolean; pushDiagnostics: boolean; pullDiagnostics: boolean };
}

export interface TypingFigure {
  readonly toSymbols: Timing;
  /**
   * The server's CPU time per letter (mean over the measured runs), what the load of a shared
   * machine does not change as it changes the wall-clock times. Null over IPC, where the
   * channel the probe answers on carries the protocol.
   */
  readonly serverCpuMs: number | null;
}

interface EditPoint {
  line: number;
  character: number;
}

/** A paragraph line in the middle of the document: the edit point and the hover point. */
function pointsIn(text: string): { edit: EditPoint; hover: EditPoint } {
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  let heading = middle;
  while (heading < lines.length && !/^Punkt \d+:/.test(lines[heading])) heading++;
  if (heading >= lines.length) heading = middle;
  let paragraph = heading + 1;
  while (paragraph < lines.length && lines[paragraph].length < 80) paragraph++;
  if (paragraph >= lines.length) paragraph = middle;
  return { edit: { line: paragraph, character: 10 }, hover: { line: heading, character: 2 } };
}

/** `heapProbe`: the bundled bench/heapProbe.ts, through which the server tells its CPU time (over stdio). */
export async function serverFigure(repoRoot: string, heapProbe: string, input: BenchInput): Promise<ServerFigure> {
  const text = readFileSync(input.path, 'utf8');
  const runs = runsFor(input.bytes);
  const client = await startBenchServer(repoRoot, process.env.REFERAT_BENCH_TRANSPORT === 'ipc' ? {} : { heapProbe });
  try {
    return await measure(client, input, text, runs);
  } finally {
    await client.stop();
  }
}

async function measure(client: BenchClient, input: BenchInput, text: string, runs: { warmup: number; runs: number }): Promise<ServerFigure> {
  const { connection, capabilities } = client;
  const hasHover = !!capabilities.hoverProvider;
  const pull = !!capabilities.diagnosticProvider;
  const symbolsOf = (uri: string) => connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<unknown[]>;

  // Open: each run a new document, closed afterwards so the server holds one at a time.
  let opened = 0;
  const openToSymbols = await timeAsync(
    async () => {
      const uri = pathToFileURL(`/bench/open-${opened++}-${input.name}.txt`).toString();
      client.open(uri, text);
      await symbolsOf(uri);
      await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    { warmup: 1, runs: Math.min(runs.runs, 10) },
  );

  const uri = pathToFileURL(`/bench/${input.name}.txt`).toString();
  client.open(uri, text);
  const first = await symbolsOf(uri);
  if (!pull && capabilities.textDocumentSync !== undefined) await Promise.race([client.diagnostics(uri, 1), new Promise((r) => setTimeout(r, 2000))]);
  const { edit, hover: hoverAt } = pointsIn(text);

  const symbols = await timeAsync(() => symbolsOf(uri), runs);
  const folding = await timeAsync(() => connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }), runs);
  const hover = hasHover ? await timeAsync(() => connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt }), runs) : null;
  const diagnosticsPull = pull ? await timeAsync(() => connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), runs) : null;

  // Edits alternate: insert one character, then delete it, so the document keeps its size.
  let inserted = false;
  const oneEdit = () => {
    const change = inserted
      ? { range: { start: edit, end: { line: edit.line, character: edit.character + 1 } }, text: '' }
      : { range: { start: edit, end: edit }, text: 'x' };
    inserted = !inserted;
    return client.change(uri, [change]);
  };
  const freshDiagnostics = (version: number): Promise<unknown> =>
    pull ? connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) : client.diagnostics(uri, version);
  const editRuns = { warmup: runs.warmup, runs: Math.max(runs.runs, 20) };
  const editToSymbols = await timeAsync(async () => {
    oneEdit();
    await symbolsOf(uri);
  }, editRuns);
  const diagnosticsAvailable = pull || (await hasPushDiagnostics(client, uri, oneEdit));
  const editToDiagnostics = diagnosticsAvailable ? await timeAsync(() => freshDiagnostics(oneEdit()), editRuns) : null;
  const editToBoth = await timeAsync(async () => {
    const version = oneEdit();
    await Promise.all([symbolsOf(uri), diagnosticsAvailable ? freshDiagnostics(version) : Promise.resolve()]);
  }, editRuns);
  await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  const typingRuns = { warmup: runs.warmup, runs: input.bytes >= 5_000_000 ? 50 : 200 };
  const typing = await typingFigures(client, input, text, typingRuns);
  return {
    input: input.name,
    bytes: input.bytes,
    openToSymbols,
    symbols,
    folding,
    hover,
    diagnosticsPull,
    editToSymbols,
    editToDiagnostics,
    editToBoth,
    typingAnywhere: typing.anywhere,
    typingInTitles: typing.inTitles,
    typingPaced: typing.pacedAnywhere,
    typingPacedInTitles: typing.pacedInTitles,
    symbolCount: first.length,
    capabilities: { hover: hasHover, pushDiagnostics: diagnosticsAvailable && !pull, pullDiagnostics: pull },
  };
}

/** A fast typist's pace: 20 letters a second, twice what 120 words a minute takes. */
export const TYPIST_PACE_MS = 50;

interface TypingFigures {
  readonly anywhere: TypingFigure;
  readonly inTitles: TypingFigure;
  readonly pacedAnywhere: TypingFigure;
  readonly pacedInTitles: TypingFigure;
}

/** Letters at random places and in titles, back to back and at a typist's pace, each into a fresh document. */
async function typingFigures(client: BenchClient, input: BenchInput, text: string, runs: { warmup: number; runs: number }): Promise<TypingFigures> {
  return {
    anywhere: await typingToSymbols(client, `/bench/typing-${input.name}.txt`, text, (t) => t.anywhere(), runs),
    inTitles: await typingToSymbols(client, `/bench/titles-${input.name}.txt`, text, (t) => t.inTitle(), runs),
    pacedAnywhere: await typingToSymbols(client, `/bench/paced-${input.name}.txt`, text, (t) => t.anywhere(), runs, TYPIST_PACE_MS),
    pacedInTitles: await typingToSymbols(client, `/bench/paced-titles-${input.name}.txt`, text, (t) => t.inTitle(), runs, TYPIST_PACE_MS),
  };
}

/** Typing alone into a fresh server (--only-typing): `runs` letters in each of the four ways. */
export async function typingFigure(repoRoot: string, heapProbe: string, input: BenchInput, runs: number): Promise<TypingFigures> {
  const text = readFileSync(input.path, 'utf8');
  const client = await startBenchServer(repoRoot, { heapProbe });
  try {
    return await typingFigures(client, input, text, { warmup: 20, runs });
  } finally {
    await client.stop();
  }
}

/** Whether the server publishes diagnostics after an edit (waits up to two seconds once). */
async function hasPushDiagnostics(client: BenchClient, uri: string, edit: () => number): Promise<boolean> {
  const version = edit();
  const arrived = await Promise.race([client.diagnostics(uri, version).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
  return arrived;
}

/**
 * Letters typed where `where` puts them (a fresh document, seeded places), each timed from
 * sending the change until the outline of the new version has arrived.
 */
export async function typingToSymbols(
  client: BenchClient,
  path: string,
  text: string,
  where: (typist: Typist) => TextDocumentContentChangeEvent,
  runs: { warmup: number; runs: number },
  pace = 0,
): Promise<TypingFigure> {
  const uri = pathToFileURL(path).toString();
  const typist = new Typist(text, TYPING_SEED);
  client.open(uri, text);
  await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  // Paced: each letter `pace` ms after the one before (a typist), else as soon as the outline
  // of the one before has arrived (back to back, the worst case: the server's work after an
  // answer, such as diagnostics, then falls on the next letter). Only the letter's own
  // round trip is timed, never the pause before it.
  let sent = 0;
  const type = async (): Promise<number> => {
    const wait = sent + pace - performance.now();
    if (pace > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent = performance.now();
    client.change(uri, [where(typist)]);
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    return performance.now() - sent;
  };
  for (let i = 0; i < runs.warmup; i++) await type();
  // The CPU count covers the measured runs only.
  const cpuFrom = client.probed ? await client.cpuMs() : 0;
  const samples: number[] = [];
  for (let i = 0; i < runs.runs; i++) samples.push(await type());
  const toSymbols = summarise(samples);
  const serverCpuMs = client.probed ? ((await client.cpuMs()) - cpuFrom) / runs.runs : null;
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  return { toSymbols, serverCpuMs };
}
