// Properties that hold for any text: parseReferat never throws, every span lies in the text,
// items are ordered and disjoint, sections lie in their item and points in their section, and
// the same text gives the same model. Inputs: arbitrary strings, the domain's words in random
// order, spliced and shuffled samples, samples with random line breaks, form feeds, tabs and
// NULs, and synthetic one-line-per-page transcripts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseReferat, type ReferatDocument, type Span } from '../../server/src/parser';
import { propertySeed, samples } from '../testUtil';

function checkSpan(doc: ReferatDocument, span: Span, what: string) {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= doc.text.length, `${what}: [${span.start}, ${span.end}) within [0, ${doc.text.length}]`);
}

const inside = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Every invariant of the model that holds whatever the text. */
function checkModel(doc: ReferatDocument) {
  const m = doc.meeting;
  checkSpan(doc, m.span, 'meeting');
  for (const [name, l] of Object.entries({ committee: m.committee, headerDate: m.headerDate, meetingDate: m.meetingDate, weekday: m.weekday, time: m.time, endTime: m.endTime, place: m.place })) {
    if (l) checkSpan(doc, l.span, `meeting.${name}`);
  }
  for (const p of [...m.participants, ...m.absent]) checkSpan(doc, p.span, 'meeting attendee');
  if (doc.toc) {
    checkSpan(doc, doc.toc.span, 'toc');
    if (doc.toc.heading) checkSpan(doc, doc.toc.heading.span, 'toc heading');
    for (const e of doc.toc.entries) {
      checkSpan(doc, e.span, 'toc entry');
      checkSpan(doc, e.title.span, 'toc entry title');
      assert.ok(inside(e.title.span, e.span), 'toc title inside its entry');
    }
  }
  for (const c of doc.caseNumbers) {
    checkSpan(doc, c.span, 'case number');
    assert.equal(doc.text.slice(c.span.start, c.span.end), c.text, 'a case number spans its text');
  }
  for (const d of doc.dates) {
    checkSpan(doc, d.span, 'date');
    if (d.weekday) checkSpan(doc, d.weekday.span, 'weekday');
  }
  for (const p of doc.pages) checkSpan(doc, p.span, 'page');
  for (const p of doc.problems) checkSpan(doc, p.span, `problem ${p.code}`);
  assert.ok(0 <= doc.minutesEnd && doc.minutesEnd <= doc.text.length, 'minutesEnd within the text');

  let previousEnd = 0;
  for (const it of doc.items) {
    const name = `Punkt ${it.number}`;
    checkSpan(doc, it.span, name);
    checkSpan(doc, it.heading, `${name} heading`);
    checkSpan(doc, it.title.span, `${name} title`);
    assert.ok(it.span.start >= previousEnd, `${name} starts after the item before it ends`);
    previousEnd = it.span.end;
    assert.ok(inside(it.heading, it.span), `${name}: heading inside the item`);
    assert.ok(inside(it.title.span, it.heading), `${name}: title inside the heading`);
    if (it.caseNumber) {
      checkSpan(doc, it.caseNumber.span, `${name} case number`);
      assert.ok(inside(it.caseNumber.span, it.span), `${name}: case number inside the item`);
    }
    for (const h of it.subHeadings) assert.ok(inside(h.span, it.span), `${name}: sub-heading inside the item`);
    let sectionEnd = it.heading.end;
    for (const s of it.sections) {
      const sname = `${name} ${s.kind}`;
      checkSpan(doc, s.span, sname);
      checkSpan(doc, s.heading.span, `${sname} heading`);
      checkSpan(doc, s.body, `${sname} body`);
      assert.ok(inside(s.span, it.span), `${sname} inside its item`);
      assert.ok(s.span.start >= sectionEnd, `${sname} after the section before it`);
      sectionEnd = s.span.end;
      assert.ok(inside(s.heading.span, s.span) && inside(s.body, s.span), `${sname}: heading and body inside the section`);
      for (const h of s.subHeadings) assert.ok(inside(h.span, s.body), `${sname}: sub-heading inside the body`);
      let pointEnd = s.body.start;
      for (const p of s.points) {
        checkSpan(doc, p.span, `${sname} point`);
        assert.ok(inside(p.span, s.body), `${sname}: point inside the body`);
        assert.ok(p.span.start >= pointEnd, `${sname}: points in order, disjoint`);
        pointEnd = p.span.end;
      }
    }
  }
}

function parsesWell(text: string) {
  const doc = parseReferat(text);
  checkModel(doc);
  assert.deepEqual(parseReferat(text), doc, 'the same text gives the same model');
}

const all = samples();
const sampleText = fc.constantFrom(...all.map((s) => s.text));

/** The domain's words and the characters that split lines and pages. */
const WORDS = [
  'Punkt 1: ', 'Punkt 2: Budget', 'Punkt 99999: ', 'Punkt 3:', 'REFERAT Udvalget d. 25-11-2020', 'Mødedato Onsdag d. 25. november 2020 kl. 15:00',
  'Mødested ', 'Mødedeltagere A, B og C', 'Indholdsfortegnelse', 'Titel.....\t3', '.....\t5 8', 'Sagsfremstilling', 'Indstilling',
  'Administrativ indstilling', 'Beslutning', 'Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:', 'Beslutning X den 25-11-2020',
  'Direktøren indstiller', ' indstiller, at', 'Bilag', 'Lukket: ', '(B)', '1. at ', '2. ', '- at ', 'at ', 'Ad 1 ', 'Ad 2 og 3 ', 'Ad 1-3 ',
  'Godkendt.', 'ikke godkendt', 'udsat', '24/6823', '00.30.14-G01-6-19', '15.00.00-000-1-20', 'Sagsnr.: ', 'EMN-2025-003383',
  '31. juni 2024', '31/3 2024', '1 ', '2 ', '3 ', ' Mødedato Side ', 'Beslutningssag: ', 'Orienteringssag: ', ' Åben sag', ' Lukket sag',
  'Beslutninger Udvalget den ', 'Sagsoversigt', 'Bilag:', 'Baggrund', '😀', 'æøå', 'a\u030a', '\ufeff', ' ', '.', ':', '\n', '\n\n', '\r\n', '\r', '\f', '\t', '\0',
];
const domainText = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(''));

/** Pieces of the samples glued together: headings cut in half, sections out of place. */
const splicedSamples = fc
  .array(fc.tuple(sampleText, fc.nat(), fc.nat({ max: 3000 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([t, at, length]) => t.slice(at % t.length, (at % t.length) + length)).join(''));

/** A sample's lines, a random subset in random order. */
const shuffledLines = sampleText.chain((t) => fc.shuffledSubarray(t.split('\n'), { maxLength: 120 })).map((lines) => lines.join('\n'));

/** A whole sample with line breaks, form feeds, tabs and NULs inserted at random places. */
const noisySample = fc
  .tuple(sampleText, fc.array(fc.tuple(fc.nat(), fc.constantFrom('\r', '\n', '\r\n', '\f', '\t', '\0', '\ufeff')), { maxLength: 40 }))
  .map(([t, inserts]) => {
    let text = t;
    for (const [at, c] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + c + text.slice(i);
    }
    return text;
  });

/** Lines "1 ...", "2 ...", ... so the transcript reader runs, with the transcript's words inside. */
const syntheticTranscript = fc
  .array(fc.array(fc.constantFrom(...WORDS.filter((w) => !/[\r\n]/.test(w)), 'Indstilling X indstiller, 1. at a. 2. at b.', 'Ad 1 Godkendt. Ad 2 og 3 Udsat.'), { maxLength: 12 }), { minLength: 3, maxLength: 8 })
  .map((pages) => 'Dagsorden\n\n' + pages.map((words, i) => `${i + 1} ${words.join(' ')}x`).join('\n\n') + '\n\nLæs mere\n');

// REFERAT_PROPERTY_SCALE=100 runs a hundred times as many cases, for a longer hunt by hand
// (with REFERAT_PROPERTY_SEED=random, cases nobody ran before).
const scale = Math.max(1, Number(process.env.REFERAT_PROPERTY_SCALE) || 1);
const run = (arbitrary: fc.Arbitrary<string>, numRuns: number) => fc.assert(fc.property(arbitrary, (text) => parsesWell(text)), { numRuns: numRuns * scale, ...propertySeed() });

test('the samples themselves satisfy every invariant', () => {
  for (const s of all) parsesWell(s.text);
});

// Any UTF-16 code unit (lone surrogates included), with line and page breaks made likely.
// (fast-check's own 'binary' unit takes seconds to warm up.)
const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\n', '\r', '\f', '\t', ' ', 'P', '1', ':', '.', '-', '/'),
);

test('arbitrary strings', () => {
  run(fc.string({ unit: anyUnit, maxLength: 300 }), 300);
});

test('the domain\'s words and separators in random order', () => {
  run(domainText, 300);
});

test('fragments of the samples spliced together', () => {
  run(splicedSamples, 60);
});

test('a sample\'s lines shuffled', () => {
  run(shuffledLines, 60);
});

test('samples with random CR, LF, form feed, tab, NUL and BOM insertions', () => {
  run(noisySample, 15);
});

test('synthetic one-line-per-page transcripts', () => {
  run(syntheticTranscript, 150);
});
