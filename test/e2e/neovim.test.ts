// Neovim 0.7 (Debian) as a second, independent LSP client of dist/server.js: the server must
// work for any client, not only through our VS Code extension. Runs only with REFERAT_E2E=1
// or CI=true; under CI a missing nvim or dist/server.js fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtServer, nvim, requireTools, Skippable } from './harness/env';
import { NvimProbeResult, nvimProbe } from './harness/neovim';
import { findInSample, gold, kleTitle, normalize, samplePath } from './goldSample';

const SAMPLE = '000_df28461cf8eca80f.txt';
const expected = gold(SAMPLE);
const caseItem = expected.items.find((i) => i.caseNumber)!;
const casePos = findInSample(SAMPLE, caseItem.caseNumber!);

// Features not in the server yet (checked against the code when these tests were written).
// Such a test still runs, but as `todo` its failure does not fail the suite. Delete the entry
// when the feature lands, so that the test counts.
const TODO: Record<'hover' | 'diagnostics', string | undefined> = {
  hover: undefined,
  diagnostics: undefined,
};

let probe: NvimProbeResult | undefined;
function run(t: Skippable): NvimProbeResult | undefined {
  const tools = requireTools(t, { nvim: nvim(), server: builtServer() });
  if (!tools) return undefined;
  probe ??= nvimProbe(tools.nvim, tools.server, samplePath(SAMPLE), [
    { name: 'symbols', method: 'textDocument/documentSymbol', capability: 'documentSymbolProvider' },
    // 0-based position inside the case number (third character).
    { name: 'hover', method: 'textDocument/hover', params: { position: { line: casePos.line - 1, character: casePos.column + 1 } }, capability: 'hoverProvider' },
  ]);
  return probe;
}

interface Sym {
  name: string;
  children?: Sym[];
}
const flatten = (symbols: Sym[]): string[] => symbols.flatMap((s) => [s.name, ...flatten(s.children ?? [])]);

function hoverText(result: unknown): string {
  if (!result || typeof result !== 'object') return '';
  const contents = (result as { contents?: unknown }).contents;
  const part = (c: unknown): string => (typeof c === 'string' ? c : c && typeof c === 'object' && 'value' in c ? String((c as { value: unknown }).value) : '');
  return Array.isArray(contents) ? contents.map(part).join('\n') : part(contents);
}

test('neovim: document symbols list the agenda items', { timeout: 60_000 }, (t) => {
  const r = run(t);
  if (!r) return;
  const res = r.responses.symbols;
  assert.ok(res && !res.err, `documentSymbol failed: ${JSON.stringify(res?.err)}`);
  const names = flatten((res.result ?? []) as Sym[]).map(normalize);
  assert.ok(names.includes('Punkt 64: Godkendelse af udmøntning af budget 2021'), `symbols: ${JSON.stringify(names.slice(0, 30))}`);
  for (const item of expected.items) {
    assert.ok(
      names.some((n) => n.includes(String(item.number)) && n.includes(normalize(item.title))),
      `no symbol for Punkt ${item.number} "${item.title}" in ${JSON.stringify(names.slice(0, 30))}`,
    );
  }
});

test('neovim: hover on a case number shows its KLE title', { timeout: 60_000, todo: TODO.hover }, (t) => {
  const r = run(t);
  if (!r) return;
  const title = kleTitle(caseItem.caseNumber!);
  assert.ok(title, `no KLE title for ${caseItem.caseNumber}`);
  const res = r.responses.hover;
  assert.ok(res && !res.err, `hover failed: ${JSON.stringify(res?.err)}`);
  const text = hoverText(res.result);
  assert.ok(text.includes(title), `hover at ${casePos.line}:${casePos.column} on ${caseItem.caseNumber} should contain "${title}"; got ${JSON.stringify(text)}`);
});

test('neovim: diagnostics arrive for the opened sample', { timeout: 60_000, todo: TODO.diagnostics }, (t) => {
  const r = run(t);
  if (!r) return;
  assert.ok(r.diagnosticsArrived, `no textDocument/publishDiagnostics for ${r.uri}; events:\n${r.events.join('\n')}\n${r.lspLog}`);
});

test('neovim: diagnostics include the gold findings', { timeout: 60_000, todo: TODO.diagnostics }, (t) => {
  const r = run(t);
  if (!r) return;
  const mine = r.diagnostics.filter((d) => d.uri === r.uri).at(-1)?.diagnostics ?? [];
  for (const f of expected.findings) {
    assert.ok(
      mine.some((d) => d.range.start.line === f.line - 1 && (d.severity === 1 || d.severity === 2)),
      `no Warning/Error on line ${f.line} (${f.code}: ${f.why}); got ${JSON.stringify(mine.map((d) => [d.range.start.line + 1, d.severity, d.code, d.message]))}`,
    );
  }
});
