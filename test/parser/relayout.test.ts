// The samples' items written the way other systems write them: the same minutes with the item
// headings as "5. Title", "Pkt. 5 Title", the number alone above the title, or a PDF table's
// "5 Title", the section headings in capitals with a colon, and a PDF's running header, footer and
// page numbers between the pages. Every item must still be found, with its number and title: the
// parser reads the domain, not the samples' layout.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferat } from '../../server/src/parser';
import { samples } from '../testUtil';

const LAYOUTS: ReadonlyArray<readonly [name: string, heading: (n: string, title: string) => string]> = [
  ['"5. Title"', (n, t) => `${n}. ${t}`],
  ['"Pkt. 5 Title"', (n, t) => `Pkt. ${n} ${t}`],
  ['the number alone above the title', (n, t) => `${n}\n${t}`],
  ['"5 Title" (a PDF table)', (n, t) => `${n} ${t}`],
];

/** Form feeds every `every` lines, each page with a running header and "Side N af M" at its foot. */
function asPdfPages(text: string, every: number): string {
  const lines = text.split('\n');
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += every) pages.push(lines.slice(i, i + every).join('\n'));
  return pages.map((p, k) => `Udvalget for Test\nÅbent referat\n${p}\nSide ${k + 1} af ${pages.length}\n`).join('\f');
}

const lineStructured = samples().filter((s) => parseReferat(s.text).format === 'line-structured');

for (const [name, heading] of LAYOUTS) {
  test(`the samples with item headings written as ${name}, headings in capitals and PDF pages: every item found`, () => {
    for (const sample of lineStructured) {
      const text = sample.text
        .replace(/^Punkt (\d+): (.*)$/gm, (_, n: string, t: string) => heading(n, t))
        .replace(/^(Indstilling|Beslutning|Sagsfremstilling|Beslutningstema|Bilag)$/gm, (h: string) => `${h.toUpperCase()}:`);
      const doc = parseReferat(asPdfPages(text, 37));
      assert.deepEqual(
        doc.items.map((it) => [it.number, it.title.value]),
        sample.gold.items.map((it) => [it.number, it.title]),
        `${sample.name} as ${name}`,
      );
      assert.ok(doc.furniture.length > 0, 'the running header and the page numbers are furniture');
    }
  });
}
