// A re-published or re-copied transcript differs in spacing and may lack pages; the items
// that are there must still be found, with their sections.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseReferat } from '../../server/src/parser';
import { fixture } from '../testUtil';

const original = readFileSync(fixture('samples', '002_62922e7fa5da0722.txt'), 'utf8');
const outline = (text: string) =>
  parseReferat(text).items.map((it) => `${it.title.value.replace(/\s+/g, ' ')} | ${it.caseNumber?.text} | ${it.sections.map((s) => s.kind).join(',')}`);

test('doubled spaces throughout the copy give the same items, case numbers and sections', () => {
  assert.deepEqual(outline(original.replace(/ /g, '  ')), outline(original));
});

test('pages left out of the middle lose only the items on them', () => {
  const withoutPages24to31 = original
    .split('\n')
    .filter((line) => !/^(2[4-9]|3[01]) /.test(line))
    .join('\n');
  const expected = outline(original).filter((row) => !row.startsWith('Helsingør Kommunes arbejde') && !row.startsWith('Paragraffritagelser'));
  assert.deepEqual(outline(withoutPages24to31), expected);
});

test('a page number that steps back ends the minutes there', () => {
  const lines = original.split('\n');
  const page12 = lines.findIndex((l) => l.startsWith('12 '));
  lines[page12] = lines[page12].replace(/^12 /, '3 ');
  const items = parseReferat(lines.join('\n')).items;
  assert.ok(items.length < 12 && items.length >= 3, `items found: ${items.length}`);
});

test('a transcript\'s front page with the municipality in capitals and an access word ("1 NORDBY KOMMUNE Åbent referat til Teknisk Udvalg Mødedato: …") names the committee', () => {
  const page = (opening: string) =>
    [
      'Transkript', '',
      `1 ${opening} Mødedato: Tirsdag den 3. marts 2020 Mødetidspunkt: 16:00 Mødelokale: Medlemmer: Lise Holm, Per Dam`, '',
      '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 2', '',
      '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 3',
    ].join('\n');
  for (const opening of ['NORDBY KOMMUNE Åbent referat til Teknisk Udvalg', 'Åbent Referat til Teknisk Udvalg', 'Referat Teknisk Udvalg']) {
    const doc = parseReferat(page(opening));
    assert.equal(doc.meeting.committee?.value, 'Teknisk Udvalg', opening);
    assert.deepEqual(doc.items.map((it) => it.number), [1, 2], opening);
  }
});

test('a front page with "Sted:", "Dato:", "Start kl.:" and the two list labels before the names ("Medlemmer: Fraværende: …") reads the place, the time and the members; the footer\'s municipality is no member', () => {
  const text = [
    'Teknisk Udvalg BESLUTNINGSPROTOKOL', '',
    '1 Teknisk Udvalg BESLUTNINGSPROTOKOL Sted: Mødelokale 2, rådhuset Dato: Tirsdag den 3. marts 2020 Start kl.: 16:00 Slut kl.: 18:30 Medlemmer: Fraværende: Lise Holm (A) Per Dam ( V) Ole Bak (C) Nordby Kommune', '',
    '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 2', '',
    '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 3',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'Teknisk Udvalg');
  assert.equal(m.place?.value, 'Mødelokale 2, rådhuset');
  assert.equal(m.time?.value, '16:00');
  assert.equal(m.endTime?.value, '18:30');
  assert.deepEqual(m.participants.map((p) => p.value), ['Lise Holm (A)', 'Per Dam ( V)', 'Ole Bak (C)']);
  assert.deepEqual(m.absent, []);
  const afbud = parseReferat(text.replace('Medlemmer: Fraværende:', 'Medlemmer: Afbud:')).meeting;
  assert.deepEqual(afbud.participants.map((p) => p.value), ['Lise Holm (A)', 'Per Dam ( V)', 'Ole Bak (C)']);
  assert.deepEqual(afbud.absent, []);
  const last = parseReferat(text.replace(/ Medlemmer: .*Nordby Kommune/, '').replace('Sted: Mødelokale 2, rådhuset ', '').replace('Slut kl.: 18:30', 'Slut kl.: 18:30 Sted: Rådhuset Mødelokale 21 Nordby Kommune')).meeting;
  assert.equal(last.place?.value, 'Rådhuset Mødelokale 21');
});

test('a front page that names the body before the document\'s word ("1 Teknisk Udvalg Referat Møde …") names the committee', () => {
  const text = [
    'Møde 3. marts 2020 kl. 16:00 i Erhvervshuset Nordby', '',
    '1 Teknisk Udvalg Referat Møde 3. marts 2020 kl. 16:00 i Erhvervshuset Nordby Afbud fra/fraværende: - Pkt. Tekst Side 12 Vejplan 2 13 Cykelsti 3', '',
    '2 Vejplan Sagsfremstilling Planen beskrives. Beslutning Godkendt. Teknisk Udvalg, 3. marts 2020 Side 2', '',
    '3 Cykelsti Sagsfremstilling Stien beskrives. Beslutning Godkendt. Teknisk Udvalg, 3. marts 2020 Side 3',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'Teknisk Udvalg');
  assert.equal(m.place?.value, 'Erhvervshuset Nordby');
});

test('a PDF copied as one paragraph (front page and contents on one line, no page numbers) reads the front page\'s labelled fields', () => {
  const entries = ['Vejplan for midtbyen', 'Ny cykelsti ved skolen', 'Salg af grund i Nordby', 'Renovering af broen over åen', 'Vintertjeneste 2020']
    .map((t, k) => `${k + 1}. ${t} ${'.'.repeat(40)}${2 * k + 1}`)
    .join(' ');
  const text = `Teknisk Udvalg BESLUTNINGSPROTOKOL Sted: Mødelokale 2, rådhuset Dato: Tirsdag den 3. marts 2020 Start kl.: 16:00 Slut kl.: 18:30 Medlemmer: Lise Holm (A) Per Dam (V) Ole Bak (C) Fraværende: Nordby Kommune Teknisk Udvalg 03-03-2020 Indholdsfortegnelse Side ${entries}`;
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'Teknisk Udvalg');
  assert.equal(m.meetingDate?.value, '2020-03-03');
  assert.equal(m.place?.value, 'Mødelokale 2, rådhuset');
  assert.equal(m.time?.value, '16:00');
  assert.equal(text.slice(m.time!.span.start, m.time!.span.end), '16:00');
  assert.deepEqual(m.participants.map((p) => p.value), ['Lise Holm (A)', 'Per Dam (V)', 'Ole Bak (C)']);
  assert.deepEqual(m.absent, []);
});

test('"Chr. 8. Vej 7" inside a title is a street, no heading; "<Udvalg> Åben beslutningsprotokol" names the body; "Afbud:" on the front page lists the absent', () => {
  const text = [
    'Teknisk Udvalg Åben beslutningsprotokol', '',
    '1 Åben beslutningsprotokol 3. marts kl. 10:00 Lokale 12, Nordby Rådhus Afbud: Lise Holm, Per Dam', '',
    '2 Indholdsfortegnelse Side 46. Leje af lokaler på Chr. 8. Vej 7, Nordby Vejplan for midtbyen', '',
    '3 Leje af lokaler på Chr. 8. Vej 7, Nordby Sagsnr.: 07/21538 Sagsansvarlig: ABC Sagens formål Lejemålet ophører. Beslutning Godkendt.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => it.number), []);
  assert.equal(doc.meeting.committee?.value, 'Teknisk Udvalg');
  assert.deepEqual(doc.meeting.absent.map((p) => p.value), ['Lise Holm', 'Per Dam']);
});

test('a front page without labels that ends "… DEN 29. JANUAR 2009, KL PÅ <STED>" (the time lost in the copy) names the place', () => {
  const text = [
    'KOMMUNALBESTYRELSEN FOR NORDBY KOMMUNE', '', 'Transkript', '',
    '1 KOMMUNALBESTYRELSEN FOR NORDBY KOMMUNE REFERAT FRA MØDE NR. 26 TORSDAG DEN 29. JANUAR 2009, KL PÅ NORDBY RÅDHUS, BYRÅDSSALEN', '',
    '2 Kommunalbestyrelsen 29. januar 2009 Side: 2 Til behandling forelå: SAGER 562. Vejplan Sagsnr J.nr Planen beskrives. Beslutning Godkendt.', '',
    '3 Kommunalbestyrelsen 29. januar 2009 Side: 3 563. Cykelsti Sagsnr J.nr Stien beskrives. Beslutning Godkendt.',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'KOMMUNALBESTYRELSEN');
  assert.equal(m.place?.value, 'NORDBY RÅDHUS, BYRÅDSSALEN');
});

test('a decision heading whose words run over "Indstilling" on a transcript page gives sections that do not overlap', () => {
  // Found by the property test: "Beslutning X den …" read as one heading swallowed the "Indstilling" after "Beslutning".
  const text = 'Dagsorden\n\n1 2.  Punkt 1:   Åben sagx\n\n2 x\n\n3 Punkt 1:  Beslutning Direktøren indstiller Indstilling Beslutning X den 25-11-2020 Indstilling X indstiller, 1. at a. 2. at b. Direktøren indstillerx\n\nLæs mere\n';
  assert.ok(parseReferat(text).items.some((it) => it.sections.some((s) => s.kind === 'Beslutning')));
  for (const item of parseReferat(text).items) {
    for (let k = 1; k < item.sections.length; k++) assert.ok(item.sections[k].span.start >= item.sections[k - 1].span.end, `Punkt ${item.number}: ${item.sections.map((s) => s.kind).join(', ')}`);
  }
});

test('a transcript whose pages open with the item\'s number without a full stop ("3 12 Title Sagsnr.: …", a PDF table\'s cell) finds the items', () => {
  const text = [
    'Referat fra mødet i Miljøudvalget',
    '',
    '1 Referat fra mødet i Miljøudvalget Mødedato: Tirsdag den 3. marts 2020 Mødested: Rådhuset, lokale 2 Mødetidspunkt: Kl. 16:00-18:00 Medlemmer: Formand: Anne Holm (A) Peter Lund (V) Sara Berg (F) Side 1',
    '',
    '2 Indholdsfortegnelse 12 Godkendelse af dagsorden Vejplan for midtbyen Side 2',
    '',
    '3 12 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Miljøudvalget Sagsbeskrivelse: Økonomiske konsekvenser: Indstillinger: Indstilles til godkendelse Bilag: Beslutning i Miljøudvalget den : Godkendt. Side 3',
    '',
    '4 13 Vejplan for midtbyen Sagsnr.: 20/1234 Sagen afgøres i: Byrådet Sagsbeskrivelse: Planen for vejene i midtbyen er klar til høring, og forvaltningen har samlet bemærkningerne. Indstillinger: Direktøren indstiller, at planen sendes i høring. Beslutning i Miljøudvalget den : Anbefales. Side 4',
    '',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text ?? null]), [
    [12, 'Godkendelse af dagsorden', null],
    [13, 'Vejplan for midtbyen', '20/1234'],
  ]);
  // "Indstillinger:" (the table's label, plural) heads the recommendation.
  assert.deepEqual(doc.items.map((it) => it.sections.map((s) => [s.kind, s.heading.value])), [
    [['Indstilling', 'Indstillinger'], ['Beslutning', 'Beslutning i Miljøudvalget den']],
    [['Indstilling', 'Indstillinger'], ['Beslutning', 'Beslutning i Miljøudvalget den']],
  ]);
  // A page that opens with a year and no case label is no item ("5 2020 Budget …" in running text).
  assert.ok(!parseReferat(text.replace('4 13 Vejplan', '4 2020 Vejplan')).items.some((it) => it.number === 2020));
});

test('a front page whose labels stand in a row before their values ("Medlemmer: Afbud: Fraværende: <names> Ingen Ingen") names no members or absentees it cannot pair', () => {
  const page = (n: number, body: string) => `${n} ${body} ${'Tekst om sagen. '.repeat(30)}`;
  const text = [
    page(1, 'Miljøudvalget Dagsorden Dato: Onsdag den 3. april 2024 Mødetidspunkt: 16:30 Mødelokale: Medlemmer: Afbud: Fraværende: Rådhuset, lokale 2 Anne Holm, Peter Lund, Sara Berg Ingen Ingen'),
    page(2, '1. Godkendelse af dagsorden Sagsnr.: 24/1001 Beslutning i Miljøudvalget den 3. april 2024: Godkendt.'),
    page(3, '2. Vejplan for midtbyen Sagsnr.: 24/1002 Beslutning i Miljøudvalget den 3. april 2024: Godkendt.'),
  ].join('\n\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.participants.map((p) => p.value), m.absent.map((p) => p.value)], [[], []]);
});

test('a front page\'s members with their roles ("Formand: Anne Holm (A) Næstformand: …") and its page footer ("Side 1") give the names alone', () => {
  const page = (n: number, body: string) => `${n} ${body} ${'Tekst om sagen. '.repeat(30)}`;
  const text = [
    `1 Referat fra mødet i Miljøudvalget Mødedato: Onsdag den 3. april 2024 Mødested: Rådhuset Medlemmer: Formand: Anne Holm (A) Næstformand: Peter Lund (V) Sara Berg (F) Side 1`,
    page(2, '1. Godkendelse af dagsorden Sagsnr.: 24/1001 Beslutning i Miljøudvalget den 3. april 2024: Godkendt.'),
    page(3, '2. Vejplan for midtbyen Sagsnr.: 24/1002 Beslutning i Miljøudvalget den 3. april 2024: Godkendt.'),
  ].join('\n\n');
  assert.deepEqual(parseReferat(text).meeting.participants.map((p) => p.value), ['Anne Holm (A)', 'Peter Lund (V)', 'Sara Berg (F)']);
});

test('an empty page, only its number ("2" alone, a blank page of the PDF), is a page: the copy is still read page by page', () => {
  const text = [
    'Transkript', '',
    '1 Referat Seniorrådet Mødedato: Mandag den 9. marts 2015 Mødetidspunkt: Kl. 9:00 Sluttidspunkt: Kl. 11:00 Mødested: Medlemmer: Lise Holm (A) Per Dam Fraværende: Per Dam Sagsoversigt Side 01. Godkendelse af dagsorden Opfølgning på mødet om trafik i byen og på landet Eventuelt...9 Bilagsliste...10', '',
    '2', '',
    '3 Seniorrådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Sagen afgøres i: Bilag: Seniorrådet Indstilling Formandsskabet indstiller: At dagsordenen godkendes Beslutninger Seniorrådet den Dagsordenen godkendt.', '',
    '4 Seniorrådet Mødedato Side Opfølgning på mødet om trafik i byen og på landet Åben sag Sagsnr.: Sagen afgøres i: Bilag: 15/12345 Seniorrådet Indledning/Baggrund Rådet holdt et møde om trafik med mange deltagere og talte længe om busserne.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.equal(doc.format, 'page-per-line transcript');
  assert.equal(doc.meeting.meetingDate?.value, '2015-03-09');
  assert.deepEqual(doc.items.map((it) => it.title.value), ['Godkendelse af dagsorden', 'Opfølgning på mødet om trafik i byen og på landet']);
});

test('a transcript\'s item headed "SAG NR. 1 TITLE IN CAPITALS" before "DIREKTIONENS INDSTILLING 1. at …" (a region\'s decisions of 2010): the item, its title and its Indstilling; "BESLUTNINGER" on the front page makes it minutes', () => {
  const text = [
    'Transkript', '',
    '1 BESLUTNINGER REGION NORD FORRETNINGSUDVALGET Mandag den 4. januar 2010 Kl Regionshuset, mødelokale 6 Møde nr. 1 Medlemmer: Lise Holm Per Dam Fraværende: Per Dam 1', '',
    '2 Indholdsfortegnelse 1. Mødeplan 2010 for forretningsudvalget Side 2', '',
    '3 Den 4. januar 2010 FORRETNINGSUDVALGET SAG NR. 1 MØDEPLAN 2010 FOR FORRETNINGSUDVALGET OG REGIONSRÅDET DIREKTIONENS INDSTILLING 1. at udkast til mødeplan godkendes, og 2. at møderne annonceres. RESUME Udvalget vedtager selv sin mødeplan.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.equal(doc.meeting.kind, 'referat');
  assert.deepEqual(doc.items.map((i) => [i.number, i.title.value]), [[1, 'MØDEPLAN 2010 FOR FORRETNINGSUDVALGET OG REGIONSRÅDET']]);
  assert.deepEqual(doc.items[0].sections.map((s) => [s.kind, s.points.length]), [['Indstilling', 2]]);
});

test('a transcript\'s front page that names the day after "Referat" ("1 Referat tirsdag den 11. november 2014 Kl. 8:30 i …") names no committee: the hosting page\'s title above does', () => {
  const text = [
    'Referat Havnekommissionen tirsdag den 11. november Kl. 8:30 i Havnehuset', '', 'Transkript', '',
    '1 Referat tirsdag den 11. november 2014 Kl. 8:30 i Havnehuset, Nordby', '',
    '2 Indholdsfortegnelse 1. Godkendelse af dagsorden Til orientering Eventuelt... 3', '',
    '3 Nordby Kommune Side 1 1. Godkendelse af dagsorden Sagsnr.: Resumé: Indstilling: Beslutning den : Dagsorden godkendt. Sagsfremstilling: Økonomi og finansiering:', '',
    '4 Nordby Kommune Side 2 2. Til orientering Sagsnr.: 14/3898 Resumé: Havnechefen orienterer om sommerens drift. Indstilling: Direktionen indstiller: 1. at orienteringen tages til efterretning. Beslutning den : Indstillingen tiltrådt.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.equal(doc.meeting.committee?.value, 'Havnekommissionen');
  assert.equal(doc.meeting.meetingDate?.value, '2014-11-11');
  assert.deepEqual(doc.items.map((i) => i.number), [1, 2]);
});

test('a transcript\'s front page labelling its start "Mødet påbegyndt:" gives the time; absentees end at a label it does not know ("… og Bo Dam Følgende sager behandles:"); the items\' own "Fraværende: Ingen" after "Sagsoversigt" are not the meeting\'s', () => {
  const page = (front: string) =>
    [
      'Transkript', '', `1 ${front}`, '',
      '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Sagsansvarlig: abc BESLUTNING I BYRÅDET DEN Godkendt. 2', '',
      '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Sagsansvarlig: abc BESLUTNING I BYRÅDET DEN Godkendt. 3',
    ].join('\n');
  const m = parseReferat(page('Referat - Åben dagsorden Nordby Byråd Side 1. Mødedato: Mødet påbegyndt: kl. 18:00 Mødet afsluttet: kl. 21:40 Mødested: Nordby Rådhus Fraværende: Lise Holm, Per Dam og Bo Dam Følgende sager behandles: Pkt. Tekst Side 1 Godkendelse af dagsorden 2')).meeting;
  assert.deepEqual([m.time?.value, m.endTime?.value, m.absent.map((p) => p.value)], ['18:00', '21:40', ['Lise Holm', 'Per Dam', 'Bo Dam']]);
  const none = parseReferat(page('Åben dagsorden Økonomiudvalget Side 1. Mødedato: Mødet påbegyndt: kl. 14:30 Mødested: Lokale 1 Fraværende: Følgende sager behandles: Pkt. Tekst Side 1 Budget, regnskab og likviditet Lån og Økonomi- og Indenrigsministeriet 4')).meeting;
  assert.deepEqual(none.absent, []);
  const esb = parseReferat(page('Byrådsmøde Lise Holm(V), Per Dam(A), Afbud: Bo Dam (V), Sagsoversigt 1. Godkendelse af dagsorden Afbud: Bo Dam Fraværende: Ingen Beslutning Byrådet den')).meeting;
  assert.deepEqual(esb.absent.map((p) => p.value), ['Bo Dam (V)']);
});

test('a transcript\'s "Sagsoversigt" over the items themselves ("Sagsoversigt 1. Title Afbud: … Beslutning Byrådet den …"), not a contents: the items from page 1 on', () => {
  const text = [
    'Transkript', '',
    `1 Byrådsmøde Lise Holm (V), Per Dam (A), Ole Bak (C), Afbud: Bo Dam (V), Sagsoversigt 1. Godkendelse af dagsorden Afbud: Bo Dam Fraværende: Ingen Beslutning Byrådet den Godkendt. 2. Budgetopfølgning for alle udvalg Afbud: Bo Dam Fraværende: Ingen Bilag Oversigt Indledning ${'Der gennemføres tre budgetopfølgninger i året. '.repeat(8)}`, '',
    `2 Sagsfremstilling ${'Budgetopfølgningen viser en merudgift. '.repeat(12)}Beslutning Byrådet den Godkendt.`, '',
    `3 Bilag ${'Oversigt over omplaceringer. '.repeat(15)}`,
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value]), [[1, 'Godkendelse af dagsorden'], [2, 'Budgetopfølgning for alle udvalg']]);
  assert.deepEqual(doc.items[0].sections.map((s) => s.kind), ['Beslutning']);
  assert.equal(doc.toc, null);
});

test('a hosting page\'s title of the PDF\'s first lines joined by ". " ("Nordby Kommune Kommunalbestyrelsen. Referat. Mødedato: …") names the committee and the kind, however long the title', () => {
  const text = [
    'Nordby Kommune Kommunalbestyrelsen. Referat. Mødedato: 26. juni Rådhus. Starttidspunkt for møde: 19:00. Ole Holm ved afbud', '', 'Transkript', '',
    `1 Mødedato: 26. juni 2014 Mødelokale: Byrådssalen, Nordby Rådhus Starttidspunkt for møde: 19:00 Fraværende: Ole Holm ved afbud ${'Tekst. '.repeat(10)}`, '',
    '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 14/1234 Sagsansvarlig: abc BESLUTNING I KOMMUNALBESTYRELSEN DEN Godkendt. 2', '',
    '3 2. Vejplan Åben sag Sagsnr.: 14/1235 Sagsansvarlig: abc BESLUTNING I KOMMUNALBESTYRELSEN DEN Godkendt. 3',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.committee?.value, m.kind, m.time?.value, m.place?.value], ['Kommunalbestyrelsen', 'referat', '19:00', 'Byrådssalen, Nordby Rådhus']);
});

test('a transcript\'s front page with a time before a label ("Mødetidspunkt: 17:00. Sted: …") gives no item "00."; the items are those of the pages after it', () => {
  const text = [
    'Transkript', '',
    `1 Mødedato:. Mødetidspunkt: 17:00. Sted: Byrådssalen, Nordby Rådhus. Møde slut: 19:00 Fraværende: Lise Holm og Per Dam REFERAT`, '',
    `2 1. Budgetopfølgning pr. 30. juni J.nr.: 00.30.10 Sagsnr.: 11/496 Beslutning: ${'Godkendt. '.repeat(6)}`, '',
    `3 2. Vejplan for bymidten J.nr.: 05.01.00 Sagsnr.: 11/497 Beslutning: ${'Godkendt. '.repeat(6)}`,
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.title.value]), [[1, 'Budgetopfølgning pr. 30. juni'], [2, 'Vejplan for bymidten']]);
});

test('a front page whose place was copied after the last list ("Fraværende: Anne Holm Byrådssalen, Rådhuset Orientering kl : …") names the absent without the place and what follows it', () => {
  const page = (n: number, body: string) => `${n} ${body} ${'Tekst om sagen. '.repeat(30)}`;
  const text = [
    '1 Referat Byrådet Mødedato: Mandag den 2. oktober 2023 Mødetidspunkt: Kl. 17:00 Sluttidspunkt: Kl. 19:30 Mødested: Bemærkninger: Medlemmer: Anne Holm (C) Peter Lund (A) Sara Berg (V) Deltagere: Kim Dam Fraværende: Anne Holm Byrådssalen, Rådhuset Orientering kl : Nye planer v/ chef Ida Vang, Center for By, Land og Vand. Sagsoversigt Side 01. Beslutningssag: Godkendelse af dagsorden...2',
    page(2, '01. Beslutningssag: Godkendelse af dagsorden Sagsnr.: 23/1001 Beslutning i Byrådet den 2. oktober 2023: Godkendt.'),
  ].join('\n\n');
  assert.deepEqual(parseReferat(text).meeting.absent.map((p) => p.value), ['Anne Holm']);
});

test('a front page in capitals ("1 ÅBEN DAGSORDEN MILJØUDVALG Mødedato: …") names the committee, and its "Deltagere:" the members where no "Medlemmer:" does', () => {
  const page = (n: number, body: string) => `${n} ${body} ${'Tekst om sagen. '.repeat(30)}`;
  const text = [
    '1 ÅBEN DAGSORDEN MILJØUDVALG Mødedato: 3. april 2024 Mødested: Rådhuset, salen Mødetidspunkt: 16:00 Mødet hævet: Deltagere: Anne Holm, Peter Chr. Lund, Sara Berg Fraværende:',
    page(2, '1. VEJPLAN FOR MIDTBYEN Sagsnr.: 24/1001 ÅBENT INDSTILLING Direktionen indstiller, at planen godkendes. SAGSFREMSTILLING Planen er klar.'),
    page(3, '2. BUDGET 2025 Sagsnr.: 24/1002 ÅBENT INDSTILLING Direktionen indstiller, at budgettet godkendes.'),
  ].join('\n\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.kind, m.committee?.value, m.participants.map((p) => p.value)], ['dagsorden', 'MILJØUDVALG', ['Anne Holm', 'Peter Chr. Lund', 'Sara Berg']]);
});

test('a transcript\'s front page that lost the body\'s name ("1 REFERAT fra møde i kl i byrådssalen") names no committee: the hosting page\'s title above does', () => {
  const text = [
    'NORDBY BYRÅD NORDBY BYRÅD. REFERAT fra møde i NORDBY BYRÅD kl i byrådssalen', '', 'Transkript', '',
    `1 REFERAT fra møde i kl i byrådssalen Medlemmer: Lise Holm, Per Dam, Bo Dam Mødet hævet kl Side 12`, '',
    `2 12. Vejplan for bymidten J.nr.: 05.01.00 Sagsnr.: 07/497 Beslutning: ${'Godkendt. '.repeat(6)}`,
  ].join('\n');
  assert.equal(parseReferat(text).meeting.committee?.value, 'NORDBY BYRÅD');
});

test('a transcript\'s contents and items numbered "Punkt nr. 7: Title" (the keyword, "nr." and a colon) are read as "7. Title" is', () => {
  const text = [
    'Transkript', '',
    '1 Referat MØDE I ØKONOMIUDVALGET FOR NORDBY KOMMUNE Onsdag, den 14. maj 2008 Mødet afholdes i Byrådssalen, Nordby Rådhus, kl', '',
    '2 INDHOLDSFORTEGNELSE ÅBENT MØDE: Punkt nr. 7: Budgetrevision for første kvartal...3 Punkt nr. 8 : Takster for hjemmeplejen...5 Punkt nr. 9: Salg af byggegrunde i Vestby...7 LUKKET MØDE: Punkt nr. 10: Personalesag...9 Side 2 af 10', '',
    `3 ØKONOMIUDVALGET NORDBY KOMMUNE MØDEDATO: J.NR.: A01 Punkt nr. 7: Budgetrevision for første kvartal Sagsfremstilling ${'Budgettet er gennemgået for alle områder. '.repeat(6)}Beslutning: Godkendt.`, '',
    `4 Punkt nr. 8 : Takster for hjemmeplejen Sagsfremstilling ${'Taksterne reguleres med den almindelige pris- og lønudvikling. '.repeat(5)}Beslutning: Godkendt.`,
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.toc?.entries.map((e) => e.title.value), ['Budgetrevision for første kvartal', 'Takster for hjemmeplejen', 'Salg af byggegrunde i Vestby', 'Personalesag']);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value]), [[7, 'Budgetrevision for første kvartal'], [8, 'Takster for hjemmeplejen']]);
});

test('"gik efter punkt 14." in a transcript\'s front page is a reference to an item, no contents entry', () => {
  const text = [
    'Transkript', '',
    '1 Referat fra Økonomiudvalgets møde mandag den 2. juni 2008 på Nordby Rådhus Indholdsfortegnelse 11. Regnskab 2007 Takster for 2009 Salg af jord ved Vestby 20 18. Vejplan 21 Afbud Ole Holm Bo Dam gik efter punkt 13. Eva Lund gik under punkt 15. Per Bak gik efter punkt 16. Bemærkninger til dagsordenen: Ingen', '',
    `2 Punkt 11 Regnskab 2007 ${'Regnskabet viser et overskud. '.repeat(10)}`,
  ].join('\n');
  const titles = (parseReferat(text).toc?.entries ?? []).map((e) => e.title.value);
  assert.ok(!titles.some((t) => /gik (efter|under) punkt|Bemærkninger/.test(t)), JSON.stringify(titles));
});

test('"Punkt 1: <sentence>" under the meeting\'s name is the decision on item 1, no heading ("nr." and a colon make one)', () => {
  const text = [
    '2... Ny vejplan for Nordby - 2. behandling 3', '', 'Transkript', '',
    '1 Møde i Kommunalbestyrelsen mandag den 3. marts 2008, Kl i Kommunalbestyrelsens mødesal REFERAT INDHOLDSFORTEGNELSE 1... Meddelelser Ny vejplan for Nordby - 2. behandling Salg af den gamle skole Nyt navn til hallen 12 1. Meddelelser', '',
    `2 Kommunalbestyrelsens møde 3. marts 2008 Punkt 1: Der var ingen meddelelser. ØKONOMIUDVALGET 2. Ny vejplan for Nordby - 2. behandling Økonomiudvalget den 5. februar 2008, pkt. 3 Kommunalbestyrelsen den 18. februar 2008, pkt. 4 Resumé ${'Planen har været i høring i otte uger. '.repeat(8)}`, '',
    `3 Bilag ${'Oversigt over høringssvar. '.repeat(12)}`,
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.title.value]), [[2, 'Ny vejplan for Nordby - 2. behandling']]);
});

test('a page\'s printed number before a divider ("3 36 Til efterretning - for åbne døre 41. Title J.nr.: …") is no item: the cue after it is the next heading\'s', () => {
  const text = [
    'Nordby Kommune Økonomiudvalget Referat', '', 'Transkript', '',
    '1 Nordby Kommune Økonomiudvalget Referat Dato: Mødested: Mødedeltagere: Torsdag den 07-marts-2002 Udvalgsværelse II Anne Holm, Bo Dam, Eva Lund åben', '',
    '2 Indholdsfortegnelse Til efterretning - for åbne døre Til efterretning - Regnskab Til behandling - for åbne døre Budget 2003 Bilagsliste åben', '',
    `3 36 Til efterretning - for åbne døre 41. Til efterretning - Foreløbigt regnskab J.nr.: Ø20 Sagsid.: Initialer: abc Åben sag ${'Regnskabet viser et mindre overskud end ventet. '.repeat(4)}Til efterretning. 42. Budget 2003 J.nr.: Ø21 Sagsid.: Initialer: abc Åben sag ${'Budgetproceduren fastlægges. '.repeat(4)}`,
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.title.value]), [[41, 'Til efterretning - Foreløbigt regnskab'], [42, 'Budget 2003']]);
});

test('a transcript\'s front page labelling its members "Mødedeltagere:" ("… Mødedeltagere: Anne Holm (A) Bo Dam (V) … Side 1 af 20") lists them', () => {
  const text = [
    'Referat fra møde i Miljøudvalget', '', 'Transkript', '',
    '1 Referat fra møde i Miljøudvalget Tirsdag den 18. maj 2010 Kl i Mødelokale 3 Mødedeltagere: Anne Holm (A) Bo Dam (V) Eva Lund (C) Side 1 af 20', '',
    `2 Indhold Åben dagsorden Sag nr. 12 Vejplan Sag nr. 13 Affaldsplan Side 2 af 20`, '',
    `3 Sag nr. 12 Vejplan Sagsnr.: 10/1234 ${'Planen er i høring. '.repeat(10)}Beslutning: Godkendt.`,
  ].join('\n');
  assert.deepEqual(parseReferat(text).meeting.participants.map((p) => p.value), ['Anne Holm (A)', 'Bo Dam (V)', 'Eva Lund (C)']);
  // Names by commas, the page's access word after the last ("… Eva Lund åben"): no part of the name.
  const listed = text.replace('Anne Holm (A) Bo Dam (V) Eva Lund (C) Side 1 af 20', 'Anne Holm, Bo Dam, Eva Lund åben');
  assert.deepEqual(parseReferat(listed).meeting.participants.map((p) => p.value), ['Anne Holm', 'Bo Dam', 'Eva Lund']);
});

test('a front page whose list labels lost their colons ("Mødested: Salen Medlemmer Anne Holm (anho) V … Fraværende … Bemærkninger") reads the members, each with the initials and party after the name, and the absent', () => {
  const text = [
    'Referat. Teknisk Udvalg. Møde nr.: 4/2020 Mødedato: Mandag den Mødetidspunkt: 16:00-18:00', '',
    '1 Referat Teknisk Udvalg Møde nr.: 4/2020 Mødedato: Mandag den Mødetidspunkt: 16:00-18:00 Mødested: Salen Medlemmer Anne Holm (anho) V Per Dam (hjpd) A Ole Bak (olba) C (Orlov) Eva Lund (evlu) C (Stedfortræder for Ole Bak) Fraværende Per Dam (hjpd) A, Eva Lund (evlu) C Bemærkninger', '',
    '2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. Godkendelse af dagsorden 2. Vejplan', '',
    '3 Side 2 1. Godkendelse af dagsorden Sagsnr.: 20/1234 Beslutning Godkendt. 2. Vejplan Sagsnr.: 20/1235 Beslutning Godkendt.',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.place?.value, 'Salen');
  const written = (l: { span: { start: number; end: number } }) => text.slice(l.span.start, l.span.end);
  assert.deepEqual(m.participants.map(written), ['Anne Holm (anho) V', 'Per Dam (hjpd) A', 'Ole Bak (olba) C', 'Eva Lund (evlu) C']);
  assert.deepEqual(m.absent.map(written), ['Per Dam (hjpd) A', 'Eva Lund (evlu) C']);
  // Nobody away: the label stands right before the next one.
  const none = parseReferat(text.replace(/Fraværende .* Bemærkninger/, 'Fraværende Bemærkninger')).meeting;
  assert.deepEqual([none.participants.length, none.absent], [4, []]);
});

test('a front page\'s absentees each followed by their reason ("Fraværende: Anne Holm ved afbud Per Dam ved afbud", no commas) are each a name', () => {
  const text = [
    '1 Referat Teknisk Udvalg Mødedato: 3. marts 2020 Mødelokale: Salen, Rådhuset Starttidspunkt for møde: 16:00 Fraværende: Anne Holm ved afbud Per K. Dam ved afbud 3. marts 2020', '',
    '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Beslutning Godkendt. 2', '',
    '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Beslutning Godkendt. 3',
  ].join('\n');
  assert.deepEqual(parseReferat(text).meeting.absent.map((p) => text.slice(p.span.start, p.span.end)), ['Anne Holm', 'Per K. Dam']);
});

test('a front page\'s start as "Starttidspunkt: Kl. 15:00", or its times labelled without colons ("Mødetidspunkt 15:00 Sluttidspunkt 17:10"), is the meeting\'s time; labels in a row before their values give no absentees', () => {
  const pages = (front: string) =>
    [
      'Transkript', '',
      `1 ${front}`, '',
      '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 2', '',
      '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 3',
    ].join('\n');
  const labelled = parseReferat(pages('REFERAT Teknisk Udvalg Mødedato: Tirsdag den Mødested: Mødelokale 4 Nordby Rådhus Starttidspunkt: Kl. 15:00 Sluttidspunkt: Kl. 17:10 Afbud: Lise Holm Fraværende: Bemærkninger: Ingen')).meeting;
  assert.equal(labelled.time?.value, '15:00');
  assert.equal(labelled.endTime?.value, '17:10');
  assert.deepEqual(labelled.absent.map((p) => p.value), ['Lise Holm']);
  const bare = pages('Teknisk Udvalg Referat Dato 3. marts 2020 Mødetidspunkt 15:00 Sluttidspunkt 17:10 Sted Medlemmer Fraværende Lokale 2, Nordby Rådhus Lise Holm, Per Dam, Ole Bak Per Dam Bemærkninger');
  const m = parseReferat(bare).meeting;
  assert.equal(m.time?.value, '15:00');
  assert.equal(bare.slice(m.time!.span.start, m.time!.span.end), '15:00');
  assert.equal(m.endTime?.value, '17:10');
  assert.equal(m.meetingDate?.value, '2020-03-03');
  assert.deepEqual(m.absent, []);
});

test('a front page without colons, "Referat Søby Byråd Ordinært møde Dato 3. marts 2020 Tid 19:00 Sted …", gives the time after "Tid"', () => {
  const text = [
    'Transkript', '',
    '1 Referat Søby Byråd Ordinært møde Dato 3. marts 2020 Tid 19:00 Sted Byrådssalen, Søby Rådhus Fraværende Lise Holm Medlemmer Lise Holm (A) Per Dam (V)', '',
    '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Sagsansvarlig: abc BESLUTNING I SØBY BYRÅD DEN Godkendt. 2', '',
    '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Sagsansvarlig: abc BESLUTNING I SØBY BYRÅD DEN Godkendt. 3',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.time?.value, '19:00');
  assert.equal(m.meetingDate?.value, '2020-03-03');
  // "Tid til …" in running text is no label: only before a clock.
  assert.equal(parseReferat(text.replace('Tid 19:00', 'Tid til spørgsmål')).meeting.time, null);
});

test('a front page\'s "Mødetidspunkt: 13:00-16:00" gives the start and, without an end label, the end', () => {
  const text = [
    'Transkript', '',
    '1 Åbent Referat til Teknisk Udvalg Mødedato: Tirsdag den 3. marts 2020 Mødetidspunkt: 13:00-16:00 Mødested: Deltagere: Lise Holm, Per Dam', '',
    '2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 20/1234 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 2', '',
    '3 2. Vejplan Åben sag Sagsnr.: 20/1235 Sagsansvarlig: abc BESLUTNING I TEKNISK UDVALG DEN Godkendt. 3',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.time?.value, '13:00');
  assert.equal(m.endTime?.value, '16:00');
  assert.equal(text.slice(m.endTime!.span.start, m.endTime!.span.end), '16:00');
});
