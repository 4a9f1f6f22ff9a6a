// A four-page referat as a municipality's PDF lays it out: a running header and footer with
// "Side N af 4", bold headings, a label/value block, a hyphenated word at a line's end, a vote
// table, a page left blank, and a page in two columns.

import { A4, LEFT, RIGHT, lines, makePdf, runningHeadAndFoot, type Piece } from './makePdf';

export const MINUTES_PAGES = 4;

const page1: Piece[] = [
  ...runningHeadAndFoot(1, MINUTES_PAGES),
  { text: 'Referat af Byrådets møde', x: LEFT, y: 90, size: 18, bold: true },
  { text: 'Mødedato:', x: LEFT, y: 120 },
  { text: 'Mandag d. 3. marts 2025 kl. 17:00', x: 160, y: 120 },
  { text: 'Mødested:', x: LEFT, y: 134 },
  { text: 'Byrådssalen, Rådhuset', x: 160, y: 134 },
  { text: 'Punkt 1: Kommuneplan 2025', x: LEFT, y: 170, size: 13, bold: true },
  { text: 'Sagsfremstilling', x: LEFT, y: 192, bold: true },
  ...lines(
    [
      'Byrådet skal tage stilling til forslaget til kommune-',
      'planen, som Børne- og Ungeudvalget og Klima-, Teknik-',
      'og Miljøudvalget har behandlet. Høringen gav 14 svar fra',
      'borgere og foreninger.',
    ],
    208,
  ),
  ...lines(['Forvaltningen anbefaler, at planen vedtages med de ændringer, der fremgår af bilaget.'], 276),
  { text: 'Beslutning', x: LEFT, y: 310, bold: true },
  ...lines(['Godkendt.'], 326),
];

const page2: Piece[] = [
  ...runningHeadAndFoot(2, MINUTES_PAGES),
  { text: 'Afstemning', x: LEFT, y: 90, bold: true },
  ...[
    ['Navn', 'Parti', 'Stemme'],
    ['Anna Hansen', 'A', 'For'],
    ['Bo Østergaard', 'V', 'Imod'],
    ['Carl Ærø', 'F', 'Undlod'],
  ].flatMap((row, k) => row.map((text, c) => ({ text, x: [LEFT, 220, 320][c], y: 110 + k * 14, bold: k === 0 }))),
];

const columnWidth = (RIGHT - LEFT - 24) / 2;

const page4: Piece[] = [
  ...runningHeadAndFoot(4, MINUTES_PAGES),
  { text: 'Punkt 2: Budget 2026 i to spalter', x: LEFT, y: 90, size: 13, bold: true },
  ...lines(
    [
      'Budgettet for 2026 bygger på de økonomiske',
      'forudsætninger, som Økonomiudvalget har',
      'vedtaget, og på de prognoser for befolk-',
      'ningens udvikling, som forvaltningen har',
      'udarbejdet i foråret.',
    ],
    120,
    { serif: true },
  ),
  ...lines(
    [
      'Anlægsbudgettet rummer blandt andet en ny',
      'skole i den nordlige bydel og en udvidelse',
      'af plejecentret ved havnen, som blev ved-',
      'taget i sidste valgperiode.',
    ],
    120,
    { x: LEFT + columnWidth + 24, serif: true },
  ),
  { text: 'Beslutning', x: LEFT, y: 210, bold: true },
  ...lines(['Budgettet blev godkendt med 25 stemmer for og 6 imod. Forslaget sendes videre til Økonomiudvalget.'], 226, { size: 10 }),
];

/** The page left blank: no text at all, not even the running header. */
const page3: Piece[] = [];

export function minutesPdf(): Promise<Uint8Array> {
  return makePdf([page1, page2, page3, page4]);
}

export { A4 };
