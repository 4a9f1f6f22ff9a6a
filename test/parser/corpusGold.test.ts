// The parser against hand-written gold for whole real documents of other systems and
// municipalities (../shared/corpus/texts: First Agenda web page and API, eDoc export): every
// item, its title, number, case number and closed state, every section, and the meeting.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { outlineJson } from '../../server/src/cli/outlineJson';
import { findingsOf } from '../../server/src/diagnostics';
import { corpusDocuments, sharedCorpus } from '../testUtil';
import { KNOWN_DIFFERENCES } from './knownDifferences';

type Json = Record<string, any>;


test('the shared corpus is there to test against', { skip: sharedCorpus('texts') === null ? 'no ../shared/corpus beside the clone' : false }, () => {
  assert.equal(corpusDocuments().length, 7);
});

for (const doc of corpusDocuments()) {
  const out = outlineJson(parseReferat(doc.text), doc.name) as Json;
  const gold = doc.gold as Json;

  test(`${doc.name}: meeting kind, committee, date, time and place`, () => {
    for (const key of ['kind', 'committee', 'date', 'time', 'place', 'weekday']) {
      if (gold.meeting[key] !== undefined) assert.deepEqual(out.meeting[key], gold.meeting[key], `meeting.${key}`);
    }
  });

  test(`${doc.name}: items with their numbers, titles, lines, case numbers and closed state`, () => {
    const simplify = (it: Json) => ({ number: it.number, title: it.title, line: it.line, caseNumber: it.caseNumber ?? null, closed: it.closed === true });
    assert.deepEqual((out.items as Json[]).map(simplify), (gold.items as Json[]).map(simplify));
  });

  test(`${doc.name}: sections of every item, this meeting's decisions told from earlier ones`, () => {
    const known = new Set(KNOWN_DIFFERENCES.filter((k) => k.file === doc.name).map((k) => k.line));
    const simplify = (s: Json) => ({ kind: s.kind, line: s.line, prior: s.kind === 'Beslutning' ? s.prior === true : undefined });
    (gold.items as Json[]).forEach((goldItem, i) => {
      const actual = ((out.items as Json[])[i]?.sections ?? []).map(simplify).filter((s: Json) => !known.has(s.line));
      assert.deepEqual(actual, (goldItem.sections as Json[]).map(simplify), `item ${goldItem.number}`);
    });
  });

  test(`${doc.name}: the table of contents names the items it lists`, () => {
    const entries = (out.toc as Json[]).map((e) => ({ line: e.line, item: e.item }));
    assert.deepEqual(entries, (gold.toc as Json[]).map((e) => ({ line: e.line, item: e.item })));
  });
}

for (const doc of corpusDocuments()) {
  test(`${doc.name}: diagnostics report the real defects and no Warning or Error a careful reader would disagree with`, () => {
    const parsed = parseReferat(doc.text);
    const line = (offset: number) => parsed.lines.positionAt(offset).line + 1;
    const serious = findingsOf(parsed, {}).filter((f) => f.severity === 'warning' || f.severity === 'error');
    assert.deepEqual(
      serious.map((f) => ({ line: line(f.span.start), code: f.code })),
      (doc.gold.findings ?? []).map((f) => ({ line: f.line, code: f.code })),
    );
  });
}
