// Sections of an item on small texts: which lines are headings, the Beslutning variants (this
// meeting's or a quoted earlier one), the unheaded Indstilling, and sub-headings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { marked } from '../testUtil';
import { cut, spans } from './marks';

const header = 'REFERAT Udvalget for arbejdsmarked og integration d. 21-05-2024\n\n';

test('a bare heading line opens a section; its body runs to the last line of its text', () => {
  const { text, spans: [span, heading, body] } = spans('Punkt 1: A\n\n[[[[Sagsfremstilling]][[\n\nFørste afsnit.\n\nAndet afsnit.]]]]\n\nBeslutning\n\nGodkendt.\n');
  const [section] = parseReferat(text).items[0].sections;
  assert.equal(section.kind, 'Sagsfremstilling');
  assert.deepEqual(cut(text, section.heading.span), cut(text, heading));
  assert.deepEqual(cut(text, section.body), cut(text, body));
  assert.deepEqual(cut(text, section.span), cut(text, span));
  assert.equal(section.empty, false);
});

test('variants map to one kind: "Administrativ indstilling", "Økonomiske konsekvenser", "Retsregler og andre forskrifter", "Indledning", a trailing colon', () => {
  const text = ['Punkt 1: A', 'Indledning', 'x', 'Administrativ indstilling', 'x', 'Økonomiske konsekvenser', 'x', 'Retsregler og andre forskrifter', 'x', 'Bilag:', 'x'].join('\n\n');
  const sections = parseReferat(text).items[0].sections;
  assert.deepEqual(
    sections.map((s) => [s.kind, s.heading.value]),
    [
      ['Sagsfremstilling', 'Indledning'],
      ['Indstilling', 'Administrativ indstilling'],
      ['Økonomi', 'Økonomiske konsekvenser'],
      ['Retsgrundlag', 'Retsregler og andre forskrifter'],
      ['Bilag', 'Bilag:'],
    ],
  );
});

test('a heading word that opens a sentence is text: "Sagsfremstilling af sagen ..."', () => {
  const text = 'Punkt 1: A\n\nResume\n\nSagsfremstilling af sagen følger nedenfor.\n';
  assert.deepEqual(parseReferat(text).items[0].sections.map((s) => s.kind), ['Resume']);
});

test('a heading word inside a sentence is text: "... i Beslutning om ..."', () => {
  const text = 'Punkt 1: A\n\nResume\n\nSagen er omtalt i Beslutning om budget 2024.\n';
  assert.deepEqual(parseReferat(text).items[0].sections.map((s) => s.kind), ['Resume']);
});

test('"Beslutning om X blev truffet." (a sentence with a full stop) is not a heading', () => {
  const text = 'Punkt 1: A\n\nResume\n\nBeslutning om X blev truffet.\n';
  assert.deepEqual(parseReferat(text).items[0].sections.map((s) => s.kind), ['Resume']);
});

test('an empty section is marked empty, its body an empty span at the heading\'s end', () => {
  const { text, spans: [heading] } = spans('Punkt 1: A\n\n[[Bilag]]\n\nPunkt 2: B\n');
  const [bilag] = parseReferat(text).items[0].sections;
  assert.equal(bilag.empty, true);
  assert.deepEqual(bilag.body, { start: heading.end, end: heading.end });
  assert.deepEqual(bilag.span, heading);
});

test('a Beslutning before the Sagsfremstilling (sample 001 style) keeps document order', () => {
  const { text, spans: [ind, bes, sag] } = spans(
    header + 'Punkt 1: Temadrøftelse\n\n24/6823\n\n[[Administrativ indstilling]]\n\nUdvalget drøfter sagen.\n\n[[Beslutning Udvalget for arbejdsmarked og integration den 21-05-2024]]\n\nDrøftet.\n\n[[Sagsfremstilling]]\n\nTekst.\n',
  );
  const sections = parseReferat(text).items[0].sections;
  assert.deepEqual(sections.map((s) => s.kind), ['Indstilling', 'Beslutning', 'Sagsfremstilling']);
  assert.deepEqual(sections.map((s) => cut(text, s.heading.span)), [cut(text, ind), cut(text, bes), cut(text, sag)]);
  assert.equal(sections[1].outcome, 'drøftet');
});

test('"Beslutning <committee> den <date>" of this meeting is the decision, not a prior one', () => {
  const text = header + 'Punkt 1: A\n\nBeslutning Udvalget for arbejdsmarked og integration den 21-05-2024\n\nGodkendt.\n';
  const [decision] = parseReferat(text).items[0].sections;
  assert.equal(decision.kind, 'Beslutning');
  assert.equal(decision.prior, null);
  assert.equal(decision.qualifier, 'Udvalget for arbejdsmarked og integration den 21-05-2024');
});

test('"Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:" is a prior decision with committee, date and punkt', () => {
  const { text, spans: [heading] } = spans(header + 'Punkt 1: A\n\n[[Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:]]\n\nIndstilles godkendt.\n');
  const [prior] = parseReferat(text).items[0].sections;
  assert.equal(prior.kind, 'Beslutning');
  assert.deepEqual(prior.prior, { committee: 'Socialudvalget', date: '2020-09-21', punkt: 95 });
  assert.deepEqual(cut(text, prior.heading.span), cut(text, heading));
  assert.equal(prior.outcome, 'indstilles godkendt');
});

test('"Beslutning børn og familieudvalget den 15. september 2020 punkt 83:" is a prior decision', () => {
  const text = 'REFERAT Beskæftigelsesudvalget d. 06-10-2020\n\nPunkt 1: A\n\nBeslutning børn og familieudvalget den 15. september 2020 punkt 83:\n\n1. Drøftet.\n';
  const [prior] = parseReferat(text).items[0].sections;
  assert.deepEqual(prior.prior, { committee: 'børn og familieudvalget', date: '2020-09-15', punkt: 83 });
});

test('a dated Beslutning heading is prior only when its date differs from the meeting\'s', () => {
  const heading = 'Beslutning Beskæftigelsesudvalget den 15-09-2020';
  const decisionIn = (meeting: string) => parseReferat(`REFERAT Beskæftigelsesudvalget d. ${meeting}\n\nPunkt 1: A\n\n${heading}\n\nGodkendt.\n`).items[0].sections[0];
  assert.equal(decisionIn('15-09-2020').prior, null);
  assert.deepEqual(decisionIn('06-10-2020').prior, { committee: 'Beskæftigelsesudvalget', date: '2020-09-15', punkt: null });
});

test('"Beslutning i <committee> den <date>" of an earlier meeting names the committee without "i" (Acadre, SBSYS)', () => {
  const text = 'REFERAT Vejudvalget (VU) d. 12-09-2019\n\nPunkt 1: A\n\nBeslutning i Vejudvalget (VU) den 14-08-2019\n\nUdsat.\n\nBeslutning i Vejudvalget (VU) den 12-09-2019\n\nGodkendt.\n';
  const [prior, decision] = parseReferat(text).items[0].sections;
  assert.deepEqual(prior.prior, { committee: 'Vejudvalget (VU)', date: '2019-08-14', punkt: null });
  assert.equal(decision.prior, null);
  // A committee whose own name starts with "i" keeps it: only the preposition and its space go.
  const own = parseReferat('REFERAT Idrætsudvalget d. 12-09-2019\n\nPunkt 1: A\n\nBeslutning Idrætsudvalget den 14-08-2019\n\nUdsat.\n').items[0].sections[0];
  assert.equal(own.prior?.committee, 'Idrætsudvalget');
});

test('an earlier decision dated with its weekday ("… 2022-2025 tirsdag den 3. maj 2022, pkt. 4") names the committee without the day', () => {
  const text = 'REFERAT Havneudvalget d. 12-09-2022\n\nPunkt 1: A\n\nBeslutning i Havneudvalget 2022-2025 tirsdag den 3. maj 2022, pkt. 4\n\nUdsat.\n';
  assert.deepEqual(parseReferat(text).items[0].sections[0].prior, { committee: 'Havneudvalget 2022-2025', date: '2022-05-03', punkt: 4 });
});

test('the economy section under its Acadre and eDoc names ("Økonomi og organisatoriske konsekvenser", "Økonomiske konsekvenser og finansiering") is Økonomi', () => {
  const text = ['Punkt 1: A', 'Sagsfremstilling', 'x', 'Økonomi og organisatoriske konsekvenser', 'Ingen.', 'Punkt 2: B', 'Sagsfremstilling', 'y', 'Økonomiske konsekvenser og finansiering', 'Prisen er 5 kr.'].join('\n\n');
  const items = parseReferat(text).items;
  assert.deepEqual(items.map((it) => it.sections.map((s) => s.kind)), [['Sagsfremstilling', 'Økonomi'], ['Sagsfremstilling', 'Økonomi']]);
});

test('an unheaded Indstilling opens at "Direktøren for ... indstiller" (implicit)', () => {
  const { text, spans: [heading, point] } = spans(
    'Punkt 17: Drøftelse af fleksjobstrategi\n\nSagsfremstilling\n\nTekst.\n\n[[Direktøren for Social, Sundhed og Beskæftigelse indstiller]]\n\n[[- at udvalget drøfter strategien for fleksjobområdet.]]\n\nBeslutning\n\nDrøftet.\n',
  );
  const sections = parseReferat(text).items[0].sections;
  assert.deepEqual(sections.map((s) => [s.kind, s.implicit]), [['Sagsfremstilling', false], ['Indstilling', true], ['Beslutning', false]]);
  assert.deepEqual(cut(text, sections[1].heading.span), cut(text, heading));
  assert.deepEqual(sections[1].points.map((p) => cut(text, p.span)), [cut(text, point)]);
});

test('a "... indstiller, at" line inside an Indstilling does not open another', () => {
  const { text, spans: [point2] } = spans(
    'Punkt 2: Budgetopfølgning\n\nAdministrativ indstilling\n\nDirektøren indstiller, at\n\n- der foretages en gennemgang.\n[[- Udvalget for arbejdsmarked og integration indstiller, at budgetopfølgningen godkendes.]]\n\nBeslutning\n\nIndstilles godkendt.\n',
  );
  const sections = parseReferat(text).items[0].sections;
  assert.deepEqual(sections.map((s) => s.kind), ['Indstilling', 'Beslutning']);
  assert.equal(cut(text, sections[0].points[1].span).text, cut(text, point2).text);
});

test('a bare "Udvalget ... indstiller, at" line after an implicit Indstilling is its text, not a second one', () => {
  const text = 'Punkt 1: A\n\nDirektøren for Økonomi indstiller\n\nTekst.\n\nØkonomiudvalget indstiller, at\n\n- at sagen godkendes.\n\nBeslutning\n\nGodkendt.\n';
  assert.deepEqual(parseReferat(text).items[0].sections.map((s) => [s.kind, s.implicit]), [['Indstilling', true], ['Beslutning', false]]);
});

test('sub-headings inside a Sagsfremstilling: short bare lines before a paragraph', () => {
  const { text, spans: [baggrund, rcj] } = spans(
    'Punkt 2: Budget\n\nSagsfremstilling\n\nIndledende tekst.\n\n[[Baggrund]]\n\nUdvalget har bedt om en status.\n\n[[Rammebesparelse – RCJ]]\n\nBesparelsen er fordelt.\n',
  );
  const [section] = parseReferat(text).items[0].sections;
  assert.deepEqual(section.subHeadings.map((h) => ({ ...cut(text, h.span), value: h.text })), [
    { ...cut(text, baggrund), value: 'Baggrund' },
    { ...cut(text, rcj), value: 'Rammebesparelse – RCJ' },
  ]);
});

test('attachment titles in Bilag are no sub-headings', () => {
  const text = 'Punkt 2: Budget\n\nBilag\n\nBudgetnotat\n\nOversigt over besparelser\n\nPunkt 3: B\n';
  const [bilag] = parseReferat(text).items[0].sections;
  assert.equal(bilag.kind, 'Bilag');
  assert.deepEqual(bilag.subHeadings, []);
});

test('a sentence, a list item or the last line of a section is no sub-heading', () => {
  const text = 'Punkt 2: Budget\n\nSagsfremstilling\n\nDet er besluttet.\n\n- Første punkt\n\n1. Andet punkt\n\nSidste linje\n';
  assert.deepEqual(parseReferat(text).items[0].sections[0].subHeadings, []);
});

test('a heading of the municipality\'s own, added by ParseOptions.sectionHeadings', () => {
  const { text, spans: [heading] } = spans('Punkt 1: A\n\n[[Forvaltningens vurdering]]\n\nTekst.\n');
  assert.deepEqual(parseReferat(text).items[0].sections, []);
  const [section] = parseReferat(text, { sectionHeadings: [{ heading: 'Forvaltningens vurdering', kind: 'Sagsfremstilling' }] }).items[0].sections;
  assert.equal(section.kind, 'Sagsfremstilling');
  assert.deepEqual(cut(text, section.heading.span), cut(text, heading));
});

test('text between the item heading and the first section has its own sub-headings', () => {
  const m = marked('Punkt 1: A\n\n[[Baggrund]]\n\nTekst før første afsnit.\n\nBeslutning\n\nGodkendt.\n');
  const [item] = parseReferat(m.text).items;
  assert.deepEqual(item.subHeadings, [{ text: 'Baggrund', span: m.range }]);
});

test('a "... indstiller, at" line inside a Beslutning is the decision\'s text, not an Indstilling', () => {
  const { text, spans: [decision] } = spans('Punkt 1: A\n\nSagsfremstilling\n\nTekst.\n\n[[Beslutning\n\nBeskæftigelsesudvalget indstiller, at\n\n- planen godkendes.]]\n');
  const sections = parseReferat(text).items[0].sections;
  assert.deepEqual(sections.map((s) => s.kind), ['Sagsfremstilling', 'Beslutning']);
  assert.deepEqual(cut(text, sections[1].span), cut(text, decision));
});

test('other systems\' headings map to one kind: "Sagens kerne", "Anledning" (Resume), "Problemstilling" (Sagsfremstilling), "Indstilling og beslutning", "Direktionens indstilling"', () => {
  const text = ['Punkt 1: A', 'Sagens kerne', 'x', 'Anledning', 'x', 'Problemstilling', 'x', 'Indstilling og beslutning', 'x', 'Punkt 2: B', 'Direktionens indstilling', 'x', 'Økonomiske og erhvervsmæssige konsekvenser', 'x'].join('\n\n');
  const items = parseReferat(text).items;
  assert.deepEqual(
    items.map((it) => it.sections.map((s) => [s.kind, s.heading.value])),
    [
      [['Resume', 'Sagens kerne'], ['Resume', 'Anledning'], ['Sagsfremstilling', 'Problemstilling'], ['Indstilling', 'Indstilling og beslutning']],
      [['Indstilling', 'Direktionens indstilling'], ['Økonomi', 'Økonomiske og erhvervsmæssige konsekvenser']],
    ],
  );
});

test('the headings other layouts use, as DOMAIN.md lists them, map to their kinds: "Sagsbeskrivelse", "Sammendrag", "Sagsforløb", "Forvaltningen foreslår", "Beslutninger"; First Agenda\'s "Fremstilling" over its fields is none', () => {
  const headings = ['Fremstilling', 'Sagsbeskrivelse', 'Sammendrag', 'Sagsforløb', 'Forvaltningen foreslår', 'Beslutninger'];
  const text = headings.map((h, k) => `Punkt ${k + 1}: Sag ${k + 1}\n\n${h}\n\nTeksten om sagen.`).join('\n\n');
  assert.deepEqual(
    parseReferat(text).items.map((it) => it.sections.map((s) => s.kind)),
    [[], ['Sagsfremstilling'], ['Resume'], ['Tidligere behandling'], ['Indstilling'], ['Beslutning']],
  );
});

test('a decision headed "Afgørelse": "Udvalgets afgørelse", and "Afgørelse i <udvalg> den <dato>" as this meeting\'s or an earlier one', () => {
  const item = (n: number, heading: string) => `Punkt ${n}: Sag ${n}\n\nIndstilling\n\nForvaltningen indstiller, at sagen godkendes.\n\n${heading}\n\nGodkendt.`;
  const text = ['Referat', 'Miljøudvalget', 'Mødedato: 4. maj 2021', '', item(1, 'Udvalgets afgørelse'), item(2, 'Afgørelse i Miljøudvalget den 4. maj 2021'), item(3, 'Afgørelse i Teknikudvalget den 2. marts 2021')].join('\n\n');
  assert.deepEqual(
    parseReferat(text).items.map((it) => it.sections.map((s) => [s.kind, s.prior !== null])),
    [[['Indstilling', false], ['Beslutning', false]], [['Indstilling', false], ['Beslutning', false]], [['Indstilling', false], ['Beslutning', true]]],
  );
});

test('"<Udvalg>s beslutning i mødet den <dato>" (eDoc) is this meeting\'s decision, or a prior one on another day', () => {
  const text = header + 'Punkt 1: A\n\nIndstilling\n\nAt planen godkendes.\n\nSocialudvalgets beslutning i mødet den 14. maj 2024\n\nAnbefales.\n\nKultur- og Fritidsudvalgets beslutning i mødet den 21. maj 2024\n\nGodkendt.\n';
  const sections = parseReferat(text).items[0].sections;
  assert.deepEqual(sections.map((s) => [s.kind, s.prior?.committee ?? null, s.prior?.date ?? null, s.outcome]), [
    ['Indstilling', null, null, null],
    ['Beslutning', 'Socialudvalget', '2024-05-14', 'anbefales godkendt'],
    ['Beslutning', null, null, 'godkendt'],
  ]);
});

test('a bulleted decision heading that names its meeting ("• Beslutning i Økonomiudvalget den 21-05-2024") is the decision; a bulleted entry that only starts like one is text', () => {
  const text = header + 'Punkt 1: A\n\n• Indstilling\n\nDirektøren indstiller,\n\n1. at planen godkendes.\n\n• Beslutning i Økonomiudvalget den 21-05-2024\n\nGodkendt.\n\n• Sagsfremstilling\n\n• Beslutning om en ny plan følger senere\n\nTekst.\n';
  const sections = parseReferat(text).items[0].sections;
  assert.deepEqual(sections.map((s) => [s.kind, s.prior, s.outcome]), [
    ['Indstilling', null, null],
    ['Beslutning', null, 'godkendt'],
    ['Sagsfremstilling', null, null],
  ]);
  assert.equal(sections[0].points.length, 1);
  assert.equal(sections[1].heading.value, 'Beslutning i Økonomiudvalget den 21-05-2024');
});

test('"ANBEFALING:" over the administration\'s recommendation is the Indstilling; "BESLUTNINGSPROCES:" is no Beslutning', () => {
  const text = [
    ' • 4', '  Status på affaldsordningen', '  Sagsid.: 24/311', '  ANBEFALING:', '  Administrationen indstiller, at status tages til efterretning.',
    '  SAGSFREMSTILLING:', '  Ordningen kører.', '  BESLUTNINGSPROCES:', '  Miljøudvalget den 3. marts 2024.', '  BESLUTNING: Miljøudvalget den 03-03-2024', '  Til efterretning',
  ].join('\n\n');
  const item = parseReferat('Referat\n\n' + text).items[0];
  assert.deepEqual(item.sections.filter((s) => s.kind === 'Indstilling' || s.kind === 'Beslutning').map((s) => [s.kind, s.heading.value]), [
    ['Indstilling', 'ANBEFALING:'],
    ['Beslutning', 'BESLUTNING: Miljøudvalget den 03-03-2024'],
  ]);
});

test('a folding block\'s toggle before its heading ("fold dette punkt ind Sagsfremstilling") is no text: the heading is read, the title ends before it', () => {
  const page = [
    'Sundhedsudvalget - Referat - 4. maj 2015', '',
    '  1. Besøg på sygehuset', '  fold dette punkt ind Resume', '  fold dette punkt ind Sagsfremstilling', '',
    '  Udvalget besøger afdelingen.', '', '  fold dette punkt ind Indstilling', '', '  Til orientering.', '',
    '  fold dette punkt ind Beslutning i Sundhedsudvalget den 04-05-2015', '', '  Orienteredes.', '',
  ].join('\n');
  const [item] = parseReferat(page).items;
  assert.equal(item.title.value, 'Besøg på sygehuset');
  assert.deepEqual(item.sections.map((s) => [s.kind, s.heading.value]), [
    ['Resume', 'Resume'], ['Sagsfremstilling', 'Sagsfremstilling'], ['Indstilling', 'Indstilling'], ['Beslutning', 'Beslutning i Sundhedsudvalget den 04-05-2015'],
  ]);
  const heading = item.sections[1].heading;
  assert.equal(page.slice(heading.span.start, heading.span.end), 'Sagsfremstilling');
});

test('old decision headings: "<Udvalg>s møde den <dato>:" (with its colon) and "Besluttet på <råd> den <dato> som punkt N"; an earlier meeting\'s is prior', () => {
  const polweb = [
    'Referat', '', 'Kulturudvalget', '', 'Mødedato: 5. april 2010', '',
    '1.         Godkendelse af dagsorden', '', 'Kulturudvalgets møde den 5. april 2010:', '', 'Godkendt.', '',
    '2.         Bibliotekets åbningstider', '', 'Økonomiudvalgets møde den 1. marts 2010:', '', 'Anbefales.', '', 'Kulturudvalgets møde den 5. april 2010:', '', 'Vedtaget.', '',
  ].join('\n');
  const items = parseReferat(polweb).items;
  assert.deepEqual(items.map((i) => i.sections.map((s) => [s.kind, s.prior?.committee ?? null])), [
    [['Beslutning', null]],
    [['Beslutning', 'Økonomiudvalget'], ['Beslutning', null]],
  ]);
  assert.equal(items[1].sections[1].outcome, 'godkendt');
  const resolved = parseReferat('Integrationsrådet\n\nReferat af mødet den 2. november 2011\n\n1.   Velkomst\n\nJ.nr.: 00.10.10\n\nFormanden bød velkommen.\n\nBesluttet på Integrationsrådet den 02-11-2011 som punkt 1\n\nAlle præsenterede sig.\n').items[0];
  assert.deepEqual(resolved.sections.map((s) => [s.kind, s.heading.value, s.prior]), [['Beslutning', 'Besluttet på Integrationsrådet den 02-11-2011 som punkt 1', null]]);
  // Without its colon the meeting line is a title, not a heading.
  const untitled = parseReferat('Referat\n\n1. Kulturplan\n\nKulturudvalgets møde den 5. april 2010\n\nTekst.\n\nBeslutning\n\nGodkendt.\n').items[0];
  assert.deepEqual(untitled.sections.map((s) => s.heading.value), ['Beslutning']);
});

test('a heading with its text on the line: "Beslutning: Godkendt.", or a label column ("Beslutning<TAB>Godkendt.", "Sagsfremstilling   Tekst" as a PDF\'s layout copy sets it)', () => {
  for (const gap of [': ', '\t', '      ']) {
    const text = [
      'Referat', 'Økonomiudvalget', '',
      '1. Takster for svømmehallen', '', 'Sagsnr.: 25/102', '',
      `Sagsfremstilling${gap}Forvaltningen har udarbejdet forslag til takster.`, '',
      `Indstilling${gap}Forvaltningen indstiller, at taksterne godkendes.`, '',
      `Beslutning${gap}Anbefales godkendt.`, '',
      '2. Meddelelser', '', 'Sagsnr.: 25/103', '', `Beslutning${gap}Taget til efterretning.`, '',
    ].join('\n');
    const doc = parseReferat(text);
    const sections = doc.items.map((it) => it.sections.map((s) => [s.kind, doc.text.slice(s.heading.span.start, s.heading.span.end).trim(), doc.text.slice(s.body.start, s.body.end).trim()]));
    assert.deepEqual(sections, [
      [
        ['Sagsfremstilling', `Sagsfremstilling${gap.trim()}`, 'Forvaltningen har udarbejdet forslag til takster.'],
        ['Indstilling', `Indstilling${gap.trim()}`, 'Forvaltningen indstiller, at taksterne godkendes.'],
        ['Beslutning', `Beslutning${gap.trim()}`, 'Anbefales godkendt.'],
      ],
      [['Beslutning', `Beslutning${gap.trim()}`, 'Taget til efterretning.']],
    ], JSON.stringify(gap));
    assert.deepEqual(doc.items.map((it) => it.sections.find((s) => s.kind === 'Beslutning')?.outcome), ['anbefales godkendt', 'taget til efterretning'], JSON.stringify(gap));
  }
});

test('"<Udvalg>s møde [den <dato>] punkt N:" heads a decision: undated or of this day it is this meeting\'s, another day\'s is prior with its item', () => {
  const text = [
    'Referat', 'Byrådet', 'Mødedato: 5. april 2010',
    '12. Bibliotekets åbningstider', 'Sagsfremstilling', 'Åbningstiderne ændres.',
    'Kulturudvalgets møde den 1. marts 2010 punkt 40:', 'Anbefales.',
    'Byrådets møde punkt 12:', 'Vedtaget.',
    '13. Havneplan', 'Økonomiudvalgets møde den 5. april 2010 punkt 7:', 'Godkendt.',
  ].join('\n\n');
  const items = parseReferat(text).items;
  assert.deepEqual(items.map((i) => i.sections.map((s) => [s.kind, s.heading.value, s.prior?.committee ?? null, s.prior?.punkt ?? null])), [
    [
      ['Sagsfremstilling', 'Sagsfremstilling', null, null],
      ['Beslutning', 'Kulturudvalgets møde den 1. marts 2010 punkt 40:', 'Kulturudvalget', 40],
      ['Beslutning', 'Byrådets møde punkt 12:', null, null],
    ],
    [['Beslutning', 'Økonomiudvalgets møde den 5. april 2010 punkt 7:', null, null]],
  ]);
  assert.equal(items[0].sections[2].outcome, 'godkendt');
  // A sentence that ends in such words heads nothing; nor does the meeting without its colon.
  const prose = parseReferat('Referat\n\n1. Kulturplan\n\nPlanen blev vist på Kulturudvalgets møde punkt 4:\n\nTekst.\n\nKulturudvalgets møde punkt 4\n\nTekst.\n\nBeslutning\n\nGodkendt.\n').items[0];
  assert.deepEqual(prose.sections.map((s) => s.heading.value), ['Beslutning']);
});

test('"Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:" (the committee named with its term) is a prior decision', () => {
  const text = 'Referat\ntil\nmødet i Byrådet 2018-21\nden 5. november 2019 kl. 17:00\n\n343. Budget 2020\n\nIndstilling\n\nForvaltningen indstiller, at budgettet godkendes.\n\nØkonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:\n\nIndstillingen anbefales.\n\nSagsfremstilling\n\nTekst.\n';
  const prior = parseReferat(text).items[0].sections.find((s) => s.kind === 'Beslutning');
  assert.deepEqual(prior?.prior, { committee: 'Økonomiudvalget 2018-21', date: '2019-10-28', punkt: 452 });
});
