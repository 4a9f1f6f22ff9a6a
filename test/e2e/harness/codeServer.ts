// Real VS Code in a browser: code-server (VS Code 1.139, Node 24) driven by Debian's Chromium
// through playwright-core. test/e2e/README.md says why it is done this way. One session:
//   1. packages the extension (vsce, once per process) and the test-runner extension,
//   2. installs both into a fresh extensions dir with code-server's --install-extension,
//   3. starts code-server on a free loopback port with fresh user-data/XDG dirs,
//   4. opens a temp copy of test/fixtures/samples in headless Chromium,
// and offers helpers that act like a person (keyboard, command palette) and read the
// workbench DOM. Every wait is for a condition with a bounded timeout; a timeout throws an
// E2EError that says what was waited for, with a screenshot, the browser console and the
// code-server log tail.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium as chromiumTool, codeServerEntry, node24, repoRoot } from './env';

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');
export const docsScreenshotDir = join(repoRoot, 'docs', 'screenshots');
export const samplesDir = join(repoRoot, 'test', 'fixtures', 'samples');

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  // Top-level symbols only, so that the rows the Outline renders are the items.
  'outline.collapseItems': 'alwaysCollapse',
};

export class E2EError extends Error {}

export interface CodeServerOptions {
  /** Extra files for the workspace: name -> content (beside the copied samples); bytes for a PDF. */
  files?: Record<string, string | Uint8Array>;
  /** Compiled JS module run inside the extension host by the runner extension (see runner-extension/). */
  apiTests?: string;
  /** Settings merged over the defaults. */
  settings?: Record<string, unknown>;
  /** Browser viewport. */
  viewport?: { width: number; height: number };
  /**
   * VS Code's display language for the session (e.g. "da"), as `vscode.env.language` reports it
   * to extensions; VS Code's own strings stay English (see registerDisplayLanguage).
   */
  displayLanguage?: string;
  /** The Referat .vsix to install instead of the whole extension (e.g. the web-only one, webPackage.ts). */
  referatVsix?: string;
}

export interface ApiTestResult {
  done: boolean;
  passed: number;
  failed: number;
  error?: string;
  log: string[];
  tests: { name: string; ok: boolean; ms: number; error?: string; value?: unknown }[];
}

export interface CommentThreadView {
  /** 1-based lines the thread is on (from its accessible label). */
  startLine: number;
  endLine: number;
  /** Its title bar: the thread's label ("Punkt 68"), or "Start discussion" for a new one. */
  title: string;
  /** The text of each comment, in order. */
  comments: string[];
  /** Whether its title bar and first comment are within the editor's visible area. */
  inView: boolean;
  /** The actions of its title bar, by their accessible labels ("Resolve", "Delete note", "Collapse"). */
  actions: string[];
  /** The colour VS Code draws its borders in for its state (open or resolved), as CSS gives it. */
  stateColour: string;
}

export interface TreeRow {
  label: string;
  description: string;
  /** Depth in the tree, 1 for the top level. */
  level: number;
  /** Undefined for a row that cannot expand. */
  expanded: boolean | undefined;
  /** The name of its theme icon ("pass" for codicon-pass), if it has one. */
  icon: string | undefined;
}

export interface ProblemRow {
  severity: 'error' | 'warning' | 'info' | 'unknown';
  /** The row's accessible label, as VS Code reads it out. */
  label: string;
  message: string;
  line?: number;
  column?: number;
}

const log = (...args: unknown[]) => {
  if (process.env.REFERAT_E2E_VERBOSE === '1') console.log('[e2e]', ...args);
};

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number }): string {
  const res = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    timeout: opts.timeoutMs,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  if (res.error || res.status !== 0) {
    throw new E2EError(
      `command failed (${res.error ? res.error.message : `exit ${res.status}`}): ${cmd} ${args.join(' ')}\n${output.slice(-4000)}`,
    );
  }
  return output;
}

// ---------------------------------------------------------------------------------------------
// Packaging (once per process)

let packaged: { dir: string; referat: string; runner: string } | undefined;

function vsce(args: string[], cwd: string): void {
  const bin = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(
    process.execPath,
    [bin, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', ...args],
    { cwd, timeoutMs: 120_000 },
  );
}

/** Packages the extension (from the current dist/) and the runner extension into .vsix files. */
export function packageExtensions(): { referat: string; runner: string } {
  if (packaged) return packaged;
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!existsSync(join(repoRoot, f))) throw new E2EError(`${f} is missing: run \`npm run build\` first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'referat-e2e-vsix-'));
  const referat = join(dir, 'referat.vsix');
  const runner = join(dir, 'referat-e2e-runner.vsix');
  const t0 = Date.now();
  vsce(['-o', referat], repoRoot);
  vsce(['--allow-star-activation', '-o', runner], join(repoRoot, 'test', 'e2e', 'runner-extension'));
  log(`packaged in ${Date.now() - t0} ms`);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  packaged = { dir, referat, runner };
  return packaged;
}

/** GET /healthz without keep-alive (a pooled socket would hold the test process open). */
function healthz(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpGet({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a value other than undefined/false, or the time runs out. */
/** Palette openings before giving up on a command, and how long each waits for it. */
const PALETTE_ATTEMPTS = 4;
const PALETTE_ATTEMPT_MS = 5_000;

export async function pollUntil<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number, intervalMs = 100): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() >= deadline) return undefined;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Makes `language` VS Code's display language with no language pack to download, and returns
 * the code-server arguments for it. `--locale` alone is not enough: VS Code takes a display
 * language only if user-data/languagepacks.json registers a pack for it (getNLSConfiguration);
 * otherwise it falls back to English, the workbench never sets its NLS language, and the
 * extension host's `vscode.env.language` is "en". That file is written by an install in the
 * running server, not by `--install-extension`, so it is written here as VS Code writes it,
 * for a pack that translates none of VS Code's own strings. The workbench stays English (so
 * the titles this harness runs from the palette still match) while extensions get `language`:
 * their package.nls.<language>.json, l10n/bundle.l10n.<language>.json, the LSP locale.
 */
function registerDisplayLanguage(root: string, userData: string, language: string): string[] {
  const translations = join(root, 'language-pack', 'main.i18n.json');
  mkdirSync(join(root, 'language-pack'), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `referat-e2e-${language}`,
    extensions: [{ extensionIdentifier: { id: 'referat-e2e.language-pack' }, version: '0.0.1' }],
    translations: { vscode: translations },
    label: language,
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [language]: pack }));
  return ['--locale', language];
}

// ---------------------------------------------------------------------------------------------

export class CodeServerSession {
  readonly consoleLines: string[] = [];
  serverLog = '';
  private browser: Browser | undefined;
  private context: BrowserContext | undefined;
  private server: ChildProcess | undefined;
  private serverExit: string | undefined;
  private _page: Page | undefined;

  private constructor(
    readonly root: string,
    readonly workspace: string,
    readonly resultFile: string,
    readonly port: number,
  ) {}

  get page(): Page {
    if (!this._page) throw new E2EError('no page: session not started');
    return this._page;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts code-server with the packaged extension and opens the workspace in Chromium. */
  static async start(options: CodeServerOptions = {}): Promise<CodeServerSession> {
    const entry = codeServerEntry().path;
    const node = node24().path;
    const chromiumPath = chromiumTool().path;
    if (!entry || !node || !chromiumPath) {
      throw new E2EError([codeServerEntry(), node24(), chromiumTool()].filter((t) => !t.path).map((t) => t.hint).join('; '));
    }
    const t0 = Date.now();
    const vsix = packageExtensions();
    const root = mkdtempSync(join(tmpdir(), 'referat-e2e-'));
    const dirs = {
      userData: join(root, 'user-data'),
      extensions: join(root, 'extensions'),
      xdgConfig: join(root, 'xdg-config'),
      xdgData: join(root, 'xdg-data'),
      xdgCache: join(root, 'xdg-cache'),
      workspace: join(root, 'workspace'),
    };
    for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...options.settings }, null, 2));
    cpSync(samplesDir, dirs.workspace, { recursive: true });
    for (const [name, content] of Object.entries(options.files ?? {})) writeFileSync(join(dirs.workspace, name), content);
    const languageArgs = options.displayLanguage ? registerDisplayLanguage(root, dirs.userData, options.displayLanguage) : [];

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      XDG_CONFIG_HOME: dirs.xdgConfig,
      XDG_DATA_HOME: dirs.xdgData,
      XDG_CACHE_HOME: dirs.xdgCache,
    };
    // code-server reads these; make sure none leaks in from the machine.
    delete env.PASSWORD;
    delete env.HASHED_PASSWORD;
    delete env.VSCODE_PROXY_URI;
    delete env.VSCODE_IPC_HOOK_CLI;
    const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
    run(node, [entry, ...common, '--install-extension', options.referatVsix ?? vsix.referat, '--install-extension', vsix.runner], {
      env,
      timeoutMs: 90_000,
    });
    log(`installed extensions after ${Date.now() - t0} ms`);

    const resultFile = join(root, 'api-result.json');
    if (options.apiTests) {
      env.REFERAT_E2E_API_TESTS = options.apiTests;
      env.REFERAT_E2E_RESULT = resultFile;
    }
    let session: CodeServerSession | undefined;
    for (let attempt = 1; ; attempt++) {
      // The free port can be taken between the probe and code-server's bind: then try another.
      session = new CodeServerSession(root, dirs.workspace, resultFile, await freePort());
      try {
        await session.launchServer(node, entry, [...common, ...languageArgs], env);
        break;
      } catch (err) {
        const inUse = /EADDRINUSE/.test(session.serverLog);
        const message = await session.describeFailure(err instanceof Error ? err.message : String(err), 'startup');
        await session.close({ keepRoot: inUse && attempt < 3 });
        if (!inUse || attempt >= 3) throw new E2EError(message);
      }
    }
    log(`code-server healthy after ${Date.now() - t0} ms`);
    try {
      await session.openBrowser(chromiumPath, options.viewport ?? { width: 1400, height: 900 });
      log(`workbench ready after ${Date.now() - t0} ms`);
    } catch (err) {
      const message = await session.describeFailure(err instanceof Error ? err.message : String(err), 'startup');
      await session.close();
      throw new E2EError(message);
    }
    return session;
  }

  private async launchServer(node: string, entry: string, common: string[], env: NodeJS.ProcessEnv): Promise<void> {
    const args = [
      entry,
      '--bind-addr',
      `127.0.0.1:${this.port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...common,
      this.workspace,
    ];
    // Its own process group, so that close() ends code-server with its extension host and
    // language server; if this test process dies first, the exit hook does it.
    const child = spawn(node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.server = child;
    const killGroup = () => {
      try {
        if (child.pid && !this.serverExit) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    };
    process.once('exit', killGroup);
    child.once('exit', () => process.removeListener('exit', killGroup));
    const append = (chunk: Buffer) => {
      this.serverLog += chunk.toString();
      if (this.serverLog.length > 200_000) this.serverLog = this.serverLog.slice(-100_000);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    child.on('exit', (code, signal) => {
      this.serverExit = `code-server exited (code ${code}, signal ${signal})`;
    });
    const healthy = await pollUntil(async () => {
      if (this.serverExit) throw new E2EError(this.serverExit);
      return healthz(this.port);
    }, 30_000);
    if (!healthy) throw new E2EError(`code-server did not answer GET /healthz on port ${this.port} within 30 s`);
  }

  private async openBrowser(executablePath: string, viewport: { width: number; height: number }): Promise<void> {
    // Loaded lazily so that merely importing this module (for types) does not need playwright.
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    this.browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
    this.context = await this.browser.newContext({ viewport });
    const page = await this.context.newPage();
    this._page = page;
    page.setDefaultTimeout(15_000);
    page.on('console', (msg) => this.pushConsole(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (err) => this.pushConsole(`[pageerror] ${err.message}`));
    await page.goto(`${this.url}/?folder=${encodeURIComponent(this.workspace)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 30_000 });
    // The explorer lists the workspace once the folder is open.
    const first = basename(this.workspaceFiles()[0] ?? '');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: first }).first().waitFor({ timeout: 30_000 });
  }

  private workspaceFiles(): string[] {
    return readdirSync(this.workspace).sort();
  }

  private pushConsole(line: string): void {
    this.consoleLines.push(line);
    if (this.consoleLines.length > 500) this.consoleLines.splice(0, this.consoleLines.length - 500);
  }

  /** A failure message with what was waited for, the screenshot path, console and server log. */
  async describeFailure(what: string, shotName = 'failure'): Promise<string> {
    let shot = '(no screenshot)';
    if (this._page) {
      try {
        shot = await this.screenshot(`FAILED-${shotName}-${Date.now()}`);
      } catch (err) {
        shot = `(screenshot failed: ${err instanceof Error ? err.message : err})`;
      }
    }
    const consoleTail = this.consoleLines.slice(-40).join('\n  ');
    const serverTail = this.serverLog.split('\n').slice(-30).join('\n  ');
    return [
      `E2E: ${what}`,
      `screenshot: ${shot}`,
      `workspace: ${this.workspace}`,
      `browser console (last 40):\n  ${consoleTail || '(empty)'}`,
      `code-server log (last 30 lines):\n  ${serverTail || '(empty)'}`,
    ].join('\n');
  }

  /**
   * Waits until `check` returns a value (not undefined/false). On timeout throws an E2EError
   * naming `what`, with screenshot, console and server log.
   */
  async until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
    let lastError: unknown;
    const value = await pollUntil(async () => {
      try {
        return await check();
      } catch (err) {
        lastError = err;
        return undefined;
      }
    }, timeoutMs);
    if (value === undefined) {
      const reason = lastError ? ` (last error: ${lastError instanceof Error ? lastError.message.split('\n')[0] : lastError})` : '';
      throw new E2EError(await this.describeFailure(`timed out after ${timeoutMs} ms waiting for ${what}${reason}`));
    }
    return value;
  }

  /** Runs a Playwright step; any failure is rethrown with the diagnostics of describeFailure. */
  async step<T>(what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (err) {
      if (err instanceof E2EError) throw err;
      throw new E2EError(await this.describeFailure(`${what}: ${err instanceof Error ? err.message.split('\n')[0] : err}`));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Actions

  private quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  private async openQuickInput(key: string, text: string): Promise<void> {
    const page = this.page;
    await this.step(`open the quick input with ${key}`, async () => {
      // Escape only a quick input left open: in the editor, Escape would drop the selection
      // that a command such as "Referat: Add note" acts on.
      if (await this.quickInput().isVisible()) await page.keyboard.press('Escape');
      await page.keyboard.press(key);
      await this.quickInput().locator('input').waitFor({ state: 'visible', timeout: 5_000 });
    });
    await this.quickInput().locator('input').fill(text);
  }

  /** Accessible label (or else text) of the focused row of the quick input list. */
  private async focusedQuickInputRow(): Promise<string | undefined> {
    const row = this.quickInput().locator('.monaco-list-row.focused');
    if ((await row.count()) === 0) return undefined;
    const first = row.first();
    return `${(await first.getAttribute('aria-label')) ?? ''} ${await first.innerText()}`;
  }

  private async closeQuickInput(): Promise<void> {
    await this.until('the quick input to close', async () => !(await this.quickInput().isVisible()), 5_000);
  }

  /** Opens a workspace file by name with Ctrl+P, and waits for its editor tab to be active. */
  async openFile(name: string, opts: { binary?: boolean } = {}): Promise<void> {
    await this.openQuickInput('Control+P', name);
    // Enter only once the filtered list has the file as its focused row (the list shown
    // before the filter applies is the editor history, where Enter opens something else).
    await this.until(`Quick Open to offer "${name}" as the focused row`, async () => (await this.focusedQuickInputRow())?.includes(name));
    await this.page.keyboard.press('Enter');
    await this.closeQuickInput();
    await this.until(`the active editor tab to be "${name}"`, async () => {
      const active = this.page.locator('.tabs-container .tab.active');
      return (await active.count()) > 0 && (await active.first().getAttribute('aria-label'))?.includes(name);
    });
    // A PDF opens in VS Code's "binary file" placeholder: no text to wait for, but the
    // placeholder takes the focus once drawn, which would close a palette opened before.
    if (opts.binary) {
      await this.step('the binary-file placeholder to render', () => this.page.getByRole('button', { name: 'Open Anyway' }).first().waitFor({ state: 'visible' }));
      return;
    }
    await this.step('the editor text to render', () =>
      this.page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible' }),
    );
    await this.focusEditor();
  }

  private editorHasFocus(): Promise<boolean> {
    return this.page.evaluate(() => {
      // Runs in the page; tsconfig has no DOM lib, so reach `document` through globalThis.
      const doc = (globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } }).document;
      return !!doc.activeElement?.closest('.editor-instance .monaco-editor');
    });
  }

  /** Puts the keyboard focus into the active text editor (by keyboard: no click moves the cursor). */
  async focusEditor(): Promise<void> {
    if (await this.editorHasFocus()) return;
    await this.runCommand('View: Focus Active Editor Group');
    await this.until('the keyboard focus to be in the text editor', () => this.editorHasFocus(), 5_000);
  }

  /** Runs a command from the palette (F1) by its exact title as listed ("Category: Title"). */
  async runCommand(title: string): Promise<void> {
    const t0 = Date.now();
    const listed = async () => {
      const labels = await this.quickInput().locator('.monaco-list-row .label-name').allTextContents();
      const index = labels.findIndex((l) => l.replace(/\s+/g, ' ').trim() === title);
      return index >= 0 ? { index, labels } : undefined;
    };
    // The palette lists the commands registered when it opened; right after a start or a
    // reload some contributions come later, so a palette that lacks the command is reopened.
    for (let attempt = 1; attempt < PALETTE_ATTEMPTS; attempt++) {
      await this.openQuickInput('F1', `>${title}`);
      if (await pollUntil(() => listed().catch(() => undefined), PALETTE_ATTEMPT_MS)) break;
      log(`command palette without "${title}" (attempt ${attempt}), reopening`);
      await this.page.keyboard.press('Escape');
    }
    if (!(await this.quickInput().isVisible())) await this.openQuickInput('F1', `>${title}`);
    const found = await this.until(`the command palette to list "${title}"`, listed);
    await this.quickInput().locator('.monaco-list-row').nth(found.index).click();
    // Left over the editor's tabs, the mouse would bring up their tooltips.
    await this.parkMouse();
    // The palette closes, unless the command opens a quick pick of its own in its place.
    await this.until(`the command palette to close after running "${title}"`, async () => {
      const input = this.quickInput().locator('input');
      return !(await this.quickInput().isVisible()) || (await input.inputValue({ timeout: 1_000 })) !== `>${title}`;
    }, 10_000);
    log(`command "${title}" after ${Date.now() - t0} ms`);
  }

  /** Picks the row labelled `label` in the quick pick a command opened (e.g. a colour): types it, then Enter. */
  async pickQuickInputItem(label: string): Promise<void> {
    await this.until('a quick pick to open', () => this.quickInput().locator('input').isVisible(), 5_000);
    await this.quickInput().locator('input').fill(label);
    await this.until(`the quick pick to focus "${label}"`, async () => {
      const row = this.quickInput().locator('.monaco-list-row.focused .label-name');
      return (await row.count()) > 0 && ((await row.first().textContent()) ?? '').replace(/\s+/g, ' ').trim() === label;
    }, 5_000);
    await this.page.keyboard.press('Enter');
    await this.closeQuickInput();
  }

  /** Moves the cursor with Go to Line (Ctrl+G); line and column are 1-based. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.openQuickInput('Control+G', `:${line}:${column}`);
    // Enter only once the picker has taken in the input (it offers "Go to line N ...").
    await this.until(`Go to Line to offer line ${line}, column ${column}`, async () => {
      const label = (await this.focusedQuickInputRow()) ?? '';
      return new RegExp(`\\b${line}\\b.*\\b${column}\\b`).test(label);
    }, 5_000);
    await this.page.keyboard.press('Enter');
    await this.closeQuickInput();
    await this.until(`the cursor to be at Ln ${line}, Col ${column}`, async () => {
      const pos = await this.cursor();
      return pos && pos.line === line && pos.column === column;
    }, 5_000);
  }

  /** The cursor position from the status bar ("Ln 22, Col 1"), 1-based. */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const text = await this.statusBarText('status.editor.selection');
    const m = text && /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  /** Text of a status bar entry by its id (e.g. "status.editor.mode" is the language). */
  async statusBarText(id: string): Promise<string | undefined> {
    const item = this.page.locator(`.statusbar [id="${id}"]`);
    if ((await item.count()) === 0) return undefined;
    return (await item.first().innerText()).trim();
  }

  /** The language shown in the status bar for the active editor. */
  async languageMode(): Promise<string | undefined> {
    return this.statusBarText('status.editor.mode');
  }

  /** Rows of the Outline view (focused by command), as shown: label and tree depth. */
  async outlineRows(minRows = 1): Promise<{ label: string; description: string; level: number }[]> {
    await this.runCommand('Explorer: Focus on Outline View');
    // Give the Outline the whole side bar: collapse the folder section above it.
    const folders = this.page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasText: basename(this.workspace) });
    if ((await folders.count()) > 0) {
      await folders.first().click();
      await this.until('the folder section to collapse', async () => !(await this.page.locator('.explorer-folders-view').first().isVisible()), 5_000);
    }
    const rows = this.page.locator('.outline-pane .monaco-list-row');
    let message = '';
    await this.until(`the Outline view to show at least ${minRows} row(s)`, async () => {
      message = (await this.page.locator('.outline-pane .outline-message').allInnerTexts()).join(' ').trim();
      if ((await rows.count()) < minRows) {
        if (message) throw new Error(`Outline says: ${message}`);
        return false;
      }
      return true;
    });
    return rows.evaluateAll((els) =>
      els.map((el) => ({
        label: (el.querySelector('.label-name')?.textContent ?? el.textContent ?? '').trim(),
        description: (el.querySelector('.label-description')?.textContent ?? '').trim(),
        level: Number(el.getAttribute('aria-level') ?? '0'),
      })),
    );
  }

  /** Drags the sash right of the side bar so that the side bar is about `width` px wide. */
  async setSideBarWidth(width: number): Promise<void> {
    const box = await this.page.locator('.part.sidebar').first().boundingBox();
    if (!box) throw new E2EError(await this.describeFailure('no side bar to resize'));
    const y = box.y + box.height / 2;
    const from = box.x + box.width + 1;
    await this.page.mouse.move(from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 5 });
    await this.page.mouse.up();
    await this.parkMouse();
    await this.until(`the side bar to be about ${width} px wide`, async () => {
      const now = await this.page.locator('.part.sidebar').first().boundingBox();
      return now && Math.abs(now.width - width) < 20;
    }, 5_000);
  }

  /** Moves the mouse to the empty part of the activity bar, where it shows no hover or tooltip. */
  async parkMouse(): Promise<void> {
    const bar = await this.page.locator('.part.activitybar').first().boundingBox();
    if (bar) await this.page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height * 0.6);
    // A sash stays highlighted for a moment after the mouse leaves it; only looks matter here.
    await pollUntil(async () => (await this.page.locator('.monaco-sash.hover, .monaco-sash.active').count()) === 0, 2_000);
  }

  /** Shows the hover at a 1-based position (Go to Line, then "Show or Focus Hover") and returns its text. */
  async hoverAt(line: number, column: number, timeoutMs = 15_000): Promise<string> {
    await this.goTo(line, column);
    await this.runCommand('Show or Focus Hover');
    return this.hoverText(timeoutMs);
  }

  /** Waits for a visible editor hover with content, and returns its text. */
  async hoverText(timeoutMs = 15_000): Promise<string> {
    return this.until('an editor hover with text', async () => {
      const hovers = this.page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content');
      for (const h of await hovers.all()) {
        if (!(await h.isVisible())) continue;
        const text = (await h.innerText()).trim();
        if (text && !/^Loading\.*$/.test(text) && !/^…$/.test(text)) return text;
      }
      return undefined;
    }, timeoutMs);
  }

  /** Opens the Problems view and reads its rows (markers of all files). */
  async problems(minRows = 0, timeoutMs = 15_000): Promise<ProblemRow[]> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const panel = this.page.locator('.markers-panel');
    await this.step('the Problems view to show', () => panel.first().waitFor({ state: 'visible' }));
    const read = async () =>
      this.page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
        els
          .filter((el) => el.querySelector('.marker-icon, .codicon-error, .codicon-warning, .codicon-info'))
          .map((el) => {
            const icon = el.querySelector('.marker-icon, .codicon-error, .codicon-warning, .codicon-info');
            const cls = icon?.className ?? '';
            const severity = /error/.test(cls) ? 'error' : /warning/.test(cls) ? 'warning' : /info/.test(cls) ? 'info' : 'unknown';
            const label = el.getAttribute('aria-label') ?? '';
            const message = (el.querySelector('.marker-message-details, .marker-message') ?? el).textContent?.trim() ?? '';
            const pos = /\[(?:Ln )?(\d+), (?:Col )?(\d+)\]/.exec(el.textContent ?? '');
            return { severity, label, message, line: pos ? Number(pos[1]) : undefined, column: pos ? Number(pos[2]) : undefined };
          }),
      ) as Promise<ProblemRow[]>;
    if (minRows === 0) return read();
    return this.until(`the Problems view to list at least ${minRows} problem(s)`, async () => {
      const rows = await read();
      return rows.length >= minRows ? rows : undefined;
    }, timeoutMs);
  }

  /** Selects from a 1-based position to the end of its line (Go to Line, then Shift+End). */
  async selectToLineEnd(line: number, column = 1): Promise<void> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Shift+End');
    await this.until(`a selection from Ln ${line}, Col ${column} to the end of the line`, async () => {
      const text = (await this.statusBarText('status.editor.selection')) ?? '';
      return new RegExp(`^Ln ${line}, Col \\d+ \\(\\d+ selected\\)`).test(text);
    }, 5_000);
  }

  private commentWidgets() {
    return this.page.locator('.editor-instance .review-widget');
  }

  /** The comment thread widgets open in the editor: lines, title and comments (as shown). */
  async commentThreads(): Promise<CommentThreadView[]> {
    return this.commentWidgets().evaluateAll((els) =>
      els.map((el) => {
        // "Comment thread with 1 comments on lines 497 through 497. Punkt 68."
        const label = el.querySelector('.comments-container')?.getAttribute('aria-label') ?? '';
        const lines = /lines (\d+) through (\d+)/.exec(label);
        const title = (el.querySelector('.head .review-title')?.textContent ?? '').trim();
        type Node = { textContent: string | null; querySelector(s: string): Node | null };
        const comments = (Array.from(el.querySelectorAll('.review-comment')) as Node[]).map((c) =>
          ((c.querySelector('.comment-body') ?? c).textContent ?? '').trim(),
        );
        type Box = { getBoundingClientRect(): { top: number; bottom: number } };
        const box = (el as unknown as Box).getBoundingClientRect();
        const editor = (el.closest('.editor-instance') as unknown as Box | null)?.getBoundingClientRect();
        // Its title bar and first comment (or input box) can be read.
        const inView = !!editor && box.top >= editor.top && box.top + 60 <= editor.bottom;
        type Labelled = { getAttribute(name: string): string | null };
        const actions = (Array.from(el.querySelectorAll('.head .review-actions .action-label')) as Labelled[]).map((a) => a.getAttribute('aria-label') ?? '');
        const stateColour = ((el as unknown as { style: { getPropertyValue(p: string): string } }).style.getPropertyValue('--comment-thread-state-color') ?? '').trim();
        return { startLine: lines ? Number(lines[1]) : 0, endLine: lines ? Number(lines[2]) : 0, title, comments, inView, actions, stateColour };
      }),
    );
  }

  /**
   * Types `text` into the comment thread that has no comment yet (the one "Referat: Add note"
   * opened) and presses its `button`. Fails if that input box is not in view, since a person
   * could not type into it either.
   */
  async submitNewComment(text: string, button: string): Promise<void> {
    const page = this.page;
    const empty = this.commentWidgets().filter({ hasNot: page.locator('.review-comment') }).filter({ has: page.locator('.comment-form .monaco-editor') });
    await this.until('one empty comment thread with an input box, in view in the editor', async () => {
      if ((await empty.count()) !== 1) return false;
      const box = await empty.boundingBox();
      const editor = await page.locator('.editor-instance').first().boundingBox();
      return !!box && !!editor && box.y >= editor.y && box.y + 60 <= editor.y + editor.height;
    }, 10_000);
    const input = empty.locator('.comment-form .monaco-editor');
    await this.step('click into the comment input box', () => input.click());
    await page.keyboard.type(text);
    await this.until(`the comment input box to hold "${text}"`, async () => (await input.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ').trim() === text, 5_000);
    await this.step(`press the "${button}" button of the comment thread`, () => empty.getByRole('button', { name: button }).click());
    await this.until('the input box of the new comment thread to close', async () => (await empty.count()) === 0, 10_000);
  }

  /** The open thread widget that has a comment reading `comment`. */
  private threadWith(comment: string) {
    const page = this.page;
    return this.commentWidgets().filter({ has: page.locator('.review-comment .comment-body', { hasText: comment }) });
  }

  /** Waits for exactly one open thread with a comment reading `comment`, in view in the editor. */
  private async oneThreadWith(comment: string) {
    const thread = this.threadWith(comment);
    await this.until(`one open comment thread with "${comment}", in view`, async () => {
      if ((await thread.count()) !== 1) return false;
      const box = await thread.boundingBox();
      const editor = await this.page.locator('.editor-instance').first().boundingBox();
      return !!box && !!editor && box.y >= editor.y && box.y + 60 <= editor.y + editor.height;
    }, 10_000);
    return thread;
  }

  /**
   * In the thread with a comment reading `comment`: opens its reply box (its "Write a note…"
   * button, when the box is folded), types `text` and presses the box's `button`.
   */
  async replyInThread(comment: string, text: string, button = 'Reply'): Promise<void> {
    const page = this.page;
    const thread = await this.oneThreadWith(comment);
    const folded = thread.locator('.review-thread-reply-button');
    if (await folded.isVisible()) await this.step('press the thread\'s reply button', () => folded.click());
    const input = thread.locator('.comment-form .monaco-editor');
    await this.step('click into the reply box', () => input.click());
    await page.keyboard.type(text);
    await this.until(`the reply box to hold "${text}"`, async () => (await input.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ').trim() === text, 5_000);
    await this.step(`press the "${button}" button of the reply box`, () => thread.locator('.comment-form-container').getByRole('button', { name: button }).click());
  }

  /**
   * Edits the comment reading `comment` as a person does: its "Edit" action (shown on hover),
   * Ctrl+A and `text` in the edit box, then Ctrl+Enter, which runs the box's first button.
   */
  async editComment(comment: string, text: string): Promise<void> {
    const page = this.page;
    const thread = await this.oneThreadWith(comment);
    const item = thread.locator('.review-comment').filter({ has: page.locator('.comment-body', { hasText: comment }) });
    await this.step(`hover the comment "${comment}"`, () => item.hover());
    await this.step(`press the comment's "Edit" action`, () => item.locator('.comment-actions [aria-label="Edit"]').click());
    const box = item.locator('.edit-container .monaco-editor');
    await this.until('the comment\'s edit box to have the keyboard focus', async () => /\bfocused\b/.test((await box.getAttribute('class')) ?? ''), 5_000);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
    await this.until(`the edit box to hold "${text}"`, async () => (await box.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ').trim() === text, 5_000);
    await page.keyboard.press('Control+Enter');
    await this.until('the edit box to close', async () => (await item.locator('.edit-container').count()) === 0 || !(await box.isVisible()), 10_000);
  }

  /** Presses the title-bar action labelled `action` ("Resolve", "Reopen") of the thread with a comment reading `comment`. */
  async threadAction(comment: string, action: string): Promise<void> {
    const thread = await this.oneThreadWith(comment);
    await this.step(`press "${action}" in the title bar of the thread with "${comment}"`, () => thread.locator(`.head .review-actions [aria-label="${action}"]`).click());
    await this.parkMouse();
  }

  /** The accessible label of the active editor tab (its file name, and more), if any. */
  async activeTab(): Promise<string | undefined> {
    const tab = this.page.locator('.tabs-container .tab.active');
    return (await tab.count()) > 0 ? ((await tab.first().getAttribute('aria-label')) ?? undefined) : undefined;
  }

  /**
   * Text decorations in the active editor drawn with the background colour `colour` (as the
   * browser computes it, e.g. "rgba(60, 200, 90, 0.3)"): the 1-based line and columns each
   * covers, measured from where its box and the line's characters are drawn.
   */
  async decorationsWithBackground(colour: string): Promise<{ line: number; startColumn: number; endColumn: number }[]> {
    return this.page.evaluate((wanted) => {
      // Runs in the page; tsconfig has no DOM lib, so the DOM is typed loosely here.
      type Rect = { left: number; right: number; top: number; bottom: number };
      type El = { getBoundingClientRect(): Rect; textContent: string | null; closest(s: string): El | null; querySelectorAll(s: string): ArrayLike<El> };
      const g = globalThis as unknown as {
        document: { querySelectorAll(s: string): ArrayLike<El>; createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void; getBoundingClientRect(): Rect }; createTreeWalker(root: El, what: number): { nextNode(): { textContent: string | null } | null } };
        getComputedStyle(e: El): { backgroundColor: string };
      };
      const editor = Array.from(g.document.querySelectorAll('.editor-instance .monaco-editor')).find((e) => !e.closest('.review-widget'));
      if (!editor) return [];
      const sameRow = (a: Rect, b: Rect) => Math.abs(a.top - b.top) < 2;
      const lineNumbers = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers'));
      const viewLines = Array.from(editor.querySelectorAll('.view-lines .view-line'));
      const found: { line: number; startColumn: number; endColumn: number }[] = [];
      for (const el of Array.from(editor.querySelectorAll('.view-overlays *'))) {
        if (el.closest('.review-widget') || g.getComputedStyle(el).backgroundColor !== wanted) continue;
        const box = el.getBoundingClientRect();
        const number = lineNumbers.find((n) => sameRow(n.getBoundingClientRect(), box));
        const viewLine = viewLines.find((v) => sameRow(v.getBoundingClientRect(), box));
        if (!number || !viewLine) continue;
        // Left edge of each character of the line, and the right edge of the last one.
        const edges: number[] = [];
        const walker = g.document.createTreeWalker(viewLine, 4 /* NodeFilter.SHOW_TEXT */);
        let right = viewLine.getBoundingClientRect().left;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            const range = g.document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const r = range.getBoundingClientRect();
            edges.push(r.left);
            right = r.right;
          }
        }
        edges.push(right);
        const columnAt = (x: number) => {
          let best = 0;
          for (let i = 0; i < edges.length; i++) if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
          return best + 1;
        };
        found.push({ line: Number((number.textContent ?? '').trim()), startColumn: columnAt(box.left), endColumn: columnAt(box.right) });
      }
      return found;
    }, colour);
  }

  /**
   * Opens the Comments panel and reads its comment rows: their text and 1-based line
   * ("[Ln 497]"); waits until they are `ready` (by default: any row).
   */
  async commentsPanel(
    ready: { what: string; ok: (rows: { text: string; line: number | undefined }[]) => boolean } = { what: 'a comment', ok: (r) => r.length > 0 },
    timeoutMs = 15_000,
  ): Promise<{ text: string; line: number | undefined }[]> {
    await this.runCommand('Comments: Focus on Comments View');
    return this.until(`the Comments panel to list ${ready.what}`, async () => {
      const rows = await this.page.locator('[id="workbench.panel.comments"] .monaco-list-row').evaluateAll((els) =>
        els
          .filter((el) => el.querySelector('.comment-thread-container'))
          .map((el) => {
            const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
            const line = /\[Ln (\d+)/.exec(text);
            return { text, line: line ? Number(line[1]) : undefined };
          }),
      );
      return ready.ok(rows) ? rows : undefined;
    }, timeoutMs);
  }

  /** Collapses the Explorer's other sections, so that the view `name` has the side bar's height for its rows. */
  async collapseOtherViews(name: string): Promise<void> {
    const open = this.page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]');
    for (let i = (await open.count()) - 1; i >= 0; i--) {
      const header = open.nth(i);
      if (((await header.locator('.title').first().textContent()) ?? '').trim() === name) continue;
      await this.step(`collapse the Explorer section "${await header.getAttribute('aria-label')}"`, () => header.locator('.title').first().click());
    }
    await this.until(`"${name}" to be the only expanded Explorer section`, async () => {
      const titles = await open.locator('.title').allTextContents();
      return titles.length === 1 && titles[0].trim() === name;
    }, 5_000);
  }

  private viewPane(name: string) {
    const title = this.page.locator('.pane-header .title').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
    return this.page.locator('.explorer-viewlet .pane').filter({ has: title });
  }

  /**
   * Focuses an Explorer view by its name ("Explorer: Focus on <name> View") and reads the rows
   * it renders (a list view renders only the rows in view): label, description and depth;
   * waits until they are `ready` (by default: any row).
   */
  async viewRows(name: string, ready: { what: string; ok: (rows: TreeRow[]) => boolean } = { what: 'rows', ok: (r) => r.length > 0 }): Promise<TreeRow[]> {
    await this.runCommand(`Explorer: Focus on ${name} View`);
    return this.until(`the ${name} view to show ${ready.what}`, async () => {
      const now = await this.readViewRows(name);
      return ready.ok(now) ? now : undefined;
    });
  }

  private readViewRows(name: string): Promise<TreeRow[]> {
    return this.viewPane(name)
      .locator('.pane-body .monaco-list-row')
      .evaluateAll((els) =>
        els.map((el) => ({
          label: (el.querySelector('.label-name')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          description: (el.querySelector('.label-description')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          level: Number(el.getAttribute('aria-level') ?? '0'),
          expanded: el.getAttribute('aria-expanded') === null ? undefined : el.getAttribute('aria-expanded') === 'true',
          icon: /\bcodicon-(?!colored\b)([\w-]+)/.exec(el.querySelector('.custom-view-tree-node-item-icon')?.className ?? '')?.[1],
        })),
      );
  }

  /**
   * In an Explorer view, moves the focus to the row labelled `label` with the keyboard (Home,
   * then Down until it is focused), expands it (Right) and returns the rows then shown.
   */
  async expandViewRow(name: string, label: string, maxRows = 200): Promise<TreeRow[]> {
    await this.collapseOtherViews(name);
    const pane = this.viewPane(name);
    const list = pane.locator('.pane-body .monaco-list').first();
    await this.step(`focus the ${name} view's list`, () => list.focus());
    await this.page.keyboard.press('Home');
    const focusedLabel = async () => ((await pane.locator('.monaco-list-row.focused .label-name').first().textContent()) ?? '').trim();
    let seen = '';
    for (let i = 0; i < maxRows && (seen = await focusedLabel()) !== label; i++) {
      await this.page.keyboard.press('ArrowDown');
      await this.until(`the focus in ${name} to move on from "${seen}"`, async () => (await focusedLabel()) !== seen, 5_000);
    }
    if (seen !== label) throw new E2EError(await this.describeFailure(`no row "${label}" in the ${name} view (went down ${maxRows} rows)`));
    await this.page.keyboard.press('ArrowRight');
    // Expanded, and its children rendered below it (they come from the extension, later).
    return this.until(`the row "${label}" in ${name} to expand and show its children`, async () => {
      const rows = await this.readViewRows(name);
      const at = rows.findIndex((r) => r.label === label);
      return at >= 0 && rows[at].expanded && rows[at + 1]?.level === rows[at].level + 1 ? rows : undefined;
    }, 10_000);
  }

  /** Clicks the row labelled `label` in an Explorer view (it must be rendered, i.e. in view). */
  async clickViewRow(name: string, label: string): Promise<void> {
    const row = this.viewPane(name).locator('.pane-body .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: label }) });
    await this.until(`one row "${label}" in the ${name} view`, async () => (await row.count()) === 1, 5_000);
    await this.step(`click the row "${label}" in the ${name} view`, () => row.click());
    await this.parkMouse();
  }

  /** Right-clicks the row labelled `label` in an Explorer view and chooses `action` (its title) in the context menu. */
  async viewRowContextAction(name: string, label: string, action: string): Promise<void> {
    const row = this.viewPane(name).locator('.pane-body .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: label }) });
    await this.until(`one row "${label}" in the ${name} view`, async () => (await row.count()) === 1, 5_000);
    await this.step(`right-click the row "${label}" in the ${name} view`, () => row.click({ button: 'right' }));
    const menu = this.page.locator('.context-view .monaco-menu');
    const entry = menu.locator('.action-item').filter({ has: this.page.locator('.action-label', { hasText: new RegExp(`^${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
    await this.until(`the context menu to offer "${action}"`, async () => (await entry.count()) === 1 && (await entry.isVisible()), 5_000);
    // The entry is chosen with the keyboard (the menu has the focus): a click on it right after
    // the menu opened was sometimes ignored. The mouse is parked first, so that it selects nothing.
    await this.parkMouse();
    const focused = async () => ((await menu.locator('.action-item.focused .action-label').first().textContent({ timeout: 1_000 }).catch(() => '')) ?? '').trim();
    for (let i = 0; i < 20 && (await focused()) !== action; i++) {
      const seen = await focused();
      await this.page.keyboard.press('ArrowDown');
      await this.until(`the focus in the context menu to move on from "${seen}"`, async () => (await focused()) !== seen, 5_000);
    }
    if ((await focused()) !== action) throw new E2EError(await this.describeFailure(`the context menu's focus never reached "${action}"`));
    await this.page.keyboard.press('Enter');
    await this.until('the context menu to close', async () => (await menu.count()) === 0 || !(await menu.first().isVisible()), 5_000);
  }

  /**
   * "Developer: Reload Window", then waits for the new page's workbench and, when an editor was
   * active, for that editor to be restored and drawn.
   */
  async reloadWindow(): Promise<void> {
    const page = this.page;
    const tab = page.locator('.tabs-container .tab.active');
    const activeTab = (await tab.count()) > 0 ? await tab.first().getAttribute('aria-label') : null;
    await page.evaluate(() => {
      (globalThis as { referatBeforeReload?: boolean }).referatBeforeReload = true;
    });
    const t0 = Date.now();
    await this.runCommand('Developer: Reload Window');
    // Until the old page is gone, the mark is there; evaluate fails while the page navigates.
    await this.until('the window to reload (a new page)', async () => !(await page.evaluate(() => (globalThis as { referatBeforeReload?: boolean }).referatBeforeReload)), 30_000);
    log(`reload: new page after ${Date.now() - t0} ms`);
    await this.step('the workbench to show again', () => page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 30_000 }));
    log(`reload: workbench after ${Date.now() - t0} ms`);
    if (activeTab) {
      // By its name: the rest of the label names its editor group, which may be renumbered.
      const name = activeTab.split(',')[0];
      await this.until(`the editor "${name}" to be restored`, async () => (await tab.count()) > 0 && (await tab.first().getAttribute('aria-label'))?.split(',')[0] === name, 30_000);
      await this.step('the restored editor text to render', () => page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible', timeout: 15_000 }));
      log(`reload: editor restored after ${Date.now() - t0} ms`);
    }
  }

  /**
   * Saves a PNG under test-results/screenshots/ and returns its path. With `docs: true` and
   * REFERAT_E2E_DOCS_SCREENSHOTS=1 it is also copied to docs/screenshots/ (for the README).
   */
  async screenshot(name: string, opts: { docs?: boolean } = {}): Promise<string> {
    mkdirSync(screenshotDir, { recursive: true });
    const file = join(screenshotDir, `${name}.png`);
    if (opts.docs) {
      // For the README: no tooltip or highlighted sash left from the mouse.
      await this.parkMouse();
      await pollUntil(async () => (await this.page.locator('.workbench-hover-container').count()) === 0, 3_000);
    }
    await this.page.screenshot({ path: file, timeout: 10_000 });
    if (opts.docs && process.env.REFERAT_E2E_DOCS_SCREENSHOTS === '1') {
      mkdirSync(docsScreenshotDir, { recursive: true });
      copyFileSync(file, join(docsScreenshotDir, `${name}.png`));
    }
    return file;
  }

  /** Waits for the runner extension's JSON result (see runner-extension/extension.js). */
  async apiResult(timeoutMs = 30_000): Promise<ApiTestResult> {
    return this.until(`the API test result in ${this.resultFile}`, async () => {
      if (!existsSync(this.resultFile)) return undefined;
      const result = JSON.parse(readFileSync(this.resultFile, 'utf8')) as ApiTestResult;
      return result.done ? result : undefined;
    }, timeoutMs);
  }

  /** Closes the browser, stops code-server (its whole process group) and removes the temp dirs. */
  async close(opts: { keepRoot?: boolean } = {}): Promise<void> {
    try {
      await this.browser?.close();
    } catch {
      /* already gone */
    }
    const child = this.server;
    if (child && child.pid && !this.serverExit) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      const done = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
      if (!done) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    if (opts.keepRoot) return;
    if (process.env.REFERAT_E2E_KEEP === '1') {
      console.log(`[e2e] kept ${this.root}`);
    } else {
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}
