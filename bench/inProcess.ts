// Figures measured inside this process: parser throughput, the two floors (what splitting
// the text into lines and one regular-expression scan cost), and document symbols beside the
// Markdown language service on the same content.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsOf } from '../server/src/diagnostics';
import { KleTable } from '../server/src/kle/kleTable';
import { parseEditable, parseReferat, reparseAfterEdit, type EditableParse } from '../server/src/parser';
import { documentSymbols } from '../server/src/languageFeatures/documentSymbols';
import { notCancelled } from '../server/src/languageFeatures/convert';
import { Messages } from '../server/src/l10n';
import { DEFAULT_SETTINGS } from '../server/src/settings';
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
  /** Whole parse + symbols: opening the document. */
  readonly referat: Timing;
  /** After a one-character edit: re-parse (one item, as the server does) + symbols. */
  readonly referatAfterEdit: Timing;
  readonly referatSymbols: number;
  /** A new version of the same text each run, the service told it changed: what it does after an edit. */
  readonly markdown: Timing;
  readonly markdownSymbols: number;
  /** Markdown median / Referat median (whole parse): how many times faster we are. */
  readonly ratio: number;
  /** Markdown median / Referat median after an edit: both doing what they do on a keystroke. */
  readonly ratioAfterEdit: number;
}

/**
 * A one-character edit mid-document, alternately inserted and deleted, each version re-parsed
 * from the last as DocumentCache does. `next()` applies it and returns the new parse.
 */
function typing(original: string): { next(): EditableParse; readonly text: string } {
  const at = original.indexOf('\n', original.length >> 1) + 11;
  const withChar = original.slice(0, at) + 'x' + original.slice(at);
  let state = parseEditable(original);
  let inserted = false;
  return {
    next() {
      inserted = !inserted;
      state = inserted
        ? reparseAfterEdit(state, withChar, { start: at, end: at, insertedLength: 1 })
        : reparseAfterEdit(state, original, { start: at, end: at + 1, insertedLength: 0 });
      return state;
    },
    get text() {
      return state.model.text;
    },
  };
}

/** Runs per input size: fewer for the big ones, so the whole bench stays a few minutes. */
export function runsFor(bytes: number): { warmup: number; runs: number } {
  if (bytes >= 50 * MB) return { warmup: 1, runs: 5 };
  if (bytes >= 5 * MB) return { warmup: 2, runs: 10 };
  return { warmup: 5, runs: 30 };
}

/** Symbols with sub-headings (referat.outline.subHeadings on): the larger outline, and every heading as the Markdown peer lists them. */
const ALL_HEADINGS = { subHeadings: true };

const ITEM_LINE = /^Punkt \d+:/gm;

export function parseFigure(input: BenchInput): ParseFigure {
  const text = readFileSync(input.path, 'utf8');
  const runs = runsFor(input.bytes);
  let items = 0;
  // A second of warm-up at least: after the collection timeSync starts with, five 1 MB parses
  // left the young generation at a quarter of its grown size (a scavenge every second parse
  // instead of every tenth), and the median of the runs after them was 5-7 ms where the
  // settled parser takes 3-3.5. The throughput targets are the settled parser's; a cold start
  // is what "open → symbols" through the server measures.
  const parse = timeSync(() => (items = parseReferat(text).items.length), { ...runs, warmupMs: 1000 });
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
  const referat = timeSync(() => (referatSymbols = countSymbols(documentSymbols(parseReferat(text), messages, null, ALL_HEADINGS, notCancelled))), runs);
  const keystrokes = typing(text);
  const referatAfterEdit = timeSync(() => documentSymbols(keystrokes.next().model, messages, null, ALL_HEADINGS, notCancelled), runs);
  const peer = await createMarkdownPeer();
  let markdownSymbols = 0;
  const md = await timeAsync(async () => (markdownSymbols = countSymbols(await peer.symbols(markdown))), { warmup: Math.min(runs.warmup, 3), runs: Math.min(runs.runs, 10) });
  peer.dispose();
  return {
    input: input.name,
    bytes: input.bytes,
    referat,
    referatAfterEdit,
    referatSymbols,
    markdown: md,
    markdownSymbols,
    ratio: md.medianMs / referat.medianMs,
    ratioAfterEdit: md.medianMs / referatAfterEdit.medianMs,
  };
}

export interface EditFigure {
  readonly input: string;
  readonly bytes: number;
  /** A one-character edit: re-parse (as the server does), diagnostics and the outline. */
  readonly editParseDiagnosticsSymbols: Timing;
  /** The re-parse after the edit (one item where possible). */
  readonly parse: Timing;
  /** A whole parse of the same text, for comparison. */
  readonly wholeParse: Timing;
  readonly diagnostics: Timing;
  readonly symbols: Timing;
  readonly diagnosticCount: number;
  /** The outline as JSON-RPC sends it: its size, and what writing and reading it costs. */
  readonly outlineJsonBytes: number;
  readonly outlineStringify: Timing;
  readonly outlineParse: Timing;
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
  const runs = runsFor(input.bytes);
  const keystrokes = typing(original);
  let count = 0;
  const whole = timeSync(() => {
    const doc = keystrokes.next().model;
    count = diagnosticsOf(doc, uri, messages, { kle }).length;
    documentSymbols(doc, messages, null, ALL_HEADINGS, notCancelled);
  }, { warmup: runs.warmup, runs: Math.max(runs.runs, 20) });
  const doc = parseReferat(original);
  // The outline as the server answers it by default (sub-headings only by a setting).
  const outline = documentSymbols(doc, messages, null, { subHeadings: DEFAULT_SETTINGS.outlineSubHeadings }, notCancelled);
  const json = JSON.stringify(outline);
  return {
    input: input.name,
    bytes: input.bytes,
    editParseDiagnosticsSymbols: whole,
    parse: timeSync(() => keystrokes.next(), runs),
    wholeParse: timeSync(() => parseReferat(keystrokes.text), runs),
    diagnostics: timeSync(() => diagnosticsOf(doc, uri, messages, { kle }), runs),
    symbols: timeSync(() => documentSymbols(doc, messages, null, ALL_HEADINGS, notCancelled), runs),
    diagnosticCount: count,
    outlineJsonBytes: Buffer.byteLength(json),
    outlineStringify: timeSync(() => JSON.stringify(outline), runs),
    outlineParse: timeSync(() => JSON.parse(json), runs),
  };
}
