// The parser against the hand-checked outlines of the five samples: every item, section,
// table-of-contents entry and meeting field the gold states.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { outlineJson } from '../../server/src/cli/outlineJson';
import { samples } from '../testUtil';

type Json = Record<string, any>;

for (const sample of samples()) {
  const out = outlineJson(parseReferat(sample.text), sample.name) as Json;
  const gold = sample.gold;

  test(`${sample.name}: meeting fields`, () => {
    for (const [key, value] of Object.entries(gold.meeting)) {
      assert.deepEqual(out.meeting[key], value, `meeting.${key}`);
    }
  });

  test(`${sample.name}: items`, () => {
    const simplify = (it: Json) => ({
      number: it.number,
      title: it.title,
      line: it.line,
      column: it.column ?? 0,
      caseNumber: it.caseNumber,
      closed: it.closed,
      ...(it.kind !== undefined ? { kind: it.kind } : {}),
    });
    const expected = gold.items.map((it) => simplify(it));
    const actual = (out.items as Json[]).map((it, i) => {
      const s = simplify(it);
      if (gold.items[i]?.kind === undefined) delete (s as Json).kind;
      if (gold.items[i]?.column === undefined) s.column = 0;
      return s;
    });
    assert.deepEqual(actual, expected);
  });

  test(`${sample.name}: sections`, () => {
    const transcript = out.format === 'page-per-line transcript';
    gold.items.forEach((goldItem, i) => {
      const item = (out.items as Json[])[i];
      const actual = (item?.sections ?? [])
        // The transcript's gold lists Indstilling and Beslutning only (see its README).
        .filter((s: Json) => !transcript || s.kind === 'Indstilling' || s.kind === 'Beslutning')
        .map((s: Json) => ({
          kind: s.kind,
          line: s.line,
          ...(goldItem.sections.some((g) => g.column !== undefined) ? { column: s.column } : {}),
          heading: s.heading,
          prior: s.kind === 'Beslutning' ? s.prior : undefined,
          implicit: s.implicit === true,
        }));
      const expected = goldItem.sections.map((g) => ({
        kind: g.kind,
        line: g.line,
        ...(g.column !== undefined ? { column: g.column } : {}),
        heading: g.heading,
        prior: g.kind === 'Beslutning' ? g.prior : undefined,
        implicit: g.implicit === true,
      }));
      assert.deepEqual(actual, expected, `sections of Punkt ${goldItem.number}`);
    });
  });

  test(`${sample.name}: table of contents`, () => {
    const actual = (out.toc as Json[]).map((e) => ({
      line: e.line,
      ...(gold.toc.some((g) => g.column !== undefined) ? { column: e.column } : {}),
      title: e.title,
      pages: e.pages,
      item: e.item,
    }));
    assert.deepEqual(actual, gold.toc.map((g) => ({ line: g.line, ...(g.column !== undefined ? { column: g.column } : {}), title: g.title, pages: g.pages, item: g.item })));
  });
}
