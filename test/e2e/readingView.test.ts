// The reading view in real VS Code (code-server 4.139 in headless Chromium), used as a reader
// does: "Referat: Open Reading View to the Side" from the palette, the items and their outcome
// badges in the webview, a click on an item's heading moving the editor's cursor there, the
// cursor moved in the text scrolling the view to its item; screenshots in a light and a dark
// theme for the README. Runs only with REFERAT_E2E=1 or CI=true.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { SIDECAR_SUFFIX, type Sidecar } from '../../client/src/notes/model';
import { CodeServerSession } from './harness/codeServer';
import { builtServer, chromium, codeServerEntry, node24, repoRoot, requireTools, Skippable } from './harness/env';
import { gold } from './goldSample';

const SAMPLE = '000_df28461cf8eca80f.txt';
const expected = gold(SAMPLE);
const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
const OPEN_TO_SIDE = `Referat: ${nls['command.readingView.openToSide']}`;
const LIGHT = 'Default Light Modern';
/** As the theme picker lists it. */
const DARK = 'Dark Modern';
const HIGH_CONTRAST = 'Dark High Contrast';

let started: Promise<CodeServerSession> | undefined;
async function session(t: Skippable): Promise<CodeServerSession | undefined> {
  if (!requireTools(t, { node24: node24(), codeServer: codeServerEntry(), chromium: chromium(), server: builtServer() })) return undefined;
  started ??= CodeServerSession.start({ settings: { 'workbench.colorTheme': LIGHT }, apiTests: join(__dirname, 'api', 'readingView.api.js') }).then(async (s) => {
    await s.openFile(SAMPLE);
    return s;
  });
  return started;
}

/** Runs in the page; tsconfig has no DOM lib, so reach getComputedStyle through globalThis. */
const styleOf = (element: unknown) => {
  const style = (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(element);
  return { background: style.backgroundColor, borderColor: style.borderTopColor, borderWidth: style.borderTopWidth, color: style.color };
};

const backgroundOf = (element: unknown) =>
  (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(element).backgroundColor;

function sidecarOf(s: CodeServerSession): Sidecar | undefined {
  const path = join(s.workspace, SAMPLE + SIDECAR_SUFFIX);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Sidecar) : undefined;
}

/** The keyboard back in the text (in the first group; the view is in the second). */
async function textEditor(s: CodeServerSession): Promise<void> {
  await s.runCommand('View: Focus First Editor Group');
  await s.focusEditor();
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** An "rgb(r, g, b)" colour that is light. */
const isLight = (colour: string) => {
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128;
};

/** The reading view's document: VS Code puts a webview's page in a frame inside a frame. */
const view = (s: CodeServerSession): FrameLocator => s.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

describe('the reading view in VS Code (code-server)', { timeout: 180_000 }, () => {
  after(async () => {
    if (started) await (await started.catch(() => undefined))?.close();
  });

  it('opens beside the text with every item, its case number and outcome badge', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.runCommand(OPEN_TO_SIDE);
    const v = view(s);
    await s.until('the reading view to show the items', async () => (await v.locator('article h2').count().catch(() => 0)) === expected.items.length, 30_000);
    const headings = (await v.locator('article h2').allTextContents()).map((h) => h.trim());
    assert.deepEqual(
      headings,
      expected.items.map((i) => `Punkt ${i.number}: ${i.title}`),
    );
    const item64 = v.locator('article', { has: v.locator('h2', { hasText: 'Punkt 64:' }) });
    assert.equal((await item64.locator('.meta .case-number').textContent())?.trim(), expected.items[0].caseNumber);
    // "Indstillingen godkendt med de nævnte ændringer." English UI: the Danish word, glossed.
    assert.equal((await item64.locator('.meta .badge').first().textContent())?.trim(), 'godkendt (approved)');
    assert.equal(await item64.locator('.decisions h3').count(), 2);
  });

  it('"Referat: Export…" writes the reading view as one HTML file: the style inside, no script, every item', async (t) => {
    const s = await session(t);
    if (!s) return;
    const api = await s.apiResult(60_000);
    const r = api.tests.find((x) => x.name === 'export writes the reading view as one self-contained HTML file');
    assert.ok(r?.ok, r?.error ?? `no export check in ${JSON.stringify(api.tests.map((x) => x.name))}`);
    const { html } = r.value as { html: string };
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<script|<link/i.test(html), 'nothing to run or load');
    assert.match(html, /<style>[^]*--vscode-editor-font-size[^]*<\/style>/);
    for (const item of expected.items) assert.ok(html.includes(`>Punkt ${item.number}: ${escapeHtml(item.title)}<`), `Punkt ${item.number}`);
    assert.ok(html.includes('godkendt (approved)'));
  });

  it('a click on an item in the view moves the cursor in the text to its heading', async (t) => {
    const s = await session(t);
    if (!s) return;
    const item = expected.items.find((i) => i.number === 68)!;
    await view(s).locator('article h2 button', { hasText: 'Punkt 68:' }).click();
    // The keyboard stays in the view (the status bar shows no cursor then): the editor's current line.
    const activeLine = s.page.locator('.editor-instance .margin .line-numbers.active-line-number');
    await s.until(`the cursor to move to Punkt 68 (line ${item.line})`, async () => (await activeLine.first().textContent().catch(() => ''))?.trim() === String(item.line), 10_000);
  });

  it('moving the cursor in the text scrolls the view to that item', async (t) => {
    const s = await session(t);
    if (!s) return;
    await textEditor(s);
    const last = expected.items[expected.items.length - 1];
    const first = expected.items[0];
    for (const item of [last, first]) {
      await s.goTo(item.line + 2);
      const heading = view(s).locator('article h2', { hasText: `Punkt ${item.number}:` });
      await s.until(`the view to show Punkt ${item.number}`, async () => {
        const box = await heading.boundingBox().catch(() => null);
        const frame = await s.page.locator('iframe.webview.ready').boundingBox();
        return !!box && !!frame && box.y >= frame.y - 1 && box.y < frame.y + frame.height;
      });
    }
    // For the README: the Indstilling beside the Beslutning of Punkt 65.
    const item65 = expected.items.find((i) => i.number === 65)!;
    await s.runCommand('View: Close Primary Side Bar');
    await textEditor(s);
    await s.goTo(item65.sections.find((x) => x.kind === 'Indstilling')!.line);
    await s.until('Indstilling and Beslutning side by side', async () => {
      const [left, right] = await Promise.all(
        ['.decisions .column:first-child', '.decisions .column:last-child'].map((c) => view(s).locator('article', { hasText: 'Punkt 65:' }).locator(c).boundingBox()),
      );
      return !!left && !!right && right.x > left.x + left.width - 1 && Math.abs(right.y - left.y) < 2;
    });
    await s.screenshot('reading-view', { docs: true });
  });

  it('follows the theme: a dark screenshot', async (t) => {
    const s = await session(t);
    if (!s) return;
    const lightBackground = await view(s).locator('body').evaluate(backgroundOf);
    await s.runCommand('Preferences: Color Theme');
    await s.pickQuickInputItem(DARK);
    assert.ok(isLight(lightBackground), lightBackground);
    await s.until('the reading view to turn dark', async () => !isLight(await view(s).locator('body').evaluate(backgroundOf)), 15_000);
    await s.screenshot('reading-view-dark', { docs: true });
  });

  it("in a high-contrast theme the badges are outlined in the theme's contrast border on black", async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.runCommand('Preferences: Color Theme');
    await s.pickQuickInputItem(HIGH_CONTRAST);
    const body = view(s).locator('body');
    await s.until('the reading view to take the high-contrast theme', async () => /vscode-high-contrast/.test((await body.getAttribute('class').catch(() => '')) ?? ''), 15_000);
    assert.equal(await body.evaluate(backgroundOf), 'rgb(0, 0, 0)');
    const badge = view(s).locator('.badge').first();
    const style = await badge.evaluate(styleOf);
    // Outlined, not filled: a visible border in a colour other than the background's.
    assert.equal(style.background, 'rgba(0, 0, 0, 0)', JSON.stringify(style));
    assert.notEqual(style.borderWidth, '0px', JSON.stringify(style));
    assert.ok(!/rgba\(0, 0, 0, 0\)|rgb\(0, 0, 0\)/.test(style.borderColor), JSON.stringify(style));
    await s.screenshot('reading-view-high-contrast');
    // Back to an ordinary theme for the checks after this one.
    await s.runCommand('Preferences: Color Theme');
    await s.pickQuickInputItem(DARK);
    await s.until('the reading view to leave high contrast', async () => !/vscode-high-contrast/.test((await body.getAttribute('class').catch(() => '')) ?? ''), 15_000);
  });

  it('a note added on a selection in the view goes into the text and shows in the view', async (t) => {
    const s = await session(t);
    if (!s) return;
    const decision = view(s).locator('article', { hasText: 'Punkt 68:' }).locator('.decisions .column:last-child p[data-start]').first();
    const quote = ((await decision.textContent()) ?? '').trim();
    // A click puts the keyboard in the view, as a reader's selecting with the mouse does.
    await decision.click();
    await decision.selectText();
    await s.runCommand(`Referat: ${nls['command.readingView.addNote']}`);
    const body = 'Noteret i læsevisningen';
    await s.submitNewComment(body, 'Add note');
    const note = await s.until('the note in the sidecar on disk', async () => sidecarOf(s)?.notes.find((n) => n.body === body));
    assert.equal(note.anchor.quote, quote);
    assert.equal(note.anchor.item?.number, 68);
    await s.until('the note under its paragraph in the view', async () => {
      const aside = view(s).locator('article', { hasText: 'Punkt 68:' }).locator('aside.note', { hasText: body });
      return (await aside.count()) === 1 && ((await aside.getAttribute('data-offset')) ?? '') === (await decision.getAttribute('data-start'));
    });
  });

  it('comes back after "Developer: Reload Window", with the note', async (t) => {
    const s = await session(t);
    if (!s) return;
    await s.reloadWindow();
    const v = view(s);
    await s.until('the reading view to show the items again', async () => (await v.locator('article h2').count().catch(() => 0)) === expected.items.length, 30_000);
    assert.equal(await v.locator('aside.note', { hasText: 'Noteret i læsevisningen' }).count(), 1);
  });

  it('follows the text as it is typed', async (t) => {
    const s = await session(t);
    if (!s) return;
    const item = expected.items.find((i) => i.number === 69)!;
    await textEditor(s);
    await s.goTo(item.line, `Punkt ${item.number}: ${item.title}`.length + 1);
    await s.page.keyboard.type(' (rettet)');
    await s.until('the view to show the new title', async () => (await view(s).locator('article h2', { hasText: `${item.title} (rettet)` }).count()) === 1);
  });
});
