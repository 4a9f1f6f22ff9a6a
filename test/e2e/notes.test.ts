// Notes and highlights in real VS Code (code-server 4.139 in headless Chromium), done the way a
// reader does them: select text, "Referat: Add note" from the palette, type into the comment
// box, press its "Add note" button; "Referat: Highlight", pick a colour. Then the note and the
// highlight must be in the sidecar on disk, in the editor, in the Comments panel and the Noter
// view, and still at the same place after "Developer: Reload Window". Then the thread is used:
// a reply, an edit of the note, Resolve and Reopen from its title bar. Last, a second document
// with an orphaned note: listed as such in the Noter view, re-attached from its context menu.
// Runs only with REFERAT_E2E=1 or CI=true; under CI a missing tool fails the tests.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineAnchor } from '../../client/src/notes/anchoring';
import { SIDECAR_SUFFIX, type Note, type Sidecar } from '../../client/src/notes/model';
import { parseReferat } from '../../server/src/parser';
import { CodeServerSession } from './harness/codeServer';
import { builtServer, chromium, codeServerEntry, node24, repoRoot, requireTools, Skippable } from './harness/env';
import { findInSample, gold, nextTextLine, sampleLines, samplePath } from './goldSample';

const SAMPLE = '000_df28461cf8eca80f.txt';
const expected = gold(SAMPLE);
const item68 = expected.items.find((i) => i.number === 68)!;
const lines = sampleLines(SAMPLE);

/** A note on the Kommunikation paragraph of Punkt 68, from its second word to the line's end. */
const noteLine = nextTextLine(SAMPLE, item68.sections.find((s) => s.kind === 'Kommunikation')!.line);
const noteColumn = lines[noteLine - 1].indexOf(' ') + 2;
const noteText = 'Er Ældrerådet også hørt?';
/** A note on the whole item, added with the cursor in its Indstilling, far below the heading. */
const itemNoteLine = nextTextLine(SAMPLE, item68.sections.find((s) => s.kind === 'Indstilling')!.line);
const itemNoteText = 'Punktet skal op i Kommunalbestyrelsen';
/** A green highlight a few lines above the note, in Punkt 68: "godkendt på ... 29. januar 2020." */
const highlightAt = findInSample(SAMPLE, 'Kvalitetsstandarden er senest godkendt');
const highlightLine = highlightAt.line;
const highlightColumn = lines[highlightLine - 1].indexOf('godkendt') + 1;
// The colour as the browser computes it from the decoration type in client/src/notes/highlights.ts.
const GREEN = (() => {
  const source = readFileSync(join(repoRoot, 'client', 'src', 'notes', 'highlights.ts'), 'utf8');
  const m = /green: \{ background: 'rgba\((\d+), (\d+), (\d+), ([\d.]+)\)'/.exec(source);
  if (!m) throw new Error('no green highlight colour in client/src/notes/highlights.ts');
  return `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${Number(m[4])})`;
})();

/** A reply to the note on the selection, and that note's text after an edit. */
const replyText = 'Ja, i høringsbrevet af 3. februar';
const editedText = 'Er Ældrerådet og Handicaprådet hørt?';

/**
 * A second referat whose sidecar is written before it is opened, as if the minutes had been
 * re-published since: one note still finds its line (Punkt 17's Indstilling), the other's item
 * (Punkt 16) and text are gone, so it is orphaned. Re-attach puts it on a selection in Punkt 18.
 */
const OTHER = '004_32a3fcc01710ab42.txt';
const otherGold = gold(OTHER);
const otherLines = sampleLines(OTHER);
const item17 = otherGold.items.find((i) => i.number === 17)!;
const item18 = otherGold.items.find((i) => i.number === 18)!;
const placedLine = nextTextLine(OTHER, item17.sections.find((s) => s.kind === 'Indstilling')!.line);
const placedText = 'Hvad koster strategien?';
const orphanText = 'Sammenlign med landstallet';
const orphanQuote = 'Ledigheden i kommunen er faldet med fire procent siden januar.';
/** Where the orphan is re-attached: Punkt 18's last Sagsfremstilling line, from "gået" to its end. */
const reattachAt = findInSample(OTHER, 'gået i gang med at udarbejde et udbudsmateriale');
const reattachQuote = otherLines[reattachAt.line - 1].slice(reattachAt.column - 1);

function otherSidecar(): Sidecar {
  const written = '2021-03-01T09:00:00.000Z';
  const note = (id: string, body: string, anchor: Note['anchor']): Note => ({ id, created: written, updated: written, author: 'Jens Holm', body, replies: [], resolved: false, anchor });
  const text = readFileSync(samplePath(OTHER), 'utf8');
  const orphanAnchor: Note['anchor'] = {
    scope: 'selection',
    item: { number: 16, title: 'Orientering om ledighedstal for januar', caseNumber: '15.00.00-A00-7-21' },
    section: 'Sagsfremstilling',
    quote: orphanQuote,
    prefix: 'Jobcentret har opgjort tallene. ',
    suffix: ' Det er mere end i nabokommunerne',
    start: 1200,
    end: 1200 + orphanQuote.length,
    itemOffset: 310,
  };
  return {
    schema: 1,
    notes: [note('note-placed', placedText, lineAnchor(parseReferat(text), placedLine - 1)), note('note-orphan', orphanText, orphanAnchor)],
    highlights: [],
    deleted: [],
  };
}

/** The name on new notes (setting referat.notes.author). */
const AUTHOR = 'Mette Lund';

let started: Promise<CodeServerSession> | undefined;
async function session(t: Skippable): Promise<CodeServerSession | undefined> {
  if (!requireTools(t, { node24: node24(), codeServer: codeServerEntry(), chromium: chromium(), server: builtServer() })) return undefined;
  started ??= CodeServerSession.start({ settings: { 'referat.notes.author': AUTHOR } }).then(async (s) => {
    await s.openFile(SAMPLE);
    await s.until('the status bar language to be "Referat"', async () => (await s.languageMode()) === 'Referat');
    return s;
  });
  return started;
}

function sidecarOf(s: CodeServerSession): Sidecar | undefined {
  const path = join(s.workspace, SAMPLE + SIDECAR_SUFFIX);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Sidecar) : undefined;
}

/** The note on the selection (the first test's), as saved on disk. */
function selectionNote(s: CodeServerSession): Note | undefined {
  return sidecarOf(s)?.notes.find((n) => n.anchor.scope === 'selection');
}

/** The thread widgets after "Comments: Expand All Comments" (new threads of saved notes start collapsed). */
async function expandedThreads(s: CodeServerSession, minThreads: number) {
  await s.runCommand('Comments: Expand All Comments');
  return s.until(`at least ${minThreads} expanded comment thread(s) in the editor`, async () => {
    const threads = (await s.commentThreads()).filter((t) => t.comments.length > 0);
    return threads.length >= minThreads ? threads : undefined;
  });
}

describe('Notes and highlights in VS Code (code-server)', { timeout: 180_000 }, () => {
  after(async () => {
    if (started) await (await started.catch(() => undefined))?.close();
  });

  it('adds a note on a selection: palette "Referat: Add note", type in the comment box, press "Add note"', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.selectToLineEnd(noteLine, noteColumn);
    await s.runCommand('Referat: Add note');
    await s.submitNewComment(noteText, 'Add note');
    const note = await s.until('the note in the sidecar on disk', async () => sidecarOf(s)?.notes.find((n) => n.body === noteText) ?? undefined);
    assert.equal(note.author, AUTHOR);
    assert.equal(note.anchor.scope, 'selection');
    assert.equal(note.anchor.quote, lines[noteLine - 1].slice(noteColumn - 1));
    assert.equal(note.anchor.item?.number, 68);
    assert.equal(note.anchor.section, 'Kommunikation');
    // Its thread stays open where the input box was, on the selected line.
    const thread = await s.until('the thread of the new note, open and in view', async () => (await s.commentThreads()).find((x) => x.comments.includes(noteText) && x.inView));
    assert.deepEqual([thread.startLine, thread.endLine, thread.title], [noteLine, noteLine, 'Punkt 68']);
  });

  it('adds a note on the whole item from inside it ("Referat: Add note on item"), with the comment box in view', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.goTo(itemNoteLine, 5);
    await s.runCommand('Referat: Add note on item');
    await s.submitNewComment(itemNoteText, 'Add note');
    const note = await s.until('the item note in the sidecar on disk', async () => sidecarOf(s)?.notes.find((n) => n.body === itemNoteText) ?? undefined);
    assert.equal(note.anchor.scope, 'item');
    assert.equal(note.anchor.item?.number, 68);
    assert.equal(note.anchor.quote, lines[item68.line - 1].trim());
    const thread = await s.until('the thread of the item note, open and in view', async () => (await s.commentThreads()).find((x) => x.comments.includes(itemNoteText) && x.inView));
    assert.deepEqual([thread.startLine, thread.endLine, thread.title], [item68.line, item68.line, 'Punkt 68']);
  });

  it('highlights a selection in green ("Referat: Highlight"): in the sidecar and drawn over exactly that text', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.selectToLineEnd(highlightLine, highlightColumn);
    await s.runCommand('Referat: Highlight');
    await s.pickQuickInputItem('Green');
    const highlight = await s.until('the highlight in the sidecar on disk', async () => sidecarOf(s)?.highlights[0]);
    assert.equal(highlight.colour, 'green');
    assert.equal(highlight.anchor.item?.number, 68);
    assert.equal(highlight.anchor.quote, lines[highlightLine - 1].slice(highlightColumn - 1));
    // Move the cursor off the line, so that the selection is not drawn over the highlight.
    await s.goTo(highlightLine + 2, 1);
    const drawn = await s.until(`a ${GREEN} decoration in the editor`, async () => {
      const found = await s.decorationsWithBackground(GREEN);
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(drawn, [{ line: highlightLine, startColumn: highlightColumn, endColumn: lines[highlightLine - 1].length + 1 }]);
  });

  it('lists the notes in the Noter view under their meeting and item', async (t) => {
    const s = await session(t);
    if (!s) return;
    const rows = await s.viewRows('Notes', { what: 'both notes', ok: (now) => now.some((r) => r.label === noteText) && now.some((r) => r.label === itemNoteText) });
    const shown = rows.map((r) => ({ level: r.level, label: r.label, description: r.description }));
    assert.deepEqual(shown.slice(0, 4), [
      { level: 1, label: `${expected.meeting.committee} · ${expected.meeting.date}`, description: SAMPLE },
      { level: 2, label: `Punkt 68: ${item68.title}`, description: item68.caseNumber },
      // By line: the item note sits on the heading, the other note further down.
      { level: 3, label: itemNoteText, description: `"${lines[item68.line - 1].trim()}"` },
      { level: 3, label: noteText, description: `"${lines[noteLine - 1].slice(noteColumn - 1)}"` },
    ]);
  });

  it('counts the notes in the Outline row of Punkt 68 as soon as they are added, without an edit', async (t) => {
    const s = await session(t);
    if (!s) return;
    // The Outline gets the side bar's height, so that the row of Punkt 68 is rendered.
    await s.outlineRows(3);
    await s.collapseOtherViews('Outline');
    let last: unknown;
    const row = await s.until('the Outline row of Punkt 68 to count its 2 notes', async () => {
      const rows = await s.outlineRows(3);
      last = rows;
      const found = rows.find((r) => r.label.startsWith('Punkt 68:'));
      return found && /\b2 note/.test(found.description) ? found : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message}\nlast row: ${JSON.stringify(last)}`);
    });
    assert.match(row.description, new RegExp(item68.caseNumber!.replace(/[.]/g, '\\.')));
  });

  it('still shows the note and the highlight at the same place after "Developer: Reload Window"', async (t) => {
    const s = await session(t);
    if (!s) return;
    const before = readFileSync(join(s.workspace, SAMPLE + SIDECAR_SUFFIX), 'utf8');
    const t0 = Date.now();
    await s.reloadWindow();
    await s.until('the status bar language to be "Referat" again', async () => (await s.languageMode()) === 'Referat', 30_000);
    if (process.env.REFERAT_E2E_VERBOSE === '1') console.log(`[e2e] reload: language Referat after ${Date.now() - t0} ms`);
    // The Comments panel lists the note at its line ("[Ln 497]") ...
    const rows = await s.commentsPanel({ what: `the note at line ${noteLine}`, ok: (now) => now.some((r) => r.text.includes(noteText) && r.line === noteLine) }, 30_000);
    assert.ok(rows.some((r) => r.text.includes(itemNoteText) && r.line === item68.line), `no item note at line ${item68.line}: ${JSON.stringify(rows)}`);
    // ... the editor shows its thread on that line ...
    await s.goTo(noteLine, 1);
    const threads = await expandedThreads(s, 1);
    const thread = threads.find((x) => x.comments.includes(noteText));
    assert.deepEqual(thread && [thread.startLine, thread.endLine, thread.title], [noteLine, noteLine, 'Punkt 68'], JSON.stringify(threads));
    // ... the highlight is drawn over the same text, and the sidecar did not change.
    await s.goTo(highlightLine + 2, 1);
    const drawn = await s.until(`the ${GREEN} decoration to be drawn again`, async () => {
      const found = await s.decorationsWithBackground(GREEN);
      return found.length > 0 ? found : undefined;
    }, 15_000);
    assert.deepEqual(drawn, [{ line: highlightLine, startColumn: highlightColumn, endColumn: lines[highlightLine - 1].length + 1 }]);
    assert.equal(readFileSync(join(s.workspace, SAMPLE + SIDECAR_SUFFIX), 'utf8'), before);
  });

  it('shows a note thread beside its highlight, with the Noter view (screenshot)', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.viewRows('Notes', { what: 'both notes', ok: (now) => now.some((r) => r.label === noteText) && now.some((r) => r.label === itemNoteText) });
    await s.setSideBarWidth(500);
    await s.runCommand('View: Hide Panel');
    await expandedThreads(s, 2);
    // Go to Line centres a line that is out of view: the line midway between the highlight
    // and the note, coming from the top, shows both and the thread below.
    await s.goTo(1, 1);
    await s.goTo(Math.round((noteLine + highlightLine) / 2), 1);
    const threads = await s.commentThreads();
    assert.ok(threads.some((x) => x.startLine === noteLine && x.comments.includes(noteText) && x.inView), JSON.stringify(threads));
    await s.until(`the ${GREEN} decoration on line ${highlightLine} in view`, async () => (await s.decorationsWithBackground(GREEN)).some((d) => d.line === highlightLine));
    await s.screenshot('note-thread', { docs: true });
  });

  it('replies to the note in its thread: the reply shows under the note and is saved among its replies', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.goTo(noteLine, 1);
    await expandedThreads(s, 2);
    await s.replyInThread(noteText, replyText);
    const thread = await s.until('the reply to show in the thread', async () => (await s.commentThreads()).find((x) => x.comments.includes(replyText)));
    assert.deepEqual([thread.startLine, thread.comments], [noteLine, [noteText, replyText]]);
    const note = await s.until('the reply in the sidecar on disk', async () => {
      const n = selectionNote(s);
      return n && n.replies.length > 0 ? n : undefined;
    });
    assert.deepEqual([note.body, note.replies.map((r) => [r.body, r.author])], [noteText, [[replyText, AUTHOR]]]);
  });

  it('edits the note through its "Edit" action; Ctrl+Enter saves the new text (thread and sidecar), the reply stays', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.editComment(noteText, editedText);
    const thread = await s.until('the edited text to show in the thread', async () => (await s.commentThreads()).find((x) => x.comments.includes(editedText)));
    assert.deepEqual(thread.comments, [editedText, replyText]);
    const note = await s.until('the edited text in the sidecar on disk', async () => (selectionNote(s)?.body === editedText ? selectionNote(s) : undefined));
    assert.deepEqual(note.replies.map((r) => r.body), [replyText]);
  });

  it('resolves the thread from its title bar: saved as resolved, folded and drawn as resolved, ticked off in the Noter view; "Reopen" undoes it', async (t) => {
    const s = await session(t);
    if (!s) return;
    const before = await expandedThreads(s, 2);
    const open = before.find((x) => x.comments.includes(editedText));
    assert.ok(open && open.actions.includes('Resolve') && open.stateColour !== '', JSON.stringify(before));
    await s.threadAction(editedText, 'Resolve');
    await s.until('the note to be saved as resolved', async () => selectionNote(s)?.resolved === true);
    // VS Code folds a thread whose state turns Resolved (comments.collapseOnResolve).
    await s.until('the resolved thread to fold', async () => !(await s.commentThreads()).some((x) => x.comments.includes(editedText)));
    await expandedThreads(s, 2);
    const resolved = await s.until('the resolved thread, open again, to offer "Reopen" in its title bar', async () =>
      (await s.commentThreads()).find((x) => x.comments.includes(editedText) && x.actions.includes('Reopen') && x.stateColour !== ''),
    );
    assert.ok(!resolved.actions.includes('Resolve'), JSON.stringify(resolved));
    assert.notEqual(resolved.stateColour, open.stateColour, 'a resolved thread is drawn in another colour than an open one');
    const rows = await s.viewRows('Notes', { what: 'the resolved note ticked off', ok: (now) => now.some((r) => r.label === editedText && r.icon === 'pass') });
    assert.equal(rows.find((r) => r.label === itemNoteText)?.icon, 'comment');
    await s.threadAction(editedText, 'Reopen');
    await s.until('the note to be saved as open again', async () => selectionNote(s)?.resolved === false);
  });

  it('lists a note whose text is gone as orphaned in the Noter view; "Re-attach to selection" in its context menu puts it on the selection', async (t) => {
    const s = await session(t);
    if (!s) return;
    const sidecarPath = join(s.workspace, OTHER + SIDECAR_SUFFIX);
    writeFileSync(sidecarPath, JSON.stringify(otherSidecar(), null, 2) + '\n');
    await s.openFile(OTHER);
    await s.until('the status bar language to be "Referat"', async () => (await s.languageMode()) === 'Referat');
    // The Noter view gets the side bar's height, so that the second meeting's rows are rendered.
    await s.runCommand('Explorer: Focus on Notes View');
    await s.collapseOtherViews('Notes');
    const meeting = `${otherGold.meeting.committee} · ${otherGold.meeting.date}`;
    const rowsOf = (rows: { level: number; label: string; description: string; icon: string | undefined }[]) =>
      rows.slice(rows.findIndex((r) => r.label === meeting)).map((r) => ({ level: r.level, label: r.label, description: r.description, icon: r.icon }));
    const before = await s.viewRows('Notes', { what: 'the orphaned note', ok: (now) => now.some((r) => r.label === orphanText) && now.some((r) => r.label === meeting) });
    assert.deepEqual(rowsOf(before), [
      { level: 1, label: meeting, description: OTHER, icon: undefined },
      { level: 2, label: `Punkt 17: ${item17.title}`, description: item17.caseNumber, icon: 'symbol-class' },
      { level: 3, label: placedText, description: `"${otherLines[placedLine - 1].trim()}"`, icon: 'comment' },
      { level: 2, label: 'Orphaned notes', description: '1', icon: 'warning' },
      { level: 3, label: orphanText, description: `Punkt 16: "${orphanQuote}"`, icon: 'debug-disconnect' },
    ]);
    // The orphan has no thread in the editor; the placed note has one, on its line.
    const threads = await expandedThreads(s, 1);
    assert.deepEqual(threads.map((x) => [x.startLine, x.title, x.comments]), [[placedLine, 'Punkt 17', [placedText]]]);

    await s.selectToLineEnd(reattachAt.line, reattachAt.column);
    await s.viewRowContextAction('Notes', orphanText, 'Re-attach to selection');
    const note = await s.until('the re-attached note in the sidecar on disk', async () => {
      const n = (JSON.parse(readFileSync(sidecarPath, 'utf8')) as Sidecar).notes.find((x) => x.id === 'note-orphan');
      return n && n.anchor.quote !== orphanQuote ? n : undefined;
    });
    assert.deepEqual([note.body, note.anchor.scope, note.anchor.quote, note.anchor.item, note.anchor.section], [
      orphanText,
      'selection',
      reattachQuote,
      { number: 18, title: item18.title, caseNumber: item18.caseNumber },
      'Sagsfremstilling',
    ]);
    // Its thread is in the editor on the selected line, and the Noter view lists it under Punkt 18.
    const after = await expandedThreads(s, 2);
    const thread = after.find((x) => x.comments.includes(orphanText));
    assert.deepEqual(thread && [thread.startLine, thread.endLine, thread.title], [reattachAt.line, reattachAt.line, 'Punkt 18'], JSON.stringify(after));
    const rows = await s.viewRows('Notes', { what: 'no orphaned notes', ok: (now) => now.some((r) => r.label === orphanText && r.icon === 'comment') });
    assert.deepEqual(rowsOf(rows).slice(1), [
      { level: 2, label: `Punkt 17: ${item17.title}`, description: item17.caseNumber, icon: 'symbol-class' },
      { level: 3, label: placedText, description: `"${otherLines[placedLine - 1].trim()}"`, icon: 'comment' },
      { level: 2, label: `Punkt 18: ${item18.title}`, description: item18.caseNumber, icon: 'symbol-class' },
      { level: 3, label: orphanText, description: `"${reattachQuote}"`, icon: 'comment' },
    ]);
  });
});
