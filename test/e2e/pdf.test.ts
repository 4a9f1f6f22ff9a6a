// A PDF the municipality published, in real VS Code (code-server in headless Chromium): opened
// from Quick Open (VS Code shows its binary-file placeholder), then "Referat: Open PDF or web
// page as referat" from the palette opens the read-only referat beside it, named after the
// file, with its items in the Outline. A note on it goes into the sidecar beside the PDF and
// is still there after "Developer: Reload Window" (the virtual document is read again).
// Runs only with REFERAT_E2E=1 or CI=true; under CI a missing tool fails the tests.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../server/src/extract';
import { SIDECAR_SUFFIX, type Sidecar } from '../../client/src/notes/model';
import { CodeServerSession } from './harness/codeServer';
import { builtServer, chromium, codeServerEntry, node24, repoRoot, requireTools, Skippable } from './harness/env';
import { minutesPdf } from '../extract/minutesPdf';
import { normalize } from './goldSample';

const PDF = 'byraadet-2025-03-03.pdf';
const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
const OPEN_AS_REFERAT = `Referat: ${nls['command.openAsReferat']}`;
const noteText = 'Hvilke ændringer står i bilaget?';

let pdf: Uint8Array;
/** 1-based line of the note in the extracted text: the recommendation of Punkt 1. */
let noteLine = 0;

let started: Promise<CodeServerSession> | undefined;
async function session(t: Skippable): Promise<CodeServerSession | undefined> {
  if (!requireTools(t, { node24: node24(), codeServer: codeServerEntry(), chromium: chromium(), server: builtServer() })) return undefined;
  started ??= CodeServerSession.start({ files: { [PDF]: pdf } });
  return started;
}

function sidecarOf(s: CodeServerSession): Sidecar | undefined {
  const path = join(s.workspace, PDF + SIDECAR_SUFFIX);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Sidecar) : undefined;
}

describe('A PDF opened as a referat in VS Code (code-server)', { timeout: 180_000 }, () => {
  before(async () => {
    pdf = await minutesPdf();
    const extracted = await extractText(pdf, PDF);
    assert.ok(extracted.ok);
    noteLine = extracted.text.split('\n').findIndex((l) => l.startsWith('Forvaltningen anbefaler')) + 1;
    assert.ok(noteLine > 0);
  });
  after(async () => {
    if (started) await (await started.catch(() => undefined))?.close();
  });

  it('opens the PDF read-only beside itself, named after the file, with its items in the Outline', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.openFile(PDF, { binary: true });
    await s.runCommand(OPEN_AS_REFERAT);
    // Beside the PDF: a second editor group, whose active tab is the referat.
    const tab = s.page.locator('.editor-group-container.active .tabs-container .tab.active');
    await s.until(`the referat of ${PDF} to be the active editor`, async () => (await tab.count()) > 0 && (await tab.first().getAttribute('aria-label'))?.includes(`${PDF}.referat`));
    await s.until('the status bar language to be "Referat"', async () => (await s.languageMode()) === 'Referat');
    const rows = await s.until('the Outline to list both items', async () => {
      const r = await s.outlineRows(2);
      return r.some((x) => normalize(x.label) === 'Punkt 2: Budget 2026 i to spalter') ? r : undefined;
    });
    assert.deepEqual(
      rows.map((r) => normalize(r.label)).filter((l) => l.startsWith('Punkt ')),
      ['Punkt 1: Kommuneplan 2025', 'Punkt 2: Budget 2026 i to spalter'],
    );
    await s.screenshot('pdf-as-referat');
  });

  it('keeps a note on it in the sidecar beside the PDF, and shows it again after "Developer: Reload Window"', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.focusEditor();
    await s.selectToLineEnd(noteLine, 1);
    await s.runCommand('Referat: Add note');
    await s.submitNewComment(noteText, 'Add note');
    const note = await s.until(`the note in ${PDF}${SIDECAR_SUFFIX} beside the PDF`, async () => sidecarOf(s)?.notes.find((n) => n.body === noteText));
    assert.equal(note.anchor.item?.number, 1);
    assert.ok(note.anchor.quote.startsWith('Forvaltningen anbefaler'), note.anchor.quote);

    // Only the referat stays open over the reload (VS Code does not restore the PDF's placeholder).
    await s.runCommand('View: Focus First Editor Group');
    await s.runCommand('View: Close Editor');
    await s.until(`only the referat of ${PDF} to be open`, async () => (await s.activeTab())?.includes(`${PDF}.referat`));
    await s.reloadWindow();
    await s.until('the status bar language to be "Referat" again', async () => (await s.languageMode()) === 'Referat', 30_000);
    const rows = await s.commentsPanel({ what: `the note at line ${noteLine}`, ok: (now) => now.some((r) => r.text.includes(noteText) && r.line === noteLine) }, 30_000);
    assert.ok(rows.some((r) => r.text.includes(noteText)));
  });
});
