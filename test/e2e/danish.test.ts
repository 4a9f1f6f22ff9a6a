// What a Danish user sees: code-server with display language "da" (VS Code's own strings stay
// English, see registerDisplayLanguage in harness/codeServer.ts; there is no Danish language
// pack here). Each check fails if the Danish path breaks: the server's messages (the locale
// in LSP initialize), the manifest's package.nls.da.json and the client's bundle.l10n.da.json.
// Runs only with REFERAT_E2E=1 or CI=true; under CI a missing tool fails the tests.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { committeeName } from '../../server/src/workspace/committee';
import { CodeServerSession } from './harness/codeServer';
import { builtServer, chromium, codeServerEntry, node24, requireTools, Skippable } from './harness/env';
import { allGold, findInSample, gold, kleTitle, normalize } from './goldSample';

const SAMPLE = '000_df28461cf8eca80f.txt';
const TOC_SAMPLE = '003_d675881337821316.txt';
const expected = gold(SAMPLE);
const item64 = expected.items.find((i) => i.number === 64)!;

let started: Promise<CodeServerSession> | undefined;
async function session(t: Skippable): Promise<CodeServerSession | undefined> {
  if (!requireTools(t, { node24: node24(), codeServer: codeServerEntry(), chromium: chromium(), server: builtServer() })) return undefined;
  // Diagnostics of the open files only: the Problems view then lists sample 003 alone.
  started ??= CodeServerSession.start({ displayLanguage: 'da', settings: { 'referat.workspaceDiagnostics': false } });
  return started;
}

describe('VS Code (code-server) in Danish', { timeout: 120_000 }, () => {
  after(async () => {
    if (started) await (await started.catch(() => undefined))?.close();
  });

  it('the Problems view gives a table-of-contents mismatch in Danish', async (t) => {
    const s = await session(t);
    if (!s) return;
    const finding = gold(TOC_SAMPLE).findings.find((f) => f.code === 'toc-mismatch')!;
    const entry = gold(TOC_SAMPLE).toc.find((e) => e.line === finding.line)!;
    const item = gold(TOC_SAMPLE).items.find((i) => i.number === entry.item)!;
    const message = `Indholdsfortegnelsen siger '${entry.title}', men Punkt ${item.number} hedder '${item.title}'`;
    await s.openFile(TOC_SAMPLE);
    await s.until(`a warning on line ${finding.line}: "${message}"`, async () =>
      (await s.problems()).some((r) => r.line === finding.line && r.severity === 'warning' && r.message === message),
    );
  });

  it("the Outline gives an item's outcome without the English gloss", async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.openFile(SAMPLE);
    const rows = await s.outlineRows(3);
    const row = rows.find((r) => normalize(r.label) === `Punkt 64: ${item64.title}`);
    // In English: "00.30.02-S00-21-19 · godkendt (approved)".
    assert.equal(row?.description, `${item64.caseNumber} · godkendt`, JSON.stringify(rows));
  });

  it('the hover on a case number is in Danish', async (t) => {
    const s = await session(t);
    if (!s) return;
    const at = findInSample(SAMPLE, item64.caseNumber!);
    await s.openFile(SAMPLE);
    const text = await s.hoverAt(at.line, at.column + 2);
    await s.page.keyboard.press('Escape');
    assert.ok(text.includes('KLE-sagsnummer') && text.includes(kleTitle(item64.caseNumber!)!), `hover: ${JSON.stringify(text)}`);
  });

  it('the palette has "Referat: Gå til Beslutning/Indstilling", and it goes there', async (t) => {
    const s = await session(t);
    if (!s) return;
    const indstilling = item64.sections.find((x) => x.kind === 'Indstilling')!;
    const beslutning = item64.sections.find((x) => x.kind === 'Beslutning')!;
    await s.openFile(SAMPLE);
    await s.goTo(indstilling.line + 2, 5);
    // runCommand matches the title exactly: the English "Go to ..." would not do.
    await s.runCommand('Referat: Gå til Beslutning/Indstilling');
    await s.until(`the cursor to move to the Beslutning of Punkt 64 (line ${beslutning.line})`, async () => {
      const p = await s.cursor();
      return p && p.line >= beslutning.line && p.line < beslutning.line + 3;
    });
  });

  it('the Sager view has its Danish name, and counts meetings in Danish', async (t) => {
    const s = await session(t);
    if (!s) return;
    const caseNumber = expected.items.find((i) => i.number === 68)!.caseNumber!;
    const meetings = new Set(
      allGold().flatMap((g) => g.items.filter((i) => i.caseNumber === caseNumber).map(() => `${g.meeting.date}|${committeeName(g.meeting.committee)}`)),
    ).size;
    // "Sager", not "Sager (cases)": the view's name comes from package.nls.da.json.
    await s.viewRows('Sager');
    const rows = await s.expandViewRow('Sager', caseNumber);
    const row = rows.find((r) => r.level === 1 && r.label === caseNumber);
    // The count comes from l10n/bundle.l10n.da.json ("{0} meetings" in English).
    assert.equal(row?.description, meetings === 1 ? '1 møde' : `${meetings} møder`, JSON.stringify(rows));
  });

  it('the reading view speaks Danish: its labels, and outcomes without the English gloss', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.openFile(SAMPLE);
    // The command's Danish title comes from package.nls.da.json.
    await s.runCommand('Referat: Åbn læsevisning ved siden af');
    const view = s.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const article = view.locator('article', { hasText: `Punkt 64:` });
    await s.until('the reading view to show Punkt 64', async () => (await article.count().catch(() => 0)) === 1, 30_000);
    // The labels come from l10n/bundle.l10n.da.json ("Case number", "godkendt (approved)" in English).
    assert.equal(await article.locator('.badge', { hasText: 'godkendt' }).first().textContent(), 'godkendt');
    const labels = (await view.locator('body').textContent()) ?? '';
    assert.ok(/Møde/.test(labels) && !/\bMeeting\b/.test(labels), labels.slice(0, 400));
  });
});
