// Case numbers (sagsnumre): the known shapes with their parts, what only looks like one, and
// patterns users add.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCaseNumberPatterns, findCaseNumbers, parseReferat } from '../../server/src/parser';
import { marked } from '../testUtil';
import { cut, spans } from './marks';

test('KLE: emne, facet, serial, year and the four-digit year', () => {
  const m = marked('Sag [[00.30.14-G01-6-19]] om budget');
  const [c] = findCaseNumbers(m.text);
  assert.deepEqual(cut(m.text, c.span), cut(m.text, m.range!));
  assert.equal(c.style, 'kle');
  assert.deepEqual(c.kle, { emne: '00.30.14', facet: 'G01', serial: '6', year: '19' });
  assert.equal(c.fullYear, 2019);
  assert.equal(c.problem, undefined);
});

test('KLE with a four-digit year, and a two-digit year from before 2000', () => {
  assert.equal(findCaseNumbers('12.34.56-G01-1234567-2019')[0].fullYear, 2019);
  assert.equal(findCaseNumbers('00.00.00-P19-1719-10')[0].fullYear, 2010);
  assert.equal(findCaseNumbers('00.01.00-A00-1-98')[0].fullYear, 1998);
});

test('a malformed facet ("000") is still found, with problem \'facet\'', () => {
  const [c] = findCaseNumbers('15.00.00-000-1-20');
  assert.equal(c.text, '15.00.00-000-1-20');
  assert.equal(c.style, 'kle');
  assert.equal(c.kle?.facet, '000');
  assert.equal(c.problem, 'facet');
});

test('year/serial "24/6823" and "Sagsnr.: 16/28325"', () => {
  const { text, spans: expected } = spans('Sag [[24/6823]] og Sagsnr.: [[16/28325]].');
  const found = findCaseNumbers(text);
  assert.deepEqual(found.map((c) => cut(text, c.span)), expected.map((s) => cut(text, s)));
  assert.deepEqual(found.map((c) => [c.style, c.fullYear, c.serial]), [['year-serial', 2024, '6823'], ['year-serial', 2016, '28325']]);
});

test('"EMN-2025-003383" and "S2023-24573"', () => {
  const { text, spans: expected } = spans('[[EMN-2025-003383]], [[S2023-24573]]');
  const found = findCaseNumbers(text);
  assert.deepEqual(found.map((c) => cut(text, c.span)), expected.map((s) => cut(text, s)));
  assert.deepEqual(found.map((c) => [c.style, c.fullYear, c.serial]), [['emn', 2025, '003383'], ['year-prefixed', 2023, '24573']]);
});

test('a date "31/3 2024", a ratio "60/40" and "415446/16" are no case numbers', () => {
  assert.deepEqual(findCaseNumbers('Frist den 31/3 2024.'), []);
  assert.deepEqual(findCaseNumbers('en vægtning på 60/40 mellem kvalitet og pris'), []);
  assert.deepEqual(findCaseNumbers('journal 415446/16'), []);
  assert.deepEqual(findCaseNumbers('version 1.24/6823'), []);
});

test('a shape unknown to the parser is text: "330-2018-3619"', () => {
  assert.deepEqual(findCaseNumbers('Sag 330-2018-3619'), []);
});

test('a custom pattern (ParseOptions.caseNumberPatterns) is found, named, and can be the item\'s case number', () => {
  const { text, spans: [caseNumber, inText] } = spans('Punkt 1: A\n\n[[330-2018-3619]]\n\nSagsfremstilling\n\nSe også [[330-2019-12]].\n');
  const doc = parseReferat(text, { caseNumberPatterns: [{ name: 'Aarhus', pattern: '\\b\\d{3}-\\d{4}-\\d{2,5}\\b' }] });
  assert.deepEqual(doc.items[0].caseNumber && cut(text, doc.items[0].caseNumber.span), cut(text, caseNumber));
  assert.deepEqual(doc.caseNumbers.map((c) => [cut(text, c.span), c.style, c.patternName]), [
    [cut(text, caseNumber), 'custom', 'Aarhus'],
    [cut(text, inText), 'custom', 'Aarhus'],
  ]);
  assert.deepEqual(parseReferat(text).caseNumbers, [], 'without the pattern the same text holds none');
});

test('an invalid custom pattern, or one matching the empty string, is reported, not thrown', () => {
  const compiled = compileCaseNumberPatterns([{ name: 'bad', pattern: '([' }, { name: 'empty', pattern: 'x*' }, { name: 'good', pattern: 'J\\d+' }]);
  assert.deepEqual(compiled.patterns.map((p) => p.name), ['good']);
  assert.deepEqual(compiled.errors.map((e) => e.name), ['bad', 'empty']);
  const text = 'Punkt 1: A\n\n00.30.14-G01-6-19\n';
  const doc = parseReferat(text, { caseNumberPatterns: [{ name: 'bad', pattern: '([' }, { name: 'empty', pattern: 'x*' }] });
  assert.equal(doc.items[0].caseNumber?.text, '00.30.14-G01-6-19');
});

test('where a custom pattern overlaps a known shape, the earlier and longer match wins', () => {
  const text = 'J-24/6823';
  const found = findCaseNumbers(text, compileCaseNumberPatterns([{ name: 'J', pattern: 'J-\\d\\d/\\d+' }]).patterns);
  assert.deepEqual(found.map((c) => [c.text, c.style]), [['J-24/6823', 'custom']]);
});

test('every case number in the text is listed once, in order', () => {
  const text = 'Punkt 1: A\n\n24/6823\n\nSagsfremstilling\n\nJf. 00.30.14-G01-6-19 og 24/6823.\n';
  assert.deepEqual(parseReferat(text).caseNumbers.map((c) => c.text), ['24/6823', '00.30.14-G01-6-19', '24/6823']);
});

test('case numbers of other systems: year-serial with a dash and with a written-out year; spans of years and dates are none', () => {
  const text = 'Sagsnr.: 21-014477, Åbent - 2007/34364, skoleåret 2025/2026, 2027/2028, den 2/3 2006, 20-12-2021, 2021-2022';
  assert.deepEqual(
    findCaseNumbers(text).map((c) => [c.text, c.style, c.fullYear]),
    [['21-014477', 'year-serial', 2021], ['2007/34364', 'year-serial', 2007]],
  );
});

test('KLE with the facet glued to the emne and no year ("00.01.00P35-0098"): emne, facet and serial, no year', () => {
  const m = marked('Sag [[27.15.04G01-0412]] om vejene');
  const [c] = findCaseNumbers(m.text);
  assert.deepEqual(cut(m.text, c.span), cut(m.text, m.range!));
  assert.equal(c.style, 'kle');
  assert.deepEqual(c.kle, { emne: '27.15.04', facet: 'G01', serial: '0412', year: '' });
  assert.equal(c.fullYear, null);
  // The dashed KLE shape is read as before, and an amount with a letter after it is none.
  assert.equal(findCaseNumbers('00.30.14-G01-6-19')[0].kle?.year, '19');
  assert.deepEqual(findCaseNumbers('12.50.00 kr. og 10.20.30A-1'), []);
});

// SBSYS's preview and some regions' pages write the case number on the line above the heading.
const CASE_ABOVE = [
  'Referat til mødet i Udvalget for Klima og Natur den 3. marts 2021 kl. 16:00',
  '',
  '01.02.05-P20-7-21',
  '',
  '12. Godkendelse af dagsorden',
  '',
  'Beslutning',
  '',
  'Godkendt.',
  '',
  '03.11.00-G01-2-20',
  '',
  '13. Ny sti langs åen',
  '',
  'Indstilling',
  '',
  'Direktøren indstiller, at stien anlægges.',
  '',
  'Beslutning',
  '',
  'Godkendt.',
  '',
].join('\n');

test('a case number on the line above the heading is the item\'s, and the item before ends above it', () => {
  const doc = parseReferat(CASE_ABOVE);
  assert.deepEqual(doc.items.map((it) => [it.number, it.caseNumber?.text]), [[12, '01.02.05-P20-7-21'], [13, '03.11.00-G01-2-20']]);
  const c = doc.items[1].caseNumber!;
  assert.equal(CASE_ABOVE.slice(c.span.start, c.span.end), '03.11.00-G01-2-20');
  const decision = doc.items[0].sections.find((s) => s.kind === 'Beslutning')!;
  assert.equal(CASE_ABOVE.slice(decision.body.start, decision.body.end).trim(), 'Godkendt.');
  // Each item's range holds its case number and ends before the next one's.
  assert.deepEqual(doc.items.map((it) => CASE_ABOVE.slice(it.span.start, it.span.end).split('\n')[0]), ['01.02.05-P20-7-21', '03.11.00-G01-2-20']);
  assert.ok(doc.items[0].span.end < doc.items[1].caseNumber!.span.start);
});

test('a labelled case number of any shape above the heading ("Sagnr.: 1-23-45-6789-10"), and none when the item has its own below', () => {
  const labelled = parseReferat('Dagsorden til mødet i Udvalg for trafik\n\nSagnr.: 1-23-45-6789-10\n\n1. Ny busrute\n\nResume\n\nEn rute foreslås.\n');
  assert.equal(labelled.items[0].caseNumber?.text, '1-23-45-6789-10');
  const below = parseReferat('Dagsorden til mødet i Udvalg for trafik\n\nSagnr.: 1-23-45-6789-10\n\n1. Ny busrute\n\n21/4567\n\nResume\n\nEn rute foreslås.\n');
  assert.equal(below.items[0].caseNumber?.text, '21/4567');
});

test('a PDF transcript\'s inline item: the number after any case-number label ("Dok.nr.: 1965 Sagsid.: 14/40"), not the document number; none for a number cut short ("Sagsnr.: 14/")', () => {
  const text = [
    'Referat', '', '1 Kulturudvalget Referat Mødedato: Tirsdag den 7. marts 2017 Mødetidspunkt: 16:00 Mødested: Mødelokale 3 og lidt mere tekst her',
    '', '2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden 2. Ny biblioteksplan 3. Eventuelt',
    '', '3 1. Godkendelse af dagsorden Dok.nr.: 4411 Sagsid.: 17/52 Initialer: abc Åben sag Beslutning Kulturudvalget den Godkendt.',
    '', '4 2. Ny biblioteksplan Dok.nr.: 4412 Sagsid.: 16/30219 Initialer: abc Åben sag Sagsfremstilling Planen beskrives. Beslutning Kulturudvalget den Godkendt.',
    '', '5 3. Eventuelt Sagsnr.: 17/ Åben sag Beslutning Kulturudvalget den Intet.',
  ].join('\n');
  const doc = parseReferat(text);
  assert.deepEqual(doc.items.map((it) => [it.number, it.caseNumber?.text ?? null]), [[1, '17/52'], [2, '16/30219'], [3, null]]);
  const c = doc.items[0].caseNumber!;
  assert.equal(text.slice(c.span.start, c.span.end), '17/52');
});

test('a document number ("Dok.nr.: 24-123456", "Dokumentnr. 2019/12345") is no case number, whatever its shape; the case number beside it is', () => {
  const { text, spans: expected } = spans('Sagsnr.: [[24/1234]]   Dok.nr.: 24-123456   Dokumentnr. 2019/12345   jf. sag [[22/5555]]');
  assert.deepEqual(findCaseNumbers(text).map((c) => cut(text, c.span)), expected.map((s) => cut(text, s)));
  const doc = parseReferat(`Punkt 1: Ny plan\n\n${text}\n\nBeslutning\n\nGodkendt.\n`);
  assert.deepEqual(doc.caseNumbers.map((c) => c.text), ['24/1234', '22/5555']);
});

test('after a label the whole token is the case number ("J.nr.: 00.01.00A10-0001/2013", "86.00.G01/2011-102"), not a known shape inside it; a later known number when the token has none', () => {
  const text = (jnr: string) => `Bestyrelsesmøde 3. marts 2016\n\nPkt. 1. Godkendelse af dagsorden (B)\n\nJ.nr.: ${jnr}\nSagsnr.: 7100\n\nIndstilling:\nTil godkendelse.\n\nBeslutning:\nGodkendt.\n`;
  const caseOf = (t: string) => {
    const c = parseReferat(t).items[0].caseNumber;
    return c ? t.slice(c.span.start, c.span.end) : null;
  };
  assert.equal(caseOf(text('00.01.00A10-0001/2013')), '00.01.00A10-0001/2013');
  assert.equal(caseOf(text('86.00.G01/2011-102')), '86.00.G01/2011-102');
  assert.equal(caseOf(text('00.01.00 Sagsid.: 17/1234')), '17/1234');
  assert.equal(caseOf(text('21-014477.')), '21-014477');
});

test('"Åbent" alone over "Sagsnr.: …  J.nr.: …  Dokumentnr.: …" (a word processor\'s export): the case number is on the line below', () => {
  const text = [
    '1.         Bemærkninger til dagsordenen', '', '                                        Åbent', '',
    'Sagsnr.: 410-2010-1234       J.nr.: 00.01.00            Dokumentnr.: 410-2011-9876', '', 'Udvalgets møde den 1. marts 2011:', '', 'Ingen bemærkninger.', '',
    '2.         Orientering', '', '                                        Åbent', '', 'Sagsnr.: 410-2010-5678       J.nr.: 00.01.00            Dokumentnr.: 410-2011-9877', '', 'Taget til efterretning.',
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((i) => i.caseNumber?.text ?? null), ['410-2010-1234', '410-2010-5678']);
});

test('a topic code and a case number on the line under the title ("01.02G00 - 2017/27088") is no part of the title: the case number is the item\'s', () => {
  const text = 'Handicaprådet\n\nOnsdag den 25-10-2017 kl. 16:15\n\n36. Høring: Forslag til lokalplan 12.3 - boliger ved Søvej\n01.02G00 - 2017/12345\n\nSagsfremstilling\nRådet afgiver høringssvar.\n';
  const [item] = parseReferat(text).items;
  assert.equal(item.title.value, 'Høring: Forslag til lokalplan 12.3 - boliger ved Søvej');
  assert.equal(item.caseNumber?.text, '2017/12345');
});

test('a case number above the first heading, under the contents\' last entry ("14. Eventuelt" / "Sagsnr. 12/838" / "1. Title"), is that heading\'s', () => {
  const text = [
    'Sundhedsudvalget - Referat - 4. maj 2015', '',
    '  1. Besøg på sygehuset', '  2. Mødeplan', '  3. Eventuelt', '', '',
    '  Sagsnr. 15/1001', '  1. Besøg på sygehuset', '  Sagsfremstilling', '', '  Udvalget besøger afdelingen.', '', '  Beslutning', '', '  Orienteredes.', '', '',
    '  Sagsnr. 15/1002', '  2. Mødeplan', '  Sagsfremstilling', '', '  Planen for 2016.', '', '  Beslutning', '', '  Godkendt.', '',
  ].join('\n');
  assert.deepEqual(parseReferat(text).items.map((i) => [i.number, i.caseNumber?.text ?? null]), [[1, '15/1001'], [2, '15/1002']]);
});

test('a case number written with a non-breaking hyphen (U+2011) or a hyphen (U+2010) is found, as written', () => {
  for (const dash of ['\u2010', '\u2011']) {
    const text = `Sagsnr. 21${dash}017342 og KLE 27.12.04${dash}A00${dash}3${dash}22 samt 2026${dash}17 (årstal).`;
    const found = findCaseNumbers(text);
    assert.deepEqual(found.map((c) => [c.text, c.style, c.fullYear]), [[`21${dash}017342`, 'year-serial', 2021], [`27.12.04${dash}A00${dash}3${dash}22`, 'kle', 2022]]);
    assert.deepEqual(parseReferat(text).caseNumbers.map((c) => text.slice(c.span.start, c.span.end)), [`21${dash}017342`, `27.12.04${dash}A00${dash}3${dash}22`]);
  }
});
