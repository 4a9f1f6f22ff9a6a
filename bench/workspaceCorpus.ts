// A workspace of 1,000 referater for the workspace-index bench, made deterministically from
// the line-structured samples: each file one sample's text under another committee and date,
// items renumbered, and case numbers drawn from a shared pool so that each case recurs in
// about twenty meetings, as a case followed across a municipality's committees does.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = ['000_df28461cf8eca80f.txt', '001_3effd73bd9a734f4.txt', '003_d675881337821316.txt', '004_32a3fcc01710ab42.txt'];
const COMMITTEES = ['Beskæftigelsesudvalget', 'Byrådet', 'Socialudvalget', 'Økonomiudvalget', 'Teknik- og miljøudvalget', 'Børne- og ungeudvalget'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];
/** Distinct cases in the corpus: 1,000 files of about 8 items each share them. */
const CASE_POOL = 400;

/** KLE emner the pool's case numbers are filed under. */
const EMNER = ['15.00.00', '00.30.14', '27.24.00', '17.01.00', '00.01.00'];

const KLE = /\b(\d{2}\.\d{2}\.\d{2})-([A-ZÆØÅ]\d{2})-(\d{1,7})-(\d{2})\b/g;
const YEAR_SERIAL = /(?<![\d/.,-])(\d{2})\/(\d{3,7})(?![\d/])/g;

const pad = (n: number) => String(n).padStart(2, '0');

function header(text: string, committee: string, date: Date): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  return text
    .replace(/^(\s*)REFERAT .* d\. \d{2}-\d{2}-\d{4}/, `$1REFERAT ${committee} d. ${pad(d)}-${pad(m + 1)}-${y}`)
    .replace(/^Mødedato .* kl\./m, `Mødedato ${WEEKDAYS[date.getUTCDay()]} d. ${d}. ${MONTHS[m]} ${y} kl.`);
}

/** The referat numbered `n` of the corpus. */
export function corpusReferat(samplesDir: string, n: number): string {
  const base = readFileSync(join(samplesDir, SAMPLES[n % SAMPLES.length]), 'utf8');
  const date = new Date(Date.UTC(2019, 0, 7) + n * 3 * 86_400_000);
  let k = 0;
  const shared = () => 1 + ((n + 37 * k++) % CASE_POOL);
  let punkt = 1 + ((n * 11) % 300);
  return header(base, COMMITTEES[n % COMMITTEES.length], date)
    .replace(/^Punkt \d+:/gm, () => `Punkt ${punkt++}:`)
    .replace(KLE, () => {
      const c = shared();
      return `${EMNER[c % EMNER.length]}-A00-${c}-20`;
    })
    .replace(YEAR_SERIAL, () => `24/${1000 + shared()}`);
}

/** About `target` characters of minutes: sample 000's items again and again, renumbered. */
export function largeReferat(samplesDir: string, target: number): string {
  const text = readFileSync(join(samplesDir, SAMPLES[0]), 'utf8');
  const first = text.search(/^Punkt \d+:/m);
  const head = text.slice(0, first);
  const body = text.slice(first);
  const parts = [head];
  let size = head.length;
  let punkt = 1;
  while (size < target) {
    const copy = body.replace(/^Punkt \d+:/gm, () => `Punkt ${punkt++}:`);
    parts.push(copy);
    size += copy.length;
  }
  return parts.join('\n');
}

/** Writes the corpus to `dir` (emptied first), in ten folders of a hundred. */
export function writeCorpus(samplesDir: string, dir: string, files: number): void {
  rmSync(dir, { recursive: true, force: true });
  for (let n = 0; n < files; n++) {
    const folder = join(dir, `mappe-${pad(Math.floor(n / 100))}`);
    if (n % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `referat-${String(n).padStart(4, '0')}.txt`), corpusReferat(samplesDir, n));
  }
}
