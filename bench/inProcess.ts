// Figures measured inside this process: parser throughput, the two floors (what splitting
// the text into lines and one regular-expression scan cost), and document symbols beside the
// Markdown language service on the same content.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsOf } from '../server/src/diagnostics';
import { KleTable } from '../server/src/kle/kleTable';
import { parseReferat } from '../server/src/parser';
import { documentSymbols } from '../server/src/languageFeatures/documentSymbols';
import { notCancelled } from '../server/src/languageFeatures/convert';
import { Messages } from '../server/src/l10n';
import type { BenchInput } from './inputs';
import { MB } from './inputs';
import { countSymbols, createMarkdownPeer } from './markdownPeer';
import { timeAsync, timeSync, type Timing } from './stats';

export interface ParseFigure {
  readonly input: string;
  readonly bytes: number;
  readonly items: number;
  readonly parse: Timing;
  /** MB per second at the median. */
  readonly mbPerSecond: number;
  readonly floorSplit: Timing;
  readonly floorRegex: Timing;
}

export interface PeerFigure {
  readonly input: string;
  readonly bytes: number;
  readonly referat: Timing;
  readonly referatSymbols: number;
  readonly markdown: Timing;
  readonly markdownSymbols: number;
  /** Markdown median / Referat median: how many times faster we are. */
  readonly ratio: number;
}

/** Runs per input size: fewer for the big ones, so the whole bench stays a few minutes. */
export function runsFor(bytes: number): { warmup: number; runs: number } {
  if (bytes >= 50 * MB) return { warmup: 1, runs: 5 };
  if (bytes >= 5 * MB) return { warmup: 2, runs: 10 };
  return { warmup: 5, runs: 30 };
}

const ITEM_LINE = /^Punkt \d+:/gm;

export function parseFigure(input: BenchInput): ParseFigure {
  const text = readFileSync(input.path, 'utf8');
  const runs = runsFor(input.bytes);
  let items = 0;
  const parse = timeSync(() => (items = parseReferat(text).items.length), runs);
  const floorSplit = timeSync(() => text.split('\n').length, runs);
  const floorRegex = timeSync(() => {
    ITEM_LINE.lastIndex = 0;
    let n = 0;
    while (ITEM_LINE.exec(text) !== null) n++;
    return n;
  }, runs);
  return { input: input.name, bytes: input.bytes, items, parse, mbPerSecond: input.bytes / MB / (parse.medianMs / 1000), floorSplit, floorRegex };
}

export async function peerFigure(input: BenchInput): Promise<PeerFigure> {
  const text = readFileSync(input.path, 'utf8');
  const markdown = readFileSync(input.markdownPath!, 'utf8');
  const messages = new Messages('en');
  const runs = runsFor(input.bytes);
  let referatSymbols = 0;
  const referat = timeSync(() => (referatSymbols = countSymbols(documentSymbols(parseReferat(text), messages, null, notCancelled))), runs);
  const peer = await createMarkdownPeer();
  let markdownSymbols = 0;
  const md = await timeAsync(async () => (markdownSymbols = countSymbols(await peer.symbols(markdown))), { warmup: Math.min(runs.warmup, 3), runs: Math.min(runs.runs, 10) });
  peer.dispose();
  return { input: input.name, bytes: input.bytes, referat, referatSymbols, markdown: md, markdownSymbols, ratio: md.medianMs / referat.medianMs };
}

export interface EditFigure {
  readonly input: string;
  readonly bytes: number;
  /** Apply a one-character edit to the text, parse it, compute diagnostics and the outline. */
  readonly editParseDiagnosticsSymbols: Timing;
  readonly parse: Timing;
  readonly diagnostics: Timing;
  readonly symbols: Timing;
  readonly diagnosticCount: number;
}

/**
 * What the server computes after an edit, without its debounce or the transport: the work a
 * keystroke costs. The edit alternates inserting and deleting one character mid-document.
 */
export function editFigure(repoRoot: string, input: BenchInput): EditFigure {
  const original = readFileSync(input.path, 'utf8');
  const kle = new KleTable(readFileSync(join(repoRoot, 'data', 'kle', 'kle-emner.tsv'), 'utf8'));
  const messages = new Messages('en');
  const uri = 'file:///bench/referat.txt';
  const at = original.indexOf('\n', original.length >> 1) + 11;
  let text = original;
  let inserted = false;
  const edit = () => {
    text = inserted ? original : original.slice(0, at) + 'x' + original.slice(at);
    inserted = !inserted;
  };
  const runs = runsFor(input.bytes);
  let count = 0;
  const whole = timeSync(() => {
    edit();
    const doc = parseReferat(text);
    count = diagnosticsOf(doc, uri, messages, { kle }).length;
    documentSymbols(doc, messages, null, notCancelled);
  }, { warmup: runs.warmup, runs: Math.max(runs.runs, 20) });
  const doc = parseReferat(text);
  return {
    input: input.name,
    bytes: input.bytes,
    editParseDiagnosticsSymbols: whole,
    parse: timeSync(() => parseReferat(text), runs),
    diagnostics: timeSync(() => diagnosticsOf(doc, uri, messages, { kle }), runs),
    symbols: timeSync(() => documentSymbols(doc, messages, null, notCancelled), runs),
    diagnosticCount: count,
  };
}
