// The meeting header (committee, dates, weekday, time, place, attendees) and the table of
// contents (exact, truncated, misspelt, merged and non-item entries), with exact spans.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat, type Located, type ReferatDocument } from '../../server/src/parser';
import { samples } from '../testUtil';
import { cut, spans } from './marks';

const loc = (text: string, l: Located | null) => (l ? { value: l.value, ...cut(text, l.span) } : null);

test('line-structured header: every field with its exact span', () => {
  const { text, spans: s } = spans(
    [
      'REFERAT [[Beskæftigelsesudvalget til 31.12.25]] d. [[25-11-2020]]',
      '',
      'Mødedato [[Onsdag]] d. [[25. november 2020]] kl. [[15:00]] - [[17.30]]',
      '',
      'Mødested [[MS Teams]]',
      '',
      'Mødedeltagere [[Morten Thorøe]], [[Knud Peter Wad]] og [[Henny Schøler]]',
      '',
      'Fraværende: [[Peter Svane]]',
      '',
      'Punkt 1: Godkendelse af dagsorden',
    ].join('\n'),
  );
  const [committee, headerDate, weekday, meetingDate, time, endTime, place, p1, p2, p3, absent] = s;
  const m = parseReferat(text).meeting;
  assert.equal(m.kind, 'referat');
  assert.deepEqual(loc(text, m.committee), { value: 'Beskæftigelsesudvalget til 31.12.25', ...cut(text, committee) });
  assert.deepEqual(loc(text, m.headerDate), { value: '2020-11-25', ...cut(text, headerDate) });
  assert.deepEqual(loc(text, m.weekday), { value: 'onsdag', ...cut(text, weekday) });
  assert.deepEqual(loc(text, m.meetingDate), { value: '2020-11-25', ...cut(text, meetingDate) });
  assert.deepEqual(loc(text, m.time), { value: '15:00', ...cut(text, time) });
  assert.deepEqual(loc(text, m.endTime), { value: '17:30', ...cut(text, endTime) });
  assert.deepEqual(loc(text, m.place), { value: 'MS Teams', ...cut(text, place) });
  assert.deepEqual(m.participants.map((p) => loc(text, p)), [p1, p2, p3].map((span) => ({ value: text.slice(span.start, span.end), ...cut(text, span) })));
  assert.deepEqual(m.absent.map((p) => loc(text, p)), [{ value: 'Peter Svane', ...cut(text, absent) }]);
  assert.equal(text.slice(m.span.start, m.span.end).split('\n')[0], 'REFERAT Beskæftigelsesudvalget til 31.12.25 d. 25-11-2020');
  assert.ok(text.slice(m.span.start, m.span.end).endsWith('Fraværende: Peter Svane'), 'the header ends before the first item');
});

test('a name written twice in the attendees has each place', () => {
  const { text, spans: s } = spans('Mødedeltagere [[Anne Holm]] og [[Bo Berg]] og [[Anne Holm]], [[Bo Berg]] og [[Anne Holm]]\n\nPunkt 1: Godkendelse af dagsorden\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual(m.participants.map((p) => loc(text, p)), s.map((span) => ({ value: text.slice(span.start, span.end), ...cut(text, span) })));
});

test('a DAGSORDEN is an agenda; a header without a date has none', () => {
  const m = parseReferat('DAGSORDEN Økonomiudvalget\n\nPunkt 1: A\n').meeting;
  assert.equal(m.kind, 'dagsorden');
  assert.equal(m.committee?.value, 'Økonomiudvalget');
  assert.equal(m.headerDate, null);
  assert.equal(m.meetingDate, null);
});

test('text that is no minutes has an empty header', () => {
  const m = parseReferat('Kære alle\n\nHer er referatet fra i går.\n').meeting;
  assert.deepEqual([m.kind, m.committee, m.meetingDate, m.place, m.participants, m.absent], [null, null, null, null, [], []]);
});

const sample = (prefix: string) => samples().find((s) => s.name.startsWith(prefix))!;

test('transcript page 1: committee, date, weekday, times, place, members and absentees with exact spans', () => {
  const { text } = sample('002_');
  const doc = parseReferat(text);
  const line10 = text.split('\n')[9];
  // Each field as (value, the literal written in line 10 that it spans).
  const at = (l: Located | null) => {
    if (!l) return null;
    const p = doc.lines.positionAt(l.span.start);
    return { value: l.value, line: p.line + 1, column: p.character, written: text.slice(l.span.start, l.span.end) };
  };
  const col = (written: string) => line10.indexOf(written);
  const m = doc.meeting;
  assert.deepEqual(at(m.committee), { value: 'Beskæftigelsesudvalget', line: 10, column: 10, written: 'Beskæftigelsesudvalget' });
  assert.deepEqual(at(m.weekday), { value: 'onsdag', line: 10, column: col('Onsdag den'), written: 'Onsdag' });
  assert.deepEqual(at(m.meetingDate), { value: '2017-01-11', line: 10, column: col('11. januar 2017'), written: '11. januar 2017' });
  assert.deepEqual(at(m.time), { value: '17:00', line: 10, column: col('17:00'), written: '17:00' });
  assert.deepEqual(at(m.endTime), { value: '19:40', line: 10, column: col('19:40'), written: '19:40' });
  assert.deepEqual(at(m.place), { value: 'Rød 3, Prøvestenen', line: 10, column: col('Rød 3'), written: 'Rød 3, Prøvestenen' });
  assert.deepEqual(m.participants.map((p) => at(p)!.written), [
    'Allan Berg Mortensen (Ø)',
    'Marlene Harpsøe (O)',
    'John Calberg (C)',
    'Per Tærsbøl (C)',
    'Betina Svinggaard (A)',
    'Philip Læborg (C)',
    'Duygu A. Ngotho (A)',
  ]);
  assert.deepEqual(at(m.participants[0]), { value: 'Allan Berg Mortensen (Ø)', line: 10, column: col('Allan'), written: 'Allan Berg Mortensen (Ø)' });
  assert.deepEqual(m.absent.map(at), [{ value: 'Betina Svinggaard', line: 10, column: col('Fraværende: ') + 'Fraværende: '.length, written: 'Betina Svinggaard' }]);
});

const entries = (doc: ReferatDocument) =>
  (doc.toc?.entries ?? []).map((e) => ({ line: doc.lines.positionAt(e.span.start).line + 1, title: e.title.value, item: e.item, exact: e.exact, merged: e.mergedItems }));

test('table of contents on a small text: title span without leaders, pages, the item it names', () => {
  const { text, spans: [heading, entry, title, entry2, title2] } = spans(
    '[[Indholdsfortegnelse]]\n\n[[[[Godkendelse af dagsorden]].....\t3]]\n[[[[Budget 2025]].....\t5 8]]\n\nPunkt 1: Godkendelse af dagsorden\n\nPunkt 2: Budget 2025\n',
  );
  const toc = parseReferat(text).toc!;
  assert.deepEqual(toc.heading && cut(text, toc.heading.span), cut(text, heading));
  assert.deepEqual(toc.entries.map((e) => [cut(text, e.span), cut(text, e.title.span), e.pages, e.item, e.exact]), [
    [cut(text, entry), cut(text, title), [3], 1, true],
    [cut(text, entry2), cut(text, title2), [5, 8], 2, true],
  ]);
});

test('table of contents: exact entries (sample 000)', () => {
  const got = entries(parseReferat(sample('000_').text));
  assert.deepEqual(got.map((e) => [e.line, e.item, e.exact]), [11, 12, 13, 14, 15, 16, 17, 18].map((line, i) => [line, 64 + i, true]));
});

test('table of contents: a truncated entry (a clean prefix of the title) names its item, not exactly (sample 004)', () => {
  const got = entries(parseReferat(sample('004_').text)).find((e) => e.line === 15)!;
  assert.deepEqual(got, {
    line: 15,
    title: 'Decisionsskrivelse vedrørende beretning om revision af de sociale regnskaber for 2019 på områder',
    item: 21,
    exact: false,
    merged: [],
  });
});

test('table of contents: a misspelt entry "Sagsstyingsliste" names item 83, not exactly (sample 003)', () => {
  const got = entries(parseReferat(sample('003_').text)).find((e) => e.line === 18)!;
  assert.deepEqual(got, { line: 18, title: 'Sagsstyingsliste pr. 30. september 2020', item: 83, exact: false, merged: [] });
});

test('table of contents: a merged entry (sample 001 line 14) names item 2 and holds items 2 and 3', () => {
  const got = entries(parseReferat(sample('001_').text));
  assert.deepEqual(got.find((e) => e.line === 14), {
    line: 14,
    title: 'Budgetopfølgning pr. 31.03.2024 for drift, anlæg, finansiering og finansforskydninger - Udvalget for Budget 2025-2028 (B)',
    item: 2,
    exact: false,
    merged: [2, 3],
  });
  assert.deepEqual(got.find((e) => e.line === 15)?.item, 4, 'the entry after a merged one names the item after both');
});

test('table of contents: an entry that is no item ("Bilagsliste") names none (sample 002)', () => {
  const got = entries(parseReferat(sample('002_').text));
  assert.deepEqual(got[got.length - 1], { line: 10, title: 'Bilagsliste', item: null, exact: false, merged: [] });
});

test('an entry far from every title names no item', () => {
  const text = 'Indholdsfortegnelse\n\nUnderskriftsark.....\t17\n\nPunkt 1: Godkendelse af dagsorden\n';
  assert.deepEqual(entries(parseReferat(text)).map((e) => e.item), [null]);
});

test('a web page\'s title line "<Udvalg> - Referat - <dato>" names the committee without the document\'s word', () => {
  for (const [title, committee] of [
    ['Kulturudvalget – Referat – 2. april 2024', 'Kulturudvalget'],
    ['Regionsrådet - Referat - 15. januar 2024', 'Regionsrådet'],
    ['Byrådet - Dagsorden', 'Byrådet'],
  ] as const) {
    const doc = parseReferat(`${title}\n\n1. Godkendelse af dagsorden\n\nSagsnr.: 24/100\n\nBeslutning\n\nGodkendt.\n`);
    assert.equal(doc.meeting.committee?.value, committee, title);
  }
  assert.equal(parseReferat('Budget - Referat af høringen\n\n1. Godkendelse\n\nSagsnr.: 24/100\n').meeting.committee?.value ?? null, null, 'no body named: no committee');
});

test('the room a body meets in ("Byrådssalen") is not the committee', () => {
  const doc = parseReferat('02-09-2024 kl. 18:00\nByrådssalen\n\nNr.12 - Godkendelse af dagsorden\n\nSagsnr.: 24/100\n\nBeslutning\n\nGodkendt.\n');
  assert.equal(doc.meeting.committee, null);
});

test('"Referat - Regionsrådet 2022-2025" names the body after the dash; "N (Åben) Title" contents lines keep the access word out of the title', () => {
  const doc = parseReferat('Referat\n\nReferat - Regionsrådet 2022-2025\n\n08-03-2024 16:00\n\n1 (Åben) Godkendelse af dagsorden\n\nSagsnr.: 24/100\n\nBeslutning\n\nGodkendt.\n\n2 (Lukket) Salg af ejendom\n\nSagsnr.: 24/101\n');
  assert.equal(doc.meeting.committee?.value, 'Regionsrådet 2022-2025');
  assert.deepEqual(doc.items.map((it) => [it.number, it.title.value, it.closed]), [[1, 'Godkendelse af dagsorden', false], [2, 'Salg af ejendom', true]]);
});

test('a web page\'s header: the body named before its day ("<Udvalg> onsdag den … kl. …"), the room by "Mødelokale", and a town hall is no committee', () => {
  const { text, spans: s } = spans(
    [
      'Referat',
      '[[Miljø- og Planudvalget]] onsdag den 5. juni 2024 kl. 17.00',
      'Mødelokale [[Skoven, Rådhuset, Torvet 1]]',
      'Sagsfremstilling',
      'Udvalget orienteres om planen.',
    ].join('\n'),
  );
  const m = parseReferat(text).meeting;
  assert.deepEqual(loc(text, m.committee), { value: 'Miljø- og Planudvalget', ...cut(text, s[0]) });
  assert.deepEqual(loc(text, m.place), { value: 'Skoven, Rådhuset, Torvet 1', ...cut(text, s[1]) });
  assert.equal(m.meetingDate?.value, '2024-06-05');
  const hall = parseReferat('Referat\nSkoven, Rådhuset, Torvet 1\nSagsfremstilling\nPlanen beskrives.\n').meeting;
  assert.equal(hall.committee, null);
});

test('a title line "<body> - Referat fra mødet den …" names the body alone; "<body> - <by> Kommune" drops the municipality; "Beslutningsprotokol" is minutes', () => {
  const { text, spans: s } = spans('[[Kommunalbestyrelsen]] - Referat fra mødet den 12-03-2021\n\nReferat\n\nBeslutningen blev truffet.\n');
  assert.deepEqual(loc(text, parseReferat(text).meeting.committee), { value: 'Kommunalbestyrelsen', ...cut(text, s[0]) });
  const town = parseReferat('Beslutningsprotokol\n\nSocialudvalget - Nordby Kommune\n\nMødedato: 3. maj 2022\n').meeting;
  assert.equal(town.committee?.value, 'Socialudvalget');
  assert.equal(town.kind, 'referat');
});

test('"Dagsorden til" / "møde i" / the body on lines of their own: the body is the committee, not "til"', () => {
  const m = parseReferat('Dagsorden til\nmøde i\nTeknik- og Miljøudvalget\nMødedato 4. marts 2019\nMødelokale Mødesal 2\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(m.committee?.value, 'Teknik- og Miljøudvalget');
  assert.equal(m.place?.value, 'Mødesal 2');
});

test('an item title or a point that names a committee in passing ("… af lokaludvalg", "1. at Byrådet …") is no committee; a short name is ("Mikkels testudvalg")', () => {
  assert.equal(parseReferat('Mødedato: 22.04.2021, kl. 17:30\n\nForslag til nye rammer for lokaludvalg\n\nIndstilling\n\n1. at Borgerrepræsentationen godkender forslaget.\n').meeting.committee, null);
  assert.equal(parseReferat('Dagsorden\nMikkels testudvalg\n\n2. maj 2017 kl. 10:00\n').meeting.committee?.value, 'Mikkels testudvalg');
});

test('"Dagsorden eller referat" names no committee; the labelled one is read', () => {
  const m = parseReferat('Dagsorden eller referat\nDato: 25-09-2018 19:00\nUdvalg: Byrådet\nSted: Byrådssalen\n\nSagsnr.: 18/24946\n').meeting;
  assert.equal(m.committee?.value, 'Byrådet');
  assert.equal(m.place?.value, 'Byrådssalen');
});

test('"Referat byrådet 31. oktober 2018" and "Økonomiudvalget - 22-04-2022": the body without its date, dash or the document\'s word', () => {
  assert.equal(parseReferat('Referat byrådet 14. marts 2019\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting.committee?.value, 'byrådet');
  assert.equal(parseReferat('Kultur- og Fritidsudvalget - 09-05-2023\n\nReferat\n\nPunkt 1 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting.committee?.value, 'Kultur- og Fritidsudvalget');
});

test('participants as a bulleted list under "Deltagere", ending at a word alone ("Bemærkninger", the document\'s word over the list of items)', () => {
  const { text, spans: s } = spans('Referat: 3. marts 2025 kl. 09:00\nDeltagere\n- [[Anne Hansen]]\n- [[Bo Jensen]]\nBemærkninger\nReferat\n- Godkendelse af dagsorden\n- Orientering\n1 : Godkendelse af dagsorden\nBeslutning\nGodkendt.\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual(m.participants.map((p) => loc(text, p)), [{ value: 'Anne Hansen', ...cut(text, s[0]) }, { value: 'Bo Jensen', ...cut(text, s[1]) }]);
});

test('a PDF transcript\'s front page "1 Referat fra Kulturudvalget Mødedato: …" names the committee without "fra"', () => {
  const text = [
    'Referat', '', '1 Referat fra Kulturudvalget Mødedato: Tirsdag den 7. marts 2017 Mødetidspunkt: 16:00 Mødested: Mødelokale 3 og lidt mere tekst her',
    '', '2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden 2. Eventuelt',
    '', '3 1. Godkendelse af dagsorden Sagsid.: 17/52 Åben sag Beslutning Kulturudvalget den Godkendt.',
    '', '4 2. Eventuelt Sagsid.: 17/53 Åben sag Beslutning Kulturudvalget den Intet.',
  ].join('\n');
  const committee = parseReferat(text).meeting.committee!;
  assert.equal(committee.value, 'Kulturudvalget');
  assert.equal(text.slice(committee.span.start, committee.span.end), 'Kulturudvalget');
});

test('a sentence opening with "Dagsorden" ("Dagsorden blev godkendt som udsendt.") names no committee', () => {
  const text = [
    // An item page whose heading the copy lost: the whole text is read as the header.
    'Mødet sluttede kl. 20.10', 'Fraværende med afbud:', 'Lone Hald', 'Beslutning',
    'Dagsorden blev godkendt som udsendt og formandens bemærkning optages i referatet.',
  ].join('\n\n');
  const meeting = parseReferat(text).meeting;
  assert.equal(meeting.committee, null);
  // A title line with its committee is still read.
  assert.equal(parseReferat('Referat fra mødet i Teknisk Udvalg den 3. maj 2021\n\n1. Vejplan\n\nBeslutning\n\nGodkendt.\n').meeting.committee?.value, 'Teknisk Udvalg');
});

test('a table\'s column header row ("Titel Udvalg Funktioner") is no committee: the row below names it; "Møde lokation" is the place', () => {
  const text = [
    'Titel Udvalg Funktioner',
    'Skoleudvalget Skoleudvalget Vis medlemmer Abonnér Udskriv',
    '',
    'Mødedeltagere',
    '',
    'Hanne Holm, Per Lund, Ida Berg',
    '',
    'Møde lokation',
    '',
    'Lokale 4, Rådhuset',
    '',
    'Punkt Titel',
    '7 Skolernes ferieplan',
    'Sagsfremstilling',
    '',
    'Tekst.',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'Skoleudvalget');
  assert.equal(cut(text, m.committee!.span).text, 'Skoleudvalget');
  assert.equal(m.place?.value, 'Lokale 4, Rådhuset');
  assert.deepEqual(m.participants.map((p) => p.value), ['Hanne Holm', 'Per Lund', 'Ida Berg']);
  // A name and its party a line ("Hanne Holm, A" over "Per Lund, V") stays one name a line.
  const perLine = parseReferat(['Referat', 'Byrådet', '', 'Deltagere:', '', 'Hanne Holm, A', 'Per Lund, V', 'Ida Berg, A', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n')).meeting;
  assert.deepEqual(perLine.participants.map((p) => p.value), ['Hanne Holm, A', 'Per Lund, V', 'Ida Berg, A']);
});

test('"Tønder Kommune – Kommunalbestyrelsen": the municipality before the dash is not part of the committee', () => {
  const text = 'Holmby Kommune – Teknisk Udvalg\nDagsorden\nMødedato:\n3. marts 2015\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n';
  const committee = parseReferat(text).meeting.committee!;
  assert.equal(committee.value, 'Teknisk Udvalg');
  assert.equal(text.slice(committee.span.start, committee.span.end), 'Teknisk Udvalg');
});

test('a web page\'s "Fold alle punkter" button under its "Dagsorden" heading is no contents entry', () => {
  const text = [
    'Kulturudvalgets møde den 3. marts 2025', 'Dagsorden', 'Fold alle punkter [ud] [ind]',
    '12. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    '13. Ny biblioteksplan', 'Resume', 'Planen skal i høring.', 'Beslutning', 'Godkendt.',
  ].join('\n\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => it.number), [12, 13]);
  assert.deepEqual(doc.toc?.entries.map((e) => e.title.value) ?? [], []);
});

test('"<Body>s møde den <date>" names the body without its genitive s, also one named without a body word', () => {
  const page = (line: string) => [line, 'Mødelokale 2 kl. 16.00', 'Referat', '4Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n\n');
  const committee = (line: string) => parseReferat(page(line)).meeting.committee?.value ?? null;
  assert.equal(committee('Planudvalgets møde den 2. februar 2024'), 'Planudvalget');
  assert.equal(committee('Børn og læring møde den 2. februar 2024'), null);
  assert.equal(committee('Børn og lærings møde den 2. februar 2024'), 'Børn og læring');
  assert.equal(committee('Kommunalbestyrelsens ekstraordinære møde den 2. februar 2024'), 'Kommunalbestyrelsen');
});

test('a contents table\'s column header ("Side" above the entries) is no contents entry', () => {
  const text = [
    'Referat', 'Teknisk Udvalg', 'Mødedato:', 'Mandag den 2. marts 2020', 'Sagsoversigt', 'Side',
    '01.', 'Godkendelse af dagsorden ..........................3', '02.', 'Vejplan for midtbyen ..........................4',
  ].join('\n');
  const titles = parseReferat(text).toc?.entries.map((e) => e.title.value) ?? [];
  assert.deepEqual(titles, ['Godkendelse af dagsorden', 'Vejplan for midtbyen']);
});

test('the committee of "Referat <Udvalg> <ugedag> den <dato>" ends before the weekday', () => {
  const committee = (line: string) => parseReferat(`${line}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).meeting.committee?.value ?? null;
  assert.equal(committee('Referat Planudvalget onsdag den 4. marts 2020'), 'Planudvalget');
  assert.equal(committee('Referat fra møde i Byrådet torsdag den 5. marts 2020'), 'Byrådet');
});

test('a web page\'s sentence holding a body word ("Se alle aktive fagudvalg her") is no committee; a short name is', () => {
  const page = (line: string) => ['Dagsordener og referater', line, 'Kulturudvalg', 'Mandag den 02-03-2020 kl. 16:00', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n\n');
  assert.equal(parseReferat(page('Se alle aktive fagudvalg her')).meeting.committee?.value, 'Kulturudvalg');
  assert.equal(parseReferat(page('Lises testudvalg')).meeting.committee?.value, 'Lises testudvalg');
});

test('"Mødelokale 4, Nordby kl. 16.00": the place (the room as named) ends before the time, which is the meeting\'s; "Byråd: Referat af mødet <dato>" names the body alone', () => {
  const m = parseReferat('Planudvalgets møde den 3. marts 2025\n\nMødelokale 4, Nordby kl. 16.00\n\nReferat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(m.place?.value, 'Mødelokale 4, Nordby');
  assert.equal(m.time?.value, '16:00');
  const titled = parseReferat('Værktøjer\n\nTeknisk Udvalg: Referat af mødet 4. marts 2021\n\nPlanudvalg\n\n1. Vejplan\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(titled.committee?.value, 'Teknisk Udvalg');
});

test('a meeting table of a portal ("Udvalg Dato Type Hent" over "<Udvalg> <dato> <tid> Referat Samlet dokument") names the committee in its row, not its column words', () => {
  const text = [
    'Mødedetaljer',
    '',
    'Udvalg Dato Type Hent',
    'Kommunalbestyrelsen 12-05-2021 17:00 Referat Samlet dokument',
    '',
    'Punkt 88 Godkendelse af dagsorden',
    '  • Beslutning',
    '',
    '    Godkendt.',
    '',
  ].join('\n');
  assert.equal(parseReferat(text).meeting.committee?.value, 'Kommunalbestyrelsen');
});


test('"Mødedato: 9/11/2019 3:00:00 PM" from a portal formatting dates in American English is 11 September', () => {
  const m = parseReferat('Udvalg:\nØkonomiudvalget\nMødedato: 9/11/2019 3:00:00 PM\n\n  • 307.\n    Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(m.meetingDate?.value, '2019-09-11');
  assert.equal(m.committee?.value, 'Økonomiudvalget');
});

test('"Mødelokale 2, Rådhuset" under "Sted:" (or under "Mødelokale:") is the room as named, not a label and a number', () => {
  const m = parseReferat('Referat\nTeknisk Udvalg\nSted:\nMødelokale 2, rådhuset\nDato:\nTirsdag den 3. marts 2020\n\n1. Vejplan\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(m.place?.value, 'Mødelokale 2, rådhuset');
  const labelled = parseReferat('Teknisk Udvalg\nReferat\nMødedato:\nMandag den 02-03-2020\nMødelokale:\nMødelokale 3\n\n1. Vejplan\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(labelled.place?.value, 'Mødelokale 3');
});

test('the time after a date without "kl." ("Mødedato: 25-06-2020 18:00:00") and under "Start kl.:" alone is the meeting\'s', () => {
  const web = parseReferat('Udvalg: Kommunalbestyrelsen\n\nMødedato: 25-06-2020 18:00:00\n\n  • 100\n\n    Regnskab 2019\n\n    • Beslutning\n\n      Godkendt.\n').meeting;
  assert.equal(web.meetingDate?.value, '2020-06-25');
  assert.equal(web.time?.value, '18:00');
  // A portal's American date and 12-hour clock: the afternoon's hour.
  const american = parseReferat('Udvalg: Kommunalbestyrelsen\n\nMødedato: 9/11/2019 3:00:00 PM\n\n  • 100\n\n    Regnskab 2019\n').meeting;
  assert.equal(american.meetingDate?.value, '2019-09-11');
  assert.equal(american.time?.value, '15:00');
  const pdf = parseReferat('Kommunalbestyrelsen\nReferat\nDato:\nTirsdag den 16. juni 2015\nStart kl.:\n17:00\nSlut kl.:\n21:10\n\n1. Vejplan\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(pdf.time?.value, '17:00');
});

test('the document\'s word after the body ("Kommunalbestyrelsen BESLUTNINGSPROTOKOL", "Byrådet Beslutningsprotokol. 3. marts …") and "for <by> Kommune" after it are no part of the committee', () => {
  const committee = (line: string) => parseReferat(`${line}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).meeting.committee?.value ?? null;
  assert.equal(committee('Kommunalbestyrelsen BESLUTNINGSPROTOKOL'), 'Kommunalbestyrelsen');
  assert.equal(committee('Byrådet Beslutningsprotokol. 3. marts kl. 17:00 Byrådssalen, Nordby Rådhus'), 'Byrådet');
  assert.equal(committee('KOMMUNALBESTYRELSEN FOR NORDBY KOMMUNE'), 'KOMMUNALBESTYRELSEN');
});

test('"Møde <dato> kl. <tid> i <sted>" names the place after the time', () => {
  const m = parseReferat('Møde 22. marts 2011 kl. 08:00 i Erhvervshuset Nordby\n\nØkonomiudvalg\n\n1. Regnskab\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(m.place?.value, 'Erhvervshuset Nordby');
  assert.equal(m.time?.value, '08:00');
  // The copy lost the time's digits: "KL PÅ <STED>" still names the place.
  const lost = parseReferat('KOMMUNALBESTYRELSEN REFERAT FRA MØDE NR. 26 TORSDAG DEN 29. JANUAR 2009, KL PÅ NORDBY RÅDHUS, BYRÅDSSALEN\n\n1. Regnskab\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(lost.place?.value, 'NORDBY RÅDHUS, BYRÅDSSALEN');
});

test('a web page\'s table copied with its cells\' bars ("Dato: |" over "10-10-2022 17:00:00 |") reads the values without the bars; "<body>smøde" in a title is no committee', () => {
  const text = ['Referat', 'Dato: |', '10-10-2022 17:00:00 |', '---|---|', 'Udvalg: |', 'Teknisk Udvalg |', 'Sted: |', 'Rådssalen |', 'Deltagere: |', 'Lise Holm, Per Dam, Ole Bak |', 'PDF: |', '|', 'Sagsnr.: 22/131', 'Beslutning i Teknisk Udvalg den 10-10-2022', 'Godkendt.'].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'Teknisk Udvalg');
  assert.equal(m.place?.value, 'Rådssalen');
  assert.equal(m.time?.value, '17:00');
  assert.deepEqual(m.participants.map((p) => p.value), ['Lise Holm', 'Per Dam', 'Ole Bak']);
  assert.equal(parseReferat('Dagsorden kommunalbestyrelsesmøde 2. juni - mødet er åbent\n\n • 57 - Regnskab\n').meeting.committee, null);
  // "Afbud under hele mødet:" in a decision is a label with its names below, no absentee.
  assert.deepEqual(parseReferat(`${text}\nAfbud under hele mødet:\nLise Holm`).meeting.absent, []);
});

test('the time on a later header line with the meeting\'s date ("Onsdag den 05-09-2012 kl. 09:00" under "Udvalget - Dagsorden 5. september 2012") is the meeting\'s', () => {
  const m = parseReferat('Kulturudvalget - Dagsorden 5. september 2012\n\nKulturudvalget\n\nOnsdag den 05-09-2012 kl. 09:00\n\nUdvalgsværelset\n\n1. Ny bibliotekspolitik\n\nÅbent - 2012/057275\n\nIndstilling\n\nForvaltningen indstiller, at politikken godkendes.\n').meeting;
  assert.equal(m.meetingDate?.value, '2012-09-05');
  assert.equal(m.time?.value, '09:00');
});

test('a PDF\'s label column broken over lines ("Starttidspunkt 08:30" / "for møde:") and a list of names wrapped over lines under "Deltagere:"', () => {
  const text = [
    'Teknisk Udvalg', 'Referat', 'Mødedato:', 'Mandag den 08-04-2013', 'Starttidspunkt 08:30', 'for møde:', 'Mødelokale:', 'Mødelokale 1',
    'Deltagere:', 'Lise Holm, Per Dam, Ole Bak, Anne', 'Lund, Bo Kragh, Eva Berg, H.C.', 'Mortensen', 'Bemærkninger:', 'Fraværende:',
    '', '79. Meddelelser', '12/15486', 'Åben sag', 'Beslutning i Teknisk Udvalg den 08-04-2013', 'Taget til efterretning.',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.time?.value, '08:30');
  assert.deepEqual(m.participants.map((p) => p.value), ['Lise Holm', 'Per Dam', 'Ole Bak', 'Anne Lund', 'Bo Kragh', 'Eva Berg', 'H.C. Mortensen']);
});

test('"Referat for <Body> møde den <dato>" names the body; "Tilstede:" and "Fraværende:" alone above a name a line list the present and the absent', () => {
  const text = [
    'Referat for Teknisk Udvalg møde den 7. april 2014', '', 'Møde:', 'Teknisk Udvalg', 'Mødetid:', '7. april 2014 kl. 17:00',
    'Tilstede:', 'Lise Holm', 'Per Dam', 'Ole Bak', 'Fraværende:', 'Bo Kragh', '', 'ÅBNE SAGER', '',
    '24. Vejplan for midtbyen', 'Sagsnr.: 2014-001192', '', 'Præsentation:', '', 'Planen beskrives.',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'Teknisk Udvalg');
  assert.deepEqual(m.participants.map((p) => p.value), ['Lise Holm', 'Per Dam', 'Ole Bak']);
  assert.deepEqual(m.absent.map((p) => p.value), ['Bo Kragh']);
  const footer = parseReferat(text.replace('Fraværende:\nBo Kragh', 'Fraværende:\nNordby Kommune')).meeting;
  assert.deepEqual(footer.absent, []);
  const remark = parseReferat(text.replace('Fraværende:\nBo Kragh', 'Fraværende:\nBemærkninger: Dagsordenen godkendt.')).meeting;
  assert.deepEqual(remark.absent, []);
});

test('"i <sted>" on the line under the meeting\'s date and time ("Referat" / "til" / "mødet i …" / "den … kl. …" / "i Byrådssalen") is the place', () => {
  const m = parseReferat('Referat\ntil\nmødet i Teknisk Udvalg\nden 26. april 2017 kl. 08:30\ni Udvalgsværelset\n\n1. Vejplan\nÅbent - 01.00.00-G01-93-16\nRESUMÉ\n\nPlanen beskrives.\n').meeting;
  assert.equal(m.committee?.value, 'Teknisk Udvalg');
  assert.equal(m.place?.value, 'Udvalgsværelset');
});

test('a room alone on the line under the meeting\'s date and time ("Onsdag den 05-09-2012 kl. 09:00" / "Udvalgsværelset") is the place; a room is never the committee', () => {
  const m = parseReferat('Kulturudvalget - Dagsorden 5. september 2012\n\nOnsdag den 05-09-2012 kl. 09:00\n\nKulturudvalgsværelset\n\n1. Ny bibliotekspolitik\n\nÅbent - 2012/057275\n\nIndstilling\n\nForvaltningen indstiller, at politikken godkendes.\n').meeting;
  assert.equal(m.place?.value, 'Kulturudvalgsværelset');
  assert.equal(m.committee?.value, 'Kulturudvalget');
  const town = parseReferat('Byrådet\n\nÅben\n\nReferat\n\nOnsdag den 26-03-2008 kl. 17:00\n\nRådhuset\n\n1. Vejplan\nÅbent - 2007/34364\n\nBESLUTNING\n\nGodkendt.\n').meeting;
  assert.equal(town.place?.value, 'Rådhuset');
});

test('"Afbud fra:" with its names on the next line, empty, or in a sentence ("Afbud fra Ole Holm. I stedet mødte …") gives the absent names only', () => {
  const absent = (header: string) => parseReferat(`${header}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).meeting.absent.map((a) => a.value);
  assert.deepEqual(absent('Referat\n\nMødested: Salen\nUdvalg: Miljøudvalget\nAfbud fra:\nBemærkninger: Ingen.'), []);
  assert.deepEqual(absent('Miljøudvalget\n\nReferat\n\nAfbud fra:\nLise Berg\n\nMødet blev holdt på rådhuset.'), ['Lise Berg']);
  assert.deepEqual(absent('Miljøudvalget\n\nReferat\n\nAfbud:\n\nLise Berg, Ø\n\nMødet blev holdt på rådhuset.'), ['Lise Berg, Ø']);
  assert.deepEqual(absent('Miljøudvalget\n\nReferat\n\nFraværende\n\nLise Berg (A), sag 12-18\nOle Dam (V), sag 12-18\n\nSager 12 - 18'), ['Lise Berg (A)', 'Ole Dam (V)']);
  assert.deepEqual(absent('Referat\ntil\nmødet i Miljøudvalget\n\nAfbud fra Ole Holm. I stedet mødte Kim E. Lund.\n\nAfbud fra Sara Dam. Stedfortræder ikke indkaldt.'), ['Ole Holm', 'Sara Dam']);
  assert.deepEqual(absent('Referat Miljøudvalget\n\nAfbud: Kim E. Lund, Ole Holm'), ['Kim E. Lund', 'Ole Holm']);
});

test('a web page\'s written-out date with commas ("Mandag, 15 juni, 2020 - 17:00", "Onsdag, April 3, 2019 - 18:00") gives the date, weekday and time', () => {
  const meeting = (header: string) => {
    const m = parseReferat(`${header}\n\nPunkt 1 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).meeting;
    return [m.meetingDate?.value, m.weekday?.value, m.time?.value];
  };
  assert.deepEqual(meeting('Miljøudvalget\n\nReferat\nDato:\nTirsdag, 9 marts, 2021 - 16:30\nHent som fil:\nLokation:'), ['2021-03-09', 'tirsdag', '16:30']);
  assert.deepEqual(meeting('Referat\n\nDato: Fredag, October 2, 2020 - 09:00\nSted: Mødelokale 3'), ['2020-10-02', 'fredag', '09:00']);
  assert.deepEqual(meeting('Referat\n\nDato: Torsdag, 30 februar, 2020 - 09:00').slice(0, 2), [undefined, undefined]);
});

test('contents run on in one line with bare numbers ("1 Title 2 Title …", "1 (Åben) Title ....4 2 (Åben) …"), under a heading of their own or after it', () => {
  const tocOf = (text: string) => parseReferat(text).toc?.entries.map((e) => [e.item ?? null, e.title.value]) ?? [];
  const below = [
    'Dagsorden til møde i Miljøudvalget', 'Indholdsfortegnelse', 'Miljøudvalget', 'den 3. marts 2024', 'Åben dagsorden',
    '1 Meddelelser fra formanden 2 Forslag til tillæg 2 til planen 3 Vejplan for midtbyen 4 Budget 2025 for Miljøudvalget 5 Eventuelt',
    'Møde i Miljøudvalget den 3. marts 2024', '1 Åbent Meddelelser fra formanden', 'Resumé', 'Ingen.',
  ].join('\n\n');
  assert.deepEqual(tocOf(below), [
    [1, 'Meddelelser fra formanden'], [null, 'Forslag til tillæg 2 til planen'], [null, 'Vejplan for midtbyen'], [null, 'Budget 2025 for Miljøudvalget'], [null, 'Eventuelt'],
  ]);
  const oneLine =
    'MILJØUDVALGET Referat af møde i Miljøudvalget Mødetidspunkt 03-03-2024 16:00 Indholdsfortegnelse Miljøudvalget 03-03-2024 16:00 1 (Åben) Meddelelser fra formanden ..........4 2 (Åben) Lokalplan 12 for havnen. Endelig vedtagelse ..........4 3 (Åben) Budget 2025 ..........6 4 (Lukket) Salg af grund ..........8';
  assert.deepEqual(tocOf(oneLine).map(([, t]) => t), ['Meddelelser fra formanden', 'Lokalplan 12 for havnen. Endelig vedtagelse', 'Budget 2025', 'Salg af grund']);
});

test('a numbered list under a section heading of a page whose item headings are folded away is no table of contents', () => {
  const text = [
    'Referat', 'Miljøudvalget mandag den 4. marts 2024 kl. 16.00', 'Rådhuset, lokale 2',
    'Sagsfremstilling', '  1. Orientering om vejarbejdet på Havnevej.', '  2. Nyhedsbrev fra KL er vedhæftet (bilag 1)', '  3. Orientering om trafikplanen:',
    'Planen kommer i høring i april.', '  1. Ministeriet har svaret på brevet.', '  2. Regionen har svaret på brevet.',
    'Beslutning', 'Til efterretning.',
  ].join('\n\n');
  assert.equal(parseReferat(text).toc, null);
});

test('"Referat fra mødet i <Udvalg> (Indeholder åbne dagsordenspunkter)": the note in brackets is no part of the committee\'s name', () => {
  const committee = (text: string) => parseReferat(text).meeting.committee?.value;
  assert.equal(committee('Referat fra mødet i Miljøudvalget (Indeholder åbne dagsordenspunkter)\n\nMødedato: 3. april 2024\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n'), 'Miljøudvalget');
  const page = (n: number, body: string) => `${n} ${body} ${'Tekst om sagen. '.repeat(30)}`;
  const transcript = [
    page(1, 'Referat fra mødet i Miljøudvalget (Indeholder åbne dagsordenspunkter) Mødedato: Onsdag den 3. april 2024 Mødested: Rådhuset'),
    page(2, '1. Godkendelse af dagsorden Sagsnr.: 24/1001 Beslutning i Miljøudvalget den 3. april 2024: Godkendt.'),
    page(3, '2. Vejplan for midtbyen Sagsnr.: 24/1002 Beslutning i Miljøudvalget den 3. april 2024: Godkendt.'),
  ].join('\n\n');
  assert.equal(committee(transcript), 'Miljøudvalget');
});

test('a sentence in the text that starts with a place label ("Mødested er ved indgangen, …") names no place', () => {
  const text = 'Referat\nMiljøudvalget onsdag den 4. juni 2025 kl. 15.00\n\nSagsfremstilling\n\nUdvalget besigtiger den nye sti.\n\nMødested er ved indgangen til parken, hvor der udleveres kort.\n\nBeslutning\n\nTaget til efterretning.\n';
  const m = parseReferat(text).meeting;
  assert.equal(m.committee?.value, 'Miljøudvalget');
  assert.equal(m.place, null);
  // A label and its value without a colon still is one.
  assert.equal(parseReferat(text.replace('Sagsfremstilling', 'Mødested Rådhuset, lokale 2\n\nSagsfremstilling')).meeting.place?.value, 'Rådhuset, lokale 2');
});

test('"Fraværende med afbud:" and "Fraværende i øvrigt:" stand over their names (a word processor\'s table, a bullet list); "Afbud fra:" names who', () => {
  const table = [
    'Det rådgivende Kulturudvalg', '', 'BESLUTNINGSPROTOKOL', '', 'fra møde mandag den 7. marts 2005', '',
    'Fraværende med afbud:', ' ', 'Ida Lund (Ø)        Bo Krag (C)        Eva Sand (B)', ' ', 'Fraværende i øvrigt:', ' ', 'Ole Dam (A)', ' ',
    '1.      Kulturplan', '', 'INDSTILLING OG BESLUTNING', '', 'Forvaltningen indstiller, at planen godkendes.', '',
  ].join('\n');
  assert.deepEqual(parseReferat(table).meeting.absent.map((p) => p.value), ['Ida Lund (Ø)', 'Bo Krag (C)', 'Eva Sand (B)', 'Ole Dam (A)']);
  const bullets = [
    'Referat - Idrætsudvalget den 4. marts 2019', '', 'Medlemmer', '', ' • Per Holm', ' • Lis Bak', '', 'Fraværende med afbud', '', ' • Kaj Munk', '',
    'Bemærkninger', '', '1. Meddelelser', '', 'Beslutning', '', 'Taget til efterretning.',
  ].join('\n');
  const m = parseReferat(bullets).meeting;
  assert.deepEqual(m.participants.map((p) => p.value), ['Per Holm', 'Lis Bak']);
  assert.deepEqual(m.absent.map((p) => p.value), ['Kaj Munk']);
  const from = parseReferat('Referat\n\nMandag den 7. februar 2022, kl. 10:15\nAfbud fra: Nina Juhl.\n\nResume\n\nRådet godkender dagsordenen.\n').meeting;
  assert.deepEqual(from.absent.map((p) => p.value), ['Nina Juhl']);
  // "Afbud" alone over one line of names parted by commas and "og".
  const below = parseReferat('Regionsrådet - referat 25-08-2008\n\nAfbud\nPer Berg, Ib Dam og Eva Sand.\n\n1.      Budget 2009\n\nSagsnr:\n\n08/12060\n\nResumé\n\nTekst.\n').meeting;
  // The list's full stop ends its sentence: no part of the last name.
  assert.deepEqual(below.absent.map((p) => p.value), ['Per Berg', 'Ib Dam', 'Eva Sand']);
});

test('a header\'s date with the day\'s full stop left out ("Mandag d. 7 februar 2022, kl. 10:15") is the meeting\'s', () => {
  const m = parseReferat('Referat\n\nMandag d. 7 februar 2022, kl. 10:15\nMødestedRådssalen\n\nResume\n\nRådet godkender dagsordenen.\n').meeting;
  assert.equal(m.meetingDate?.value, '2022-02-07');
  assert.equal(m.time?.value, '10:15');
  // Prose further down is no header.
  assert.equal(parseReferat(`Referat\n\n${'Tekst.\n\n'.repeat(15)}Mødet holdes 7 februar 2022.\n`).meeting.meetingDate, null);
});

test('a title line holding its labels one after another ("Dagsorden. Forum: Seniorrådet Tid: 4. maj 2018, kl Sted: Lokale 9") gives each field; "Møde i udvalget d. …" names no committee; "Referat af ekstraordinært <møde>" names the meeting\'s body', () => {
  const inline = parseReferat('Dagsorden. Forum: Seniorrådet Tid: 4. maj 2018, kl Sted: Mødelokale 9, 2 sal\n\nDeltagere: Lise Holm, Per Dam\n\n1. Godkendelse af referat\n\nSagsfremstilling:\n\nTil godkendelse.\n').meeting;
  assert.deepEqual([inline.committee?.value, inline.meetingDate?.value, inline.place?.value], ['Seniorrådet', '2018-05-04', 'Mødelokale 9, 2 sal']);
  const generic = parseReferat('Møde i udvalget d. 21. marts 2018\n\n6.     Præsentation af beredskabet (O)\n\nSagsnr.: 330-2018-1234\n\nIndstilling\n\nChefen indstiller, at orienteringen tages til efterretning.\n\nBeslutning\n\nTaget til efterretning.\n').meeting;
  assert.deepEqual([generic.committee, generic.meetingDate?.value], [null, '2018-03-21']);
  const extra = parseReferat('Referat af ekstraordinært Skolebestyrelsesmøde\nNordskolen, lokale 2\nonsdag den 9. april 2008 kl. 19.00\n\n 1. Trafik:\n  Drøftet.\n\n 2. Eventuelt:\n  Intet.\n').meeting;
  assert.equal(extra.committee?.value, 'Skolebestyrelse');
});

test('the meeting\'s day written again with its time under an ISO date ("2016-01-29" over "Bestyrelsesmøde 29. januar 2016 kl. 10.00, …") gives the time', () => {
  const m = parseReferat('2016-01-29\n\nBestyrelsesmøde 29. januar 2016 kl. 10.00, Havnevej 2\n\nPkt. 1. Godkendelse af dagsorden (B)\n\nIndstilling:\nTil godkendelse.\n\nBeslutning:\nGodkendt.\n').meeting;
  assert.deepEqual([m.meetingDate?.value, m.time?.value], ['2016-01-29', '10:00']);
  // Another day's time is not the meeting's.
  const other = parseReferat('2016-01-29\n\nUdsendt 20. januar 2016 kl. 09.00\n\nPkt. 1. Godkendelse af dagsorden (B)\n\nBeslutning:\nGodkendt.\n').meeting;
  assert.equal(other.time, null);
});

test('a commission is a body: "Beredskabskommissionen" alone over the header names the committee', () => {
  const m = parseReferat('Beredskabskommissionen\n\nReferat\n\nMødedato: 3. marts 2020\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(m.committee?.value, 'Beredskabskommissionen');
});

test('a title naming the body the meeting is with ("Møde med Rådet for Ældre") is no committee; of a title line in sentences the one naming the body is', () => {
  const page = 'Mødedato: 02.05.2005, kl. 19:15\n\nMøde med Rådet for Ældre\n\nMøde med Rådet for Ældre\n\nDet rådgivende Boligudvalg\n\nBESLUTNINGSPROTOKOL\n\nÅbne punkter\n\n1.      Møde med Rådet for Ældre\n\nINDSTILLING OG BESLUTNING\n\nForvaltningen indstiller, at udvalget mødes med rådet.\n';
  const c = parseReferat(page).meeting.committee!;
  // The body's name, not an adjective holding a body's word ("rådgivende").
  assert.equal(c.value, 'Boligudvalg');
  assert.equal(page.slice(c.span.start, c.span.end), 'Boligudvalg');
  const sentences = 'Beslutninger fra mødet. Torsdag kl Ordinært møde. Kulturudvalget\n\nMødedato: 24.05.2007\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  const k = parseReferat(sentences).meeting.committee!;
  assert.equal(sentences.slice(k.span.start, k.span.end), 'Kulturudvalget');
});

test('"Ekstraordinært møde - <sted> kl. 12.00" under the meeting\'s title: the place and the time after the meeting\'s kind', () => {
  const meeting = (line: string) => {
    const text = `Kulturudvalgets møde den 3. marts 2025\n\n${line}\n\nReferat\n\n4Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`;
    const m = parseReferat(text).meeting;
    if (m.place) assert.equal(text.slice(m.place.span.start, m.place.span.end), m.place.value);
    if (m.time) assert.equal(text.slice(m.time.span.start, m.time.span.end).replace('.', ':').padStart(5, '0'), m.time.value);
    return [m.place?.value ?? null, m.time?.value ?? null];
  };
  assert.deepEqual(meeting('Ekstraordinært møde - Mødelokale B3 kl. 12.00'), ['Mødelokale B3', '12:00']);
  assert.deepEqual(meeting('Ordinært møde - Byrådssalen, Nordby kl. 9.30'), ['Byrådssalen, Nordby', '09:30']);
  assert.deepEqual(meeting('Ekstraordinært møde – Virtuelt via Teams kl. 08.15'), ['Virtuelt via Teams', '08:15']);
  // Without a time the words after the kind must name a room.
  assert.deepEqual(meeting('Ekstraordinært møde - Rådhuset'), ['Rådhuset', null]);
  assert.deepEqual(meeting('Ekstraordinært møde - budgettet drøftes'), [null, null]);
});

test('under the line with the meeting\'s time, a line opening with a building and its colon is the place, the colon inside it', () => {
  const place = (line: string) => {
    const text = ['Referat', 'Miljøudvalget tirsdag den 4. marts 2025 kl. 14.30', line, 'Sagsfremstilling', 'Udvalget ser på depotet.', 'Beslutning', 'Til efterretning.'].join('\n\n');
    const p = parseReferat(text).meeting.place;
    if (p) assert.equal(text.slice(p.span.start, p.span.end), p.value);
    return p?.value ?? null;
  };
  assert.equal(place('Medborgerhuset: Caféen ved indgangen, selve mødet holdes bagefter i mødelokale 3'), 'Medborgerhuset: Caféen ved indgangen, selve mødet holdes bagefter i mødelokale 3');
  assert.equal(place('Rådhuset, lokale 2'), 'Rådhuset, lokale 2');
  // A sentence that merely mentions a room is no place.
  assert.equal(place('Mødet holdes i år i Medborgerhuset: caféen er åben.'), null);
});

test('labels in a row with one list of names below (a table copied labels first): the names are the first label\'s, the attendees', () => {
  const text = [
    'DAGSORDEN', 'PLANUDVALG', 'Mødedato:', '3. marts 2015', 'Mødested:', 'Rådhuset, mødelokale 2', 'Mødetidspunkt:', '15:00', 'Mødet hævet:',
    'Deltagere:', 'Fraværende:',
    'Anne Holm, Bo Krag, Eva Sand, Per Bach', 'Lund, Ida Dam',
    '1. Godkendelse af dagsorden', 'Indstilling', 'Direktionen indstiller, at dagsordenen godkendes.',
  ].join('\n');
  const m = parseReferat(text).meeting;
  // "Per Bach" / "Lund, …": a name the cell wrapped, one name over the line break.
  assert.deepEqual(m.participants.map((p) => p.value), ['Anne Holm', 'Bo Krag', 'Eva Sand', 'Per Bach Lund', 'Ida Dam']);
  assert.deepEqual(m.absent, []);
  // Each label over its own names is read as before.
  const own = parseReferat(text.replace('Deltagere:\nFraværende:\nAnne Holm, Bo Krag, Eva Sand, Per Bach\nLund, Ida Dam', 'Deltagere:\nAnne Holm, Bo Krag, Eva Sand\nFraværende:\nIda Dam\nPer Lund')).meeting;
  assert.deepEqual([own.participants.map((p) => p.value), own.absent.map((p) => p.value)], [['Anne Holm', 'Bo Krag', 'Eva Sand'], ['Ida Dam', 'Per Lund']]);
});

test('"i <sted>" under the line with the time: the place with its town, without the meeting\'s kind after it', () => {
  const place = (line: string) => {
    const text = ['Referat', 'til', 'mødet i Planudvalget', 'den 5. november 2019 kl. 17:00', line, '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    const p = parseReferat(text).meeting.place;
    if (p) assert.equal(text.slice(p.span.start, p.span.end), p.value);
    return p?.value ?? null;
  };
  assert.equal(place('i Byrådssalen'), 'Byrådssalen');
  assert.equal(place('i Mødesalen, Nordby'), 'Mødesalen, Nordby');
  assert.equal(place('i Mødesalen, Nordby - Ekstraordinært'), 'Mødesalen, Nordby');
  assert.equal(place('i Byrådssalen - Ordinært møde'), 'Byrådssalen');
});

test('a label column copied before its values ("Mødedato:" / "Mødet påbegyndt:" / "Mødested:" over "3. marts 2021" / "kl. 17:00" / "Nordby Rådhus, Torvet 2") pairs each label with the value in its place', () => {
  const page = [
    'Nordby Kommune', '3. marts 2021', 'Side 1.', 'Åben dagsorden', 'Nordby Byråd 2018-2021',
    'Mødedato:', 'Mødet påbegyndt:', 'Mødet afsluttet:', 'Mødested:', 'Fraværende:',
    '3. marts 2021', 'kl. 17:00', 'kl.', 'Nordby Rådhus, Torvet 2', 'Følgende sager behandles:', '',
    '1.', 'Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '',
  ].join('\n');
  const m = parseReferat(page).meeting;
  assert.deepEqual([m.meetingDate?.value, m.time?.value, m.place?.value, m.absent], ['2021-03-03', '17:00', 'Nordby Rådhus, Torvet 2', []]);
  assert.equal(page.slice(m.place!.span.start, m.place!.span.end), 'Nordby Rådhus, Torvet 2');
});

test('"Starttidspunkt for møde:" over "18:30" is the time; a place a PDF\'s cell wrapped ("Mødesalen, Nordby" / "Rådhus") is read whole, spanning the break', () => {
  const page = [
    'Nordby Kommune – Kommunalbestyrelsen', 'Dagsorden', 'Mødedato:', '12. maj 2016', 'Mødelokale:', 'Mødesalen, Nordby', 'Rådhus',
    'Starttidspunkt for møde:', '18:30', 'Fraværende:', '', '1. Godkendelse af dagsorden', '00.01.00-A00-1-16', 'Sagsfremstilling', 'Tekst.', '',
  ].join('\n');
  const m = parseReferat(page).meeting;
  assert.deepEqual([m.time?.value, m.place?.value], ['18:30', 'Mødesalen, Nordby Rådhus']);
  assert.equal(page.slice(m.place!.span.start, m.place!.span.end), 'Mødesalen, Nordby\nRådhus');
  // "Mødet påbegyndt: kl. 9:15" on one line, and a place a line of its own under its label, stays as it was.
  const one = parseReferat('Referat\n\nMødedato: 4. maj 2021\nMødet påbegyndt: kl. 9:15\nMødested:\nRådhuset\nReferat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.deepEqual([one.time?.value, one.place?.value], ['09:15', 'Rådhuset']);
});

test('labels without their colons in a block ("Udvalg Kulturudvalget (2018-2021)", "Fraværende Ingen") give the committee and no absentee; "Udvalg for …" alone is a name', () => {
  const page = [
    'Referat', '', 'tirsdag den 4. maj 2021 kl. 16:00', '', 'Mødested Rådhuset, lokale 3', 'Udvalg Kulturudvalget (2018-2021)',
    'Mødedeltagere Anne Lund, Bo Holm, Carl Berg', 'Fraværende Ingen', 'Bemærkninger', '', 'Sagsid.: 21/1234', '', 'Indstilling', '', 'Direktøren indstiller, at sagen godkendes.', '',
  ].join('\n');
  const m = parseReferat(page).meeting;
  // The next label without its colon ("Fraværende Ingen") ends the list of names: no part of the last name.
  assert.deepEqual([m.committee?.value, m.place?.value, m.participants.map((p) => p.value), m.absent], ['Kulturudvalget', 'Rådhuset, lokale 3', ['Anne Lund', 'Bo Holm', 'Carl Berg'], []]);
  assert.deepEqual(parseReferat('Referat\n\nMødedato: 4. maj 2021\nFraværende: Ingen\n\n1. Godkendelse\n\nBeslutning\n\nGodkendt.\n').meeting.absent, []);
  const alone = parseReferat('Referat\n\nUdvalg for Teknik og Miljø\n\nMødedato: 4. maj 2021\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(alone.committee?.value, 'Udvalg for Teknik og Miljø');
});

test('"Mødeafholdelse:" labels the place; names a PDF\'s copy glued at their party\'s bracket ("Bo Holm (V)Carl Berg (C)") are each a name', () => {
  const m = parseReferat('Referat Kulturudvalget\n\nMødetidspunkt: 18-08-2021 15:30\n\nMødeafholdelse: Lokale 1.12\n\nMedlemmer: Anne Lund (A), Bo Holm (V)Carl Berg (C)\n\nAfbud: Bo Holm (V)\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(m.place?.value, 'Lokale 1.12');
  assert.deepEqual(m.participants.map((p) => p.value), ['Anne Lund (A)', 'Bo Holm (V)', 'Carl Berg (C)']);
});

test('"• Afbud" as a bullet over bulleted names ("• Bo Holm, V - Dan Kjær stedfortræder") gives the absentees, without their substitutes', () => {
  const page = [
    'Regionsrådet - Referat - 3. maj 2021', '', 'Mødedato', '03-05-2021 kl. 15:00 - 17:00', '', 'Mødested', 'Rådssalen', '', 'Deltagere', '',
    ' • Anne Lund, A', ' • Bo Holm, V', ' • Carl Berg, C', '', ' • Afbud', '', ' • Bo Holm, V - Dan Kjær stedfortræder', ' • Carl Berg, C', '', ' •  ', '',
    '  1. Budget', '  2. Meddelelser', '', '  Sagsnr. 21/123', '  1. Budget', '  Resume', '  Tekst.', '',
  ].join('\n');
  const m = parseReferat(page).meeting;
  assert.deepEqual(m.participants.map((p) => p.value), ['Anne Lund, A', 'Bo Holm, V', 'Carl Berg, C']);
  assert.deepEqual(m.absent.map((p) => p.value), ['Bo Holm, V', 'Carl Berg, C']);
});

test('the absentees under their label, then a sentence on who missed which items ("Gitte Holm, Bo Dam. Ole Lund deltog ikke i …"), are the names before the sentence', () => {
  const page = 'NORDBY KOMMUNE\n\nREFERAT\n\nByrådet Mødedato:\n\nTorsdag den 01-03-2007.\n\nMødetidspunkt:\n\n17:00.\n\nFraværende:\n\nGitte Holm, Bo Dam. Ole Lund deltog ikke i behandlingen af pkt. 01 – pkt. 03.\n\n1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n';
  assert.deepEqual(parseReferat(page).meeting.absent.map((p) => p.value), ['Gitte Holm', 'Bo Dam']);
});

test('the place under the dated line after "i", its parts apart by commas ("i Rådssalen, Regionshuset, Vestervej 26, 8800 Nordby")', () => {
  const page = 'Referat\ntil\nmødet i regionsrådet\nden 15. marts 2022 kl. 13:00\ni Rådssalen, Regionshuset, Vestervej 26, 8800 Nordby\n\nAlle medlemmer var mødt.\n\nSagnr.: 1-2-3-22\n\n1. Godkendelse af dagsorden\n\nResume\n\nTekst.\n';
  assert.equal(parseReferat(page).meeting.place?.value, 'Rådssalen, Regionshuset, Vestervej 26, 8800 Nordby');
});

test('a title line gives the time right after its date, however long the line ("Referat Byrådet Onsdag den 28. oktober 2015 Kl. 16:00 Byrådssalen Medlemmer …")', () => {
  const title = 'Referat Byrådet Onsdag den 28. oktober 2015 Kl. 16:00 Byrådssalen Nordby Medlemmer Anne Lund (V) Bo Holm (A) Carl Berg (C) Dorte Kjær (F) Eva Lind (O) Finn Mose (V)';
  const m = parseReferat(`${title}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).meeting;
  assert.deepEqual([m.meetingDate?.value ?? m.headerDate?.value, m.time?.value], ['2015-10-28', '16:00']);
});

test('a page titled with the contents\' word ("Dagsorden" over "Regionsrådet 24-11-2020 13:00" over "1.Title") names the body, the date and the time', () => {
  const page = 'Dagsorden\nRegionsrådet 24-11-2020 13:00\n\n\n1.Meddelelse fra formanden\n2.Budget 2021\n\n1. Meddelelse fra formanden\n\nSagsfremstilling\n\nTekst.\n\n2. Budget 2021\n\nSagsfremstilling\n\nTekst.\n';
  const m = parseReferat(page).meeting;
  assert.deepEqual([m.committee?.value, m.meetingDate?.value, m.time?.value], ['Regionsrådet', '2020-11-24', '13:00']);
});

test('a room alone under the body under the dated line ("Mandag 23. jun 2014 kl. 17:00" / "Byrådet" / "Byrådssalen") is the place', () => {
  const m = parseReferat('Dagsorden\n\nMandag 23. jun 2014 kl. 17:00\n\nByrådet\n\nByrådssalen\n\nReferat\n\nResumé\n\nTekst om sagen.\n\nSagen behandles i\n\nByrådet.\n').meeting;
  assert.deepEqual([m.committee?.value, m.time?.value, m.place?.value], ['Byrådet', '17:00', 'Byrådssalen']);
});

test('labels alone over fewer values than labels are no label column ("Udvalg:" / "Dato:" / "Mandag, 11 januar, 2021 - 19:00" / "Hent som fil:"): the date is the date, the page\'s title names the committee', () => {
  const text = 'Kulturudvalget - 11-01-2021\n\nReferat\nUdvalg:\nDato:\nMandag, 11 januar, 2021 - 19:00\nHent som fil:\nLokation:\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.committee?.value, m.meetingDate?.value, m.time?.value], ['Kulturudvalget', '2021-01-11', '19:00']);
});

test('a table of the meeting\'s facts with its labels in one row and the values in the row below ("Mødedato<TAB>Tid<TAB>Sted") reads each value under its label', () => {
  const text = 'Referat\n\nMiljøudvalget\n\nMødedato\tTid\tSted\n\n3. juni 2025\t16:00 - 18:15\tMødelokale 2, Rådhuset\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.meetingDate?.value, m.time?.value, m.endTime?.value, m.place?.value], ['2025-06-03', '16:00', '18:15', 'Mødelokale 2, Rådhuset']);
  assert.equal(cut(text, m.place!.span).text, 'Mødelokale 2, Rådhuset');
  const colons = parseReferat('Referat\n\nMødedato:\tStarttidspunkt:\tMødested:\n8. april 2025\tkl. 14:00\tUdvalgsværelse 1\n\n1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n').meeting;
  assert.deepEqual([colons.meetingDate?.value, colons.time?.value, colons.place?.value], ['2025-04-08', '14:00', 'Udvalgsværelse 1']);
  // Labels over a row of another shape (fewer cells) are not read as its values.
  const ragged = parseReferat('Referat\n\nMødedato\tTid\tSted\n\nSe mødeplanen\n\n1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n').meeting;
  assert.equal(ragged.place, null);
});

test('attendees wrapped onto the next line of a PDF\'s paragraph ("…, Rikke" / "Lærkholm (Ø)") are whole names; "Fraværende: Ingen" names nobody', () => {
  const text = 'Referat\n\nMedlemmer: Else Fjordby (A), Torben Kragelund (V), Rikke\nLærkholm (Ø), Sif Hvid (F)\n\nAfbud: Ingen\n\n1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n';
  const m = parseReferat(text).meeting;
  assert.deepEqual(m.participants.map((p) => p.value), ['Else Fjordby (A)', 'Torben Kragelund (V)', 'Rikke Lærkholm (Ø)', 'Sif Hvid (F)']);
  assert.equal(cut(text, m.participants[2].span).text, 'Rikke\nLærkholm (Ø)');
  assert.deepEqual(m.absent, []);
  // A label's line that ends a sentence, and a label on the next line, stand alone.
  const apart = parseReferat('Referat\n\nDeltagere: Else Fjordby (A), Torben Kragelund (V).\nReferent Bo Hald\nFraværende\tMikkel Aagaard (C)\n\n1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n').meeting;
  assert.deepEqual(apart.participants.map((p) => p.value), ['Else Fjordby (A)', 'Torben Kragelund (V).']);
  assert.deepEqual(apart.absent.map((p) => p.value), ['Mikkel Aagaard (C)']);
});

test('an attendance table under "Deltagere" ("Navn<TAB>Fremmøde", two members a row): every member, those with "Afbud" absent', () => {
  const text = 'Beslutningsprotokol\n\nUdvalg:\tSocialudvalget\n\nDeltagere\nNavn\tFremmøde\tNavn\tFremmøde\n\nHanne Bøgelund (A), formand\tTil stede\tJørgen Ølgaard (V)\tTil stede\n\nLise Æbelø (F)\tAfbud\tPer Skovå (O)\tTil stede\n\nAmira Fløe (B)\tFraværende\n\n12. Tilsyn\n\nBeslutning\n\nGodkendt.\n';
  const m = parseReferat(text).meeting;
  assert.deepEqual(m.participants.map((p) => p.value), ['Hanne Bøgelund (A), formand', 'Jørgen Ølgaard (V)', 'Lise Æbelø (F)', 'Per Skovå (O)', 'Amira Fløe (B)']);
  assert.deepEqual(m.absent.map((p) => [p.value, cut(text, p.span).text]), [['Lise Æbelø (F)', 'Lise Æbelø (F)'], ['Amira Fløe (B)', 'Amira Fløe (B)']]);
  // A vote's table ("Navn Parti Stemme") is no attendance.
  const votes = parseReferat('Referat\n\nDeltagere\nNavn\tParti\tStemme\nAnna Hansen\tA\tFor\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.deepEqual(votes.absent, []);
});

test('a member list with each one\'s attendance ("Name (A) - Deltog", "Name: Afbud (…)", "Name (V)- afbud") lists the names; those marked Afbud are the absent; "Afbud/Fraværende" heads absentees', () => {
  const web = [
    'Byudvalget',
    '',
    '12.05.2022 kl. 17:00',
    '',
    'Deltagere',
    '  • Ida Lund (A) (formand) - Deltog',
    '  • Bo Krag (V) - Deltog',
    '  • Deltog ikke under punkterne 4-5',
    '  • Eva Sand (B) - Deltog',
    'AFBUD/FRAVÆRENDE',
    '  • Ole Dam (O) - Afbud',
    '',
    'Åben dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
  ].join('\n');
  const m = parseReferat(web).meeting;
  const at = (l: Located) => ({ value: l.value, written: web.slice(l.span.start, l.span.end) });
  assert.deepEqual(m.participants.map(at), ['Ida Lund (A) (formand)', 'Bo Krag (V)', 'Eva Sand (B)'].map((n) => ({ value: n, written: n })));
  assert.deepEqual(m.absent.map(at), [{ value: 'Ole Dam (O)', written: 'Ole Dam (O)' }]);
  const colon = parseReferat('Regionsrådet\n\nDato: 03-04-2023\n\nMedlemmer\n\n • Per Holm: Deltog\n • Sara Dam Lund: Afbud (Stedfortræder Kim Berg, fraværende ved sag 1-3. )\n • Lis Vang: Deltog\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.deepEqual(colon.participants.map((p) => p.value), ['Per Holm', 'Sara Dam Lund', 'Lis Vang']);
  assert.deepEqual(colon.absent.map((p) => p.value), ['Sara Dam Lund']);
  const dash = parseReferat('Referat\n\nMøde i Rådet\n\nDeltagere:\n\nAnne Holm (A), Formand\n\nPer Dam (O), 1. næstformand- afbud\n\nBo Lund (V)- deltog ikke i behandlingen af punkt: 4\n\nKim Vest (C), stedfortræder for Per Dam\n\nLis Berg (A)- afbud\n\nIndholdsfortegnelse\n').meeting;
  assert.deepEqual(dash.participants.map((p) => p.value), ['Anne Holm (A), Formand', 'Per Dam (O), 1. næstformand', 'Bo Lund (V)', 'Kim Vest (C), stedfortræder for Per Dam', 'Lis Berg (A)']);
  assert.deepEqual(dash.absent.map((p) => p.value), ['Per Dam (O), 1. næstformand', 'Lis Berg (A)']);
});

test('under the meeting\'s date and time, a room named at length ("Byrådets mødesal på Nordby Rådhus") or an online meeting ("Skype", "via Teams", "Video") is the place; a sentence there is not', () => {
  const place = (under: string) => parseReferat(`Referat\nByrådet\n04-01-2021 kl. 19:00\n${under}\nDagsordenspunkter\n\n  åbent 1 Godkendelse af dagsorden\n\n 1  Godkendelse af dagsorden\n\n00.01.00P35-0098\n\nBeslutning\n\nGodkendt.\n`).meeting.place?.value ?? null;
  assert.equal(place('Byrådets mødesal på Nordby Rådhus'), 'Byrådets mødesal på Nordby Rådhus');
  assert.equal(place('Skype'), 'Skype');
  assert.equal(place('via Teams'), 'via Teams');
  assert.equal(parseReferat('Referat - Regionsrådet 2018-2021\n\n08-03-2021 16:00\n\nVideo\n\nMedlemmer af udvalget:\n\nIndholdsfortegnelse\n\n1 (Åben) Godkendelse af dagsorden 4\n\n2 (Åben) Lån 2021 5\n').meeting.place?.value, 'Video');
  assert.equal(place('Mødet blev holdt i den store sal på rådhuset.'), null);
  assert.equal(place('Punkterne blev behandlet'), null);
});

test('a place run on into the next field\'s list ("Mødested: Byrådssalen Medlemmer Anne Holm (ah) V …", a PDF\'s copy) is the room alone', () => {
  const text = 'Referat Byrådet Møde nr.: 3/2019 Mødetidspunkt: 19:00-21:00 Mødested: Byrådssalen Medlemmer Anne Holm (ah) V Bo Dam (bd) A Fraværende Bemærkninger\n\n2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. Godkendelse af dagsorden 2. Lokalplan for havnen';
  assert.equal(parseReferat(text).meeting.place?.value, 'Byrådssalen');
  assert.equal(parseReferat('Referat\n\nMødested: Salen\n\nMedlemmer: Anne Holm\n').meeting.place?.value, 'Salen');
});

test('a label followed by its icon\'s text ("Udvalg Ikon" over "Regionsrådet", a web page\'s copy) is the label alone: the value is the line below', () => {
  const m = parseReferat('Møde i rådet den 4. april 2022\n\nUdvalg Ikon\nRegionsrådet\nTidspunkt Ikon\nDato: 04-04-2022\nTid: 17:00 - 19:10\nSted\n\nRådssalen\n\nReferat\n\nPunkter på dagsordenen\n\n 1. Godkendelse af dagsorden\n 2. Lånesag 2022\n').meeting;
  assert.deepEqual([m.committee?.value, m.meetingDate?.value, m.time?.value, m.place?.value], ['Regionsrådet', '2022-04-04', '17:00', 'Rådssalen']);
});

test('a header\'s sentence that members "havde meldt forfald" (or afbud) names them absent; the substitutes who came are not', () => {
  const absent = (sentence: string) => parseReferat(`Referat\ntil\nmødet i Byrådet\nden 4. maj 2015 kl. 19:00\n\n${sentence}\n\nÅbne dagsordenspunkter\n\n12. Spørgsmål om vejene\n\nSagsnr.: 00.01.00-P35-1-15\n\nSagsfremstilling\n\nForetoges.\n`).meeting.absent.map((a) => a.value);
  assert.deepEqual(absent('Lise Berg og Ole Dam havde meldt forfald. I stedet mødte Kim Lund og Eva Holm.'), ['Lise Berg', 'Ole Dam']);
  assert.deepEqual(absent('Sara Vang havde meldt afbud.'), ['Sara Vang']);
  assert.deepEqual(absent('Lise Berg havde meldt forfald. I stedet mødte Kim Lund.\nOle Dam havde meldt forfald.'), ['Lise Berg', 'Ole Dam']);
  assert.deepEqual(absent('Stedfortræder Kim Lund mødte for Lise Berg, der havde forfald.'), ['Lise Berg']);
  // A sentence about something else names no one.
  assert.deepEqual(absent('Mødet blev holdt på rådhuset, og alle havde meldt sig.'), []);
});

test('a date line without a label that gives the meeting\'s hours ("Den 20. april 2015, kl. 19.00-23.55") gives the start and the end', () => {
  const text = 'Åben dagsorden\nKommunalbestyrelsen\nDen 20. april 2015, kl. 19.00-23.55\n \n76.  Spørgsmål om vejene\n77.  Forslag om cykelstier\n';
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.meetingDate?.value, m.time?.value, m.endTime?.value], ['2015-04-20', '19:00', '23:55']);
  assert.equal(text.slice(m.endTime!.span.start, m.endTime!.span.end), '23.55');
});

test('a web page\'s attendance cells ("Deltagere: |" over "Ikke registreret |") name nobody; an absentee noted under every item is one absentee', () => {
  const text = [
    'Referat', 'Dato: |', '22-06-2025 17:00:00 |', '---|---|', 'Udvalg: |', 'Byrådet |', 'Sted: |', 'Rådssalen |', 'Deltagere: |', 'Ikke registreret |', 'PDF: |', '|',
    'Sagsnr.: 00.01.00-A00-1-25', 'Beslutning', 'Godkendt.', 'Fraværende med afbud: Eva Lund (A) og Bo Holm (V)',
    'Sagsnr.: 00.01.00-A00-2-25', 'Beslutning', 'Godkendt.', 'Fraværende med afbud: Eva Lund (A) og Bo Holm (V)', '',
  ].join('\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.meetingDate?.value, m.time?.value, m.committee?.value, m.place?.value], ['2025-06-22', '17:00', 'Byrådet', 'Rådssalen']);
  assert.deepEqual(m.participants, []);
  assert.deepEqual(m.absent.map((p) => [p.value, cut(text, p.span).text]), [['Eva Lund (A)', 'Eva Lund (A)'], ['Bo Holm (V)', 'Bo Holm (V)']]);
  // The first mention keeps its place.
  assert.ok(m.absent[0].span.start < text.indexOf('Sagsnr.: 00.01.00-A00-2-25'));
});

test('a numbered contents run on in one line with no heading, right under the document\'s kind, gives its entries; three titles in a line do not', () => {
  const tocOf = (text: string) => parseReferat(text).toc?.entries.map((e) => [e.item, e.title.value]) ?? [];
  const text = 'Referat\n\n1. Godkendelse af dagsordenen 2. Meddelelser fra borgmesteren 3. Forslag om nye cykelstier i Nordby 4. Budgetopfølgning pr. 31. marts 2024 5. Salg af grund (FOR LUKKEDE DØRE)\n\nDeltagere:\n\nAnne Holm, A\nBo Lund, V\n';
  assert.deepEqual(tocOf(text).map(([, t]) => t), ['Godkendelse af dagsordenen', 'Meddelelser fra borgmesteren', 'Forslag om nye cykelstier i Nordby', 'Budgetopfølgning pr. 31. marts 2024', 'Salg af grund (FOR LUKKEDE DØRE)']);
  assert.deepEqual(tocOf('Referat\n\n1. Meddelelser 2. Eventuelt 3. Lukket punkt\n\nDeltagere:\n\nAnne Holm, A\n'), []);
});

test('an absentee\'s reason after the name ("Ole Holm ved afbud", "Lise Dam pga. sygdom") is no part of it; a name\'s particle ("Anna de la Cour") and a role before the name stay', () => {
  const absent = (line: string) => parseReferat(`Referat\nØkonomiudvalget\nMødedato: 3. marts 2025\n${line}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).meeting.absent.map((p) => p.value);
  assert.deepEqual(absent('Fraværende: Ole Holm ved afbud, Lise Dam pga. sygdom'), ['Ole Holm', 'Lise Dam']);
  assert.deepEqual(absent('Fraværende: Anna de la Cour (V) grundet ferie, Bo Lund'), ['Anna de la Cour (V)', 'Bo Lund']);
  assert.deepEqual(absent('Fraværende: rådmand Bo Lund'), ['rådmand Bo Lund']);
});

test('a member\'s role after the comma ("Karen Dam (A), formand") is the name\'s, in a list wrapped over lines too', () => {
  const m = parseReferat('Referat\nØkonomiudvalget\nMødedato: 3. marts 2025\nDeltagere: Karen Dam (A), formand, Bo Lund (V), 1. næstformand,\nSif Holm (F)\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.deepEqual(m.participants.map((p) => p.value), ['Karen Dam (A), formand', 'Bo Lund (V), 1. næstformand', 'Sif Holm (F)']);
});

test('a place whose cell wrapped after a comma ("Mødelokale Lærken," over "Sundhedshuset, Skolegade 7") is read whole; a field or an item below is not its end', () => {
  const place = (lines: string) => parseReferat(`Referat\n\nUdvalg:\tÆldreudvalget\nMødedato:\t2. april 2025\n${lines}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`).meeting.place?.value;
  assert.equal(place('Mødested:\tMødelokale Lærken,\nSundhedshuset, Skolegade 7\nMedlemmer:\tKaren Dam (A)'), 'Mødelokale Lærken, Sundhedshuset, Skolegade 7');
  assert.equal(place('Mødested: Rådhuset, lokale 2,\nTorvet 1'), 'Rådhuset, lokale 2, Torvet 1');
  assert.equal(place('Mødested:\tRådhuset,\nMedlemmer:\tKaren Dam (A)'), 'Rådhuset');
  assert.equal(place('Mødested:\tRådhuset'), 'Rådhuset');
  // A row of labels over a row of values: the last cell wrapped; a cell inside the row has no line of its own below.
  assert.equal(place('Mødested\tTid\nByrådssalen,\t17:00\nRådhuset'), 'Byrådssalen');
  assert.equal(place('Tid\tMødested\n17:00\tByrådssalen,\nRådhuset'), 'Byrådssalen, Rådhuset');
});

test('a portal\'s controls under a bulleted list of names ("Kopier link til punktet - Print", "Udskriv") are no participant', () => {
  for (const controls of ['Kopier link til punktet  -   Print', 'Udskriv  |  Del']) {
    const text = `Referat: 3. marts 2025 kl. 16:00\n\nRådhuset, Byrådssalen\nByrådet\n\nDeltagere\n\n  • Anne Holm\n  • Bo Kragh Jensen\n\n${controls}\n\n1 : Godkendelse af dagsorden\n\nSagsnr:\n\nBeslutning\n\nGodkendt.\n`;
    assert.deepEqual(parseReferat(text).meeting.participants.map((p) => p.value), ['Anne Holm', 'Bo Kragh Jensen'], controls);
  }
});

test('a title in the agenda under "Åbent møde:" that names a body ("Vedtægt for Nordby Idrætsråd") is no committee', () => {
  const text = 'Der holdes ordinært byrådsmøde i mødesalen på rådhuset, Torvet 1, tirsdag den 4. november 2025 kl. 17.00.\nMødet kan ses på kommunens side.\nDAGSORDEN\nÅbent møde:\nGodkendelse af dagsorden\nBudget 2026\nVedtægt for Nordby Idrætsråd\nEventuelt\nLukket møde:\nEfterretningsliste\n';
  assert.equal(parseReferat(text).meeting.committee, null);
  // A body named above the divider stays the committee.
  assert.equal(parseReferat('Referat\nByrådet\n4. november 2025 kl. 17.00\nÅbent møde:\n1. Vedtægt for Nordby Idrætsråd\n').meeting.committee?.value, 'Byrådet');
  // "Åben dagsorden" is also a document's title, over the body's name.
  assert.equal(parseReferat('ÅBEN DAGSORDEN\nMILJØUDVALG\nMødedato:\n4. november 2025\n').meeting.committee?.value, 'MILJØUDVALG');
});

test('a label glued to its value ("MødestedMødelokale 2", "UdvalgSeniorrådet", a web page\'s cells copied without a space) gives the value alone; a word that only starts like a label is none', () => {
  const { text, spans: s } = spans('Referat\n\nTorsdag d. 3 marts 2022, kl. 09:30\nMødested[[Mødelokale 2]]\nUdvalg[[Seniorrådet]]\nBemærkninger\nAfbud fra: Ole Berg.\n\nResume\n\nRådet skal godkende dagsordenen.\n\nBeslutning\n\nGodkendt.\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual(loc(text, m.place), { value: 'Mødelokale 2', ...cut(text, s[0]) });
  assert.deepEqual(loc(text, m.committee), { value: 'Seniorrådet', ...cut(text, s[1]) });
  // "Stedfortræder …", "Tidsplan …": a label's letters at the start of a longer word in lower case.
  const words = parseReferat('Referat Seniorrådet\n\nMødedato: 3. marts 2022\nStedfortræder Ole Berg\nTidsplan Godkendt\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.deepEqual([words.place, words.time], [null, null]);
});

test('a member\'s role glued to the next name ("…, FormandBo Holm (V)", "NæstformandDitte Sand", a PDF\'s copy without the line break) is the name\'s before it, no part of the next', () => {
  const { text, spans: s } = spans('Referat Kulturudvalget\n\nMødetidspunkt: 18-08-2021 15:30\n\nMedlemmer: [[Anne Lund (A), Formand]][[Bo Holm (V)]][[Carl Berg (C), Næstformand]][[Ditte Sand (O)]]\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n');
  const m = parseReferat(text).meeting;
  assert.deepEqual(m.participants.map((p) => loc(text, p)), s.map((span) => ({ value: text.slice(span.start, span.end), ...cut(text, span) })));
  // A name that only starts with a role's letters is whole.
  assert.deepEqual(parseReferat('Referat Kulturudvalget\n\nMedlemmer: Formandsen Holm, Anne Lund, Bo Dam\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting.participants.map((p) => p.value), ['Formandsen Holm', 'Anne Lund', 'Bo Dam']);
});

test('a PDF\'s title lines copied without spaces ("ReferatKulturudvalget" / "KulturudvalgetTirsdag den … 2021Kl. 17:00Mødesalen Nordby") give the body, the time and the room; members glued at their brackets in two paragraphs are all read', () => {
  const members = ['Anne Lund (A)Bo Holm (V)Carl Berg (C)Ditte Sand (O)', 'Erik Mose (F)Frida Kjær (V)Gorm Dahl (A)'];
  const { text, spans: s } = spans(`ReferatKulturudvalget\n\nKulturudvalgetTirsdag den 4. maj 2021Kl. 17:00[[Mødesalen Nordby]]\n\nMedlemmer\n\n${members.join('\n\n')}\n\nFraværende\n\nBo Holm (V)\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n`);
  const m = parseReferat(text).meeting;
  assert.deepEqual([m.committee?.value, m.meetingDate?.value, m.time?.value], ['Kulturudvalget', '2021-05-04', '17:00']);
  assert.deepEqual(loc(text, m.place), { value: 'Mødesalen Nordby', ...cut(text, s[0]) });
  assert.deepEqual(m.participants.map((p) => p.value), ['Anne Lund (A)', 'Bo Holm (V)', 'Carl Berg (C)', 'Ditte Sand (O)', 'Erik Mose (F)', 'Frida Kjær (V)', 'Gorm Dahl (A)']);
  assert.deepEqual(m.absent.map((p) => p.value), ['Bo Holm (V)']);
  // The same title with its spaces, run on into the members: the room ends at their label.
  const spaced = parseReferat('Referat Kulturudvalget Tirsdag den 4. maj 2021 Kl. 17:00 Mødesalen Nordby Medlemmer Anne Lund (A) Bo Holm (V) Carl Berg (C)\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting;
  assert.equal(spaced.place?.value, 'Mødesalen Nordby');
});

test('the members listed after the items ("Medlemmer" over " • Name: Deltog", " • Name: Afbud (…)", a portal\'s page) are the attendees and the absent; names in an item\'s text without marks are not', () => {
  const items = [1, 2, 3].map((n) => `${n}. Sag om vejene nummer ${n}\n\nIndstilling\n\nat sagen godkendes.\n\nBeslutning\n\nGodkendt.\n\n`).join('');
  const { text, spans: s } = spans(`Møde i rådet den 4. april 2022\n\nUdvalg: Regionsrådet\n\n${items}Medlemmer\n\n • [[Anne Lund]]: Deltog\n • [[Bo Holm]]: Afbud (Stedfortræder Eva Mose)\n • [[Carl Berg]]: Deltog\n`);
  const m = parseReferat(text).meeting;
  assert.deepEqual(m.participants.map((p) => loc(text, p)), s.map((span) => ({ value: text.slice(span.start, span.end), ...cut(text, span) })));
  assert.deepEqual(m.absent.map((p) => loc(text, p)), [{ value: 'Bo Holm', ...cut(text, s[1]) }]);
  // A list of names in the last item's text, no one marked, is that item's.
  const unmarked = parseReferat(`Møde i rådet den 4. april 2022\n\nUdvalg: Regionsrådet\n\n${items}Deltagere\n\n • Anne Lund\n • Bo Holm\n`).meeting;
  assert.deepEqual([unmarked.participants, unmarked.absent], [[], []]);
});

test('a row of two members whose cells a copy glued at the bracket ("Per Berg (Ø)Mona Lund (C)", a name a line below a label alone) is two names', () => {
  const { text, spans: s } = spans('Referat Kulturudvalget\n\nMødedato: 4. maj 2021\n\nDeltagere:\n[[Per Berg (Ø)]][[Mona Lund (C)]]\n[[Ib Holm (V)]]\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n');
  assert.deepEqual(parseReferat(text).meeting.participants.map((p) => loc(text, p)), s.map((span) => ({ value: text.slice(span.start, span.end), ...cut(text, span) })));
});

test('start and end under labels of their own: "Mødetid:", "Start:" over "Slut:", "Mødeafslutning:", each value at its place', () => {
  const headers = [
    'REFERAT\nSkoleudvalget\nMødedato: Tirsdag den 4. maj 2021\nMødetid: 15:30\nMødested: Lokale 2',
    'Skoleudvalget\nDato: 04-05-2021\nStart: 15:30\nSlut: 17:45\nLokale: Lokale 2',
    'Skoleudvalget - Referat\nMødedato: 4. maj 2021\nMødetidspunkt: 15.30\nMødeafslutning: kl. 17.45\nMødelokale: Lokale 2',
  ];
  const read = headers.map((h) => {
    const text = `${h}\n\nPunkt 1: Skoleplan\n\nBeslutning\n\nGodkendt.\n`;
    const m = parseReferat(text).meeting;
    const written = (l: Located | null) => (l ? text.slice(l.span.start, l.span.end) : null);
    return [m.meetingDate?.value, m.time?.value, m.endTime?.value ?? null, written(m.endTime), m.place?.value];
  });
  assert.deepEqual(read, [
    ['2021-05-04', '15:30', null, null, 'Lokale 2'],
    ['2021-05-04', '15:30', '17:45', '17:45', 'Lokale 2'],
    ['2021-05-04', '15:30', '17:45', '17.45', 'Lokale 2'],
  ]);
});

test('a room named by its letter alone, "STED" over "Mødelokale B", is the place, not a label "Mødelokale" and its value "B"', () => {
  const text = 'UDVALG\n\nSøby Byråd\n\nMØDE\n\nReferat\n\nSTED\n\nMødelokale B\n\nSTARTTIDSPUNKT\n\n14-05-2019 16:00:00\n\n\nPUNKTER\n\n1. Godkendelse af dagsorden\n\n\n1. Godkendelse af dagsorden\n\nBeslutning Søby Byråd den 14-05-2019\nGodkendt.\n';
  const place = parseReferat(text).meeting.place!;
  assert.equal(place.value, 'Mødelokale B');
  assert.equal(text.slice(place.span.start, place.span.end), 'Mødelokale B');
  // A label without its colon and a room's name after it is still a label and its value.
  assert.equal(parseReferat('Referat\n\nMødelokale Byrådssalen\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n').meeting.place?.value, 'Byrådssalen');
});

test("a news page's date alone over a sentence naming the meeting's weekday, date and time: the meeting's date is the sentence's", () => {
  const { text, spans: s } = spans(
    [
      'Indkaldelse til byrådsmøde',
      '',
      '03.11.2021',
      '',
      '[[Onsdag]] den [[10. november 2021]] kl. [[19.00]] holder Byrådet i Nordby Kommune møde.',
      '',
      'Følgende sager behandles:',
      ' 1. Godkendelse af dagsorden',
      ' 2. Budget 2022 for skolerne',
      ' 3. Salg af grund ved Engvej',
    ].join('\n'),
  );
  const m = parseReferat(text).meeting;
  assert.deepEqual([loc(text, m.weekday), loc(text, m.meetingDate), loc(text, m.time)], [
    { value: 'onsdag', ...cut(text, s[0]) },
    { value: '2021-11-10', ...cut(text, s[1]) },
    { value: '19:00', ...cut(text, s[2]) },
  ]);
  // The date alone is the meeting's where no later line dates the meeting with its time.
  const alone = parseReferat(['Byrådet', '', '03.11.2021', '', ' 1. Godkendelse af dagsorden', ' 2. Budget 2022 for skolerne', ' 3. Salg af grund ved Engvej'].join('\n'));
  assert.equal(alone.meeting.meetingDate?.value, '2021-11-03');
});

test('members listed under "Indkaldelse :" (a portal\'s summons) are participants, after the officials a "Deltagere" list names', () => {
  const portal = (officials: string[]) =>
    [
      'Printvenlig version',
      '',
      ...(officials.length > 0 ? ['Deltagere', '', ...officials, ''] : []),
      'Udvalg: Byrådet',
      '',
      'Dato: Mandag den 12. april 2021',
      '',
      'Tid: Kl. 19:00',
      '',
      'Indkaldelse :',
      '',
      '  • Anne Holm (A)',
      '  • Bo Dalgaard (V)',
      '  • Carl Olsen (Ø)',
      '',
      'Indholdsfortegnelse',
      '',
      '1. Godkendelse af dagsorden',
      '2. Salg af grund ved Engvej',
      '',
      '1. Godkendelse af dagsorden',
      '',
      'Beslutning',
      '',
      'Godkendt.',
    ].join('\n');
  const names = (text: string) => parseReferat(text).meeting.participants.map((p) => p.value);
  assert.deepEqual(names(portal([])), ['Anne Holm (A)', 'Bo Dalgaard (V)', 'Carl Olsen (Ø)']);
  assert.deepEqual(names(portal(['Lise Krogh', 'Per Mølgaard (referent)'])), ['Lise Krogh', 'Per Mølgaard (referent)', 'Anne Holm (A)', 'Bo Dalgaard (V)', 'Carl Olsen (Ø)']);
  // The same label again names another meeting's list (a page of several meetings): the first list only.
  const twoMeetings = portal(['Lise Krogh']).replace('Indkaldelse :', 'Deltagere');
  assert.deepEqual(names(twoMeetings), ['Lise Krogh']);
  // "Indkaldelse" alone over the names, a line each.
  const alone = ['Referat', 'til', 'mødet i Byrådet', 'den 12. april 2021 kl. 19:00', '', 'Indkaldelse', '', 'Anne Holm', 'Bo Dalgaard', 'Carl Olsen', 'Pkt. Tekst', '12 Godkendelse af dagsorden', '', '12. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');
  assert.deepEqual(names(alone), ['Anne Holm', 'Bo Dalgaard', 'Carl Olsen']);
  // A title that summons to the meeting, and an item about summoning a substitute, name no one.
  assert.deepEqual(names(['Indkaldelse til møde i Byrådet', 'Mandag den 12. april 2021 kl. 19:00', '', '1. Indkaldelse af stedfortræder', '', 'Beslutning', '', 'Godkendt.'].join('\n')), []);
});

test('a member written "Name, (A)" is the name and its party, the comma none of it; a party alone after a comma in a list is the name\'s', () => {
  const text = ['Referat af møde i Teknik- og Miljøudvalget', '', 'Den 14.02.2020 kl. 15:00 i Rådhuset', '', 'Deltagere:', '', 'Anne Holm, (A)', 'Bo Dalgaard, (V)', 'Carl Olsen, (Ø)', '', '1.   Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');
  const participants = parseReferat(text).meeting.participants;
  assert.deepEqual(participants.map((p) => p.value), ['Anne Holm (A)', 'Bo Dalgaard (V)', 'Carl Olsen (Ø)']);
  assert.equal(cut(text, participants[0].span).text, 'Anne Holm, (A)', 'the span is the name as written');
  const list = ['Referat', '', 'Teknik- og Miljøudvalget', '', 'Mødedato: 14. februar 2020', '', 'Deltagere: Anne Holm, (A), Bo Dalgaard, (V), Carl Olsen, (Ø)', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n');
  assert.deepEqual(parseReferat(list).meeting.participants.map((p) => p.value), ['Anne Holm (A)', 'Bo Dalgaard (V)', 'Carl Olsen (Ø)']);
});

test('a header sentence that says where the meeting is held gives the place ("Mødet afholdes fysisk i …"); one that names no room gives none', () => {
  const place = (sentence: string) => {
    const text = `Byrådsmøde\n\nTirsdag den 3. maj 2022 kl. 17.00\n\n${sentence}\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n`;
    const p = parseReferat(text).meeting.place;
    return p === null ? null : [p.value, text.slice(p.span.start, p.span.end)];
  };
  assert.deepEqual(place('Mødet afholdes fysisk i Rådssalen, Nordby Rådhus. Borgerne kan følge mødet på nettet.'), ['Rådssalen, Nordby Rådhus', 'Rådssalen, Nordby Rådhus']);
  assert.deepEqual(place('Mødet afholdes i Byrådssalen, Nordby Rådhus, kl. 17.00.'), ['Byrådssalen, Nordby Rådhus', 'Byrådssalen, Nordby Rådhus']);
  assert.deepEqual(place('Mødet finder sted på Rådhuset.'), ['Rådhuset', 'Rådhuset']);
  assert.equal(place('Mødet holdes i år i Medborgerhuset.'), null);
  assert.equal(place('Mødet holdes i Nordby, hvor alle er velkomne.'), null);
  // Under the time, as a room line: the sentence's words before the room are none of it.
  assert.deepEqual(place('Mødet blev holdt i Byrådssalen'), ['Byrådssalen', 'Byrådssalen']);
});

test('hours written "fra kl. 16.00 til kl. 18.00" or "kl. 16.00 til 18.00" give the end', () => {
  for (const hours of ['Mandag den 3. maj 2021 fra kl. 16.00 til kl. 18.00', 'Dato: 3. maj 2021\nTid: kl. 16.00 til 18.00']) {
    const text = `Referat\nØkonomiudvalget\n${hours}\nSted: Rådhuset\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n`;
    const m = parseReferat(text).meeting;
    assert.deepEqual([m.time?.value, m.endTime?.value, m.endTime && text.slice(m.endTime.span.start, m.endTime.span.end)], ['16:00', '18:00', '18.00'], hours);
  }
});

test('attendance under other systems\' words: "Fremmødte:", "Deltog:" and "Ikke til stede:", "Deltog ikke:"', () => {
  const read = (lists: string) => {
    const m = parseReferat(`Referat\nSkoleudvalget\nMødedato: 4. maj 2021 kl. 15:30\n${lists}\n\nPunkt 1: Skoleplan\n\nBeslutning\n\nGodkendt.\n`).meeting;
    return [m.participants.map((p) => p.value), m.absent.map((p) => p.value)];
  };
  assert.deepEqual(read('Fremmødte: Ida Lund, Bo Dam og Eva Holm\nAfbud: Per Berg'), [['Ida Lund', 'Bo Dam', 'Eva Holm'], ['Per Berg']]);
  assert.deepEqual(read('Deltog: Ida Lund, Bo Dam\nIkke til stede: Per Berg'), [['Ida Lund', 'Bo Dam'], ['Per Berg']]);
  assert.deepEqual(read('Deltagere: Ida Lund, Bo Dam\nDeltog ikke: Per Berg'), [['Ida Lund', 'Bo Dam'], ['Per Berg']]);
});
