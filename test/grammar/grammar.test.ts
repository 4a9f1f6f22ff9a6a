// Grammar tests: every sample is tokenized with the real TextMate engine and compared with a
// readable snapshot (test/grammar/snapshots/<sample>.snap; UPDATE_SNAPSHOTS=1 rewrites them), and
// focused assertions check what a reader would notice first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SCOPE, Token, tokenize } from './textmate';

const SAMPLES = join(ROOT, 'test', 'fixtures', 'samples');
const SNAPSHOTS = join(ROOT, 'test', 'grammar', 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Scope names without the grammar's own root and ".referat" suffixes, for short snapshots. */
const short = (scope: string) => scope.replace(/\.referat$/, '');

function clip(text: string, max = 90): string {
  const t = JSON.stringify(text);
  return t.length <= max ? t : `${t.slice(0, max / 2 - 2)} … ${t.slice(-(max / 2 - 2))}`;
}

/** One row per token that has more than the root scope: "line:start-end "text" -> scopes". */
export function snapshot(name: string, tokens: Token[][]): string {
  const rows = [`# ${name}: tokens with scopes beyond ${SCOPE} ("line:start-end "text" -> scopes")`];
  for (const line of tokens) {
    for (const t of line) {
      if (t.scopes.length <= 1 || !t.text.trim()) continue;
      rows.push(`${t.line}:${t.start}-${t.end} ${clip(t.text)} -> ${t.scopes.slice(1).map(short).join(' > ')}`);
    }
  }
  return rows.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ generated JSON
test('syntaxes/referat.tmLanguage.json is up to date with syntaxes/build-grammar.mjs', () => {
  execFileSync(process.execPath, [join(ROOT, 'syntaxes', 'build-grammar.mjs'), '--check'], { stdio: 'pipe' });
});

// ------------------------------------------------------------------------------ snapshots
for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()) {
  test(`snapshot: ${file}`, async () => {
    const { tokens } = await tokenize(readFileSync(join(SAMPLES, file), 'utf8'));
    const actual = snapshot(file, tokens);
    const snapPath = join(SNAPSHOTS, file.replace(/\.txt$/, '.snap'));
    if (UPDATE || !existsSync(snapPath)) {
      mkdirSync(SNAPSHOTS, { recursive: true });
      writeFileSync(snapPath, actual);
      if (!UPDATE) assert.fail(`${snapPath} was missing and has been written: review it and run again`);
      return;
    }
    assert.equal(actual, readFileSync(snapPath, 'utf8'), `${file}: rerun with UPDATE_SNAPSHOTS=1 if the change is intended`);
  });
}

// Catastrophic backtracking shows as time that grows faster than the line: the longest line of
// the transcript sample (4,000 characters) and the same line twice over, best of three each.
test('a line twice as long takes at most about twice as long to tokenize', async () => {
  const longest = readFileSync(join(SAMPLES, '002_62922e7fa5da0722.txt'), 'utf8').split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
  // Eight and sixteen copies: tens of milliseconds, well above the clock's and the collector's noise.
  const line = (copies: number) => Array.from({ length: copies }, () => longest).join(' ');
  // Timed in turns, best of seven each, in CPU time: a busy machine (other tests on the other
  // core) stretches wall time unevenly, the work done much less.
  const cpuMs = async (text: string) => {
    const start = process.cpuUsage();
    await tokenize(text);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  let once = Infinity;
  let twice = Infinity;
  await tokenize(line(2));
  for (let k = 0; k < 7; k++) {
    once = Math.min(once, await cpuMs(line(8)));
    twice = Math.min(twice, await cpuMs(line(16)));
  }
  assert.ok(twice <= 3 * once + 5, `${once.toFixed(1)} ms, then ${twice.toFixed(1)} ms for twice the line`);
});

// ------------------------------------------------------------------------------ focused assertions
/** Tokens of `line` (1-based) of `text` that overlap the first (or last) occurrence of `part` in it. */
async function tokensOf(text: string, part: string, line = 1, last = false): Promise<Token[]> {
  const { lines, tokens } = await tokenize(text);
  const at = last ? lines[line - 1].lastIndexOf(part) : lines[line - 1].indexOf(part);
  assert.ok(at >= 0, `"${part}" not on line ${line}`);
  return tokens[line - 1].filter((t) => t.end > at && t.start < at + part.length);
}

/** Asserts that `part` (its first, or with `last` its last occurrence) is exactly one token; returns its scopes. */
async function oneToken(text: string, part: string, line = 1, last = false): Promise<string[]> {
  const toks = await tokensOf(text, part, line, last);
  assert.equal(toks.length, 1, `"${part}" is split into ${JSON.stringify(toks.map((t) => t.text))}`);
  assert.equal(toks[0].text, part, `"${part}" is not a token of its own (token: "${toks[0].text}")`);
  return toks[0].scopes;
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
function assertScope(scopes: string[], prefix: string, what: string) {
  assert.ok(has(scopes, prefix), `${what}: expected ${prefix}, got ${scopes.join(' ')}`);
}
function assertNoScope(scopes: string[], prefix: string, what: string) {
  assert.ok(!has(scopes, prefix), `${what}: did not expect ${prefix}, got ${scopes.join(' ')}`);
}

test('"Punkt 64: Godkendelse ..." is a heading with keyword, number and title', async () => {
  const line = 'Punkt 64: Godkendelse af udmøntning af budget 2021';
  assertScope(await oneToken(line, 'Punkt'), 'keyword.other.item', 'Punkt');
  const num = await oneToken(line, '64');
  assertScope(num, 'constant.numeric.item-number', '64');
  assertScope(num, 'markup.heading', '64');
  const title = await oneToken(line, 'Godkendelse af udmøntning af budget 2021');
  assertScope(title, 'entity.name.section.item', 'title');
  assertScope(title, 'markup.heading', 'title');
});

test('closed item: "Lukket" has its own scope and "(B)" is a marker', async () => {
  const line = 'Punkt 8: Lukket: Eventuelt (B)';
  assertScope(await oneToken(line, 'Lukket'), 'storage.modifier.closed', 'Lukket');
  assertScope(await oneToken(line, 'Eventuelt'), 'entity.name.section.item', 'title');
  assertScope(await oneToken(line, 'B'), 'constant.language.marker', 'B');
  assertScope(await oneToken(line, '('), 'punctuation.definition.marker.begin', '(');
});

test('"Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:" is a heading', async () => {
  const line = 'Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:';
  const toks = await tokensOf(line, line);
  for (const t of toks.filter((t) => t.text.trim())) assertScope(t.scopes, 'markup.heading', `"${t.text}"`);
  assertScope(await oneToken(line, 'Beslutning'), 'entity.name.section.decision.prior', 'Beslutning');
  assertScope(await oneToken(line, 'Socialudvalget'), 'entity.name.type.committee', 'committee');
  assertScope(await oneToken(line, '21. september 2020'), 'constant.numeric.date', 'date');
  assertScope(await oneToken(line, '95'), 'constant.numeric.item-number', '95');
});

test('section headings are whole lines; the same word inside a sentence is not a heading', async () => {
  assertScope(await oneToken('Sagsfremstilling', 'Sagsfremstilling'), 'entity.name.section', 'heading');
  assertScope(await oneToken('Økonomiske konsekvenser', 'Økonomiske konsekvenser'), 'markup.heading', 'heading');
  const sentence = 'Der henvises til Sagsfremstilling og Indstilling i punkt 3.';
  for (const word of ['Sagsfremstilling', 'Indstilling']) {
    for (const t of await tokensOf(sentence, word)) {
      assertNoScope(t.scopes, 'markup.heading', `"${word}" in a sentence`);
      assertNoScope(t.scopes, 'entity.name.section', `"${word}" in a sentence`);
    }
  }
  const para = 'Sagsfremstilling af den nye plan blev drøftet.';
  for (const t of await tokensOf(para, 'Sagsfremstilling')) assertNoScope(t.scopes, 'markup.heading', 'line start');
});

test('decision headings with committee and date', async () => {
  const line = 'Beslutning Udvalget for arbejdsmarked og integration den 21-05-2024';
  assertScope(await oneToken(line, 'Udvalget for arbejdsmarked og integration'), 'entity.name.type.committee', 'committee');
  assertScope(await oneToken(line, '21-05-2024'), 'constant.numeric.date', 'date');
  assertScope(await oneToken('Beslutning', 'Beslutning'), 'entity.name.section.decision', 'bare');
  const rec = 'Direktøren for Social, Sundhed og Beskæftigelse indstiller';
  assertScope(await oneToken(rec, rec), 'entity.name.section.recommendation', 'Direktøren ... indstiller');
});

test('outcomes are highlighted in a decision, not in the case text', async () => {
  const doc = ['Sagsfremstilling', '', 'Budgettet blev godkendt i 2019.', '', 'Beslutning', '', 'Indstillingen godkendt.', '1. Drøftet', 'Ad 2 og 3 Indstillingerne blev ikke godkendt.'].join('\n');
  for (const t of await tokensOf(doc, 'godkendt', 3)) assertNoScope(t.scopes, 'markup.inserted', 'case text');
  assertScope(await oneToken(doc, 'godkendt', 7), 'markup.inserted.outcome.approved', 'decision');
  assertScope(await oneToken(doc, 'Drøftet', 8), 'markup.changed.outcome.discussed', 'list in decision');
  assertScope(await oneToken(doc, 'ikke godkendt', 9), 'markup.deleted.outcome.rejected', 'rejected');
  assertScope(await oneToken(doc, 'Ad', 9), 'keyword.other.ad', 'Ad');
});

test('case numbers are one token each', async () => {
  const cases: [string, string][] = [
    ['00.30.02-S00-21-19', 'kle'],
    ['00.30.14-G01-6-19', 'kle'],
    ['15.00.00-000-1-20', 'kle'],
    ['24/6823', 'serial'],
    ['EMN-2025-003383', 'emn'],
    ['S2023-24573', 's'],
  ];
  for (const [num, kind] of cases) {
    const scopes = await oneToken(`Sagen ${num} behandles.`, num);
    assertScope(scopes, `constant.other.case-number.${kind}`, num);
  }
  assertScope(await oneToken('00.30.02-S00-21-19', '00.30.02-S00-21-19'), 'constant.other.case-number', 'own line');
  const label = 'Sagsnr.: 16/28325';
  assertScope(await oneToken(label, 'Sagsnr'), 'entity.other.attribute-name.case-label', 'label');
  assertScope(await oneToken(label, '16/28325'), 'constant.other.case-number', 'after label');
  // Not case numbers: a fraction-like date and a plain decimal.
  for (const t of await tokensOf('pr. 31/3 2024 og 2,5 %', '31/3')) assertNoScope(t.scopes, 'constant.other.case-number', '31/3');
});

test('table of contents: title, dot leader and page numbers', async () => {
  const line = 'Budgetopfølgning pr. 31.03.2024 for drift (B).....\t5 8';
  assertScope(await oneToken(line, 'Budgetopfølgning pr. '), 'entity.name.section.toc', 'title');
  assertScope(await oneToken(line, '.....'), 'comment.line.leader', 'leader');
  assertScope(await oneToken(line, '5 8'), 'constant.numeric.page', 'pages');
  assertScope(await oneToken(line, 'B', 1, true), 'constant.language.marker', '(B) in the ToC');
  assertScope(await oneToken(line, '31.03.2024'), 'constant.numeric.date', 'date in the title');
});

test('dates, weekdays and times', async () => {
  const line = 'Mødedato Onsdag d. 25. november 2020 kl. 15:00';
  assertScope(await oneToken(line, 'Mødedato'), 'entity.other.attribute-name.field', 'field');
  assertScope(await oneToken(line, 'Onsdag'), 'constant.numeric.date.weekday', 'weekday');
  assertScope(await oneToken(line, 'd. 25. november 2020'), 'constant.numeric.date', 'date');
  assertScope(await oneToken(line, 'kl. 15:00'), 'constant.numeric.time', 'time');
  for (const d of ['25-11-2020', '21.05.2024', '31/3 2024', '11. januar 2017', '07-marts-2002']) {
    assertScope(await oneToken(`den ${d} blev`, d), 'constant.numeric.date', d);
  }
  assertScope(await oneToken('til søndag', 'søndag'), 'constant.numeric.date.weekday', 'søndag');
  for (const t of await tokensOf('søndagsåbent', 'søndag')) assertNoScope(t.scopes, 'constant.numeric.date', 'inside a word');
});

test('amounts with kr., mio. kr. and a leading kr.', async () => {
  for (const a of ['800.000 kr.', '110,2 mio. kr.', 'kr. 5.000', '-4,6 mio. kr.']) {
    const toks = await tokensOf(`en reduktion på ${a} i 2021`, a);
    assert.equal(toks.map((t) => t.text).join(''), a, `${a} is covered exactly`);
    for (const t of toks) assertScope(t.scopes, 'constant.numeric.amount', a);
    assert.ok(toks.some((t) => has(t.scopes, 'keyword.other.unit.currency')), `${a}: unit`);
  }
});

test('party letters after names', async () => {
  const line = 'Medlemmer: Allan Berg Mortensen (Ø) Marlene Harpsøe (O)';
  assertScope(await oneToken(line, 'Ø'), 'entity.name.tag.party', 'Ø');
  assertScope(await oneToken(line, 'O', 1, true), 'entity.name.tag.party', 'O');
});

test('list markers and "at" clauses', async () => {
  const doc = ['1. at orienteringen tages til efterretning.', '- at der meddeles en bevilling', '- Området er nu finansieret', 'at udvalget drøfter strategien.', '2. At samarbejdsaftalen godkendes', '8. oktober 2020 holdt udvalget møde'].join('\n');
  assertScope(await oneToken(doc, '1.', 1), 'punctuation.definition.list.begin', '1.');
  assertScope(await oneToken(doc, 'at', 1), 'keyword.other.at-clause', 'at after 1.');
  for (const t of await tokensOf(doc, 'orienteringen tages', 1)) assertScope(t.scopes, 'markup.list.numbered', 'list body');
  assertScope(await oneToken(doc, '-', 2), 'punctuation.definition.list.begin', '-');
  assertScope(await oneToken(doc, 'at', 2), 'keyword.other.at-clause', 'at after -');
  assertScope(await oneToken(doc, '-', 3), 'punctuation.definition.list.begin', 'plain bullet');
  for (const t of await tokensOf(doc, 'Området', 3)) assertScope(t.scopes, 'markup.list.unnumbered', 'bullet body');
  assertScope(await oneToken(doc, 'at', 4), 'keyword.other.at-clause', 'bare at');
  assertScope(await oneToken(doc, 'At', 5), 'keyword.other.at-clause', 'At');
  for (const t of await tokensOf(doc, '8.', 6)) assertNoScope(t.scopes, 'punctuation.definition.list', 'a date is not a list');
});

test('transcript: case type, open case, inline fields', async () => {
  const line = '2 Beskæftigelsesudvalget Mødedato Side Beslutningssag: Godkendelse af dagsorden Åben sag Sagsnr.: Sagen afgøres i: Bilag: 16/28325 Beskæftigelsesudvalget';
  assertScope(await oneToken(line, 'Beslutningssag'), 'keyword.other.case-type', 'case type');
  assertScope(await oneToken(line, 'Godkendelse af dagsorden'), 'entity.name.section.item', 'title');
  assertScope(await oneToken(line, 'Åben sag'), 'storage.modifier.open', 'open');
  assertScope(await oneToken(line, 'Sagen afgøres i'), 'entity.other.attribute-name.field', 'field');
  assertScope(await oneToken(line, '16/28325'), 'constant.other.case-number.serial', 'case number');
  assertScope(await oneToken(line, '2'), 'constant.numeric.page', 'page');
  const head = '1 Referat Beskæftigelsesudvalget Mødedato: Onsdag den 11. januar 2017 Mødetidspunkt: Kl. 17:00';
  assertScope(await oneToken(head, 'Mødetidspunkt'), 'entity.other.attribute-name.field', 'Mødetidspunkt');
  assertScope(await oneToken(head, 'Kl. 17:00'), 'constant.numeric.time', 'time');
});

test('header line: document type, committee and date', async () => {
  const line = 'REFERAT Beskæftigelsesudvalget til 31.12.25 d. 25-11-2020';
  assertScope(await oneToken(line, 'REFERAT'), 'keyword.other.document-type', 'REFERAT');
  assertScope(await oneToken(line, 'Beskæftigelsesudvalget til '), 'entity.name.type.committee', 'committee');
  assertScope(await oneToken(line, '25-11-2020'), 'constant.numeric.date', 'date');
  assertScope(await oneToken(line, '25-11-2020'), 'markup.heading.1', 'heading');
});

test('no rule backtracks badly on long adversarial lines', async () => {
  const n = 20000;
  const lines: Record<string, string> = {
    dots: '.'.repeat(n),
    'dots then page': 'a'.repeat(n) + '.....\t3',
    quotes: '"a'.repeat(n / 2),
    spaces: 'Punkt 1: ' + ' '.repeat(n) + 'x',
    'decision heading': 'Beslutning ' + 'a '.repeat(n / 2),
    'header line': 'REFERAT ' + 'Abc '.repeat(n / 4),
    'recommendation line': 'Direktøren ' + 'x '.repeat(n / 2),
    'digits and dots': '1.'.repeat(n / 2),
    'digits and dashes': '1-'.repeat(n / 2),
    slashes: '12/'.repeat(n / 3),
    amounts: '1.000 '.repeat(n / 6),
    markers: 'Punkt 1: Lukket: ' + '(B) '.repeat(n / 4),
    'case type': 'Beslutningssag: ' + 'Aaa '.repeat(n / 4),
    mixed: 'Beslutninger Udvalg den 1. januar 2020 kl. 10:00 24/6823 00.30.14-G01-6-19 "x" Navn (A) '.repeat(200),
  };
  await tokenize('warm up');
  for (const [what, line] of Object.entries(lines)) {
    const t0 = performance.now();
    await tokenize(line);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `${what}: ${line.length} characters took ${ms.toFixed(0)} ms`);
  }
});

test('language configuration: case numbers, dates and Danish words are one word each', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
  assert.equal(config.comments, undefined, 'minutes have no comments');
  const words = 'Sag 00.30.14-G01-6-19 og 24/6823, EMN-2025-003383 den 25-11-2020: 800.000 kr. Økonomiske Høring'.match(
    new RegExp(config.wordPattern, 'g'),
  );
  assert.deepEqual(words, ['Sag', '00.30.14-G01-6-19', 'og', '24/6823', 'EMN-2025-003383', 'den', '25-11-2020', '800.000', 'kr', 'Økonomiske', 'Høring']);
  assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
});
