// The web extension in real VS Code: code-server 4.139 with a .vsix that has only a `browser`
// entry (harness/webPackage.ts), so it runs in the web extension host in Chromium, with the
// language server in a web worker, as on vscode.dev. A reader opens a sample, sees the Outline,
// hovers a case number, adds a note (its sidecar written through vscode.workspace.fs), and
// opens a PDF as a referat (its bytes read through vscode.workspace.fs, pdf.js loaded into the
// worker on that first PDF).
// Runs only with REFERAT_E2E=1 or CI=true; under CI a missing tool fails the tests.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeServerSession } from './harness/codeServer';
import { packageWebExtension } from './harness/webPackage';
import { chromium, codeServerEntry, node24, repoRoot, requireTools, Skippable } from './harness/env';
import { findInSample, gold, kleTitle, normalize, sampleLines } from './goldSample';
import { minutesPdf } from '../extract/minutesPdf';

const SAMPLE = '000_df28461cf8eca80f.txt';
const expected = gold(SAMPLE);
const item64 = expected.items.find((i) => i.number === 64)!;
const casePos = findInSample(SAMPLE, item64.caseNumber!);
const lines = sampleLines(SAMPLE);
const noteAt = findInSample(SAMPLE, 'Kvalitetsstandarden er senest godkendt');
const noteColumn = lines[noteAt.line - 1].indexOf('godkendt') + 1;
const noteText = 'Gælder det også i weben?';
const AUTHOR = 'Mette Lund';
const PDF = 'byraadet-2025-03-03.pdf';
const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;

let started: Promise<CodeServerSession> | undefined;
async function session(t: Skippable): Promise<CodeServerSession | undefined> {
  if (!requireTools(t, { node24: node24(), codeServer: codeServerEntry(), chromium: chromium() })) return undefined;
  started ??= CodeServerSession.start({ referatVsix: packageWebExtension(), settings: { 'referat.notes.author': AUTHOR }, files: { [PDF]: await minutesPdf() } }).then(async (s) => {
    await s.openFile(SAMPLE);
    return s;
  });
  return started;
}

describe('VS Code (code-server) with the web extension only (browser entry, server in a web worker)', { timeout: 180_000 }, () => {
  after(async () => {
    if (started) await (await started.catch(() => undefined))?.close();
  });

  it('detects the sample as a referat and shows its items in the Outline', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.until('the status bar language to be "Referat"', async () => (await s.languageMode()) === 'Referat');
    const labels = await s.until('the Outline to list Punkt 64', async () => {
      const rows = (await s.outlineRows(3)).map((r) => normalize(r.label));
      return rows.includes('Punkt 64: Godkendelse af udmøntning af budget 2021') ? rows : undefined;
    });
    for (const item of expected.items) assert.ok(labels.some((l) => l.includes(normalize(item.title))), `Outline lacks Punkt ${item.number}: ${JSON.stringify(labels)}`);
    await s.screenshot('web-outline');
  });

  it('shows the KLE title when hovering a case number (the table bundled in the worker)', async (t) => {
    const s = await session(t);
    if (!s) return;
    const title = kleTitle(item64.caseNumber!)!;
    const text = await s.hoverAt(casePos.line, casePos.column + 2);
    assert.ok(text.includes(title), `hover on ${item64.caseNumber} should contain "${title}"; got ${JSON.stringify(text)}`);
    await s.page.keyboard.press('Escape');
  });

  it('lists a case of a referat that is not open in the Sager view (the index reads it through the client)', async (t) => {
    const s = await session(t);
    if (!s) return;
    const other = gold('003_d675881337821316.txt');
    const items = other.items.filter((i) => i.caseNumber === '15.00.00-K01-1-20');
    assert.equal(items.length, 2);
    await s.viewRows('Sager (cases)');
    const rows = await s.expandViewRow('Sager (cases)', '15.00.00-K01-1-20');
    const at = rows.findIndex((r) => r.level === 1 && r.label === '15.00.00-K01-1-20');
    assert.ok(at >= 0, JSON.stringify(rows));
    const children = rows.slice(at + 1).filter((r, i, all) => all.slice(0, i + 1).every((x) => x.level > 1));
    assert.deepEqual(children.map((c) => /^Punkt \d+/.exec(c.description)?.[0]), items.map((i) => `Punkt ${i.number}`));
  });

  it('adds a note on a selection; the sidecar is written through vscode.workspace.fs', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.selectToLineEnd(noteAt.line, noteColumn);
    await s.runCommand('Referat: Add note');
    await s.submitNewComment(noteText, 'Add note');
    const sidecarPath = join(s.workspace, `${SAMPLE}.noter.json`);
    const note = await s.until('the note in the sidecar on disk', async () => {
      if (!existsSync(sidecarPath)) return undefined;
      const sidecar = JSON.parse(readFileSync(sidecarPath, 'utf8')) as { notes: { body: string; author?: string; anchor: { quote: string; item?: { number: number } } }[] };
      return sidecar.notes.find((n) => n.body === noteText);
    });
    assert.equal(note.author, AUTHOR);
    assert.equal(note.anchor.quote, lines[noteAt.line - 1].slice(noteColumn - 1));
    assert.equal(note.anchor.item?.number, 68);
    const thread = await s.until('the thread of the new note', async () => (await s.commentThreads()).find((x) => x.comments.includes(noteText)));
    assert.equal(thread.title, 'Punkt 68');
    // How the worker was started, for the report: code-server serves the extension from the
    // server (vscode-remote:), where the web extension host refuses a Worker from its URL.
    console.log(s.consoleLines.filter((l) => /Referat|worker/i.test(l)).join('\n'));
  });

  it('opens a PDF as a referat: the worker extracts it (pdf.js loaded on this first PDF) and the Outline lists its items', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.openFile(PDF, { binary: true });
    await s.runCommand(`Referat: ${nls['command.openAsReferat']}`);
    const tab = s.page.locator('.editor-group-container.active .tabs-container .tab.active');
    await s.until(`the referat of ${PDF} to be the active editor`, async () => (await tab.count()) > 0 && (await tab.first().getAttribute('aria-label'))?.includes(`${PDF}.referat`));
    await s.until('the status bar language to be "Referat"', async () => (await s.languageMode()) === 'Referat');
    const rows = await s.until('the Outline to list both items of the PDF', async () => {
      const r = (await s.outlineRows(2)).map((x) => normalize(x.label)).filter((l) => l.startsWith('Punkt '));
      return r.includes('Punkt 2: Budget 2026 i to spalter') ? r : undefined;
    });
    assert.deepEqual(rows, ['Punkt 1: Kommuneplan 2025', 'Punkt 2: Budget 2026 i to spalter']);
    await s.screenshot('web-pdf-as-referat');
  });
});
