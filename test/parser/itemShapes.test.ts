// The item headings of every system, from strings: each numbering shape, the cues that tell an
// item from a list or a decision's points, the contents, closed parts and page furniture.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';

const items = (text: string) => parseReferat(text).items.map((it) => [it.number, it.title.value]);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

test('every numbering shape a secretariat uses opens an item', () => {
  const body = (heading: string) => `${heading}\n\nSagsnr.: 24/1234\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.\n\n`;
  const shapes: ReadonlyArray<readonly [string, string]> = [
    ['Punkt 5: Budget 2025', 'Punkt 6: Meddelelser'],
    ['Pkt. 5 Budget 2025', 'Pkt. 6 Meddelelser'],
    ['Dagsordenspunkt 5 Budget 2025', 'Dagsordenspunkt 6 Meddelelser'],
    ['Sag nr. 5: Budget 2025', 'Sag nr. 6: Meddelelser'],
    ['5. Budget 2025', '6. Meddelelser'],
    ['5) Budget 2025', '6) Meddelelser'],
    [' 5.  5. Budget 2025', ' 6.  6. Meddelelser'],
    ['5 Budget 2025', '6 Meddelelser'],
    ['5\nBudget 2025', '6\nMeddelelser'],
    ['• 5\n  Budget 2025', '• 6\n  Meddelelser'],
    ['Punkt 5 Beslutningssag: Budget 2025', 'Punkt 6 Orienteringssag: Meddelelser'],
  ];
  for (const [first, second] of shapes) {
    const found = items('Referat\nØkonomiudvalget\n\n' + body(first) + body(second));
    const titles = found.map(([, t]) => String(t).replace(/^\w+sag: /, ''));
    assert.deepEqual([found.map(([n]) => n), titles], [[5, 6], ['Budget 2025', 'Meddelelser']], JSON.stringify(first));
  }
});

test("a decision's enumerations, recommendation points and lists inside an item open no item", () => {
  const text = [
    '1. Godkendelse af dagsorden', 'Sagsnr.: 25-1', 'Indstilling', 'Administrationen indstiller', '1. at dagsordenen godkendes', '2. at sagen sendes videre',
    'Beslutning', '1. - 2. Anbefales.', '1.-6. anbefales.', '2. Indstilles godkendt.',
    '2. Meddelelser', 'Sagsnr.: 25-2', 'Sagsfremstilling', 'Afbud:', '1. Robert Sørensen, Ø', 'Beslutning', 'Taget til efterretning.',
  ].join('\n\n');
  assert.deepEqual(items(text), [[1, 'Godkendelse af dagsorden'], [2, 'Meddelelser']]);
});

test('numbers run in sequence: a numbered list in the text loses to the items with their cues', () => {
  const text = [
    'Dagsorden', '1', 'Godkendelse af dagsorden', 'EMN-2025-000001',
    '2', 'Budget 2026', 'EMN-2025-000002', 'Resume', 'Forslagene:',
    ...Array.from({ length: 30 }, (_, k) => `${k + 1} Forslag nummer ${k + 1} fra et parti`),
    '3', 'Lokalplan 12', 'EMN-2025-000003', 'Resume', 'Tekst.',
  ].join('\n\n');
  assert.deepEqual(items(text).map(([n]) => n), [1, 2, 3]);
});

test('a numbered contents list before the items is the table of contents, each entry naming its item', () => {
  const text = ['Referat', 'Indholdsfortegnelse', '1. Godkendelse af dagsorden', '2. Budget 2026', '3. Eventuelt', '',
    '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '2. Budget 2026', 'Sagsnr.: 25/1', 'Beslutning', 'Godkendt.', '3. Eventuelt', 'Beslutning', 'Intet.'].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, lineOf(text, it.heading.start)]), [[1, 13], [2, 19], [3, 27]]);
  assert.deepEqual(doc.toc?.entries.map((e) => [e.item, e.exact]), [[1, true], [2, true], [3, true]]);
});

test('items after a "Lukket dagsorden" divider are closed, as are "(Lukket)" and "Lukket punkt" titles', () => {
  const text = ['Dagsorden', '1. Åbent emne', 'Sagsnr.: 25/1', 'Sagsfremstilling', 'Tekst.', 'Punkt 2 Orienteringssag: Faglig voldgift (Lukket)', '3. Lukket punkt',
    'Lukket dagsorden', '4. Salg af ejendom', 'Sagsnr.: 25/4', 'Sagsfremstilling', 'Tekst.'].join('\n\n');
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.closed]), [[1, false], [2, true], [3, true], [4, true]]);
});

test('page furniture of a PDF (running header, footer, "Side N af M") is no title, heading or item; a hyphenated title is one word again', () => {
  const page = (n: number, body: string) => `Økonomiudvalget\nÅbent referat\n\n${body}\n\nSide ${n} af 3\n`;
  const text = [
    page(1, 'Referat\nMødedato: 10. juni 2013\n\n1 Åbent Kommune-\nplan 2013\n018520-2013\n\nResumé\n\nTekst om planen.'),
    page(2, 'Mere tekst om planen, som fortsætter.\n\nBeslutning\n\nGodkendt.'),
    page(3, '2 Åbent Salg af ejendom\n18/1234\n\nResumé\n\nTekst.\n\nBeslutning\n\nGodkendt.'),
  ].join('\f');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value]), [[1, 'Kommuneplan 2013'], [2, 'Salg af ejendom']]);
  const furniture = doc.furniture.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(furniture, ['Økonomiudvalget', 'Åbent referat', 'Side 1 af 3', 'Økonomiudvalget', 'Åbent referat', 'Side 2 af 3', 'Økonomiudvalget', 'Åbent referat', 'Side 3 af 3']);
  for (const item of doc.items) {
    for (const section of item.sections) assert.ok(!furniture.includes(section.heading.value), `section heading ${section.heading.value}`);
    assert.ok(!item.subHeadings.some((h) => furniture.includes(h.text)), `sub-headings of ${item.number}`);
  }
});

test('a portal\'s access badge printed after the title ("Godkendelse af dagsorden Åbent punkt") is no part of it; "Lukket punkt" closes the item', () => {
  const item = (n: number, title: string) => `${n}\t${title}\nSagsnr.: 25/22${n}\n\nBeslutning\n\nGodkendt.\n\n`;
  const text = 'Referat\n\n' + item(1, 'Godkendelse af dagsorden Åbent punkt') + item(2, 'Salg af grund ved havnen Lukket punkt') + item(3, 'Status på et åbent punkt');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.closed]), [[1, 'Godkendelse af dagsorden', false], [2, 'Salg af grund ved havnen', true], [3, 'Status på et åbent punkt', false]]);
  assert.equal(text.slice(doc.items[0].title.span.start, doc.items[0].title.span.end), 'Godkendelse af dagsorden');
});

test('an item heading set as a table row with the case number in its last cell ("31<TAB>Title<TAB>Sagsnr. 25/9012"): the title without it, the case number the item\'s', () => {
  const item = (n: number, title: string, caseCell: string) => `${n}\t${title}\t${caseCell}\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.\n\n`;
  const text = 'Referat\n\n' + item(31, 'Regnskab 2024, overførsler til 2025', 'Sagsnr. 00.32.10-S55-1-25') + item(32, 'Udbud af rengøring', '25/9012') + item(33, 'Lukket punkt: Salg af grund', 'Sagsnr.: 25/9140');
  const doc = parseReferat(text);
  assert.deepEqual(
    doc.items.map((it) => [it.number, it.title.value, text.slice(it.title.span.start, it.title.span.end), it.caseNumber && text.slice(it.caseNumber.span.start, it.caseNumber.span.end)]),
    [
      [31, 'Regnskab 2024, overførsler til 2025', 'Regnskab 2024, overførsler til 2025', '00.32.10-S55-1-25'],
      [32, 'Udbud af rengøring', 'Udbud af rengøring', '25/9012'],
      [33, 'Salg af grund', 'Salg af grund', '25/9140'],
    ],
  );
  // A last cell that is no case number (a page, a party) stays in the title's line.
  assert.deepEqual(parseReferat('Referat\n\n' + item(4, 'Budget', 'Se bilag') + item(5, 'Skoler', 'A')).items.map((it) => [it.number, it.caseNumber]), [[4, null], [5, null]]);
});

test('a case-number label on the title\'s line, after a space or glued to it ("4.<TAB>Nyt tag i 2014Sagsnr.: 13-111Dok.nr.: …", an ESDH full-text copy): the title ends there, the case number the item\'s', () => {
  const item = (n: number, line: string) => `${n}.\t${line}\n\nSammendrag\n\nTekst.\n\nBeslutning\n\nGodkendt.\n\n`;
  const text =
    'Referat\n\n' +
    item(4, 'Nyt tag på skolen i 2014Sagsnr.: 2013-11111Dok.nr.: 2013-22222') +
    item(5, 'Cykelsti langs ådalen Sagsnr.: 2013-33333') +
    item(6, 'Legeplads ved hallenSagsnr. 13/4455');
  const doc = parseReferat(text);
  assert.deepEqual(
    doc.items.map((it) => [it.number, it.title.value, text.slice(it.title.span.start, it.title.span.end), it.caseNumber && text.slice(it.caseNumber.span.start, it.caseNumber.span.end)]),
    [
      [4, 'Nyt tag på skolen i 2014', 'Nyt tag på skolen i 2014', '2013-11111'],
      [5, 'Cykelsti langs ådalen', 'Cykelsti langs ådalen', '2013-33333'],
      [6, 'Legeplads ved hallen', 'Legeplads ved hallen', '13/4455'],
    ],
  );
  // A title that names a case in words ("… om sagsnummer og frister") keeps them: no number follows.
  assert.equal(parseReferat('Referat\n\n' + item(7, 'Regler om Sagsnummer og frister')).items[0].title.value, 'Regler om Sagsnummer og frister');
});

test('a cell at a page\'s edge that counts the pages with this page\'s place ("<address><TAB>1/1", a browser\'s footer) is furniture, on one page too', () => {
  const text = 'Byrådet - Referat - 3. maj 2025\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n\nfile:///home/lise/referat.html\t1/1\n';
  assert.deepEqual(parseReferat(text).furniture.map((s) => text.slice(s.start, s.end)), ['file:///home/lise/referat.html\t1/1']);
  // A count that is not the page's own ("2/3" on the one page) is the text's.
  const other = 'Byrådet - Referat - 3. maj 2025\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt med stemmerne\t2/3\n';
  assert.deepEqual(parseReferat(other).furniture, []);
});

test('a two-page PDF: the line that opens (or closes) both pages is its running header; a sentence that ends both is not', () => {
  const page = (n: number, body: string) => `Kulturudvalget · 3. maj 2025\n\n${body}\n\nSide ${n} af 2\n`;
  const text = [
    page(1, 'Referat\n\n1 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.'),
    page(2, '2 Eventuelt\n\nBeslutning\n\nIntet.'),
  ].join('\f');
  const doc = parseReferat(text);
  assert.deepEqual(doc.furniture.map((s) => text.slice(s.start, s.end).replace('\f', '')), ['Kulturudvalget · 3. maj 2025', 'Side 1 af 2', 'Kulturudvalget · 3. maj 2025', 'Side 2 af 2']);
  const ends = 'Referat\n\n1 Budget\n\nBeslutning\n\nGodkendt.\n\f2 Skoler\n\nBeslutning\n\nGodkendt.\n';
  assert.deepEqual(parseReferat(ends).furniture, []);
  // A header of three lines (a letterhead's cell: the body, the document's word, the date) is furniture line by line, as far as the pages agree.
  const head = 'Holmstrup Kommune\tKulturudvalget\nReferat\n3. maj 2025\n\n';
  const letterhead = head + 'Mødedato: 3. maj 2025\n\n1 Budget\n\nBeslutning\n\nGodkendt.\n\f' + head + '2 Skoler\n\nBeslutning\n\nGodkendt.\n';
  assert.deepEqual(parseReferat(letterhead).furniture.map((s) => letterhead.slice(s.start, s.end).replace('\f', '')), ['Holmstrup Kommune\tKulturudvalget', 'Referat', '3. maj 2025', 'Holmstrup Kommune\tKulturudvalget', 'Referat', '3. maj 2025']);
});

test('a page break right under an item\'s heading: the case number below the footer and the next page\'s header is the item\'s; a running header\'s label is no committee', () => {
  const head = 'Referat\tMødedato 3.5.2025\n\n';
  const foot = (n: number) => `\n\nKulturudvalget\tSide ${n} af 3\n`;
  const text = [
    head + 'Referat\n\nKulturudvalget\n\n1. Budget 2026\nSagsnr.: 25/118\n\nBeslutning\nGodkendt.\n\n2. Skolernes ferieplan' + foot(1),
    head + 'Sagsnr.: 25/204\n\nBeslutning\nGodkendt.' + foot(2),
    head + '3. Eventuelt\n\nBeslutning\nIntet.' + foot(3),
  ].join('\f');
  const doc = parseReferat(text);
  assert.equal(doc.meeting.committee?.value, 'Kulturudvalget');
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text ?? null]), [[1, 'Budget 2026', '25/118'], [2, 'Skolernes ferieplan', '25/204'], [3, 'Eventuelt', null]]);
});

test('the meeting header of other systems: labels with a tab, a label above its value, ISO dates; a date line is never the committee', () => {
  const aarhus = parseReferat('Dagsorden 8. oktober 2025 kl. 16.00\n\nUdvalg:\tAarhus Byråd\n\nMødedato:\tonsdag den 8. oktober 2025 kl. 16.00\n\nMødested:\tByrådssalen\n\n1\nGodkendelse af dagsorden\n\nEMN-2023-009832\n');
  assert.deepEqual([aarhus.meeting.committee?.value, aarhus.meeting.meetingDate?.value, aarhus.meeting.time?.value, aarhus.meeting.place?.value], ['Aarhus Byråd', '2025-10-08', '16:00', 'Byrådssalen']);
  const api = parseReferat('Byråd 2022-2025\nMøde: Dagsorden\nDato: 2025-10-01T17:30:00+02:00\nSted: Byrådssalen\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n');
  assert.deepEqual([api.meeting.committee?.value, api.meeting.meetingDate?.value, api.meeting.time?.value, api.meeting.kind], ['Byråd 2022-2025', '2025-10-01', '17:30', 'referat']);
  const alone = parseReferat('UDVALG\n\nAllerød Byråd 2018-2021\n\nSTED\n\nBorgerportalen\n\nSTARTTIDSPUNKT\n\n26-04-2018 18:30:00\n\n1. Bemærkninger\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual([alone.meeting.committee?.value, alone.meeting.place?.value, alone.meeting.meetingDate?.value, alone.meeting.time?.value], ['Allerød Byråd 2018-2021', 'Borgerportalen', '2018-04-26', '18:30']);
});

test("decision headings of other systems, this meeting's told from earlier ones by the date", () => {
  const text = [
    'Referat', 'Torsdag den 16. december 2021 kl. 19:00', '1. Månedsopfølgning', 'Sagsid.: 21/8174', 'INDSTILLING:', 'Administrationen indstiller, at opfølgningen tages til efterretning.',
    'BESLUTNING: Økonomiudvalget den 09-12-2021', 'Til efterretning.', 'BESLUTNING: Kommunalbestyrelsen den 16-12-2021', 'Til efterretning.',
    '2. Liste', 'Sagsid.: 21/8175', "Forretningsudvalgets beslutning den 16. december 2021:", 'Anbefalet.', 'Sagens forløb', '24/09/2021 Økonomiudvalget', 'Anbefales.',
  ].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(
    doc.items.map((it) => it.sections.map((s) => [s.kind, s.prior !== null])),
    [[['Indstilling', false], ['Beslutning', true], ['Beslutning', false]], [['Beslutning', false], ['Tidligere behandling', false], ['Beslutning', true]]],
  );
});

test('a numbered list that continues the numbers after the last item is no item where the items carry cues', () => {
  const item = (n: number, title: string) => `${n}. ${title}\n\nSagsnr.: 24/10${n}\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.\n\n`;
  const text = 'Referat\n\n' + item(6, 'Budget') + item(7, 'Skoler') + 'Bilag\n\n8. Notat om skolerne\n\n9. Kort over skolerne\n';
  assert.deepEqual(items(text).map(([n]) => n), [6, 7]);
});

test('bare page numbers at the pages\' feet are furniture; an item number alone above a page break is not', () => {
  const text = [
    'Referat\n\n4\nGodkendelse af dagsorden\n\nSagsnr.: 24/1001\n\nBeslutning\n\nGodkendt.\n\n5\n\n1',
    'Budget 2025\n\nSagsnr.: 24/1002\n\nBeslutning\n\nGodkendt.\n\n2',
    'Bilag\n\nNotat.\n\n3',
  ].join('\n\f');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value]), [[4, 'Godkendelse af dagsorden'], [5, 'Budget 2025']]);
  assert.deepEqual(doc.furniture.map((s) => text.slice(s.start, s.end)), ['1', '2', '3']);
});

test('a page-per-line transcript: items inline in the pages, numbered or only under a running page header', () => {
  const numbered = [
    'Referat', '', '1 Økonomiudvalget Beslutningsreferat af møde den 29. september 2010 kl. 08:15 i Udvalgsværelset og mere tekst her',
    '', '2 Indholdsfortegnelse 218. Orientering fra formanden 219. Godkendelse af dagsorden 220. Månedsrapportering for august',
    '', '3 Åben dagsorden 218. Orientering fra formanden Beslutning: Økonomiudvalget 2010, punkt 218 Borgmesteren orienterede om et møde.',
    '', '4 219. Godkendelse af dagsorden Beslutning: Økonomiudvalget 2010, punkt 219 Godkendt. Side 5 af 42',
  ].join('\n');
  const a = parseReferat(numbered);
  assert.deepEqual(a.items.map((it) => [it.number, it.title.value, it.sections.map((s) => s.kind)]), [
    [218, 'Orientering fra formanden', ['Beslutning']],
    [219, 'Godkendelse af dagsorden', ['Beslutning']],
  ]);
  const headed = [
    'Erhvervsudvalget', '', '1 Erhvervsudvalget Referat Dato 08. september 2014 Mødetidspunkt 16:00 Sluttidspunkt 18:05 Sted Lokale 1 og lidt mere tekst her',
    '', '2 Vordingborg Kommune Dato Side Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: 14/123 Indstilling Administrationen indstiller, at dagsordenen godkendes. Beslutning i Erhvervsudvalget den Tiltrådt.',
    '', '3 Vordingborg Kommune Dato Side Erhvervsudvalget Orientering fra formanden Sagsnr.: 13/456 Sagsfremstilling Formanden orienterer.',
  ].join('\n');
  const b = parseReferat(headed);
  assert.deepEqual(b.items.map((it) => [it.number, it.numberWritten, it.title.value]), [[1, false, 'Godkendelse af dagsorden'], [2, false, 'Orientering fra formanden']]);
  assert.deepEqual(b.items[0].sections.map((s) => s.kind), ['Indstilling', 'Beslutning']);
});

test('an SBSYS export: "Referat / til / mødet i …" names the committee; the case number in the status line under a group line', () => {
  const text = [
    'Referat', 'til', 'mødet i Odense Byråd', 'den 28. november 2018 kl. 17:00', 'i Byrådssalen', '',
    'A. Sager til afgørelse i byrådet', '',
    '1. Meddelelse om fravær', 'A. Sager til afgørelse i byrådet', 'Åbent - 00.01.00-G01-523-18', 'RESUMÉ', '', 'Tekst.', '', 'INDSTILLING', '', 'Forvaltningen indstiller, at byrådet godkender.', '', 'BESLUTNING', '', 'Godkendt.', '',
    '2. Overflytning af Hjerneskadecenteret', 'A. Sager til afgørelse i byrådet', 'Åbent - 2007/34364', 'RESUMÉ', '', 'Tekst.', '', 'BESLUTNING', '', 'Godkendt.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual([doc.meeting.committee?.value, doc.meeting.meetingDate?.value, doc.meeting.time?.value], ['Odense Byråd', '2018-11-28', '17:00']);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text]), [
    [1, 'Meddelelse om fravær', '00.01.00-G01-523-18'],
    [2, 'Overflytning af Hjerneskadecenteret', '2007/34364'],
  ]);
  assert.deepEqual(doc.items[0].sections.map((s) => s.kind), ['Resume', 'Indstilling', 'Beslutning']);
});

test('PolWeb: "Sag 306-2009-600" under "1.  Title" is the item\'s case number, not item 306', () => {
  const text = '1.      Spørgetid for borgerne\n\nSag 306-2009-600\n\nDok. 306-2019-263412\n\nÅbent\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nTaget til efterretning.\n\n2.      Godkendelse af dagsorden\n\nSag 306-2009-601\n\nÅbent\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.\n';
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.title.value, it.caseNumber?.text]), [
    [1, 'Spørgetid for borgerne', '306-2009-600'],
    [2, 'Godkendelse af dagsorden', '306-2009-601'],
  ]);
});

test('web pages of other municipalities: "1 : Title" items, and "Pkt. 42" above its title with "<Udvalg>, <dato>, pkt. 42" as the decision', () => {
  const colon = '1 : Godkendelse af dagsorden\nSagsnr:\nBeslutning\nGodkendt.\n2 : Virksomhedsbesøg\nSagsnr:\nBeslutning\nTaget til efterretning.\n';
  assert.deepEqual(items(colon), [[1, 'Godkendelse af dagsorden'], [2, 'Virksomhedsbesøg']]);
  const roskilde = [
    'Referat', 'Dato: 3. april 2019', 'Pkt. 42', 'Beslutninger om dagsordenen', 'Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt',
    'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42', 'Godkendt.', 'Pkt. 43', 'Meddelelser fra formanden', 'Sagsnr. 299836 Kultur- og Idrætsudvalget Åbent punkt',
    'Økonomiudvalget, 01-04-2019, pkt. 12', 'Anbefalet.', 'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 43', 'Taget til efterretning.',
  ].join('\n\n');
  const doc = parseReferat(roskilde);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text, it.sections.map((s) => [s.kind, s.prior !== null])]), [
    [42, 'Beslutninger om dagsordenen', '299835', [['Beslutning', false]]],
    [43, 'Meddelelser fra formanden', '299836', [['Beslutning', true], ['Beslutning', false]]],
  ]);
});

test('a heading glued to its text by a web page\'s copy ("BeslutningGodkendt.") opens its section there', () => {
  const text = '1 : Godkendelse af dagsorden\nSagsnr:\nBilagIngen bilag.\nBeslutningGodkendt.\n2 : Virksomhedsbesøg\nSagsnr:\nSagsfremstillingUdvalget besøger en virksomhed.\nBeslutningTaget til efterretning.\n';
  const doc = parseReferat(text);
  assert.deepEqual(
    doc.items.map((it) => it.sections.map((s) => [s.kind, text.slice(s.heading.span.start, s.heading.span.end), text.slice(s.body.start, s.body.end), s.outcome])),
    [
      [['Bilag', 'Bilag', 'Ingen bilag.', null], ['Beslutning', 'Beslutning', 'Godkendt.', 'godkendt']],
      [['Sagsfremstilling', 'Sagsfremstilling', 'Udvalget besøger en virksomhed.', null], ['Beslutning', 'Beslutning', 'Taget til efterretning.', 'taget til efterretning']],
    ],
  );
  assert.equal(parseReferat('Beslutningstema\n\nTekst.\n').items.length, 0, 'a heading word that goes on in lower case is a word');
});

test('a title with "Sag nr. 12" alone right below it: the number is that title\'s item, not its case number', () => {
  const text = [
    'Byrådet', '12-03-2024', 'Sager 12 - 13', 'Fold alle ud',
    'Borgerspørgsmål\nSag nr. 12', 'Beslutningskompetence: BR', 'Beslutning', 'Taget til efterretning.',
    'Ny skolestruktur - endelig vedtagelse\nSag nr. 13', 'Beslutningskompetence: BR', 'Indstilling', 'Skoleforvaltningen indstiller,', 'at strukturen vedtages.',
    'Børn, Skole og Fritid, 26. februar 2024, pkt. 31:', 'Anbefales.', 'Beslutning', 'Godkendt.',
  ].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text ?? null, lineOf(text, it.heading.start)]), [
    [12, 'Borgerspørgsmål', null, 9],
    [13, 'Ny skolestruktur - endelig vedtagelse', null, 18],
  ]);
  assert.deepEqual(doc.items[1].sections.map((s) => [s.kind, s.prior?.committee ?? null]), [['Indstilling', null], ['Beslutning', 'Børn, Skole og Fritid'], ['Beslutning', null]]);
  // "Punkt 5" alone keeps its title below it.
  assert.deepEqual(items('Referat\n\nMeddelelser\nPunkt 5\nBudget 2025\n\nBeslutning\n\nGodkendt.\n'), [[5, 'Budget 2025']]);
});

test('"Sag nr. 12" below its title in a copy without blank lines: a field line ("Beslutningskompetence: BR") under it is no title', () => {
  const text = [
    'Byrådet', '12-03-2024', 'Medlemmer', 'Anna Holm (A)', 'Sager 12 - 13',
    'Borgerspørgsmål', 'Sag nr. 12', 'Beslutningskompetence: BR', 'Sagens kerne', 'Spørgsmål fra borgere.', 'Beslutning', 'Taget til efterretning.',
    'Ny skolestruktur - endelig vedtagelse', 'Sag nr. 13', 'Beslutningskompetence: BR', 'Indstilling', 'at strukturen vedtages.', 'Beslutning', 'Godkendt.',
  ].join('\n');
  assert.deepEqual(items(text), [[12, 'Borgerspørgsmål'], [13, 'Ny skolestruktur - endelig vedtagelse']]);
  // "Sag 5" with its title on the next line keeps that title.
  assert.deepEqual(items('Referat\nMeddelelser\nSag 5\nBudget 2025\nBeslutning\nGodkendt.\n'), [[5, 'Budget 2025']]);
});

test('an attendance record between an item\'s title and its Beslutning (one item\'s page) does not hide the section below', () => {
  const text = [
    '3. Godkendelse af dagsorden', 'Mødet begyndte kl. 18.00',
    'Fraværende med afbud:\nKaj Holm\nLis Berg og Per Dal\nOle Friis\nMia Lund, Bo Kirk deltog\nEva Juul\nIb Skov',
    'Fraværende uden afbud:\nAnne Mose', 'Beslutning', 'Dagsordenen blev godkendt.',
  ].join('\n\n');
  assert.deepEqual(items(text), [[3, 'Godkendelse af dagsorden']]);
  assert.equal(parseReferat(text).items[0].sections[0]?.kind, 'Beslutning');
});

test('a bulleted list of folding blocks ("• 41. Title"): each bullet is an item; a decision\'s bulleted points are not', () => {
  const text = [
    'Referat',
    '  • 41. Åben dagsorden - godkendelse', '    Resume', '    Godkendelse af dagsordenen.', '    Beslutning', '    Godkendt.',
    '  • 42. Trafikplan 2030', '    Resume', '    Planen skal i høring.', '    Indstilling', '    Forvaltningen indstiller, at', '    1. planen godkendes.', '    2. planen sendes i høring.',
    '    Beslutning', '    • 1. Godkendt.', '    • 2. Godkendt med bemærkninger.',
  ].join('\n\n');
  assert.deepEqual(items(text), [[41, 'Åben dagsorden - godkendelse'], [42, 'Trafikplan 2030']]);
});

test('a contents heading glued to the first item by a web page\'s copy ("Indholdsfortegnelse1. Title") opens item 1', () => {
  const text = 'Byrådet - Referat\n\nDato: 4. marts 2024\n\nIndholdsfortegnelse1. Afbud\n\nSagsfremstilling\n\nIngen afbud.\n\nBeslutning\n\nTaget til efterretning.\n\n2. Spørgetid\n\nSagsfremstilling\n\nIngen spørgsmål.\n\nBeslutning\n\nTaget til efterretning.\n';
  const doc = parseReferat(text);
  assert.deepEqual(items(text), [[1, 'Afbud'], [2, 'Spørgetid']]);
  assert.equal(text.slice(doc.items[0].title.span.start, doc.items[0].title.span.end), 'Afbud');
});

test('a page that only lists its items ("1. Title" lines, the bodies folded away): the list is the items', () => {
  const list = [
    'Regionsrådet - Referat - 4. marts 2024', '', 'Luk alle punkter Referat', '',
    '  1. Regnskab for 2023 og overførsler til budgetåret', '  2. Ny sygehusplan for regionens midterste del', '  3. Høring om trafikplanen', '  4. Eventuelt',
  ].join('\n');
  assert.deepEqual(items(list).map(([n]) => n), [1, 2, 3, 4]);
});

test('a heading the page shows twice ("1. Title" as the block\'s label, then "1.     Title" over the case) is one item from its first line', () => {
  const block = (n: number, title: string, decision: string) =>
    `${n}. ${title}\n\n${n}.     ${title}\n\nSagsnr.: 24-100${n}          Åbent\nIndstilling\nDirektøren indstiller,\n1.    at sagen godkendes\nBeslutning i Teknisk Udvalg den 5. marts 2024:\n${decision}\n\n`;
  const text = 'Teknisk Udvalg – Referat – 5. marts 2024\n\n\n' + block(1, 'Godkendelse af dagsorden (B)', 'Godkendt.') + block(2, 'Vejplan for midtbyen (B)', 'Godkendt.');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text, lineOf(text, it.heading.start)]), [
    [1, 'Godkendelse af dagsorden (B)', '24-1001', 4],
    [2, 'Vejplan for midtbyen (B)', '24-1002', 15],
  ]);
  // The next item's first copy is no point of this item's decision.
  assert.deepEqual(doc.items[0].sections.map((s) => [s.kind, s.points.length]), [['Indstilling', 1], ['Beslutning', 0]]);
});

test('a publication that glues the block\'s label to the heading inside it ("Title1. Title") titles the item once; "Anbefalet." is an outcome', () => {
  const text = [
    'UDVALG', 'Miljøudvalget', 'PUNKTER',
    '1. Affaldsplan for 2025 - høring1. Affaldsplan for 2025 - høring',
    'Affaldsplan for 2025 - høring\nINDSTILLING', 'Administrationen indstiller,', '  1. at planen sendes i høring',
    'POLITISK BEHANDLING', 'Miljøudvalgets beslutning den 3. april 2024:', 'Anbefalet.', 'BAGGRUND', 'Planen skal fornyes hvert fjerde år.',
  ].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(items(text), [[1, 'Affaldsplan for 2025 - høring']]);
  assert.deepEqual(doc.items[0].sections.map((s) => [s.kind, s.outcome]), [['Indstilling', null], ['Beslutning', 'anbefales godkendt']]);
  // A title that only holds its number again is left whole.
  assert.deepEqual(items('1. Lokalplan 1. etape\n\nSagsnr.: 24/1\n\nBeslutning\n\nGodkendt.\n'), [[1, 'Lokalplan 1. etape']]);
});

test('other web pages: "Nr.12 - Title" items, "• Sagsfremstilling" bullets as sections, a folding block\'s hidden label cut from the title', () => {
  const nr = 'Nr.12 - Godkendelse af dagsorden\n\nBeslutning i Byrådet den 02-09-2024\n\nGodkendt.\n\nNr.13 - Lokalplan for havnen\n\nSagsnr.: 24/5511\n\nSagsfremstilling og økonomi\n\nPlanen har været i høring.\n';
  assert.deepEqual(items(nr), [[12, 'Godkendelse af dagsorden'], [13, 'Lokalplan for havnen']]);
  assert.deepEqual(parseReferat(nr).items[1].sections.map((s) => s.kind), ['Sagsfremstilling']);

  const bullets = 'Punkt 301 Spørgetid\n  • Sagsfremstilling\n\n    Ingen spørgsmål.\nPunkt 302 Skolernes budget\n  • Resumé\n\n    Budgettet fordeles.\n\n  • Beslutning\n\n    Godkendt.\n\n  • Økonomi og Personale\n';
  const doc = parseReferat(bullets);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.sections.map((s) => s.kind)]), [
    [301, 'Spørgetid', ['Sagsfremstilling']],
    [302, 'Skolernes budget', ['Resume', 'Beslutning']],
  ]);

  const folded = '1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden\nBeslutningstema\nGodkendelse.\nBeslutning\nGodkendt.\n2. Skolevejen - trafiksikringKlik her for at folde ud og læse mere om Skolevejen - trafiksikring\nBeslutningstema\nTrafik.\nBeslutning\nGodkendt.\n';
  assert.deepEqual(items(folded), [[1, 'Godkendelse af dagsorden'], [2, 'Skolevejen - trafiksikring']]);
});

test('a tab\'s label glued to the heading ("1. Meddelelser fra borgmesterenReferat") is no part of the title; the same word after a space is', () => {
  const text = [
    '1. Meddelelser fra borgmesterenReferat', '', 'Beslutning', '', 'Borgmesteren orienterede om vejarbejdet.', '',
    '2. Godkendelse af referat', '', 'Beslutning', '', 'Godkendt.', '',
    '3. Budget 2021Dagsorden', '', 'Beslutning', '', 'Godkendt.', '',
  ].join('\n');
  assert.deepEqual(items(text), [[1, 'Meddelelser fra borgmesteren'], [2, 'Godkendelse af referat'], [3, 'Budget 2021']]);
});

test('a numbered list under an Indstilling that counts on past the item numbers ("1." … "6.") opens no item', () => {
  const text = [
    '1.   Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', 'Til toppen',
    '2.   Krav til byggepladser', 'Indstilling',
    'Forvaltningen indstiller, at udvalget stiller følgende krav:\n  1. Arbejde med maskiner aftales med forvaltningen,\n  2. Bygherre opsætter en støjmåler,\n  3. Bygherre sender støjrapporter til forvaltningen,\n  4. Der må ikke køres materiel til pladsen om natten,\n  5. Naboerne orienteres en uge i forvejen,',
  ].join('\n\n\n');
  assert.deepEqual(items(text), [[1, 'Godkendelse af dagsorden'], [2, 'Krav til byggepladser']]);
});

test('contents lines that put the access word first ("åbent 1 Title") and bodies " 1  Title" over a KLE number with a glued facet', () => {
  const text = [
    'Referat\nByrådet\n03-02-2025 kl. 17:00\nDagsordenspunkter',
    '  åbent 1 Godkendelse af dagsorden\n  åbent 2 Skolestruktur\n  lukket 101 Lukket punkt: Salg af grund',
    'Til indholdsfortegnelse', ' Åbent  punkt', ' 1  Godkendelse af dagsorden', '00.01.00P35-0101', 'Behandling', 'Mødedato', 'Byrådet', '03-02-2025', '1',
    'Indstilling og beslutning', 'Dagsordenen godkendes.',
    'Til indholdsfortegnelse', ' Åbent  punkt', ' 2  Skolestruktur', '17.02.00G01-0044', 'Behandling', 'Mødedato', 'Byrådet', '03-02-2025', '2',
    'Indstilling og beslutning', 'Direktøren indstiller, at strukturen vedtages.',
  ].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text, it.sections.map((s) => s.kind)]), [
    [1, 'Godkendelse af dagsorden', '00.01.00P35-0101', ['Indstilling']],
    [2, 'Skolestruktur', '17.02.00G01-0044', ['Indstilling']],
  ]);
  assert.deepEqual(doc.toc?.entries.map((e) => e.title.value), ['Godkendelse af dagsorden', 'Skolestruktur', 'Salg af grund']);
});

test('closed items written "240. Lukket punkt: Title" stay items beside items with bodies; "Sagstema", "Høring og sagsgang", "Til efterretning."', () => {
  const body = (n: number, title: string, decision: string) =>
    `${n}. ${title}\n\nUdskriv\n\nSagstema\n\nOm ${title.toLowerCase()}.\n\nHøring og sagsgang\n\nUdvalget den 3. marts 2025\n\nIndstilling\n\nTil drøftelse.\n\nBeslutning\n\n${decision}\n\nTil toppen\n\n`;
  const text = body(31, 'Godkendelse af dagsorden', 'Godkendt.') + body(32, 'Kystbeskyttelse', 'Til efterretning.') + '33. Lukket punkt: Grundsalg\n\nTil toppen\n\n34. Lukket punkt: Personalesag\n\nTil toppen\n\n' + body(35, 'Budgetopfølgning', 'Godkendt.');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.closed]), [[31, false], [32, false], [33, true], [34, true], [35, false]]);
  assert.deepEqual(doc.items[1].sections.map((s) => [s.kind, s.outcome]), [['Beslutningstema', null], ['Høring', null], ['Indstilling', null], ['Beslutning', 'taget til efterretning']]);
});

test('a case number above the heading ("27.15.04-G01-3-24" / "41. Title", "Sagnr.: 1-30-72-5-24" / "1. Title") is that item\'s; below its own heading it stays the item\'s', () => {
  const above = [
    'Referat til mødet i Teknisk Udvalg den 3. marts 2025', 'Åbne dagsordenspunkter',
    '27.15.04-G01-3-24', '41. Godkendelse af dagsorden', 'Indstilling', '1. At dagsordenen godkendes.', 'Beslutning', 'Godkendt.', '\u00a0',
    '05.01.02-P20-8-23', '42. Vejplan for midtbyen', 'Anledning', 'Planen skal vedtages.',
    '06.00.05-K08-1-25', '43. Grøn omstilling',
  ].join('\n\n');
  const doc = parseReferat(above);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text, lineOf(above, it.heading.start)]), [
    [41, 'Godkendelse af dagsorden', '27.15.04-G01-3-24', 7],
    [42, 'Vejplan for midtbyen', '05.01.02-P20-8-23', 21],
    [43, 'Grøn omstilling', '06.00.05-K08-1-25', 29],
  ]);
  const labelled = parseReferat('Dagsorden\n\nSagnr.: 1-30-72-5-24\n\n1. Ny busplan\n\nResume\n\nPlanen skal i høring.\n');
  assert.deepEqual(labelled.items.map((it) => [it.number, it.title.value, it.caseNumber?.text]), [[1, 'Ny busplan', '1-30-72-5-24']]);
  // An item of only its heading and its case number: the next heading's case number is below that one.
  const below = 'Punkt 7: Eventuelt\n\n00.01.00-A00-1-25\n\nPunkt 8: Budget\n\n00.30.00-S00-2-25\n\nBeslutning\n\nGodkendt.\n';
  assert.deepEqual(parseReferat(below).items.map((it) => [it.number, it.caseNumber?.text]), [[7, '00.01.00-A00-1-25'], [8, '00.30.00-S00-2-25']]);
});

test('"• 7 Title" bullets without a full stop, under "<Byrådet> - Referat fra mødet den …"', () => {
  const text = 'Byrådet - Referat fra mødet den 04-03-2025\n\nReferat\n\n • 7 Valg af formand for Klimaudvalget (orienteringssag)\n  • Sagsfremstilling\n\n   Byrådet skal vælge en formand.\n\n • 8 Budgetopfølgning\n  • Beslutning\n\n   Godkendt.\n';
  const doc = parseReferat(text);
  assert.deepEqual(items(text), [[7, 'Valg af formand for Klimaudvalget (orienteringssag)'], [8, 'Budgetopfølgning']]);
  assert.equal(doc.meeting.committee?.value, 'Byrådet');
  // A decision's bulleted count in lower case is no item.
  assert.deepEqual(items('1. Budget\n\nSagsnr.: 24/1\n\nBeslutning\n\n • 2 medlemmer stemte imod.\n • 5 medlemmer stemte for.\n'), [[1, 'Budget']]);
});

test('a long list on consecutive lines in an item\'s Sagsfremstilling ("1. Name (A)" … "12. Name (V)") opens no item past the item numbers', () => {
  const names = ['Anna Holm (A)', 'Bent Lund (V)', 'Carla Friis (C)', 'Dan Krog (O)', 'Eva Bach (F)', 'Finn Dal (A)', 'Gry Mose (V)', 'Hans Vig (B)', 'Ida Skov (Ø)', 'Jens Bro (A)', 'Kim Lind (V)', 'Lis Nørby (I)'];
  const text = [
    '1. Godkendelse af dagsorden', 'Resume', 'Dagsordenen skal godkendes.', 'Beslutning', 'Godkendt.',
    '2. Valg af formand', 'Resume', 'Byrådet vælger en formand.', 'Beslutning', 'Valgt.',
    '3. Byrådets medlemmer 2026-2029', 'Resume', 'Byrådets sammensætning.', 'Sagsfremstilling', 'Ved valget blev følgende valgt:\n\n' + names.map((n, k) => ` ${k + 1}. ${n}`).join('\n'),
  ].join('\n\n');
  assert.deepEqual(items(text).map(([n]) => n), [1, 2, 3]);
});

test('a table\'s column header "Punkt Titel" over a row "16 Title" names the number an item\'s, even for a meeting\'s only item', () => {
  const one = ['Dagsorden', '', 'ANDRE SAGER', 'Punkt Titel', '42 Valg af medlemmer til skolebestyrelsen', 'Resume', '', 'Kort tekst.', '', 'Sagsfremstilling', '', 'Længere tekst.', ''].join('\n');
  assert.deepEqual(items(one), [[42, 'Valg af medlemmer til skolebestyrelsen']]);
  // Without the column header a lone "42 Title" row stays a line of text: a table of figures has rows like it.
  assert.deepEqual(items(one.replace('Punkt Titel\n', '')), []);
});

test('"Punkt 28 blev behandlet før punkt 27": a sentence of a decision that starts with an item number opens no item', () => {
  const decisions = ['Beslutning', '', 'Punkt 9 behandles som punkt 3 og sidst på den åbne del.', '', 'Godkendt.', ''];
  // Items whose headings the page folded away: only their sections are in the text.
  const text = ['Referat fra byrådet', '', 'Åben', '', ...decisions, 'Åben', '', 'Indstilling', '', 'Direktøren indstiller, at sagen godkendes.', '', 'Beslutning', '', 'Godkendt.', ''].join('\n');
  assert.deepEqual(items(text), []);
  // "Punkt 9: behandling af klager" with its colon stays a heading, whatever the case of its title.
  assert.deepEqual(items(text.replace('Punkt 9 behandles som punkt 3 og sidst på den åbne del.', 'Punkt 9: behandling af klager')), [[9, 'behandling af klager']]);
});

test('a PDF copy\'s case number above an item number alone ("00.01.00-K01-1-16" / "1." / "Title") is that item\'s', () => {
  const text = [
    'Åben dagsorden', 'Byrådet', '12. marts 2024',
    '02.04.00-A00-3-24', '1.', 'Ny plan for byens torve', 'Resumé', 'Planen skal i høring.', 'Beslutning', 'Godkendt.',
    'Byrådet', '12. marts 2024', '00.30.10-S00-1-24', '2.', 'Regnskab for havnen', 'Resumé', 'Havnen har sendt sit regnskab.',
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.title.value, it.caseNumber?.text]), [
    [1, 'Ny plan for byens torve', '02.04.00-A00-3-24'],
    [2, 'Regnskab for havnen', '00.30.10-S00-1-24'],
  ]);
});

test('"• 307." alone over its title under a long line with no full stop: a bullet opens a new block, it continues no paragraph', () => {
  const text = [
    'Udvalg: Teknisk Udvalg', '',
    'Sager der blev behandlet på mødet i udvalget denne gang: Vis alle sager', '  • 41.', '    Godkendelse af dagsorden', '',
    '    • Punktoplysninger', '', '      Sagsnr.: 00.22.02-G01-7-24', '', '    • Resume', '', '      Dagsordenen godkendes.', '',
  ].join('\n');
  assert.deepEqual(items(text), [[41, 'Godkendelse af dagsorden']]);
  // The case number under the block label "• Punktoplysninger" is the item's.
  assert.equal(parseReferat(text).items[0].caseNumber?.text, '00.22.02-G01-7-24');
});

test('a page\'s running date ("12. marts 2024", or under a page number "26") is no contents entry and no item', () => {
  const text = [
    'Holmby Kommune – Byrådet', 'Dagsorden', 'Indholdsfortegnelse', 'Pkt.', 'Tekst', 'Side',
    '1', 'Godkendelse af dagsorden', '3', '2', 'Regnskab for havnen', '4',
    '12. marts 2024', '2', 'Holmby Kommune – Byrådet', 'Dagsorden',
    '1. Godkendelse af dagsorden', '00.01.00-A00-1-24', 'Sagsfremstilling', 'Dagsordenen godkendes.',
    '12. marts 2024', '3', 'Holmby Kommune – Byrådet', 'Dagsorden',
    '2. Regnskab for havnen', '00.30.10-S00-2-24', 'Sagsfremstilling', 'Havnen har sendt sit regnskab.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => it.number), [1, 2]);
  const titles = (d: typeof doc) => (d.toc?.entries ?? []).map((e) => e.title.value);
  assert.deepEqual(titles(doc), ['Godkendelse af dagsorden', 'Regnskab for havnen']);
  // With its page's number above it, the running date opens no entry either.
  const paged = parseReferat(text.replace('4\n12. marts 2024', '4\n26\n12. marts 2024'));
  assert.ok(!titles(paged).some((t) => /marts/.test(t)), JSON.stringify(titles(paged)));
});

test('a number glued to its title by a web page\'s copy ("38Godkendelse af dagsorden") opens an item, on a dagsorden with no cue under the first', () => {
  const text = [
    'Kulturudvalgets møde den 3. marts 2025', 'Mødelokale 4 kl. 15.00', 'Dagsorden', 'Fold alle punkter',
    '57Godkendelse af dagsorden',
    '58Beslutning om ny biblioteksplan', 'Resume', 'Planen beskriver bibliotekernes åbningstider.', 'Indstilling', 'Administrationen indstiller, at:',
    '  1. Planen godkendes.', 'Sagsfremstilling', '3F og FOA har haft planen i høring.', '2025Budgettet er uændret.',
  ].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(items(text), [[57, 'Godkendelse af dagsorden'], [58, 'Beslutning om ny biblioteksplan']]);
  assert.equal(text.slice(doc.items[1].title.span.start, doc.items[1].title.span.end), 'Beslutning om ny biblioteksplan');
});

test('a decision that quotes its item\'s heading ("Dagsordenspunkt 3: Title" under the Beslutning), then numbers the members present, opens no item', () => {
  const text = [
    '3. Godkendelse af dagsorden', 'Sagsfremstilling', '.....', 'Beslutning',
    'Dagsordenspunkt 3: Godkendelse af dagsorden', 'Kulturudvalgets beslutning i mødet den 4. maj 2021', 'Mødet blev holdt på video.',
    'Til stede var:', '1. Borgmester Anne Holm (A)', '2. Peter Lund (V)', '3. Sara Berg (F)', '4. Ole Dam (C)',
    'Dagsordenen blev godkendt.',
  ].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(items(text), [[3, 'Godkendelse af dagsorden']]);
  // The item opens at its own heading, not at the quote: its Sagsfremstilling is its own.
  assert.equal(doc.items[0].heading.start, 0);
  assert.ok(doc.items[0].sections.some((s) => s.kind === 'Sagsfremstilling'));
  // The decision's text, under its last heading ("Kulturudvalgets beslutning i mødet den …" is one too).
  const decision = doc.items[0].sections.filter((s) => s.kind === 'Beslutning').pop();
  assert.match(decision ? text.slice(decision.body.start, decision.body.end) : '', /Dagsordenen blev godkendt/);
});

test('an item below a decision keeps its place when the contents above list it with the same title (no quote of the item it follows)', () => {
  const text = [
    'Pkt. Tekst', '7 Godkendelse af dagsorden', '8 Vejplan for midtbyen',
    '7. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    '8. Vejplan for midtbyen', 'Resumé', 'Planen skal i høring.', 'Beslutning', 'Godkendt.',
  ].join('\n\n');
  assert.deepEqual(items(text), [[7, 'Godkendelse af dagsorden'], [8, 'Vejplan for midtbyen']]);
});

test('contents copied a column at a time (the numbers, then the titles, then the pages) are no items; the body\'s first item is', () => {
  const text = [
    'Teknisk Udvalg', 'Referat', 'Mødedato:', 'Tirsdag den 04-03-2014',
    'Indholdsfortegnelse', 'Sag nr. Side',
    '41.', '42.', '43.',
    'Orientering fra formanden', 'Vejplan for midtbyen', 'Ny cykelsti ved skolen',
    '44. Salg af grund i Nordby', '45. Renovering af broen over åen', '46. Vintertjeneste 2014',
    '47. Trafiksikkerhedsplan', '48. Parkering ved stationen', '49. Ny belysning på torvet', '50. Asfaltpulje',
    '51. LUKKET SAG Køb af ejendom',
    'Bilagsoversigt', '41', '42', '43', '45', '46', '47', '48', '48', '49', '50', '51', '52',
    'Teknisk Udvalg, Tirsdag den 04-03-2014', '41',
    '41. Orientering fra formanden', '14/2345', 'Åben sag', 'Beslutning i Teknisk Udvalg den 04-03-2014', 'Taget til efterretning.',
  ].join('\n');
  assert.deepEqual(items(text), [[41, 'Orientering fra formanden']]);
});

test('"• 57 - Title" (a page announcing the agenda, the number and a spaced dash) opens an item with the title after the dash', () => {
  const text = [
    'Dagsorden for mødet 3. marts', '', 'Til behandling (åbne punkter)', '',
    ' • 57 - Første budgetopfølgning 2020', ' • 58 - Likviditetslån', ' • 59 - Færgefart - regnskab 2019', '',
    'Til orientering (åbne punkter)', '', ' • 60 - Regnskab for kulturmødet',
  ].join('\n');
  assert.deepEqual(items(text), [[57, 'Første budgetopfølgning 2020'], [58, 'Likviditetslån'], [59, 'Færgefart - regnskab 2019'], [60, 'Regnskab for kulturmødet']]);
});

test('a contents grouped by kind, one entry listed out of order ("6 …", "17 …" under A, then "7 …" under B), keeps every entry', () => {
  const text = [
    'Referat', 'til', 'mødet i Teknisk Udvalg', 'den 3. marts 2017 kl. 08:30', '',
    'A. Sager til afgørelse i byrådet', '1 Vejplan for midtbyen', '2 Ny cykelsti ved skolen', '17 Investeringsprojekter',
    'B. Sager til afgørelse i udvalget', '3 Parkering ved stationen', '4 Vintertjeneste',
    'C. Orientering', '5 Orientering om lufthavnen', '',
    'A. Sager til afgørelse i byrådet', '', '1. Vejplan for midtbyen', 'Åbent - 01.00.00-G01-93-16', 'RESUMÉ', '', 'Planen beskrives.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual((doc.toc?.entries ?? []).map((e) => e.title.value), ['Vejplan for midtbyen', 'Ny cykelsti ved skolen', 'Investeringsprojekter', 'Parkering ved stationen', 'Vintertjeneste', 'Orientering om lufthavnen']);
  assert.deepEqual(items(text), [[1, 'Vejplan for midtbyen']]);
});

test('a contents copied a column at a time pairs its numbers column with the titles below it (a wrapped title\'s second line starts small)', () => {
  const text = [
    'Teknisk Udvalg', 'Referat', 'Mødedato:', 'Tirsdag den 04-03-2014',
    'Indholdsfortegnelse', 'Sag nr. Side',
    '41.', '42.', '43.',
    'Orientering fra formanden', 'Vejplan for midtbyen med nye', 'cykelstier', 'Ny cykelsti ved skolen',
    '44. Salg af grund i Nordby', '45. Renovering af broen over åen', '46. Vintertjeneste 2014',
    '47. Trafiksikkerhedsplan', '48. Parkering ved stationen', '49. Ny belysning på torvet', '50. Asfaltpulje',
    '51. LUKKET SAG Køb af ejendom',
    'Bilagsoversigt', '41', '42', '43', '45', '46', '47', '48', '48', '49', '50', '51', '52',
    'Teknisk Udvalg, Tirsdag den 04-03-2014', '41',
    '41. Orientering fra formanden', '14/2345', 'Åben sag', 'Beslutning i Teknisk Udvalg den 04-03-2014', 'Taget til efterretning.',
  ].join('\n');
  const doc = parseReferat(text);
  const entries = (doc.toc?.entries ?? []).map((e) => e.title.value);
  assert.deepEqual(entries.slice(0, 4), ['Orientering fra formanden', 'Vejplan for midtbyen med nye cykelstier', 'Ny cykelsti ved skolen', 'Salg af grund i Nordby']);
  assert.equal(doc.toc?.entries[0].item, 41);
  assert.deepEqual(items(text), [[41, 'Orientering fra formanden']]);
});

test('an agenda whose closed part is numbered anew ("Lukkede dagsordenspunkter" / "1. Lukket punkt: …") is no contents of it', () => {
  const text = [
    'Dagsorden til kommunalbestyrelsesmøde torsdag 28. maj kl. 18', '', 'Åbne dagsordenspunkter', '',
    ' 1. Lovligt forfald', ' 2. Budgetopfølgning 1', ' 3. Vejplan for midtbyen', ' 4. Ny cykelsti ved skolen', '',
    'Lukkede dagsordenspunkter', '', ' 1. Lukket punkt: Salg af grund', ' 2. Lukket punkt: Køb af ejendom', '',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.toc?.entries ?? [], []);
  assert.deepEqual(items(text), [[1, 'Lovligt forfald'], [2, 'Budgetopfølgning 1'], [3, 'Vejplan for midtbyen'], [4, 'Ny cykelsti ved skolen']]);
});

test('a bulleted list of folding blocks named by a keyword ("• Punkt 1 Title", "• Pkt. 42 Title" over its copy "Pkt. 42" / "Title"): each bullet opens its item', () => {
  const text = [
    'Byrådet - 5. marts 2024',
    '  • Punkt 1 Godkendelse af dagsorden', '    Beslutningstema', '    Byrådet skal godkende dagsordenen.', '    Beslutning Byrådet den 05-03-2024', '    Godkendt.',
    '  • Punkt 2 Salg af grund ved havnen(Lukket)',
    '  • Punkt 3 Regnskab 2023', '    Indstilling', '    Direktionen indstiller,', '    • at regnskabet godkendes', '    Sagsfremstilling', '    Regnskabet viser et overskud.',
  ].join('\n\n');
  assert.deepEqual(items(text).map(([n]) => n), [1, 2, 3]);
  const copied = [
    'Referat',
    ' • Pkt. 7 Meddelelser fra formanden', '  Pkt. 7', '  Meddelelser fra formanden', '  Sagsnr. 41234 Miljøudvalget Åbent punkt', '  Beslutning', '  Intet.',
    ' • Pkt. 8 Ny plan for stierne', '  Plan_2024.pdf Kort.pdf', '  Pkt. 8', '  Ny plan for stierne', '  Sagsnr. 41299 Miljøudvalget Åbent punkt', '  Indstilling', '  Forvaltningen indstiller, at planen drøftes.', '  Beslutning', '  Drøftet.',
  ].join('\n\n');
  const doc = parseReferat(copied);
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text, lineOf(copied, it.heading.start)]), [
    [7, 'Meddelelser fra formanden', '41234', 3],
    [8, 'Ny plan for stierne', '41299', 15],
  ]);
  // The next item's bullet is no point of this item's decision.
  assert.deepEqual(doc.items[0].sections.map((s) => [s.kind, s.points.length]), [['Beslutning', 0]]);
});

test('"1 Åbent Title" (a bare number, then the access word) is an item heading though no case number of a known shape follows', () => {
  const text = [
    'Dagsorden til møde i Miljøudvalget', 'Møde i Miljøudvalget den 3. marts 2024',
    '1 Åbent Meddelelser fra formanden', '123456-2024', '______',
    'Møde i Miljøudvalget den 3. marts 2024',
    '2 Åbent Vejplan for midtbyen', '123457-2024', 'Resumé', 'Planen skal i høring.',
  ].join('\n\n');
  assert.deepEqual(items(text), [[1, 'Meddelelser fra formanden'], [2, 'Vejplan for midtbyen']]);
});

test('a copy without form feeds whose pages break inside the contents ("3. marts 2024" / "2" / "Byen Kommune – Byrådet" / "Dagsorden") keeps the contents going; the page\'s lines are furniture', () => {
  const pageBreak = (n: number) => ['3. marts 2024', String(n), 'Byen Kommune – Byrådet', 'Dagsorden'];
  const entry = (n: number, title: string, page: number) => [String(n), title, String(page)];
  const text = [
    'Byen Kommune – Byrådet', 'Dagsorden', 'Mødedato:', '3. marts 2024', 'Mødelokale:', 'Byrådssalen',
    ...pageBreak(1).slice(0, 1), 'Byen Kommune – Byrådet', 'Dagsorden', 'Indholdsfortegnelse', 'Pkt.', 'Tekst', 'Side',
    ...entry(1, 'Godkendelse af dagsorden', 3), ...entry(2, 'Budget 2025 - første behandling', 4), ...entry(3, 'Vejplan for midtbyen', 5),
    ...pageBreak(2),
    ...entry(4, 'Salg af grund ved havnen', 6), 'Lukkede dagsordenspunkter', ...entry(5, 'Eventuelt', 7),
    ...pageBreak(3),
    '1. Godkendelse af dagsorden', '00.01.00-A00-1-24', 'Sagsfremstilling', 'Dagsordenen skal godkendes.',
    '2. Budget 2025 - første behandling', '00.30.00-S00-2-24', 'Sagsfremstilling', 'Budgettet er klar.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.toc?.entries.map((e) => e.title.value), ['Godkendelse af dagsorden', 'Budget 2025 - første behandling', 'Vejplan for midtbyen', 'Salg af grund ved havnen', 'Eventuelt']);
  assert.deepEqual(items(text), [[1, 'Godkendelse af dagsorden'], [2, 'Budget 2025 - første behandling']]);
  // The page's own lines are furniture, the meeting's header lines above are not.
  const furniture = doc.furniture.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(furniture.filter((f) => /^\d+$/.test(f)), ['2', '3']);
});

test('entries under a contents heading that end with their page ("1 (Åben) Title 4") are the contents, also where the copy ends before the items', () => {
  const text = [
    'Referat', '', 'Referat - Regionsrådet', '', '08-03-2021 16:00', '', 'Indholdsfortegnelse', '',
    '1 (Åben) Godkendelse af dagsorden 4', '', '2 (Åben) Plan for sygehusene 2021-2025 5', '', '3 (Åben) Lån til byggeri 9', '',
    '4 (Åben) Bevillinger marts 2021 14', '', '5 (Åben) Udpegning af medlemmer t',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(items(text), []);
  assert.deepEqual((doc.toc?.entries ?? []).map((e) => [e.title.value, e.pages]), [["Godkendelse af dagsorden", [4]], ["Plan for sygehusene 2021-2025", [5]], ["Lån til byggeri", [9]], ["Bevillinger marts 2021", [14]], ["Udpegning af medlemmer t", []]]);
});

test('a PDF\'s text without blank lines: a heading right under a long attachment line ("Bilag: …" with no full stop) is an item, not the line\'s wrapped end', () => {
  const item = (n: number, title: string, decision: string[], attachment: string) => [
    `${n}. ${title}`, 'Beslutning', ...decision, 'Sagsfremstilling',
    'Forvaltningen har gennemgået sagen og lægger den frem for udvalget.', `Bilag: Bilag 1. ${attachment}`,
  ];
  const points = ['1. Økonomiudvalget anbefaler over for Byrådet, at indstillingen godkendes.', '2. Økonomiudvalget anbefaler over for Byrådet, at budgettet godkendes.', '3. Økonomiudvalget anbefaler over for Byrådet, at taksterne godkendes.'];
  const text = ['Referat', 'Økonomiudvalget',
    ...item(1, 'Budget 2026', points, 'Budgetforslag for årene 2026 til 2029 med bemærkninger og noter'),
    ...item(2, 'Takster for svømmehallen', ['Godkendt.'], 'Takstblad for svømmehallen og de tilhørende vilkår'),
    ...item(3, 'Meddelelser', ['Taget til efterretning.'], 'Oversigt')].join('\n');
  assert.deepEqual(items(text), [[1, 'Budget 2026'], [2, 'Takster for svømmehallen'], [3, 'Meddelelser']]);
});

test('an item\'s number alone at a page\'s foot, its title on the next page: the page break and its blank lines stand between them', () => {
  // A PDF's text: the page's empty foot kept as blank lines, then its number, the form feed and the next page's running header.
  const pageBreak = (n: number) => ['', '', '', '', `Side ${n} af 4`, '\fHolmby Kommune', '', 'Referat 3. marts 2025', ''];
  const paragraphs = ['Forvaltningen har gennemgået sagen.', '', 'Sagen lægges frem til orientering.', '', 'Der er ingen økonomiske konsekvenser.', ''];
  const item = (n: number, title: string, breakAfterNumber: boolean) => [
    `${n}.`, ...(breakAfterNumber ? pageBreak(n) : ['']), title, '', `Sagsnr.: 25-00${n}`, '', 'Sagsfremstilling', '', ...paragraphs, 'Beslutning', '', 'Godkendt.', '',
  ];
  const text = [
    'Holmby Kommune', '', 'Referat 3. marts 2025', '', ...item(1, 'Regnskab for havnen', false), ...item(2, 'Takster for svømmehallen', true),
    ...paragraphs, ...pageBreak(3).slice(3), ...paragraphs, ...item(3, 'Meddelelser', true), ...paragraphs, 'Side 4 af 4',
  ].join('\n');
  assert.deepEqual(items(text), [[1, 'Regnskab for havnen'], [2, 'Takster for svømmehallen'], [3, 'Meddelelser']]);
});

test('lines wrapped at a narrow column: a year alone under a title is its end, and "punkt 83:" under a decision heading ends the heading; neither opens an item', () => {
  const text = [
    'Referat', 'Økonomiudvalget', '',
    '3', 'Materiale til udvalgets første tekniske behandling af budget', '2026', '', 'Sagsnr.: 25-0031', '', 'Sagsfremstilling', '', 'Tekst.', '',
    'Beslutning børn og familieudvalget den 15. september 2020', 'punkt 83:', '', '1. Drøftet.', '',
    '4', 'Materiale til udvalgets anden tekniske behandling af budget', '2026', '', 'Sagsnr.: 25-0032', '', 'Beslutning', '', 'Godkendt.', '',
  ].join('\n');
  assert.deepEqual(items(text), [[3, 'Materiale til udvalgets første tekniske behandling af budget 2026'], [4, 'Materiale til udvalgets anden tekniske behandling af budget 2026']]);
});

test('"LUKKET PUNKT - Title" in a contents: the title after the dash; a number alone over a case number (a closed entry without its title) is no entry titled with the case number', () => {
  const text = [
    'Dagsorden', '', '  1. Budget 2022', '  2. Meddelelser', '  3. LUKKET PUNKT - Redegørelse om en hændelse', '', '', '  Sagsnr. 21/3307', '  1. Budget 2022', '  Resume', '  Tekst.', '',
  ].join('\n');
  assert.deepEqual((parseReferat(text).toc?.entries ?? []).map((e) => e.title.value), ['Budget 2022', 'Meddelelser', 'Redegørelse om en hændelse']);
  const column = ['Referat', '', 'Pkt. Tekst', '313 Godkendelse af dagsorden', '314 Budget 2020', '315', '00.01.00-G01-24-17', '', '313. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', ''].join('\n');
  const doc = parseReferat(column);
  assert.ok((doc.toc?.entries ?? []).every((e) => !/\d{2}\.\d{2}\.\d{2}-/.test(e.title.value)), JSON.stringify((doc.toc?.entries ?? []).map((e) => e.title.value)));
  assert.deepEqual(doc.items.map((it) => [it.number, it.caseNumber?.text]), [[313, '00.01.00-G01-24-17']]);
});

test('entries under a contents heading with the number, the title and the page each on a line of its own are the contents, also where the copy ends before the items and the heading is glued to the line above', () => {
  const text = [
    'Referat', '', 'Møde i Regionsrådet', '', 'mandag den 6. januar 2020 kl. 16:00', '', 'Deltagere:', '', 'Lis Berg (A)', '',
    'Bo Dam (B)Indholdsfortegnelse åbent møde', '',
    '1.', '', 'Godkendelse af dagsorden', '', '4', '',
    '2.', '', 'Nyt medlem af rådet', '', '4', '',
    '3.', '', 'Aftaler for 2020', '', '6', '',
    '4.', '', 'Plan for sygehuset', '', '9', '',
    '5.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(items(text), []);
  assert.deepEqual((doc.toc?.entries ?? []).map((e) => e.title.value), ['Godkendelse af dagsorden', 'Nyt medlem af rådet', 'Aftaler for 2020', 'Plan for sygehuset']);
});

test('a page that only lists its items, the closed ones last as "Lukket punkt.", keeps every one: the closed titles are no cue that makes the open ones a list', () => {
  const open = ['Godkendelse af dagsorden', 'Orientering om økonomien', 'Medlemsforslag om cykelstier', 'Lånesag 2022', 'Udpegning til bestyrelsen', 'Regnskab for havnen'];
  const text = ['Referat', '', 'Punkter på dagsordenen', '', ...open.map((t, k) => ` ${k + 1}. ${t}`), ' 7. Lukket punkt.', ' 8. Lukket punkt.', ' 9. Lukket punkt.', ' 10. Underskriftsark', '', 'Medlemmer', ''].join('\n');
  assert.deepEqual(items(text).map(([n]) => n), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test("a title that opens with an ordinal ('2. behandling af …') keeps it after the item's own number", () => {
  const body = 'Sagsnr.: 24-1000\n\nSagsfremstilling\n\nTekst.\n\n';
  // The number then the title ("2: 2. behandling"), and a list whose title repeats the number's digit.
  assert.deepEqual(items('Referat\nØkonomiudvalget\n\n1: Godkendelse af dagsorden\n\n' + body + '2: 2. behandling af budgettet for 2027-2030\n\n' + body),
    [[1, 'Godkendelse af dagsorden'], [2, '2. behandling af budgettet for 2027-2030']]);
  assert.deepEqual(items('Dagsorden\nByrådet\n\nDisse punkter behandles:\n 1. Mødekalender 2027\n 2. 2. behandling af skatteprocenten\n 3. Eventuelt\n'),
    [[1, 'Mødekalender 2027'], [2, '2. behandling af skatteprocenten'], [3, 'Eventuelt']]);
  // The same number twice before a capital is still one heading written twice.
  assert.deepEqual(items('Referat\nØkonomiudvalget\n\n 1.  1. Godkendelse af dagsorden\n\n' + body), [[1, 'Godkendelse af dagsorden']]);
});
