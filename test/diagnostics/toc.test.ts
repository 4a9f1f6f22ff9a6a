// The table-of-contents rules: exact ranges of what fires and what does not.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, findings, referat, spanOf, spans } from './check';

const toc = (entries: string, items: string) => referat(`Indholdsfortegnelse\n\n${entries}\n${items}`);
const item = (n: number, title: string) => `Punkt ${n}: ${title}\n\nBeslutning\n\nGodkendt.\n\n`;

test('toc-mismatch: a misspelt entry is a Warning on its title, naming both titles, with the item heading related', () => {
  const text = toc('Sagsstyingsliste pr. 30. september 2020.....\t26\n', item(83, 'Sagsstyringsliste pr. 30. september 2020'));
  const found = findings(text, 'toc-mismatch');
  assert.deepEqual(spans(text, 'toc-mismatch'), [spanOf(text, 'Sagsstyingsliste pr. 30. september 2020')]);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].message, { key: 'diag.tocMismatch', args: ['Sagsstyingsliste pr. 30. september 2020', 83, 'Sagsstyringsliste pr. 30. september 2020'] });
  assert.deepEqual(found[0].related?.map((r) => r.span), [spanOf(text, 'Punkt 83: Sagsstyringsliste pr. 30. september 2020')]);
});

test('toc-mismatch quick fix: the title becomes the item\'s, the leaders and page stay', () => {
  const text = toc('Sagsstyingsliste pr. 30. september 2020.....\t26\n', item(83, 'Sagsstyringsliste pr. 30. september 2020'));
  assert.equal(fixed(text, 'toc-mismatch'), text.replace('Sagsstyingsliste pr. 30. september 2020.....\t26', 'Sagsstyringsliste pr. 30. september 2020.....\t26'));
});

test('toc-mismatch: not for an entry equal but for case and spacing, nor for an entry that is no item', () => {
  const text = toc('sagsstyringsliste  pr. 30. September 2020.....\t26\nBilagsliste.....\t30\n', item(83, 'Sagsstyringsliste pr. 30. september 2020'));
  assert.deepEqual(spans(text, 'toc-mismatch'), []);
});

const MERGED_ENTRY = 'Budgetopfølgning pr. 31.03.2024 for drift - Budget 2025-2028 (B)';
const mergedText = toc(
  `Temadrøftelse om nytteindsats (B).....\t3\n${MERGED_ENTRY}.....\t5 8\n`,
  item(1, 'Temadrøftelse om nytteindsats (B)') + item(2, 'Budgetopfølgning pr. 31.03.2024 for drift - Arbejdsmarked (C)') + item(3, 'Budget 2025-2028 (B)'),
);

test('toc-mismatch: an entry that runs two items together names both, on the entry title', () => {
  const found = findings(mergedText, 'toc-mismatch');
  assert.deepEqual(spans(mergedText, 'toc-mismatch'), [spanOf(mergedText, MERGED_ENTRY)]);
  assert.equal(found[0].message.key, 'diag.tocMerged');
  assert.deepEqual(found[0].message.args, [2, 'Budgetopfølgning pr. 31.03.2024 for drift - Arbejdsmarked (C)', 3, 'Budget 2025-2028 (B)']);
  assert.deepEqual(spans(mergedText, 'toc-missing-item'), [], 'both merged items count as listed');
});

test('toc-mismatch quick fix for a merged entry: one line per item, each with its page', () => {
  assert.equal(
    fixed(mergedText, 'toc-mismatch'),
    mergedText.replace(
      `${MERGED_ENTRY}.....\t5 8`,
      'Budgetopfølgning pr. 31.03.2024 for drift - Arbejdsmarked (C).....\t5\nBudget 2025-2028 (B).....\t8',
    ),
  );
});

test('toc-truncated: a clean prefix of the title is only a Hint, with a fix that completes it', () => {
  const text = toc('Budgetopfølgning pr. 31.03.2024 for.....\t5\n', item(2, 'Budgetopfølgning pr. 31.03.2024 for drift og anlæg'));
  const found = findings(text, 'toc-truncated');
  assert.deepEqual(spans(text, 'toc-truncated'), [spanOf(text, 'Budgetopfølgning pr. 31.03.2024 for')]);
  assert.equal(found[0].severity, 'hint');
  assert.deepEqual(spans(text, 'toc-mismatch'), []);
  assert.equal(fixed(text, 'toc-truncated'), text.replace('for.....\t5', 'for drift og anlæg.....\t5'));
});

test('toc-truncated: not for a misspelt entry, which is a mismatch', () => {
  const text = toc('Budgetopfølning pr. 31.03.2024 for drift og anlæg.....\t5\n', item(2, 'Budgetopfølgning pr. 31.03.2024 for drift og anlæg'));
  assert.deepEqual(spans(text, 'toc-truncated'), []);
  assert.equal(spans(text, 'toc-mismatch').length, 1);
});

test('toc-missing-item: an item the table leaves out, on its heading', () => {
  const text = toc('Første.....\t1\nTredje.....\t3\n', item(1, 'Første') + item(2, 'Andet') + item(3, 'Tredje'));
  assert.deepEqual(spans(text, 'toc-missing-item'), [spanOf(text, 'Punkt 2: Andet')]);
});

test('toc-missing-item: not when every item is listed, nor when there is no table of contents', () => {
  const listed = toc('Første.....\t1\nAndet.....\t2\n', item(1, 'Første') + item(2, 'Andet'));
  assert.deepEqual(spans(listed, 'toc-missing-item'), []);
  const none = referat(item(1, 'Første') + item(2, 'Andet'));
  assert.deepEqual(spans(none, 'toc-missing-item'), []);
});

test('toc-missing-item: not when the list names none of the items (a heading over the open items, then a case number)', () => {
  const text = referat('Åbne dagsordenspunkter\n\n27.14.03-A00-3-22\n\n7. Første sag\n\nBeslutning\n\nGodkendt.\n\n27.14.03-A00-4-22\n\n8. Anden sag\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(spans(text, 'toc-missing-item'), []);
});

test('toc-page-order: a page before the previous entry\'s, on the page number', () => {
  const text = toc('Første.....\t5\nAndet.....\t3\n', item(1, 'Første') + item(2, 'Andet'));
  const found = findings(text, 'toc-page-order');
  const page = text.indexOf('\t3') + 1;
  assert.deepEqual(spans(text, 'toc-page-order'), [{ start: page, end: page + 1 }]);
  assert.deepEqual(found[0].message.args, [3, 'Andet', 5]);
});

test('toc-page-order: not for pages that repeat or rise', () => {
  const text = toc('Første.....\t5\nAndet.....\t5 7\nTredje.....\t9\n', item(1, 'Første') + item(2, 'Andet') + item(3, 'Tredje'));
  assert.deepEqual(spans(text, 'toc-page-order'), []);
});

test('toc-missing-item: quiet on an item whose title stands in an entry the copy ran on over several titles (numbers lost)', () => {
  const text = [
    'Transkript', '',
    '1 Referat Seniorrådet Mødedato: Mandag den 9. marts 2015 Mødetidspunkt: Kl. 9:00 Mødested: Medlemmer: Lise Holm (A) Per Dam Fraværende: Per Dam Sagsoversigt Side 01. Godkendelse af dagsorden Opfølgning på mødet om trafik i byen og på landet Planlægning af årets temadag Eventuelt...9 Bilagsliste...10', '',
    '2 Seniorrådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Sagen afgøres i: Bilag: Seniorrådet Indstilling Formandsskabet indstiller: At dagsordenen godkendes Beslutninger Seniorrådet den Dagsordenen godkendt.', '',
    '3 Seniorrådet Mødedato Side Opfølgning på mødet om trafik i byen og på landet Åben sag Sagsnr.: Sagen afgøres i: Bilag: 15/12345 Seniorrådet Indledning/Baggrund Rådet holdt et møde om trafik med mange deltagere og talte længe om busserne og togene.',
  ].join('\n');
  assert.deepEqual(spans(text, 'toc-missing-item'), []);
});
