// Copies of minutes PDFs with a page per paragraph (docplayer's "Transkript" and the like), in
// the shapes other municipalities' systems give them: a contents page whose numbered entries run
// on with dot leaders, a copy cut off after two pages, headings in capitals, case numbers whose
// label was lost, the earlier treatments under a title, and a decision labelled with the
// meeting and the item's number. Every string here is made up in those shapes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minutesKind, parseReferat } from '../../server/src/parser';

const filler = 'Teksten fortsætter her med flere oplysninger om sagen, så siden får en længde som en rigtig side. '.repeat(3);
const page = (n: number, text: string) => `${n} ${text}`;
const transcript = (...pages: string[]) => ['Fjordby Kommune. Byrådet. Referat', '', 'Transkript', '', ...pages.flatMap((p, k) => [page(k + 1, p), ''])].join('\n');
const outline = (text: string) => parseReferat(text).items.map((it) => [it.number, it.title.value, it.caseNumber?.text ?? null, it.sections.map((s) => s.kind)]);

test('a contents page whose numbered entries run on with leaders opens no items; the body heading on a later page does', () => {
  const text = transcript(
    `Fjordby Kommune Byrådet Referat Dato: Tirsdag den 12-marts-2019 Mødested: Rådhuset ${filler}`,
    'Indholdsfortegnelse Til orientering...i 41. Orientering om regnskab for vandværket...i 42. Salg af grund på Havnevej...ii 43. Budget iii 44. SPØRGETID...iv Til behandling - for lukkede døre...iv 45. Lukket sag: Køb af ejendom...iv',
    `Side i Til orientering 41. Orientering om regnskab for vandværket J.nr.:. Sagsid.: Initialer: Åben sag Teknisk afdeling fremlægger regnskabet. ${filler}`,
  );
  assert.deepEqual(outline(text), [[41, 'Orientering om regnskab for vandværket', null, []]]);
});

test('a copy cut off after two long pages is still read as pages; two short numbered lines are not', () => {
  const text = [
    'Referat Kulturudvalget',
    '',
    page(1, `Referat Kulturudvalget Mødedato: 3. april 2012 Deltagere: Anne Hansen, Bo Jensen ${filler}`),
    '',
    page(2, `Kulturudvalgets møde den Budget for museet /1234 Beslutningstema: Budgettet forelægges. Beslutning i den : Godkendt. 7. Tilskud til spejderhytte 12/34567 Beslutningstema: Spejderne søger tilskud til en ny hytte. ${filler}`),
  ].join('\n');
  const doc = parseReferat(text);
  assert.equal(doc.format, 'page-per-line transcript');
  assert.deepEqual(outline(text), [[7, 'Tilskud til spejderhytte', '12/34567', []]]);
  const list = '1 Mælk og brød\n\n2 Æbler\n';
  assert.equal(parseReferat(list).format, 'line-structured');
});

test('headings in capitals and a decision whose committee the copy lost are sections inline', () => {
  const text = transcript(
    `ÅBEN DAGSORDEN ØKONOMIUDVALG Mødedato: 5. maj 2015 Mødested: Byrådssalen ${filler}`,
    'INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Budgetopfølgning Salg af byggegrunde Samlet bilagsliste... 1',
    `1. BUDGETOPFØLGNING 2015 Sagsnr Dok.nr Sagsbeh. Hanne Lund ÅBENT INDSTILLING Direktionen indstiller, at budgetopfølgningen godkendes. SAGSFREMSTILLING Udvalget får status. Beslutning i den : Godkendt. ${filler}`,
  );
  assert.deepEqual(outline(text), [[1, 'BUDGETOPFØLGNING 2015', null, ['Indstilling', 'Beslutning']]]);
});

test("an item's earlier treatments end its title; its decision is labelled with the meeting and its number", () => {
  const text = transcript(
    `Møde i Kommunalbestyrelsen mandag den 4. juni 2007 REFERAT INDHOLDSFORTEGNELSE 1... Meddelelser Ny vedtægt for skolebestyrelser Renovering af hallen ${filler}`,
    `Kommunalbestyrelsens møde 4. juni 2007 Punkt 1: Ingen meddelelser. BØRN OG UNGE 2. Ny vedtægt for skolebestyrelser Børneudvalget den 10. maj 2007, pkt. 6 Økonomiudvalgets møde 22. maj 2007 Punkt 9: Anbefales. Kommunalbestyrelsens møde 4. juni 2007 Punkt 2: Godkendt. ${filler}`,
  );
  const items = parseReferat(text).items;
  assert.deepEqual(items.map((it) => [it.number, it.title.value]), [[2, 'Ny vedtægt for skolebestyrelser']]);
  // The committee's earlier decision (another number) is not this meeting's.
  const decision = items[0].sections.find((s) => s.kind === 'Beslutning')!;
  assert.equal(text.slice(decision.heading.span.start, decision.heading.span.end), 'Kommunalbestyrelsens møde 4. juni 2007 Punkt 2:');
  assert.equal(decision.outcome, 'godkendt');
});

test('a heading written "Punkt nr. 413:" is confirmed by its own decision\'s label, as "413." is', () => {
  const text = transcript(
    `side 1 Åbent referat for Byrådets møde den kl. 17:00 Tilgår pressen ${filler}`,
    `side 2 Punkt nr. 412: Spørgetid for borgerne K11 sagsnr Byrådets møde punkt 412: En borger spurgte til busserne. Punkt nr. 413: Vejplan for midtbyen G01 sagsnr Økonomiudvalgets møde punkt 208: Anbefales. Byrådets møde punkt 413: Godkendt. ${filler}`,
  );
  assert.deepEqual(
    parseReferat(text).items.map((it) => [it.number, it.title.value]),
    [
      [412, 'Spørgetid for borgerne'],
      [413, 'Vejplan for midtbyen'],
    ],
  );
});

test("a page that opens with a title whose number the copy lost is the item its decision's label names ('Byrådets møde punkt 412:'); a heading confirmed by its own label is one too; another body's label names none", () => {
  const text = transcript(
    `side 1 Åbent referat for Byrådets møde den kl. 17:00 Tilgår pressen ${filler}`,
    'side 2 Indholdsfortegnelse: 412. Spørgetid for borgerne Vejplan for midtbyen Salg af grund på Havnevej',
    `side Spørgetid for borgerne K11 sagsnr Byrådets møde punkt 412: En borger spurgte til busserne, og borgmesteren svarede. 413. Vejplan for midtbyen G01 sagsnr Økonomiudvalgets møde punkt 208: Anbefales. Byrådets møde punkt 413: Godkendt. ${filler}`,
    `side Salg af grund på Havnevej K02 sagsnr Økonomiudvalgets møde punkt 209: Anbefales over for byrådet. Byrådets møde punkt 414: Godkendt. ${filler}`,
  );
  const items = parseReferat(text).items;
  assert.deepEqual(outline(text), [
    [412, 'Spørgetid for borgerne', null, ['Beslutning']],
    [413, 'Vejplan for midtbyen', null, ['Beslutning']],
    [414, 'Salg af grund på Havnevej', null, ['Beslutning']],
  ]);
  const decision = items[2].sections.find((s) => s.kind === 'Beslutning')!;
  assert.equal(text.slice(decision.heading.span.start, decision.heading.span.end), 'Byrådets møde punkt 414:');
  // A heading whose own label stands on the next page is still confirmed by it; the next page's
  // opening words, the heading's text run on, are no title.
  const overPages = transcript(
    `side 1 Åbent referat for Byrådets møde den kl. 17:00 Tilgår pressen ${filler}`,
    `side Salg af grund på Havnevej K02 sagsnr Byrådets møde punkt 414: Godkendt. 415. Ny busplan for byen G01 sagsnr Økonomiudvalgets møde punkt 210: Anbefales.`,
    `side Kommunaldirektøren supplerede sagsnr Byrådets møde punkt 415: Godkendt. ${filler}`,
  );
  assert.deepEqual(outline(overPages).map(([n, t]) => [n, t]), [[414, 'Salg af grund på Havnevej'], [415, 'Ny busplan for byen']]);
  // A page that opens with its running header (the body and the meeting's date) has no title there.
  const headed = transcript(
    `side 1 Åbent referat for Byrådets møde den kl. 17:00 Tilgår pressen ${filler.repeat(3)}`,
    `Byrådet 12. marts 2012 Salg af grund på Havnevej K02 sagsnr Byrådets møde punkt 414: Godkendt. ${filler.repeat(3)}`,
  );
  assert.equal(parseReferat(headed).format, 'page-per-line transcript');
  assert.deepEqual(outline(headed), []);
  // Only another body's label on the page (an earlier treatment): no item from it.
  const earlierOnly = transcript(
    `side 1 Åbent referat for Byrådets møde den kl. 17:00 Tilgår pressen ${filler.repeat(3)}`,
    `side Salg af grund på Havnevej K02 sagsnr Økonomiudvalgets møde punkt 209: Anbefales over for byrådet. ${filler.repeat(3)}`,
  );
  assert.equal(parseReferat(earlierOnly).format, 'page-per-line transcript');
  assert.deepEqual(outline(earlierOnly), []);
  // The same page with this meeting's label is the item.
  assert.deepEqual(outline(earlierOnly.replace('Økonomiudvalgets møde punkt 209', 'Byrådets møde punkt 414')).map(([n, t]) => [n, t]), [[414, 'Salg af grund på Havnevej']]);
});

test("a front page listing the agenda as 'N. J.nr. X Title' opens no item where an entry's number was lost ('4. J.nr. 31 Title J.nr. 77 Title'): the second label is the next entry's, not the first's case", () => {
  const text = transcript(
    'PROTOKOL fra bestyrelsesmøde i Fjordaffald onsdag d. 4. maj 2011 kl Værket, Havnevej 3 1. Formanden orienterer 2. Direktionen orienterer 3. J.nr. 12 Salg af aktier i genbrugsselskabet 4. J.nr. 31 Ny forretningsorden for bestyrelsen J.nr. 77 Vedtægtsændringer, 1. behandling 6. Evt. Fraværende: Mødet hævet kl Side 1 af 9',
    `PROTOKOL fra bestyrelsesmøde i Fjordaffald Mødetid : onsdag den 4. maj 2011 1. Formanden orienterer Formanden fortalte om salget af grunden og om mødet med kommunen. ${filler.repeat(3)}`,
  );
  assert.deepEqual(outline(text), []);
});

test("the hosting page's title above page 1 gives the header what the front page lacks", () => {
  const text = [
    'Byrådet REFERAT. Mødedato: Torsdag den',
    '',
    'Download "Byrådet REFERAT. Mødedato: Torsdag den 27-03-2008"',
    '',
    'Transkript',
    '',
    page(1, `REFERAT Byrådet Mødedato: Torsdag den Mødested: Byrådssalen Starttidspunkt: Kl. 17:00 ${filler}`),
    '',
    page(2, `Byrådet, Indholdsfortegnelse Sag nr. Side 12. Valg af formand Budget ${filler}`),
    '',
    page(3, `12. Valg af formand Sagsnr.: 08/1234 Åben sag Byrådet skal vælge en formand. ${filler}`),
  ].join('\n');
  const doc = parseReferat(text);
  assert.equal(doc.format, 'page-per-line transcript');
  const meeting = doc.meeting;
  assert.equal(meeting.meetingDate?.value, '2008-03-27');
  assert.equal(meeting.kind, 'referat');
});

test("a PDF row that joined the case number to the text: the item's case number, its decision read inline", () => {
  const text = [
    'Referat af Byrådets møde d. 14.03.2017',
    '',
    'Punkt 41: Godkendelse af dagsorden',
    '00.22.02-A26-3-16 Beslutning Byrådet, 14.03.2017 Lone Berg var fraværende. Godkendt.',
    'Punkt 42: Salg af grund ved skolen',
    `82.02.00-G01-12-16 Resume Kompetenceudvalg: Byrådet En køber har budt på grunden. INDSTILLING Administrationen indstiller, at grunden sælges. Beslutning Byrådet, 14.03.2017 Lone Berg var fraværende. Godkendt. Sagsfremstilling ${filler}`,
  ].join('\n');
  const items = parseReferat(text).items;
  assert.deepEqual(
    items.map((it) => [it.number, it.title.value, it.caseNumber?.text, it.sections.map((s) => s.kind)]),
    [
      [41, 'Godkendelse af dagsorden', '00.22.02-A26-3-16', ['Beslutning']],
      [42, 'Salg af grund ved skolen', '82.02.00-G01-12-16', ['Indstilling', 'Beslutning']],
    ],
  );
  assert.equal(items[1].sections[1].outcome, 'godkendt');
});

test('an item of a layout with heading lines gets no sections from a sentence that names a decision', () => {
  const text = [
    'Referat', '', 'Punkt 3: Orientering om skolebyggeri', '', 'Sagsnr.: 17/2345', '',
    'Beslutning i Økonomiudvalget den 2. maj 2017 er fulgt op med en plan, som forvaltningen nu fremlægger.', '',
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((it) => it.sections.map((s) => s.kind)), [[]]);
});

test('wrapped at the page width, the decision on a line of its own: the Indstilling inline before it is still read', () => {
  const text = [
    'Byrådet 14-03-2017',
    'Punkt 43: Endelig vedtagelse af lokalplan 12',
    '01.02.05-P16-4-16 Resume Kompetenceudvalg: Byrådet',
    'Forslaget har været i høring i otte uger. Der er ikke kommet bemærkninger. INDSTILLING Administrationen',
    'indstiller, at lokalplanen vedtages endeligt.',
    'Beslutning Teknisk Udvalg, 20.02.2017 Anbefales',
    'Byrådet, 14.03.2017 Godkendt.',
  ].join('\n');
  const [item] = parseReferat(text).items;
  assert.equal(item.caseNumber?.text, '01.02.05-P16-4-16');
  assert.deepEqual(item.sections.map((s) => s.kind), ['Indstilling', 'Beslutning']);
  const recommendation = item.sections[0];
  assert.equal(text.slice(recommendation.heading.span.start, recommendation.heading.span.end), 'INDSTILLING');
  assert.ok(recommendation.span.end <= item.sections[1].span.start, 'the inline Indstilling ends where the decision heading starts');
});

test("a front page without field colons: the committee stops at the first label, the date follows 'Dato', the kind word may stand anywhere", () => {
  const text = transcript(
    `Referat Havnestad Byråd Ordinært møde Dato 12. maj 2016 Tid 19:00 Sted Byrådssalen Medlemmer Ane Holm (A) Bo Vang (V) ${filler}`,
    `Indholdsfortegnelse Åbne punkter 1. Salg af grund ved havnen...5 Side 2. Takster for vandværker...7 ${filler}`,
    `1. Salg af grund ved havnen Sagsnr.: 16/2211 Åben sag Byrådet skal tage stilling til et salg. ${filler}`,
  );
  const doc = parseReferat(text);
  assert.equal(doc.meeting.committee?.value, 'Havnestad Byråd', 'the body, not its meeting');
  assert.equal(doc.meeting.meetingDate?.value, '2016-05-12');
  const capitals = transcript(`ÅBEN DAGSORDEN TEKNISK UDVALG Mødedato: 3. marts 2015 Mødested: Rådhuset ${filler}`, `Side 2 ${filler}`, `Side 3 ${filler}`);
  assert.equal(parseReferat(capitals).meeting.kind, 'dagsorden');
});

test("the download line above page 1 keeps the date the front page's copy lost ('Mødedato:.')", () => {
  const text = [
    'SØBY KOMMUNE. REFERAT Økonomiudvalget. Mødedato: Onsdag den Mødetidspunkt: 08:00.',
    '',
    'Download "SØBY KOMMUNE. REFERAT Økonomiudvalget. Mødedato: Onsdag den 18-06-2008. Mødetidspunkt: 08:00."',
    '',
    'Transkript',
    '',
    page(1, `Mødedato:. Mødetidspunkt: 08:00. Sted: Mødelokale 1. Møde slut: 12:00 Fraværende: REFERAT ${filler}`),
    '',
    page(2, `Indholdsfortegnelse Side 1. Økonomiorientering Budget ${filler}`),
    '',
    page(3, `1. Økonomiorientering J.nr.: S00. Sagsnr.: 08/496 Sagen afgøres i: Sagsfremstilling: Økonomien er i balance. ${filler}`),
  ].join('\n');
  const doc = parseReferat(text);
  assert.equal(doc.meeting.meetingDate?.value, '2008-06-18');
  assert.equal(doc.meeting.kind, 'referat');
});

test("a transcript whose front page names the document and its date is minutes, its items found inline without sections of their own", () => {
  const text = transcript(
    `Møde i Kommunalbestyrelsen mandag den 4. juni 2007 REFERAT INDHOLDSFORTEGNELSE 1... Meddelelser Ny vedtægt for skolebestyrelser ${filler}`,
    `Ingen meddelelser. BØRN OG UNGE 2. Ny vedtægt for skolebestyrelser Børneudvalget den 10. maj 2007, pkt. 6 Resumé Vedtægten skal ændres. ${filler}`,
  );
  const doc = parseReferat(text);
  assert.equal(doc.meeting.headerDate?.value, '2007-06-04');
  assert.equal(minutesKind(doc), 'referat');
});

test('a contents page run on in one line gives numbered entries, cut at their leaders; a lost number keeps the run', () => {
  const line = 'Side 2 af 40 Indholdsfortegnelse 1. Lokalplan 12 for et boligområde ved Åen 2. Budget 2016. Godkendelse af tillæg 3. Regulativ for affald 2016 4. Valg til skolebestyrelser';
  const doc = parseReferat(['Byrådet', '', 'Protokol', '', '12-01-2016 kl. 17:00 Byrådssalen', '', line, ''].join('\n'));
  assert.deepEqual(doc.toc?.entries.map((e) => e.title.value), [
    'Lokalplan 12 for et boligområde ved Åen',
    'Budget 2016. Godkendelse af tillæg',
    'Regulativ for affald 2016',
    'Valg til skolebestyrelser',
  ]);
  const page2 = `Indholdsfortegnelse Til orientering...i 41. Regnskab for vandværket...i 42. Salg af grund...ii Til behandling - lukket...iii 44. Lukket sag: Køb af ejendom...iii 45. Eventuelt...iv`;
  const t = parseReferat(transcript(`Fjordby Kommune Byrådet Referat Dato: 12. marts 2019 ${filler}`, page2, `Side i 41. Regnskab for vandværket J.nr.:. Sagsid.: Åben sag ${filler}`));
  assert.deepEqual(t.toc?.entries.map((e) => e.title.value), ['Regnskab for vandværket', 'Salg af grund', 'Lukket sag: Køb af ejendom', 'Eventuelt']);
  assert.equal(t.toc?.entries[0].item, 41, 'the entry names its item');
  // Two numbered titles in a sentence are no contents.
  const prose = parseReferat(['Referat', '', 'Indholdsfortegnelse er vedlagt, jf. punkt 3. Budget og punkt 4. Regnskab, som udvalget drøftede på mødet i foråret med forvaltningen.', ''].join('\n'));
  assert.equal(prose.toc, null);
});

test("a run-on contents under its table's column header ('Pkt. Tekst Side') gives each entry's page apart from its title where the pages rise; without the header a number ends the title", () => {
  const contents = (header: string) =>
    `Indholdsfortegnelse ${header}Åbne dagsordenspunkter 1 Valg af medlem til havnebestyrelsen 5 2 Nye medlemmer til Det Lokale Råd 6 3 Godkendelse af turismeplan 9 4 Årsregnskab 2013 for Nordby Havn 16 5 Salg af grund ved skoven 18`;
  const entries = (header: string) =>
    parseReferat(transcript(`Fjordby Kommune Byrådet Referat Dato: 12. marts 2019 ${filler}`, contents(header))).toc?.entries.map((e) => [e.title.value, e.pages]);
  assert.deepEqual(entries('Pkt. Tekst Side '), [
    ['Valg af medlem til havnebestyrelsen', [5]],
    ['Nye medlemmer til Det Lokale Råd', [6]],
    ['Godkendelse af turismeplan', [9]],
    ['Årsregnskab 2013 for Nordby Havn', [16]],
    ['Salg af grund ved skoven', [18]],
  ]);
  assert.deepEqual(entries('')?.[3], ['Årsregnskab 2013 for Nordby Havn 16', []]);
  // "Punkt nr. Side" (Rudersdal's contents) is the same column header.
  assert.deepEqual(entries('Punkt nr. Side ')?.map(([, pages]) => pages), [[5], [6], [9], [16], [18]]);
});

test("a contents a cell a line ('5' / title / page alone) keeps a title wrapped onto a line that starts with a capital ('… for Nordby' / 'Fjernvarmeværk'); a divider after a title is none of it", () => {
  const text = [
    'Nordby Kommune – Byrådet', 'Dagsorden', 'Mødedato:', '3. marts 2015', '', 'Indholdsfortegnelse', 'Pkt.', 'Tekst', 'Side',
    '1', 'Vejplan for bymidten', '4',
    '2', 'Godkendelse af nye vedtægter for Nordby', 'Fjernvarmeværk', '6',
    '3', 'Budgetopfølgning for skolerne', 'Lukkede dagsordenspunkter', '4', 'Salg af grund', '9',
    '', '1. Vejplan for bymidten', '', 'Beslutning', '', 'Godkendt.', '',
  ].join('\n');
  assert.deepEqual(parseReferat(text).toc?.entries.map((e) => e.title.value), [
    'Vejplan for bymidten',
    'Godkendelse af nye vedtægter for Nordby Fjernvarmeværk',
    'Budgetopfølgning for skolerne',
    'Salg af grund',
  ]);
});

test("a contents page as a PDF's text gives it: a number alone above its title, a wrapped title's second line with the page, each entry naming its number", () => {
  const text = [
    'ÅBEN DAGSORDEN', 'TEKNISK UDVALG', 'Mødedato:', '3. marts 2015', '', 'INDHOLDSFORTEGNELSE', 'Sag nr.: Emne',
    '1.', 'Vintertjeneste på kommunens veje ........................ 3',
    '2.', 'Ansøgning om tilskud til ny sti mellem Nørreby og', 'Sønderby ..................................................... 5',
    '17. Trafikplan for bymidten ........................ 8',
    '18. Aftale med forsyningen om ledninger under', '', 'Torvet ........................................ 11',
    '19 Salg af grund ved havnen',
    '',
  ].join('\n');
  const doc = parseReferat(text);
  const entries = doc.toc?.entries.map((e) => [e.title.value, e.pages]);
  assert.deepEqual(entries, [
    ['Sag nr.: Emne', []],
    ['Vintertjeneste på kommunens veje', [3]],
    ['Ansøgning om tilskud til ny sti mellem Nørreby og Sønderby', [5]],
    ['Trafikplan for bymidten', [8]],
    ['Aftale med forsyningen om ledninger under Torvet', [11]],
    ['Salg af grund ved havnen', []],
  ]);
  // The wrapped title's span runs from its first line to its last.
  const wrapped = doc.toc!.entries[2].title.span;
  assert.equal(text.slice(wrapped.start, wrapped.end), 'Ansøgning om tilskud til ny sti mellem Nørreby og\nSønderby');
});

test('a heading nothing marks but its title as the contents list it under its number is an item, its title as long as the entry', () => {
  const text = transcript(
    `Møde i Kommunalbestyrelsen mandag den 4. juni 2007 REFERAT ${filler}`,
    'INDHOLDSFORTEGNELSE 1. Meddelelser fra borgmesteren...3 2. Renovering af svømmehallen...4 3. Ny vedtægt for skolebestyrelser...6',
    `1. Meddelelser fra borgmesteren Borgmesteren orienterede om et møde med regionen. 2. Renovering af svømmehallen Hallen trænger til nyt tag og nye fliser. ${filler}`,
  );
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.title.value]), [
    [1, 'Meddelelser fra borgmesteren'],
    [2, 'Renovering af svømmehallen'],
  ]);
  // Without the contents, the same headings have no cue: no items.
  const bare = text.replace(/INDHOLDSFORTEGNELSE[^\n]*/, `Side 2 ${filler}`);
  assert.deepEqual(parseReferat(bare).items, []);
});

test("a contents page alone, its entries ending in leaders and pages, is contents and no items; with the bodies after it, the bodies are the items", () => {
  const contents = [
    'Referat', 'Teknisk Udvalg', 'Mødedato: 3. marts 2015', '', 'Indholdsfortegnelse',
    '7.', 'Vintertjeneste på kommunens veje ........................ 3',
    '8. Ansøgning om tilskud til ny sti mellem Nørreby og', 'Sønderby ..................................................... 5',
    '9. Trafikplan for bymidten ........................ 8',
    '',
  ];
  const alone = parseReferat(contents.join('\n'));
  assert.deepEqual(alone.items, []);
  assert.deepEqual(alone.toc?.entries.map((e) => e.title.value), ['Vintertjeneste på kommunens veje', 'Ansøgning om tilskud til ny sti mellem Nørreby og Sønderby', 'Trafikplan for bymidten']);
  const withBodies = [...contents, '7. Vintertjeneste på kommunens veje', 'Sagsnr.: 15/101', 'Beslutning', 'Godkendt.', '', '8. Ansøgning om tilskud til ny sti mellem Nørreby og Sønderby', 'Sagsnr.: 15/102', 'Beslutning', 'Godkendt.', ''];
  const doc = parseReferat(withBodies.join('\n'));
  assert.deepEqual(doc.items.map((it) => [it.number, it.caseNumber?.text]), [[7, '15/101'], [8, '15/102']]);
});

test("a case-number label whose number the copy lost takes no number from the next item's heading", () => {
  const text = transcript(
    `Fjordby Kommune Byrådet Referat Dato: 3. april 2012 Mødested: Rådhuset ${filler}`,
    `Sagen fortsætter. 12. Valg af formand Sagsnr.: 13. Valg af næstformand Sagsnr.: 08/1235 Åben sag ${filler}`,
    `14. Eventuelt Sagsnr.: 08/1236 Åben sag Intet at bemærke. ${filler}`,
  );
  assert.deepEqual(outline(text).map(([n, title, caseNumber]) => [n, title, caseNumber]), [[12, 'Valg af formand', null], [13, 'Valg af næstformand', '08/1235'], [14, 'Eventuelt', '08/1236']]);
});

test('an item page of Acadre\'s template ("Punkt: 4 Acadre sagsnr.: … Sagsbehandler: <name> <title> Baggrund …") is item 4, its title after the case officer\'s name', () => {
  const text = [
    'Transkript', '',
    '1 Miljøudvalget Referat fra ordinært møde Mødelokale B Tirsdag kl. 9:00 Følgende sager behandles på mødet Side Meddelelser 2 Ny cykelsti langs Åvej 3 Bilagsoversigt 5', '',
    '2 Miljøudvalget Punkt: 4 Acadre sagsnr.: 20/1234 Journalnr.: A00 Sagsforløb: MU - Åben sag Mødedato: Sagsansvarlig enhed: Plan og Miljø Sagsbehandler: Eva Holm Meddelelser Baggrund Formanden orienterede om vejarbejdet ved skolen. Miljøudvalget Tirsdag den Side 2', '',
    '3 Miljøudvalget Punkt: 5 Acadre sagsnr.: 20/1301 Journalnr.: P20 Sagsforløb: MU - Åben sag Mødedato: Sagsansvarlig enhed: Plan og Miljø Sagsbehandler: Ida Bo Lund Ny cykelsti langs Åvej Resume Udvalget skal tage stilling til stien. Beslutning Miljøudvalget den Godkendt. Side 3',
  ].join('\n');
  const items = parseReferat(text).items;
  assert.deepEqual(
    items.map((it) => [it.number, it.title.value, it.caseNumber?.text]),
    [
      [4, 'Meddelelser', '20/1234'],
      [5, 'Ny cykelsti langs Åvej', '20/1301'],
    ],
  );
  for (const it of items) assert.equal(text.slice(it.title.span.start, it.title.span.end), it.title.value);
});

test('a case number under the second of two labels ("J.nr.: A01. Sagsnr.: 08/19", the first a KLE group) is the item\'s', () => {
  const text = transcript(
    `Mødedato:. Mødetidspunkt: 16:00. Sted: Mødelokale 2. Møde slut: 18:00 Afbud: Eva Holm og Bo Lund REFERAT`,
    `Indholdsfortegnelse Side 1. Ny vedtægt for udvalget Budget ${filler}`,
    `1. Ny vedtægt for udvalget J.nr.: A01. Sagsnr.: 08/19 Sagen afgøres i: Sagsfremstilling: Vedtægten rettes til. ${filler}`,
  );
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.caseNumber?.text]), [[1, '08/19']]);
});

test('the front page\'s document word beside the list of absentees ("Afbud: Eva Holm og Bo Lund REFERAT", "Fraværende: REFERAT Eva Holm") is no part of a name', () => {
  const front = (list: string) => transcript(`Mødedato:. Mødetidspunkt: 16:00. Sted: Mødelokale 2. Møde slut: 18:00 ${list}`, `Indholdsfortegnelse Side 1. Vejplan ${filler}`, `1. Vejplan J.nr.: A01. Sagsnr.: 08/19 Sagen afgøres i: ${filler}`);
  const absent = (list: string) => parseReferat(front(list)).meeting.absent.map((p) => p.value);
  assert.deepEqual(absent('Afbud: Eva Holm og Bo Lund REFERAT'), ['Eva Holm', 'Bo Lund']);
  assert.deepEqual(absent('Fraværende: REFERAT Eva Holm'), ['Eva Holm']);
  const text = front('Fraværende: REFERAT Eva Holm');
  const [eva] = parseReferat(text).meeting.absent;
  assert.equal(text.slice(eva.span.start, eva.span.end), 'Eva Holm');
});

test("a contents page headed 'Indhold' alone ('2 Indhold Åben dagsorden Sag nr. 31 Title …') gives its entries, the page's footer none of the last; the word inside a page is no contents heading", () => {
  const contents = 'Indhold Åben dagsorden Sag nr. 31 Orientering om kassebeholdning 2015 Sag nr. 32 Regnskab 2014 for Nordby Vandværk Sag nr. 33 Lokalplan for boliger ved Engvej Sag nr. 34 Venskabsby i Tyskland Side 2 af 20';
  const doc = parseReferat(transcript(`Referat fra møde i Teknisk Udvalg Tirsdag den 9. juni 2015 Mødedeltagere: Anne Hansen (A) Bo Jensen (V) ${filler}`, contents));
  assert.deepEqual(doc.toc?.entries.map((e) => e.title.value), [
    'Orientering om kassebeholdning 2015',
    'Regnskab 2014 for Nordby Vandværk',
    'Lokalplan for boliger ved Engvej',
    'Venskabsby i Tyskland',
  ]);
  // Within a page the word is a case's or a report's ("Sagens indhold", "Juni 2015 Indhold 1. …").
  const inside = `Notat om ledighed Juni 2015 Indhold Sag nr. 31 Orientering om kassebeholdning 2015 Sag nr. 32 Regnskab 2014 for Nordby Vandværk Sag nr. 33 Lokalplan for boliger ved Engvej ${filler}`;
  assert.equal(parseReferat(transcript(`Referat fra møde i Teknisk Udvalg Tirsdag den 9. juni 2015 ${filler}`, inside)).toc, null);
});

test("a committee-numbered heading without a cue after its title ends before the case's first sentence", () => {
  const text = transcript(
    `Fjordby Kommune Økonomiudvalget Referat Mødedato: 24. maj 2007 Mødested: Mødelokale 2 ${filler}`,
    `Følgende sager blev behandlet på mødet ØU-12/07-O Regnskab for havnen 2006 Havnens regnskab viser et lille overskud. Beslutning: Taget til efterretning. ØU-13/07-D Budget for havnen - 2. behandling På baggrund af drøftelserne på sidste møde er budgettet rettet til. Beslutning: Godkendt. ${filler}`,
  );
  assert.deepEqual(parseReferat(text).items.map((it) => [it.number, it.title.value]).slice(1), [[13, 'Budget for havnen - 2. behandling']]);
});
