// The web extension alone: a .vsix whose package.json has a `browser` entry and no `main`,
// and no Node bundle at all (dist/web/ only). VS Code runs such an extension in its web
// extension host, in the browser, even when a server (code-server) could run Node ones: what
// works in that session works on vscode.dev and github.dev.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2EError } from './codeServer';
import { repoRoot } from './env';

let packaged: string | undefined;

export function packageWebExtension(): string {
  if (packaged) return packaged;
  const dir = mkdtempSync(join(tmpdir(), 'referat-e2e-web-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const extension = join(dir, 'extension');
  for (const part of ['dist/web', 'syntaxes', 'l10n', 'data', 'language-configuration.json', 'package.nls.json', 'package.nls.da.json', 'LICENSE', 'README.md', '.vscodeignore']) {
    cpSync(join(repoRoot, part), join(extension, part), { recursive: true });
  }
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  delete manifest.bin;
  delete manifest.scripts;
  writeFileSync(join(extension, 'package.json'), JSON.stringify(manifest, null, 2));
  const vsix = join(dir, 'referat-web.vsix');
  const bin = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const res = spawnSync(process.execPath, [bin, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '-o', vsix], {
    cwd: extension,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (res.status !== 0) throw new E2EError(`vsce package (web) failed: ${res.error?.message ?? ''}${res.stdout}${res.stderr}`);
  packaged = vsix;
  return vsix;
}
