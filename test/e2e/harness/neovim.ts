// Headless Neovim 0.7 as an LSP client of dist/server.js (see ../neovim/lsp-probe.lua).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './env';

export interface LspRequest {
  name: string;
  method: string;
  /** Params without textDocument (the probe adds the buffer's). */
  params?: Record<string, unknown>;
  /** Server capability (e.g. "hoverProvider") without which the request is not sent. */
  capability?: string;
}

export interface PublishDiagnostics {
  uri: string;
  diagnostics: { range: { start: { line: number; character: number } }; severity?: number; code?: string | number; message: string; source?: string }[];
}

export interface NvimProbeResult {
  uri: string;
  capabilities?: Record<string, unknown>;
  responses: Record<string, { result?: unknown; err?: unknown }>;
  diagnostics: PublishDiagnostics[];
  diagnosticsArrived?: boolean;
  events: string[];
  error?: string;
  /** Neovim's LSP log (stderr of the server goes there), for failure messages. */
  lspLog: string;
}

/** Opens `file` in headless Neovim, attaches the server, sends the requests, collects diagnostics. */
export function nvimProbe(nvim: string, serverJs: string, file: string, requests: LspRequest[], timeoutMs = 10_000): NvimProbeResult {
  const tmp = mkdtempSync(join(tmpdir(), 'referat-e2e-nvim-'));
  const out = join(tmp, 'result.json');
  try {
    const res = spawnSync(nvim, ['--headless', '--clean', '-u', join(repoRoot, 'test', 'e2e', 'neovim', 'lsp-probe.lua'), file], {
      env: {
        ...process.env,
        XDG_CACHE_HOME: join(tmp, 'cache'),
        XDG_STATE_HOME: join(tmp, 'state'),
        XDG_DATA_HOME: join(tmp, 'data'),
        XDG_CONFIG_HOME: join(tmp, 'config'),
        REFERAT_NVIM_CMD: JSON.stringify([process.execPath, serverJs, '--stdio']),
        REFERAT_NVIM_REQUESTS: JSON.stringify(requests),
        REFERAT_NVIM_OUT: out,
        REFERAT_NVIM_TIMEOUT: String(timeoutMs),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: timeoutMs * (requests.length + 3) + 10_000,
    });
    const logFile = join(tmp, 'cache', 'nvim', 'lsp.log');
    const lspLog = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
    if (!existsSync(out)) {
      throw new Error(
        `nvim wrote no result (exit ${res.status}${res.error ? `, ${res.error.message}` : ''})\nstdout: ${res.stdout}\nstderr: ${res.stderr}\nlsp.log: ${lspLog}`,
      );
    }
    const result = JSON.parse(readFileSync(out, 'utf8')) as NvimProbeResult;
    result.lspLog = lspLog;
    if (result.error) {
      throw new Error(`nvim probe failed: ${result.error}\nevents: ${result.events.join('\n  ')}\nlsp.log: ${lspLog}`);
    }
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
