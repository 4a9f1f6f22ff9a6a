// Positions are exact whatever the line endings, a BOM, form feeds or tabs: the same sample
// gives the same items and sections at the same (line, character). UTF-16 columns count æ/ø/å
// as one unit and an emoji as two. Very long lines parse.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat, type ReferatDocument, type Span } from '../../server/src/parser';
import { samples } from '../testUtil';

/** The outline as positions: what the editor shows, independent of offsets. */
function outline(doc: ReferatDocument) {
  const at = (s: Span) => {
    const a = doc.lines.positionAt(s.start);
    const b = doc.lines.positionAt(s.end);
    return `${a.line}:${a.character}-${b.line}:${b.character}`;
  };
  return doc.items.map((it) => ({
    number: it.number,
    title: it.title.value,
    heading: at(it.heading),
    titleSpan: at(it.title.span),
    span: at(it.span),
    caseNumber: it.caseNumber ? [it.caseNumber.text, at(it.caseNumber.span)] : null,
    sections: it.sections.map((s) => ({
      kind: s.kind,
      heading: [s.heading.value, at(s.heading.span)],
      body: at(s.body),
      prior: s.prior,
      outcome: s.outcome,
      points: s.points.map((p) => [p.answers.join('+'), at(p.span), p.outcome]),
      subHeadings: s.subHeadings.map((h) => [h.text, at(h.span)]),
    })),
  }));
}

const lineStructured = samples().filter((s) => !s.name.startsWith('002_'));

for (const sample of lineStructured) {
  const reference = outline(parseReferat(sample.text));

  test(`${sample.name}: CRLF line endings give the same outline at the same positions`, () => {
    assert.deepEqual(outline(parseReferat(sample.text.replace(/\n/g, '\r\n'))), reference);
  });

  test(`${sample.name}: CR-only line endings give the same outline at the same positions`, () => {
    assert.deepEqual(outline(parseReferat(sample.text.replace(/\n/g, '\r'))), reference);
  });

  test(`${sample.name}: a byte order mark is dropped; positions are those of the text without it`, () => {
    const doc = parseReferat('\ufeff' + sample.text);
    assert.equal(doc.text, sample.text);
    assert.deepEqual(outline(doc), reference);
  });

  test(`${sample.name}: form feeds on the blank lines between items change nothing but pages`, () => {
    // The blank line before each "Punkt N:" heading becomes a page break.
    const withBreaks = sample.text.replace(/\n\n(?=Punkt \d+:)/g, '\n\f\n');
    assert.notEqual(withBreaks, sample.text);
    const doc = parseReferat(withBreaks);
    assert.deepEqual(outline(doc), reference);
    assert.equal(doc.pages.length, reference.length + 1, 'the header and contents are page 1');
  });

  test(`${sample.name}: trailing tabs and a tab after "Punkt N:" change nothing`, () => {
    const withTabs = sample.text.replace(/^(Punkt \d+:) /gm, '$1\t').replace(/(\S)$/gm, '$1\t');
    assert.notEqual(withTabs, sample.text);
    assert.deepEqual(outline(parseReferat(withTabs)), reference);
  });
}

test('transcript (002) with CRLF line endings: the same outline at the same positions', () => {
  const sample = samples().find((s) => s.name.startsWith('002_'))!;
  assert.deepEqual(outline(parseReferat(sample.text.replace(/\n/g, '\r\n'))), outline(parseReferat(sample.text)));
});

test('æ, ø, å and an emoji before a case number shift its column in UTF-16 code units', () => {
  const line = 'Se sag for ældre på Ærø 😀 nr. 24/6823 i øvrigt.';
  const text = `Punkt 1: Æblehaven 😀\n\nSagsfremstilling\n\n${line}\n`;
  const doc = parseReferat(text);
  const [c] = doc.caseNumbers;
  // "Se sag for ældre på Ærø " is 24 units, the emoji 2, " nr. " 5: the number starts at 31.
  assert.deepEqual(doc.lines.positionAt(c.span.start), { line: 4, character: 31 });
  assert.deepEqual(doc.lines.positionAt(c.span.end), { line: 4, character: 38 });
  assert.equal(doc.items[0].title.value, 'Æblehaven 😀');
  assert.deepEqual(doc.lines.positionAt(doc.items[0].title.span.end), { line: 0, character: 21 });
});

test('decomposed letters (a + combining ring) are kept as written, columns in code units', () => {
  const text = 'Punkt 1: Pa\u030avirkning\n\n24/6823\n';
  const doc = parseReferat(text);
  assert.equal(doc.items[0].title.value, 'Pa\u030avirkning');
  // "Punkt 1: " 9 units, "Pa" 2, the combining ring 1, "virkning" 8.
  assert.deepEqual(doc.lines.positionAt(doc.items[0].title.span.end), { line: 0, character: 20 });
});

test('the transcript\'s long lines (up to 4000 characters) parse with exact columns', () => {
  const sample = samples().find((s) => s.name.startsWith('002_'))!;
  const doc = parseReferat(sample.text);
  const longest = Math.max(...sample.text.split('\n').map((l) => l.length));
  assert.ok(longest > 3_000, `the sample has a long line (${longest})`);
  const decision = doc.items[1].sections.find((s) => s.kind === 'Beslutning')!;
  assert.deepEqual(doc.lines.positionAt(decision.heading.span.start), { line: 21, character: 1047 });
});

test('a synthetic 1 MB line inside an item parses, and the items around it are found', () => {
  const filler = 'Beslutning Indstilling 1. at 24/ 00.30. Punkt 5: Ad 1 og 2 '.repeat(Math.ceil(1_000_000 / 60)).slice(0, 1_000_000);
  const text = `Punkt 1: Før\n\nSagsfremstilling\n\n${filler}\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Efter\n\n24/6823\n`;
  const started = performance.now();
  const doc = parseReferat(text);
  const elapsed = performance.now() - started;
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value]), [[1, 'Før'], [2, 'Efter']]);
  assert.deepEqual(doc.items[0].sections.map((s) => s.kind), ['Sagsfremstilling', 'Beslutning']);
  assert.deepEqual(doc.lines.positionAt(doc.items[1].caseNumber!.span.start), { line: 12, character: 0 });
  // Linear time: a backtracking pattern would take minutes on this line, not a second.
  assert.ok(elapsed < 3000, `parsed in ${Math.round(elapsed)} ms`);
});

test('a 1 MB line of digits, dots and slashes (case-number and date look-alikes) parses', () => {
  const line = '12.34.56-1/2.3-4 31/3 20'.repeat(Math.ceil(1_000_000 / 24)).slice(0, 1_000_000);
  const started = performance.now();
  const doc = parseReferat(`Punkt 1: A\n\n${line}\n`);
  assert.equal(doc.items.length, 1);
  assert.ok(performance.now() - started < 3000);
});
