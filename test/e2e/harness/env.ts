// Where the real editors live, and what a test does when one is missing.
//
// Environment variables:
//   REFERAT_E2E_CACHE        cache of .ci/e2e-setup.sh (default ~/.cache/referat-e2e): node24/, code-server/
//   REFERAT_E2E_NODE24       Node 24 binary for code-server (default $CACHE/node24/bin/node)
//   REFERAT_E2E_CODE_SERVER  code-server's out/node/entry.js (default under $CACHE/code-server)
//   REFERAT_E2E_CHROMIUM     browser binary (default /usr/bin/chromium)
//   REFERAT_E2E_NVIM         Neovim binary (default: nvim on PATH)
//   REFERAT_E2E_KEEP=1       keep the temp folders of a run (printed) for a post-mortem
//   REFERAT_E2E_DOCS_SCREENSHOTS=1  also copy the chosen screenshots into docs/screenshots/
//   CI=true                  a missing tool fails the test instead of skipping it
import { existsSync, accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/** Repository root (this file is compiled to out/test/e2e/harness/). */
export const repoRoot = resolve(__dirname, '..', '..', '..', '..');

export const inCI = process.env.CI === 'true';

export function cacheDir(): string {
  return process.env.REFERAT_E2E_CACHE || join(homedir(), '.cache', 'referat-e2e');
}

export interface Tool {
  path: string | undefined;
  /** What to do to get it, for the message when it is missing. */
  hint: string;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const setupHint = 'run `bash .ci/e2e-setup.sh` (as root; installs Debian chromium, neovim and poppler-utils, Node 24 and code-server into REFERAT_E2E_CACHE)';

export function node24(): Tool {
  const path = process.env.REFERAT_E2E_NODE24 || join(cacheDir(), 'node24', 'bin', 'node');
  return { path: existsSync(path) ? path : undefined, hint: `Node 24 not found at ${path}: ${setupHint}` };
}

export function codeServerEntry(): Tool {
  const path =
    process.env.REFERAT_E2E_CODE_SERVER ||
    join(cacheDir(), 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  return { path: existsSync(path) ? path : undefined, hint: `code-server not found at ${path}: ${setupHint}` };
}

export function chromium(): Tool {
  const path = process.env.REFERAT_E2E_CHROMIUM || '/usr/bin/chromium';
  return { path: executable(path) ? path : undefined, hint: `Chromium not found at ${path}: ${setupHint}` };
}

export function nvim(): Tool {
  const path = process.env.REFERAT_E2E_NVIM || onPath('nvim');
  return { path: path && executable(path) ? path : undefined, hint: `nvim not found: ${setupHint}` };
}

/** Poppler's pdftotext: the text other tools (and many readers) take out of a PDF. */
export function pdftotext(): Tool {
  const path = onPath('pdftotext');
  return { path: path && executable(path) ? path : undefined, hint: `pdftotext not found: ${setupHint}` };
}

export function builtServer(): Tool {
  const path = join(repoRoot, 'dist', 'server.js');
  return { path: existsSync(path) ? path : undefined, hint: `${path} is missing: run \`npm run build\`` };
}

/** Minimal view of node:test's TestContext that we need (skip). */
export interface Skippable {
  skip(message?: string): void;
}

/**
 * Returns the paths of the tools, or, when one is missing: under CI=true throws (the test
 * FAILS with the hint; CI must never pass by skipping), elsewhere skips the test with the hint.
 */
export function requireTools(t: Skippable, tools: Record<string, Tool>): Record<string, string> | undefined {
  const missing = Object.entries(tools).filter(([, tool]) => !tool.path);
  if (missing.length === 0) {
    return Object.fromEntries(Object.entries(tools).map(([name, tool]) => [name, tool.path as string]));
  }
  const message = missing.map(([name, tool]) => `${name}: ${tool.hint}`).join('; ');
  if (inCI) throw new Error(`real-editor test cannot run under CI=true: ${message}`);
  t.skip(message);
  return undefined;
}
