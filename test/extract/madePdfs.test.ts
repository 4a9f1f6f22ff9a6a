// PDFs made the way municipalities' systems make theirs (test/fixtures/pdf-made: Word-like
// documents exported by LibreOffice, portal pages printed by Chromium, a meeting page a reader
// saved from the browser with its header and footer; make-pdfs.sh), not
// drawn piece by piece: subset TrueType fonts with ToUnicode maps, kerned and justified text,
// list numbers drawn apart from their text, tables, dot leaders, running headers and footers,
// ligatures, soft hyphens, a landscape page. Each must read back as the minutes written in
// its source: the meeting's facts, every item with its number, title and case number, each
// item's sections, and text without the marks of its typesetting.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractText, type LineCue } from '../../server/src/extract';
import { parseReferat, type ReferatDocument } from '../../server/src/parser';
import { fixture } from '../testUtil';

interface Expected {
  readonly file: string;
  readonly committee: string;
  readonly date: string;
  readonly time: string;
  readonly place: string;
  readonly participants: readonly string[];
  readonly absent: readonly string[];
  /** Number, title, case number, the sections' kinds in order. */
  readonly items: readonly (readonly [number, string, string | null, string])[];
  /** Numbers of the items the contents lists, in order. */
  readonly toc: readonly number[];
  /** The running header's and footer's lines. */
  readonly furniture: RegExp;
  /** Words the typesetting could break (ligatures, soft hyphens, æøå), each found whole. */
  readonly words: readonly string[];
}

const EXPECTED: readonly Expected[] = [
  {
    file: 'acadre.pdf',
    furniture: /^Side \d+ af 5$|^Teknik- og Miljøudvalget\tReferat 14\. januar 2025$/gm,
    committee: 'Teknik- og Miljøudvalget',
    date: '2025-01-14',
    time: '16:00',
    place: 'Mødelokale 2, Rådhuset',
    participants: ['Else Fjordby (A)', 'Torben Kragelund (V)', 'Sif Hvidbjerg (F)', 'Mikkel Aagaard (C)', 'Rikke Lærkholm (Ø)'],
    absent: ['Mikkel Aagaard (C)'],
    items: [
      [45, 'Godkendelse af dagsorden', '25/118', 'Indstilling Beslutning'],
      [46, 'Affaldsplan 2025-2030, endelig vedtagelse', '07.00.00-P15-2-24', 'Sagsfremstilling Indstilling Beslutning'],
      [47, 'Trafiksikkerhedsplan for skoleveje', '05.13.00-P15-9-24', 'Sagsfremstilling Indstilling Beslutning'],
      [48, 'Orientering om flexbus og vintertjeneste', '13.05.02-G01-1-25', 'Sagsfremstilling Indstilling Beslutning'],
      [49, 'Køb af areal ved Fiskerivej', '01.02.05-G01-4-25', 'Beslutning'],
    ],
    toc: [45, 46, 47, 48, 49],
    words: ['fleksible', 'finansieringen', 'officielt', 'flaskeindsamling', 'Skovfløjen', 'grundejerforeninger', 'Trafiksikkerhedsplanen', 'sommerhusområderne', 'affaldshåndteringsvirksomhederne', 'sommerhusgrundejerforeningerne', 'skolepatruljekoordinatorerne'],
  },
  {
    file: 'sbsys.pdf',
    furniture: /^Socialudvalget\tBeslutningsprotokol\t\d$/gm,
    committee: 'Socialudvalget',
    date: '2025-03-05',
    time: '15:30',
    place: 'Lille mødesal, Borgernes Hus',
    // The attendance table's every member, row by row; the one with "Afbud" absent too.
    participants: ['Hanne Bøgelund (A), formand', 'Jørgen Ølgaard (V)', 'Lise Æbelø (F)', 'Per Skovå (O)', 'Amira Fløe (B)', 'Kasper Fiil (I)'],
    absent: ['Lise Æbelø (F)'],
    items: [
      [12, 'Tilsyn med plejecentre 2024', '27.69.48-P20-1-24', 'Beslutningstema Sagsfremstilling Indstilling Beslutning'],
      [13, 'Budgetopfølgning pr. 31. januar 2025', '00.22.00-A00-3-25', 'Beslutningstema Sagsfremstilling Indstilling Beslutning'],
      [14, 'Høring om ny ældrepolitik', '27.12.08-G01-2-25', 'Beslutningstema Sagsfremstilling Indstilling Beslutning'],
    ],
    toc: [],
    words: ['medicinhåndteringen', 'efterretning', 'døgndækning'],
  },
  {
    file: 'portal.pdf',
    furniture: /^Side \d af 2$|^Kultur- og Fritidsudvalget, referat$/gm,
    committee: 'Kultur- og Fritidsudvalget',
    date: '2025-02-20',
    time: '17:00',
    place: 'Kulturhuset, lokale 3',
    participants: ['Ida Krogh (A)', 'Finn Ravnsø (V)', 'Maja Lindholt (SF)', 'Ole Bækgaard (K)'],
    absent: [],
    items: [
      [1, 'Godkendelse af dagsorden', '25/2210', 'Beslutning'],
      [2, 'Tilskud til foreningernes lokaler 2025', '25/1877', 'Sagsfremstilling Indstilling Beslutning'],
      [3, 'Ny aftale om drift af svømmehallen', '18.15.10-G01-4-24', 'Sagsfremstilling Indstilling Beslutning'],
      [4, 'Eventuelt', null, 'Beslutning'],
    ],
    toc: [1, 2, 3, 4],
    words: ['fleksible', 'filtrene', 'firårig', 'varmegenvindingsanlægget'],
  },
  {
    file: 'wide.pdf',
    furniture: /^Side \d af 2$|^Børne- og Skoleudvalget · 8\. april 2025$/gm,
    committee: 'Børne- og Skoleudvalget',
    date: '2025-04-08',
    time: '14:00',
    place: 'Udvalgsværelse 1, Rådhuset',
    // Names in two short columns read row by row: by their places they are a table's cells as
    // much as columns (a label column beside a value column looks the same), and rows lose no name.
    participants: ['Gitte Sønderby (A), formand', 'Susanne Ørnbøl (C)', 'Henrik Møllgaard (V), næstformand', 'Naja Flyvholm (F)', 'Bjarke Fiskbæk (A)', 'Troels Åkjær (DF)'],
    absent: [],
    items: [
      [21, 'Skoledistrikter fra skoleåret 2026/27', '17.01.00-P20-2-25', 'Sagsfremstilling Indstilling Beslutning'],
      [22, 'Kvalitetsrapport for dagtilbud', '28.00.00-A00-6-25', 'Sagsfremstilling Indstilling Beslutning'],
      [23, 'Meddelelser', null, 'Beslutning'],
    ],
    toc: [],
    words: ['forældrebestyrelserne', 'inddragelsen', 'idrætsdag'],
  },
  {
    file: 'edoc.pdf',
    furniture: /^Side \d af 4\tUdskrevet 28-05-2025$|^Åbent referat\tKlima- og Planudvalget$/gm,
    committee: 'Klima- og Planudvalget',
    date: '2025-05-27',
    time: '08:30',
    place: 'Mødelokale Fjorden',
    participants: ['Karsten Øhlenschläger (V)', 'Dorthe Flinck (A)', 'Bent Rævsgaard (Ø)'],
    absent: [],
    items: [
      [7, 'Lokalplan for boliger ved Mølleåen, vedtagelse efter offentlig høring og med ændringer i bebyggelsesprocenten', '01.02.05-P16-11-24', 'Resume Sagsfremstilling Indstilling Beslutning'],
      [8, 'Klimatilpasning af Strandvejen', '25/4471', 'Resume Indstilling Beslutning'],
      [9, 'Meddelelser', null, 'Beslutning'],
    ],
    toc: [7, 8, 9],
    words: ['fællesbygning', 'bebyggelsesprocenten', 'udbygningsaftale', 'flyvedag'],
  },
  {
    file: 'letterhead.pdf',
    furniture: /^Side \d af 2$|^Holmstrup Kommune\tØkonomiudvalget$|^10\. juni 2025$/gm,
    committee: 'Økonomiudvalget',
    date: '2025-06-10',
    time: '16:00',
    place: 'Byrådssalen',
    participants: ['Lars Vindum (A)', 'Pia Rosendal (V)', 'Jens Krogsbøl (C)'],
    absent: ['Pia Rosendal (V)'],
    items: [
      [31, 'Regnskab 2024, overførsler til 2025', '00.32.10-S55-1-25', 'Sagsfremstilling Indstilling Beslutning'],
      [32, 'Udbud af rengøring på kommunens skoler', '25/9012', 'Sagsfremstilling Indstilling Beslutning'],
      [33, 'Salg af erhvervsgrund', '25/9140', 'Beslutning'],
    ],
    toc: [31, 32, 33],
    words: ['overførsler', 'leverandørernes', 'miljømærkede', 'spørgeskemaundersøgelse', 'Krogsbøl'],
  },
  {
    file: 'saved.pdf',
    // The browser's own header (when printed, the page's title) and footer (the address, "1/2").
    furniture: /^file:\/\/\S+\t\d\/2$|^\d+\/\d+\/\d+, \d+:\d+ [AP]M\tByrådet - Referat - 26\. marts 2025$/gm,
    committee: 'Byrådet',
    date: '2025-03-26',
    time: '19:00',
    place: 'Byrådssalen, Rådhuset',
    participants: [],
    absent: ['Vibeke Holmgaard (B)'],
    items: [
      [41, 'Godkendelse af dagsorden', null, 'Beslutning'],
      [42, 'Ny skolestruktur i den østlige del af kommunen', '24/15511', 'Sagsfremstilling Indstilling Beslutning'],
      [43, 'Lokalplan for erhvervsområdet ved motorvejen', '01.02.05-P16-7-24', 'Sagsfremstilling Indstilling Beslutning'],
      [44, 'Meddelelser fra borgmesteren', null, 'Beslutning'],
    ],
    toc: [],
    words: ['fritidsordning', 'fiberforbindelse', 'fællesskaber', 'afskærmningen', 'læhegn'],
  },
];

async function read(file: string): Promise<{ text: string; doc: ReferatDocument; cues: readonly LineCue[] }> {
  const result = await extractText(new Uint8Array(readFileSync(fixture('pdf-made', file))), file);
  assert.ok(result.ok, `${file} is read: ${JSON.stringify(result)}`);
  // Minutes as a system made them raise no warning: no text left out, no page taken for a scan.
  assert.deepEqual([result.unreadablePages, result.scannedPages, result.littleText], [undefined, undefined, undefined], file);
  return { text: result.text, doc: parseReferat(result.text), cues: result.lines };
}

const value = (l: { value: string } | null) => l?.value ?? null;

for (const expected of EXPECTED) {
  test(`${expected.file}: the meeting's committee, date, time, place and attendees`, async () => {
    const { doc } = await read(expected.file);
    const m = doc.meeting;
    assert.deepEqual(
      { committee: value(m.committee), date: value(m.meetingDate) ?? value(m.headerDate), time: value(m.time), place: value(m.place) },
      { committee: expected.committee, date: expected.date, time: expected.time, place: expected.place },
    );
    assert.deepEqual(m.participants.map((p) => p.value), expected.participants);
    assert.deepEqual(m.absent.map((p) => p.value), expected.absent);
  });

  test(`${expected.file}: every item with its number, title, case number and sections; the contents`, async () => {
    const { text, doc, cues } = await read(expected.file);
    assert.deepEqual(
      doc.items.map((it) => [it.number, it.title.value, it.caseNumber?.text ?? null, it.sections.map((s) => s.kind).join(' ')]),
      expected.items,
    );
    // Every source sets its item headings in bold, and the cues say so (a cue is a line's, all
    // its words bold: a heading row whose other cells are not, the case number beside the
    // title, is not judged here).
    const bold = new Set(cues.filter((c) => c.bold).map((c) => c.line));
    for (const item of doc.items) {
      const line = doc.lines.positionAt(item.title.span.start).line;
      if (!text.split('\n')[line].includes('\t')) assert.ok(bold.has(line), `item ${item.number}'s heading is bold`);
    }
    assert.deepEqual(doc.toc?.entries.map((e) => e.item) ?? [], expected.toc);
  });

  test(`${expected.file}: clean text, with the running header and footer as page furniture only`, async () => {
    const { text, doc } = await read(expected.file);
    assert.doesNotMatch(text, /[\ufb00-\ufb06\u00ad\ufffd]/, 'no ligature, soft hyphen or unknown character');
    assert.doesNotMatch(text, /(?<![\p{L}\p{N}])(\p{L}+) \1(?![\p{L}\p{N}])/u, 'no word doubled');
    for (const word of expected.words) assert.match(text, new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'), `"${word}" whole`);
    // Every running header's and footer's line is furniture, and nothing a reader reads takes it in.
    const pageLines = [...text.replace(/\f/g, '\n').matchAll(expected.furniture)];
    assert.ok(pageLines.length >= 2, 'a running line on every page');
    for (const line of pageLines) {
      const at = line.index!;
      assert.ok(doc.furniture.some((f) => f.start <= at && at < f.end), `"${line[0]}" is furniture`);
    }
    for (const item of doc.items) {
      assert.doesNotMatch(item.title.value, /Side \d/, 'no title takes in the footer');
      for (const section of item.sections)
        for (const point of section.points) assert.doesNotMatch(point.text, /Side \d+ af|Udskrevet/, `${item.number}: "${point.text}" holds no footer`);
    }
  });
}
