// Points of an Indstilling and a Beslutning, the outcome phrases, and the point-by-point
// pairing of decision and recommendation (decisionsOf), on small texts and on samples 002/003.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionsOf, findOutcome, itemAt, parseReferat, pointAt, type AgendaItem, type ReferatDocument } from '../../server/src/parser';
import { samples } from '../testUtil';
import { cut, spans } from './marks';

test('Indstilling points: "1. at ...", "- at ..." and bare "at ..." lines, each with its exact span', () => {
  const { text, spans: expected } = spans(
    'Punkt 1: A\n\nIndstilling\n\nForvaltningen indstiller,\n\n[[1. at sagen drøftes,]]\n[[2. at planen godkendes\nmed de nævnte ændringer.]]\n\nPunkt 2: B\n\nIndstilling\n\n[[- at budgettet godkendes]]\n[[at rammen fastholdes]]\n',
  );
  const [first, second] = parseReferat(text).items;
  const points = [...first.sections[0].points, ...second.sections[0].points];
  assert.deepEqual(points.map((p) => cut(text, p.span)), expected.map((s) => cut(text, s)));
  assert.deepEqual(points.map((p) => [p.number, p.numbered, p.answers]), [[1, true, [1]], [2, true, [2]], [1, false, [1]], [2, false, [2]]]);
  assert.deepEqual(points.map((p) => p.text), ['at sagen drøftes,', 'at planen godkendes med de nævnte ændringer.', 'at budgettet godkendes', 'at rammen fastholdes']);
  assert.ok(points.every((p) => p.outcome === null), 'a recommendation has no outcome');
});

test('Beslutning points: "1. Drøftet.", "Ad 1 ...", "Ad 2 og 3 ...", each with its span, answers and outcome', () => {
  const { text, spans: expected } = spans(
    'Punkt 1: A\n\nBeslutning\n\n[[1. Drøftet.]]\n[[2. Indstilles godkendt.]]\n\nPunkt 2: B\n\nBeslutning\n\n[[Ad 1 Indstillingen godkendt.]]\n[[Ad 2 og 3 Indstillingerne blev ikke godkendt.]]\n[[Ad 4-5: Udsat.]]\n',
  );
  const points = parseReferat(text).items.flatMap((it) => it.sections[0].points);
  assert.deepEqual(points.map((p) => cut(text, p.span)), expected.map((s) => cut(text, s)));
  assert.deepEqual(
    points.map((p) => [p.number, p.answers, p.outcome]),
    [
      [1, [1], 'drøftet'],
      [2, [2], 'indstilles godkendt'],
      [1, [1], 'godkendt'],
      [2, [2, 3], 'ikke godkendt'],
      [4, [4, 5], 'udsat'],
    ],
  );
});

test('decision points written "Ad. 1:", "Ad pkt. 2:" and as ranges "1.-2." / "1. - 2." answer their recommendation points', () => {
  const decisionOf = (written: string) =>
    parseReferat(`Punkt 1: Plan\n\nIndstilling\n\n1. at a godkendes\n\n2. at b godkendes\n\n3. at c godkendes\n\nBeslutning\n\n${written}\n`).items[0].sections.find((s) => s.kind === 'Beslutning')!;
  const answered = (written: string) => decisionOf(written).points.map((p) => [p.answers, p.outcome]);
  assert.deepEqual(answered('Ad. 1: Godkendt.\n\nAd. 2-3: Udsat.'), [[[1], 'godkendt'], [[2, 3], 'udsat']]);
  assert.deepEqual(answered('Ad pkt. 1: Godkendt.\n\nAd pkt. 2 og 3: Udsat.'), [[[1], 'godkendt'], [[2, 3], 'udsat']]);
  assert.deepEqual(answered('1.-2. Godkendt.\n\n3. Udsat.'), [[[1, 2], 'godkendt'], [[3], 'udsat']]);
  assert.deepEqual(answered('1. - 2. Anbefales.\n\n3. Ikke anbefalet.'), [[[1, 2], 'anbefales godkendt'], [[3], 'ikke godkendt']]);
  // The point's text starts after its marker, or on the lines below "Ad. 1" alone.
  assert.equal(decisionOf('1. - 2. Anbefales.').points[0].text, 'Anbefales.');
  assert.deepEqual(decisionOf('Ad. 1\n\nTo medlemmer anbefaler forslaget.\n\nAd. 2\n\nUdsat.').points.map((p) => [p.answers, p.text, p.outcome]), [
    [[1], 'To medlemmer anbefaler forslaget.', 'anbefales godkendt'],
    [[2], 'Udsat.', 'udsat'],
  ]);
});

test('a decision written as one sentence has no points and one outcome', () => {
  const text = 'Punkt 1: A\n\nBeslutning\n\nIndstillingen blev godkendt.\n';
  const [decision] = parseReferat(text).items[0].sections;
  assert.deepEqual(decision.points, []);
  assert.equal(decision.outcome, 'godkendt');
});

test('outcomes: each phrase the minutes use', () => {
  const cases: [string, string | null][] = [
    ['Godkendt.', 'godkendt'],
    ['Anbefales godkendt.', 'anbefales godkendt'],
    ['Indstilles godkendt.', 'indstilles godkendt'],
    ['Orienteringen blev taget til efterretning.', 'taget til efterretning'],
    ['Drøftet.', 'drøftet'],
    ['Indstillingen blev ikke godkendt.', 'ikke godkendt'],
    ['Sagen blev udsat til næste møde.', 'udsat'],
    ['Tiltrådt.', 'tiltrådt'],
    ['For forslaget stemte A (S) og B (V). Imod stemte C (Ø). D (O) undlod at stemme.', 'afstemning'],
    ['Orientering foretaget.', 'orientering'],
    ['Udvalget besluttede at udsætte sagen.', 'udsat'],
    ['Sagen blev udskudt til august.', 'udsat'],
    ['Ansøgningen imødekommet.', 'godkendt'],
    ['Ansøgningen blev ikke imødekommet.', 'ikke godkendt'],
    ['Forslaget bifaldet.', 'godkendt'],
    ['Indstilles til Byrådets godkendelse.', 'indstilles godkendt'],
    ['Indstilles til Kommunalbestyrelsens godkendelse.', 'indstilles godkendt'],
  ];
  for (const [text, outcome] of cases) assert.equal(findOutcome(text), outcome, text);
});

test('a refusal is never read as its plain outcome: "Ikke tiltrådt.", "Anbefales ikke.", "Ikke anbefalet." are ikke godkendt; "Vedtaget." godkendt, "Afvist." ikke godkendt', () => {
  const cases: [string, string | null][] = [
    ['Ikke tiltrådt.', 'ikke godkendt'],
    ['Indstillingen blev ikke tiltrådt.', 'ikke godkendt'],
    ['Anbefales ikke.', 'ikke godkendt'],
    ['Ikke anbefalet, idet et flertal stemte imod.', 'ikke godkendt'],
    ['Enstemmigt vedtaget.', 'godkendt'],
    ['Forslaget blev ikke vedtaget.', 'ikke godkendt'],
    ['Ansøgningen afvist.', 'ikke godkendt'],
    ['Taget til orientering.', 'taget til efterretning'],
  ];
  for (const [text, outcome] of cases) assert.equal(findOutcome(text), outcome, text);
});

test('"socialt udsatte" is not \'udsat\'; a word that merely contains a phrase is no outcome', () => {
  assert.equal(findOutcome('Et godt ældreliv for socialt udsatte'), null);
  assert.equal(findOutcome('Sagen om ugodkendte regnskaber'), null);
  const text = 'Punkt 6: Et godt ældreliv for socialt udsatte\n\nBeslutning\n\nDer var en god drøftelse af socialt udsatte.\n';
  assert.equal(parseReferat(text).items[0].sections[0].outcome, null);
});

test('the earliest phrase wins, and "ikke godkendt" over the "godkendt" inside it', () => {
  assert.equal(findOutcome('Ikke godkendt. Sagen udsættes.'), 'ikke godkendt');
  assert.equal(findOutcome('Udsat; godkendt senere.'), 'udsat');
});

test('"Udvalget tiltrådte indstillingen" is tiltrådt; "godkendes ikke" is ikke godkendt', () => {
  assert.equal(findOutcome('Udvalget tiltrådte indstillingen.'), 'tiltrådt');
  assert.equal(findOutcome('Sagen godkendes ikke.'), 'ikke godkendt');
  assert.equal(findOutcome('Planen kan ikke godkendes.'), 'ikke godkendt');
});

test('decisionsOf on a small text: numbered answers pair by number, an unnumbered decision answers as a whole', () => {
  const text = [
    'REFERAT Udvalget d. 06-10-2020',
    'Punkt 1: A',
    'Indstilling',
    '1. At sagen drøftes.',
    '2. At aftalen godkendes',
    'Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:',
    '2. Indstilles godkendt.',
    'Beslutning',
    'Godkendt.',
  ].join('\n\n');
  const d = decisionsOf(parseReferat(text).items[0]);
  assert.equal(d.recommendation?.kind, 'Indstilling');
  assert.equal(d.decision?.heading.value, 'Beslutning');
  assert.deepEqual(d.priors.map((p) => p.heading.value), ['Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:']);
  assert.deepEqual(
    d.pairings.map((p) => [p.decision.heading.value, p.pairs.map((pair) => [pair.recommendation.number, pair.answers.map((a) => a.text)])]),
    [
      ['Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:', [[1, []], [2, ['Indstilles godkendt.']]]],
      ['Beslutning', [[1, []], [2, []]]],
    ],
  );
});

test('an item with no Indstilling has no pairings', () => {
  const d = decisionsOf(parseReferat('Punkt 1: A\n\nBeslutning\n\n1. Godkendt.\n').items[0]);
  assert.equal(d.recommendation, null);
  assert.equal(d.decision?.points.length, 1);
  assert.deepEqual(d.pairings, []);
});

const sample = (prefix: string): ReferatDocument => parseReferat(samples().find((s) => s.name.startsWith(prefix))!.text);
/** A span as where a reader sees it: 1-based line, 0-based UTF-16 columns, and its text. */
const where = (doc: ReferatDocument, span: { start: number; end: number }) => {
  const a = doc.lines.positionAt(span.start);
  const b = doc.lines.positionAt(span.end);
  return { line: a.line + 1, from: a.character, toLine: b.line + 1, to: b.character, text: doc.text.slice(span.start, span.end) };
};
const lineSpan = (line: number, text: string) => ({ line, from: 0, toLine: line, to: text.length, text });

test('sample 003 Punkt 82: the quoted decision of børn og familieudvalget answers point by point; this meeting\'s decision as a whole', () => {
  const doc = sample('003_');
  const item = doc.items.find((it) => it.number === 82) as AgendaItem;
  const d = decisionsOf(item);
  assert.deepEqual(
    d.recommendation!.points.map((p) => where(doc, p.span)),
    [lineSpan(679, '1. At sagen drøftes.'), lineSpan(680, '2. At samarbejdsaftalen med Mødrehjælpen godkendes')],
  );
  assert.deepEqual(d.decision && where(doc, d.decision.heading.span), lineSpan(696, 'Beslutning'));
  assert.equal(d.decision!.outcome, 'indstilles godkendt');
  assert.equal(d.decision!.prior, null);

  const children = d.pairings.find((p) => p.decision.heading.value === 'Beslutning børn og familieudvalget den 15. september 2020 punkt 83:')!;
  assert.deepEqual(children.decision.prior, { committee: 'børn og familieudvalget', date: '2020-09-15', punkt: 83 });
  const answer2 = '2. Indstilles godkendt - udvalget ønsker en opgørelse over gennemførte aktiviteter ved udgangen af 2021. Afbud fra Henning Jensen Nyhuus.';
  assert.deepEqual(
    children.pairs.map((p) => [p.recommendation.number, p.answers.map((a) => [where(doc, a.span), a.outcome])]),
    [
      [1, [[lineSpan(684, '1. Drøftet.'), 'drøftet']]],
      [2, [[lineSpan(685, answer2), 'indstilles godkendt']]],
    ],
  );
  const current = d.pairings.find((p) => p.decision === d.decision)!;
  assert.deepEqual(current.pairs.map((p) => p.answers), [[], []], 'the decision answers as a whole');
  assert.equal(d.priors.length, 3);
});

test('sample 002 item 2: "Ad 1" answers 1 → godkendt, "Ad 2 og 3" answers 2 and 3 → ikke godkendt', () => {
  const doc = sample('002_');
  const d = decisionsOf(doc.items[1]);
  const recommendations = d.recommendation!.points;
  assert.deepEqual(recommendations.map((p) => [where(doc, p.span).line, where(doc, p.span).from, p.text.slice(0, 40)]), [
    [22, 438, 'at der ikke igangsættes yderligere aktiv'],
    [22, 670, 'at Center for Job og Uddannelse igangsæt'],
    [22, 873, 'at udvalget beslutter, om Center for Job'],
  ]);
  assert.ok(where(doc, recommendations[0].span).text.endsWith('hele gruppen af aktivitetsparate kontanthjælpsmodtagere.'));
  const [pairing] = d.pairings;
  assert.equal(pairing.decision, d.decision);
  const ad1 = { line: 22, from: 1152, toLine: 22, to: 1152 + 'Ad 1 Indstillingen godkendt.'.length, text: 'Ad 1 Indstillingen godkendt.' };
  const ad23 = { line: 22, from: 1181, toLine: 22, to: 1181 + 'Ad 2 og 3 Indstillingerne blev ikke godkendt.'.length, text: 'Ad 2 og 3 Indstillingerne blev ikke godkendt.' };
  assert.deepEqual(
    pairing.pairs.map((p) => [p.recommendation.number, p.answers.map((a) => [where(doc, a.span), a.outcome])]),
    [
      [1, [[ad1, 'godkendt']]],
      [2, [[ad23, 'ikke godkendt']]],
      [3, [[ad23, 'ikke godkendt']]],
    ],
  );
});

test('pointAt and itemAt find the point and the item at an offset', () => {
  const { text, spans: [point] } = spans('Punkt 1: A\n\nIndstilling\n\n[[1. at sagen godkendes]]\n\nPunkt 2: B\n\nTekst.\n');
  const doc = parseReferat(text);
  const inside = point.start + 4;
  const item = itemAt(doc.items, inside)!;
  assert.equal(item.number, 1);
  const at = pointAt(item, inside)!;
  assert.equal(at.section.kind, 'Indstilling');
  assert.deepEqual(at.point && cut(text, at.point.span), cut(text, point));
  assert.equal(itemAt(doc.items, text.indexOf('Tekst'))!.number, 2);
  assert.equal(itemAt(doc.items, 0)!.number, 1);
  assert.equal(pointAt(doc.items[1], text.indexOf('Tekst')), null);
});

test('a point running over a PDF\'s page break leaves out the page\'s footer and the next page\'s header', () => {
  const page = (n: number, body: string) => `Åbent referat\tPlanudvalget\n\n${body}\n\nSide ${n} af 3\tUdskrevet 28-05-2025\n`;
  const text = [
    page(1, 'Referat\n\nPunkt 1: Lokalplan\n\nIndstilling\n\nDirektionen indstiller, at\n\n1. lokalplanen vedtages'),
    page(2, 'med de nævnte ændringer\n\n2. aftalen indgås.\n\nBeslutning\n\n1. Godkendt.'),
    page(3, '2. Godkendt.'),
  ].join('\f');
  const [item] = parseReferat(text).items;
  const [recommendation, decision] = item.sections;
  assert.deepEqual(recommendation.points.map((p) => p.text), ['lokalplanen vedtages med de nævnte ændringer', 'aftalen indgås.']);
  assert.deepEqual(decision.points.map((p) => [p.text, cut(text, p.span).text]), [['Godkendt.', '1. Godkendt.'], ['Godkendt.', '2. Godkendt.']]);
});
