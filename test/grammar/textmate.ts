// Loads syntaxes/referat.tmLanguage.json into the TextMate engine VS Code itself uses
// (vscode-textmate + the Oniguruma regex engine compiled to WebAssembly), so the grammar can be
// tested without an editor.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** The repository root: the nearest folder above this file with a package.json (works from out/). */
export function repoRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const ROOT = repoRoot();
export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'referat.tmLanguage.json');
export const SCOPE = 'text.referat';

export interface Token {
  line: number; // 1-based
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE);
    if (!grammar) throw new Error('grammar did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenizes a whole document line by line, carrying the rule stack like the editor does. */
export async function tokenize(text: string): Promise<{ lines: string[]; tokens: Token[][]; slowest: { line: number; ms: number } }> {
  const grammar = await loadGrammar();
  const lines = text.split(/\r?\n/);
  const tokens: Token[][] = [];
  let stack = vsctm.INITIAL;
  const slowest = { line: 0, ms: 0 };
  lines.forEach((lineText, i) => {
    const t0 = performance.now();
    const result = grammar.tokenizeLine(lineText, stack);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) Object.assign(slowest, { line: i + 1, ms });
    stack = result.ruleStack;
    tokens.push(
      result.tokens.map((t) => ({
        line: i + 1,
        start: t.startIndex,
        end: Math.min(t.endIndex, lineText.length),
        text: lineText.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      })),
    );
  });
  return { lines, tokens, slowest };
}
