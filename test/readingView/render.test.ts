// The reading view's HTML (client/src/readingView/render.ts), read back with an HTML parser as
// a browser would: the items with their badges, Indstilling beside Beslutning, document text
// that stays text (escaped) and sits at its offset, notes where they are anchored, and a page
// that loads and runs nothing but the extension's own files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { escape, renderPage, renderReadingView, type ReadingLabels, type ReadingNote } from '../../client/src/readingView/render';
import { offsetOfPlace } from '../../client/src/readingView/textPlace';
import { corpusDocuments, repoRoot, samples } from '../testUtil';
import { modelOf } from './model';

const bundle = JSON.parse(readFileSync(join(repoRoot, 'l10n', 'bundle.l10n.da.json'), 'utf8')) as Record<string, string>;

/** The labels as client/src/readingView/labels.ts makes them, in English or (through the bundle) Danish. */
function labels(lang: 'en' | 'da'): ReadingLabels {
  const source = readFileSync(join(repoRoot, 'client', 'src', 'readingView', 'labels.ts'), 'utf8');
  const t = (s: string) => (lang === 'da' ? (bundle[s] ?? s) : s);
  const entries = [...source.matchAll(/^\s*'?([\wæøå ]+)'?: vscode\.l10n\.t\('((?:\\.|[^'])*)'\)/gm)].map((m) => [m[1], t(m[2])] as const);
  const flat = Object.fromEntries(entries);
  const outcomes = Object.fromEntries(entries.filter(([k]) => /godkendt|efterretning|drøftet|udsat|tiltrådt|afstemning|orientering/.test(k)));
  return { ...flat, lang, outcomes } as unknown as ReadingLabels;
}
const en = labels('en');
const da = labels('da');

const dom = (html: string): Document => parseDocument(html);
const all = (root: Document | Element, test: (e: Element) => boolean) => DomUtils.findAll(test, root.children);
const byClass = (root: Document | Element, cls: string) => all(root, (e) => (e.attribs.class ?? '').split(' ').includes(cls));
const text = (e: Element | Element[]) => DomUtils.textContent(e);

test('the labels are complete in both languages', () => {
  for (const l of [en, da]) {
    for (const key of ['punkt', 'indstilling', 'beslutning', 'closed', 'items', 'showInText', 'page']) assert.equal(typeof (l as unknown as Record<string, unknown>)[key], 'string', key);
    assert.equal(Object.keys(l.outcomes).length, 10);
  }
  assert.equal(en.outcomes['taget til efterretning'], 'taget til efterretning (noted)');
  assert.equal(da.outcomes['taget til efterretning'], 'taget til efterretning');
  assert.equal(da.items, 'Punkter');
});

test('on the samples and the corpus: one article per item with its heading, case number and outcome badge; paragraphs are the text at their offsets', () => {
  const documents = [...samples(), ...corpusDocuments()];
  for (const sample of documents) {
    const { doc, model } = modelOf(sample.text);
    const page = dom(renderReadingView(model, da));
    const articles = all(page, (e) => e.name === 'article');
    assert.equal(articles.length, sample.gold.items.length, sample.name);
    articles.forEach((article, k) => {
      const item = sample.gold.items[k];
      const h2 = all(article, (e) => e.name === 'h2')[0];
      assert.equal(text(h2), `Punkt ${item.number}: ${item.title}`, sample.name);
      const caseNumbers = byClass(article, 'case-number').map(text);
      assert.equal(caseNumbers[0] ?? null, item.caseNumber, `${sample.name} Punkt ${item.number}`);
      const outcome = model.items[k].outcome;
      const badges = all(article, (e) => /\boutcome-/.test(e.attribs.class ?? '')).map(text);
      if (outcome) assert.ok(badges.includes(da.outcomes[outcome]), `${sample.name} Punkt ${item.number}: ${JSON.stringify(badges)}`);
      assert.equal(byClass(article, 'closed').length > 0, item.closed);
    });
    // The list of items: number, title, and the same badge.
    const entries = all(page, (e) => e.name === 'li');
    assert.equal(entries.length, model.items.length);
    for (const p of all(page, (e) => e.name === 'p' && e.attribs['data-start'] !== undefined)) {
      const start = Number(p.attribs['data-start']);
      const shown = text(p);
      assert.equal(doc.text.slice(start, start + shown.length), shown, `${sample.name} at ${start}`);
    }
  }
});

test('document text is escaped everywhere: a title, a committee, a case, a paragraph and a note with markup stay text', () => {
  const evil = `<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>`;
  const { model } = modelOf(`Referat\n\nUdvalget ${evil}\n\nPunkt 1: Sag ${evil}\n\nIndstilling\n\nAt ${evil} godkendes.\n\nBeslutning\n\nGodkendt.\n`);
  const note: ReadingNote = { id: `n"1<`, kind: 'note', start: model.items[0].sections[0].paragraphs[0].start, end: model.items[0].sections[0].paragraphs[0].start + 2, body: evil, author: evil };
  const html = renderReadingView(model, en, { notes: [note] });
  const page = dom(html);
  assert.equal(all(page, (e) => e.name === 'script' || e.name === 'img').length, 0, 'no element from the text');
  assert.equal(all(page, (e) => Object.keys(e.attribs).some((a) => a.startsWith('on'))).length, 0, 'no event handler attribute');
  assert.equal(text(all(page, (e) => e.name === 'h2' && e.attribs.id?.startsWith('punkt-') === true)[0]), `Punkt 1: Sag ${evil}`);
  assert.ok(text(byClass(page, 'item-list')).includes(`Sag ${evil}`));
  assert.ok(text(all(page, (e) => e.name === 'p' && e.attribs['data-start'] !== undefined)).includes(`At ${evil} godkendes.`));
  assert.equal(text(byClass(page, 'note-body')), evil);
  assert.equal(byClass(page, 'note')[0].attribs['data-note'], `n"1<`);
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;'));
  assert.equal(escape(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('Indstilling and Beslutning side by side, point against point where both are numbered', () => {
  const { model } = modelOf(
    'Punkt 1: Sag\n\nIndstilling\n\nDirektøren indstiller,\n\n1. at sagen drøftes.\n2. at planen godkendes.\n3. at rammen gives.\n\nBeslutning\n\n1. Drøftet.\n3. Udsat.\n',
  );
  const page = dom(renderReadingView(model, da));
  const rows = all(page, (e) => e.attribs.class === 'pair').map((row) => all(row, (e) => e.attribs.role === 'cell').map((c) => text(c)));
  assert.deepEqual(rows, [
    ['1. at sagen drøftes.', '1. Drøftet.drøftet'],
    ['2. at planen godkendes.', '(intet svar)'],
    ['3. at rammen gives.', '3. Udsat.udsat'],
  ]);
  const heads = all(page, (e) => e.attribs.role === 'columnheader').map((c) => text(c));
  assert.deepEqual(heads, ['Indstilling', 'Beslutning']);
});

test('unnumbered: the two texts in two columns; a missing Beslutning is said', () => {
  const { model } = modelOf('Referat\n\nByrådet\n\nMødedato: 12. marts 2024\n\nPunkt 1: Sag\n\nIndstilling\n\nAt sagen godkendes.\n\nBilag\n\nNotat\n');
  const page = dom(renderReadingView(model, en));
  const columns = byClass(page, 'column').map((c) => text(c));
  assert.deepEqual(columns, ['IndstillingAt sagen godkendes.', 'BeslutningBeslutning missing']);
  // Other sections are collapsed, with their heading as summary.
  const details = all(page, (e) => e.name === 'details');
  assert.deepEqual(
    details.map((d) => [text(all(d, (e) => e.name === 'summary')), d.attribs.open !== undefined]),
    [['Bilag', false]],
  );
  const expanded = dom(renderReadingView(model, en, { expanded: true }));
  assert.ok(all(expanded, (e) => e.name === 'details').every((d) => d.attribs.open !== undefined));
});

test('earlier decisions are folded under the decision, with their own badges', () => {
  const { model } = modelOf(
    'Punkt 5: Sag\n\nIndstilling\n\nAt sagen godkendes.\n\nBeslutning fra Socialudvalget, 21. september 2020, pkt. 95:\n\nAnbefales godkendt.\n\nBeslutning\n\nGodkendt.\n',
  );
  const page = dom(renderReadingView(model, da));
  const [priors] = all(page, (e) => e.name === 'details');
  assert.equal(text(all(priors, (e) => e.name === 'summary')), 'Tidligere beslutninger (1)');
  assert.ok(text(priors).includes('Anbefales godkendt.'));
  assert.deepEqual(all(priors, (e) => /outcome-/.test(e.attribs.class ?? '')).map(text), ['anbefales godkendt']);
});

test('highlights and notes show where they are anchored: marks in the text, the note after its paragraph or under its item heading', () => {
  const source = 'Punkt 1: Sag\n\nSagsfremstilling\n\nDen første sætning. Den anden sætning.\n\nMere tekst.\n';
  const { doc, model } = modelOf(source);
  const at = (s: string) => doc.text.indexOf(s);
  const notes: ReadingNote[] = [
    { id: 'h1', kind: 'highlight', colour: 'green', start: at('anden'), end: at('anden') + 'anden sætning'.length },
    { id: 'n1', kind: 'note', start: at('første'), end: at('første') + 6, body: 'Vigtigt', resolved: true, replies: 2 },
    { id: 'n2', kind: 'note', start: at('Punkt 1'), end: at('Punkt 1') + 12, body: 'Om punktet' },
  ];
  const page = dom(renderReadingView(model, da, { notes }));
  const marks = all(page, (e) => e.name === 'mark').map((m) => [m.attribs.class, text(m)]);
  assert.deepEqual(marks, [
    ['noted', 'første'],
    ['hl hl-green', 'anden sætning'],
  ]);
  const article = all(page, (e) => e.name === 'article')[0];
  const order = all(article, (e) => e.name === 'aside' || (e.name === 'p' && e.attribs['data-start'] !== undefined) || e.name === 'h2').map((e) => (e.name === 'aside' ? `note:${e.attribs['data-note']}` : e.name === 'h2' ? 'h2' : text(e)));
  assert.deepEqual(order, ['h2', 'note:n2', 'Den første sætning. Den anden sætning.', 'note:n1', 'Mere tekst.']);
  assert.equal(text(byClass(page, 'note-meta')), 'løst · 2 svar');
  // The paragraph's text is unchanged by its marks.
  const p = all(page, (e) => e.name === 'p' && e.attribs['data-start'] !== undefined)[0];
  assert.equal(text(p), 'Den første sætning. Den anden sætning.');
});

test('the header says what meeting it is; landmarks and headings for a screen reader', () => {
  const { model } = modelOf(readFileSync(samples()[0].path, 'utf8'));
  const page = dom(renderReadingView(model, da));
  assert.equal(text(all(page, (e) => e.name === 'h1')), 'Referat: Beskæftigelsesudvalget til 31.12.25');
  const facts = text(all(page, (e) => e.name === 'dl'));
  assert.ok(facts.includes('Dato') && facts.includes('25. november 2020'), facts);
  assert.equal(all(page, (e) => e.name === 'main').length, 1);
  assert.equal(all(page, (e) => e.name === 'nav').length, 1);
  assert.equal(all(page, (e) => e.name === 'header').length, 1);
  for (const article of all(page, (e) => e.name === 'article')) assert.ok(DomUtils.getElementById(article.attribs['aria-labelledby'], page.children), 'each item is labelled by its heading');
  for (const button of all(page, (e) => e.name === 'button')) assert.ok(text(button).trim() !== '', 'buttons have text');
});

test('the webview page: a strict content security policy, the script by nonce, the style from the extension; the export holds its style and no script', () => {
  const { model } = modelOf('Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n');
  const body = renderReadingView(model, en);
  const webview = dom(renderPage(body, 'Sag <1>', en, { kind: 'webview', cspSource: 'https://x.vscode-cdn.net', nonce: 'abc123', styleUri: 'https://x.vscode-cdn.net/media/readingView.css', scriptUri: 'https://x.vscode-cdn.net/dist/readingView.js' }));
  const csp = all(webview, (e) => e.name === 'meta' && e.attribs['http-equiv'] === 'Content-Security-Policy')[0].attribs.content;
  assert.equal(csp, "default-src 'none'; img-src https://x.vscode-cdn.net; style-src https://x.vscode-cdn.net; script-src 'nonce-abc123';");
  const scripts = all(webview, (e) => e.name === 'script');
  assert.deepEqual(
    scripts.map((s) => [s.attribs.nonce, s.attribs.src, text(s)]),
    [['abc123', 'https://x.vscode-cdn.net/dist/readingView.js', '']],
  );
  assert.equal(all(webview, (e) => e.name === 'style' || e.attribs.style !== undefined).length, 0, 'no inline style');
  assert.equal(text(all(webview, (e) => e.name === 'title')), 'Sag <1>');

  const css = readFileSync(join(repoRoot, 'media', 'readingView.css'), 'utf8');
  const exported = dom(renderPage(body, 'Sag', da, { kind: 'export', css }));
  assert.equal(all(exported, (e) => e.name === 'script' || e.name === 'link').length, 0, 'nothing to load, nothing to run');
  assert.equal(text(all(exported, (e) => e.name === 'style')).trim(), css.trim());
  assert.equal(all(exported, (e) => e.name === 'html')[0].attribs.lang, 'da');
});

test('the style sheet uses the theme: colours from --vscode-* variables, the editor font size', () => {
  const css = readFileSync(join(repoRoot, 'media', 'readingView.css'), 'utf8');
  assert.match(css, /font-size: var\(--vscode-editor-font-size/);
  // Every colour is a theme variable (with a fallback for the export), apart from the highlight tints.
  for (const [, property, value] of css.matchAll(/^\s*(color|background|border-color|background-color):\s*([^;]+);/gm)) {
    if (value === 'none' || value === 'inherit' || value === 'transparent' || value.startsWith('rgba(')) continue;
    assert.match(value, /^var\(--vscode-/, `${property}: ${value}`);
  }
});

test('a place in the view maps back to the text, where the text has CRLF line breaks too', () => {
  const text = 'Punkt 1\r\n\r\nFørste linje\r\nAnden linje\nTredje';
  const paragraph = text.indexOf('Første');
  // The webview holds "Første linje\nAnden linje\nTredje": "Anden" at 13, "Tredje" at 25.
  assert.equal(offsetOfPlace(text, { paragraph, offset: 13 }), text.indexOf('Anden'));
  assert.equal(offsetOfPlace(text, { paragraph, offset: 25 }), text.indexOf('Tredje'));
  assert.equal(offsetOfPlace(text, { paragraph, offset: 1000 }), text.length);
});
