// Saved web page → text: what a reader sees, block by block, and the same lines the project's
// corpus texts were made with (shared/corpus/tools/html2text.py) on the two published pages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml, extractText, htmlToLines, htmlToText } from '../../server/src/extract';
import { repoRoot } from '../testUtil';

test('blocks on their own lines with a blank line between them, <br> a break, inline elements inside the line, whitespace collapsed', () => {
  const html = `<html><head><title>Referat</title></head><body>
    <h1>Byrådet</h1><div>Mødedato:   <b>3. marts</b>
      2025</div><p>Første linje<br>anden&nbsp;linje</p><ul><li>et</li><li>to</li></ul></body></html>`;
  assert.equal(htmlToText(html), 'Byrådet\n\nMødedato: 3. marts 2025\n\nFørste linje\nanden linje\n\net\n\nto\n');
});

test('table cells of a row separated by TABs, a row a block of its own', () => {
  const html = '<table><tr><th>Navn</th><th>Parti</th></tr><tr><td> Anna Hansen </td><td>A</td></tr><tr><td>Bo</td><td></td></tr></table>';
  assert.equal(htmlToText(html), 'Navn\tParti\n\nAnna Hansen\tA\n\nBo\n');
});

test('dropped: head, scripts, styles, templates, noscript, svg, the hidden attribute, inline display:none', () => {
  const html = `<head><style>p{}</style><script>var x = "<p>nej</p>";</script></head><body>
    <p>Synlig</p><template><p>skabelon</p></template><noscript>slå JavaScript til</noscript>
    <svg><text>ikon</text></svg><div hidden>skjult</div><div style="display: none">også skjult</div>
    <div style="visibility:hidden">usynlig</div><p class="sr-only">kun CSS-klasse: bliver</p></body>`;
  assert.equal(htmlToText(html), 'Synlig\n\nkun CSS-klasse: bliver\n');
});

test('entities decoded, <pre> keeps its line breaks, a byte order mark dropped', () => {
  assert.equal(htmlToText('\ufeff<p>K&oslash;benhavn &amp; &#198;r&#xF8; &mdash; 5&nbsp;%</p>'), 'København & Ærø — 5 %\n');
  assert.equal(htmlToText('<pre>Punkt 1\n  Indstilling</pre><p>x</p>'), 'Punkt 1\nIndstilling\n\nx\n');
});

test('unclosed and misnested tags do not lose text', () => {
  assert.equal(htmlToText('<div><p>Første<p>Anden<div>Tredje</span></div>'), 'Første\n\nAnden\n\nTredje\n');
  assert.equal(htmlToText('<p><b>Fed <i>og kursiv</b> efter</p>'), 'Fed og kursiv efter\n');
});

test('extractText reads a web page from its bytes, by content or by name', async () => {
  const page = new TextEncoder().encode('<!doctype html><p>Punkt 1: Første</p>');
  assert.deepEqual(await extractText(page, 'dagsorden'), { ok: true, kind: 'html', text: 'Punkt 1: Første\n', lines: [{ line: 0, page: 1, bold: false, size: 0, larger: false }], pages: 1 });
});

test('cues: a heading is bold and, for <h1>-<h3>, larger; a line all in <b>, <strong> or <th> is bold; a line with one bold word is not', () => {
  const html = '<h2>Punkt 1: Budget</h2><p><strong>Beslutning</strong></p><p>Godkendt <b>uden</b> bemærkninger.</p><h4>Bilag</h4><table><tr><th>Navn</th><th>Parti</th></tr><tr><td>Anna</td><td>A</td></tr></table>';
  const { text, lines } = htmlToLines(html);
  const rows = text.split('\n');
  assert.deepEqual(
    lines.map((c) => [rows[c.line], c.bold, c.larger]),
    [
      ['Punkt 1: Budget', true, true],
      ['Beslutning', true, false],
      ['Godkendt uden bemærkninger.', false, false],
      ['Bilag', true, false],
      ['Navn\tParti', true, false],
      ['Anna\tA', false, false],
    ],
  );
});

const corpus = join(repoRoot, '..', 'shared', 'corpus');
const pages = ['01_Aarhus_Aarhus-Byraad_2025-10-08', '07_Middelfart_Hennys-testudvalg_2017-05-02'];

for (const name of pages) {
  const html = join(corpus, 'html', `${name}.html`);
  test(`the corpus page ${name}: the same lines as its corpus text`, { skip: !existsSync(html) && 'no ../shared/corpus beside the repository' }, () => {
    const ours = htmlToText(decodeHtml(readFileSync(html))).split('\n');
    const theirs = readFileSync(join(corpus, 'texts', `${name}.txt`), 'utf8').split('\n');
    assert.ok(theirs.length > 50, 'the corpus text is a whole page');
    // Line by line, in order: both follow the same rules (html2text.py), so every line should match.
    const same = ours.filter((line, k) => line === theirs[k]).length;
    assert.equal(ours.length, theirs.length);
    assert.ok(same / theirs.length >= 0.99, `${same} of ${theirs.length} lines equal`);
  });
}
