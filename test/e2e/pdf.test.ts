// A PDF the municipality published, in real VS Code (code-server in headless Chromium): opened
// from Quick Open (VS Code shows its binary-file placeholder), then "Referat: Open PDF or web
// page as referat" from the palette opens the read-only referat beside it, named after the
// file, with its items in the Outline. A note on it goes into the sidecar beside the PDF and
// is still there after "Developer: Reload Window" (the virtual document is read again). The
// Møder view lists the PDF's meeting, and a click on an item opens the referat there.
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
import { committeeName } from '../../server/src/workspace/committee';
import { parseReferat } from '../../server/src/parser';

const PDF = 'byraadet-2025-03-03.pdf';
const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
const OPEN_AS_REFERAT = `Referat: ${nls['command.openAsReferat']}`;
const noteText = 'Hvilke ændringer står i bilaget?';

let pdf: Uint8Array;
/** 1-based line of the note in the extracted text: the recommendation of Punkt 1. */
let noteLine = 0;
/** The PDF's committee as the Møder view names it, and the 1-based line of Punkt 2's heading. */
let committee = '';
let item2Line = 0;

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
    const lines = extracted.text.split('\n');
    noteLine = lines.findIndex((l) => l.startsWith('Forvaltningen anbefaler')) + 1;
    item2Line = lines.findIndex((l) => l.startsWith('Punkt 2:')) + 1;
    assert.ok(noteLine > 0 && item2Line > 0);
    const named = parseReferat(extracted.text).meeting.committee?.value;
    assert.ok(named, 'the PDF names its committee');
    committee = committeeName(named);
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
    await s.screenshot('pdf-as-referat', { docs: true });
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

  it('lists the PDF\'s meeting in the Møder view; a click on an item opens its referat (closed before) at the heading', async (t) => {
    const s = await session(t);
    if (!s) return;
    const VIEW = 'Møder (meetings)';
    await s.viewRows(VIEW, { what: `the committee "${committee}"`, ok: (now) => now.some((r) => r.level === 1 && r.label === committee) });
    const rows = await s.expandViewRow(VIEW, committee);
    const meeting = rows.find((r) => r.level === 2 && r.description === PDF);
    assert.ok(meeting, `no meeting of ${PDF} under ${committee}: ${JSON.stringify(rows)}`);
    const items = (await s.expandViewRow(VIEW, meeting.label)).filter((r) => r.level === 3).map((r) => normalize(r.label));
    assert.deepEqual(items, ['Punkt 1: Kommuneplan 2025', 'Punkt 2: Budget 2026 i to spalter']);
    // Closed first, the referat is opened by the link alone (read again from the PDF).
    await s.runCommand('View: Close All Editors');
    await s.until('no editor open', async () => (await s.activeTab()) === undefined);
    await s.clickViewRow(VIEW, 'Punkt 2: Budget 2026 i to spalter');
    await s.until(`the referat of ${PDF} to be active`, async () => (await s.activeTab())?.includes(`${PDF}.referat`));
    await s.until(`the cursor on the heading of Punkt 2 (Ln ${item2Line})`, async () => (await s.cursor())?.line === item2Line);
  });
});
