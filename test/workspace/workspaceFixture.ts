// A workspace on disk for the index tests: the five samples, plus small minutes of other
// committees that share case numbers with them, plus files the index must skip.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { samples } from '../testUtil';

/** The council, later than samples 000 and 001, on two of their cases. */
export const BYRAADET = `REFERAT Byrådet d. 18-06-2024

Mødedato Tirsdag d. 18. juni 2024 kl. 19:00

Mødested Byrådssalen

Punkt 120: Kvalitetsstandard for Rusmiddelcenter Jammerbugt

15.00.00-A00-89-18

Indstilling

1. at kvalitetsstandarden godkendes.

Beslutning

Godkendt.

Punkt 121: Beskæftigelsesplan 2025

24/6822

Sagsfremstilling

Udvalget for arbejdsmarked og integration har drøftet planen, jf. sag 24/6822.

Beslutning

Taget til efterretning.
`;

/** The meeting sample 001's "Tidligere behandling" names: "19.03.2024 Udvalget for arbejdsmarked og integration." */
export const UAI_MARCH = `REFERAT Udvalget for arbejdsmarked og integration 2022-2025 d. 19-03-2024

Mødedato Tirsdag d. 19. marts 2024 kl. 14:00

Mødested Vejen Rådhus

Punkt 11: Godkendelse af dagsorden

24/4001

Beslutning

Godkendt.

Punkt 12: Budget 2025-2028 (B)

24/5119

Beslutning

Drøftet.
`;

/** The meeting sample 003 quotes: "Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:". */
export const SOCIALUDVALGET = `REFERAT Socialudvalget d. 21-09-2020

Mødedato Mandag d. 21. september 2020 kl. 16:00

Mødested Rådhuset

Punkt 94: Godkendelse af dagsorden

20/1001

Beslutning

Godkendt.

Punkt 95: Samarbejdsaftale med Mødrehjælpen

00.01.00-I00-23-12

Beslutning

Indstilles godkendt.
`;

export interface Workspace {
  readonly dir: string;
  readonly rootUri: string;
  uri(...parts: string[]): string;
  path(...parts: string[]): string;
  remove(): void;
}

export function buildWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'referat-workspace-'));
  const path = (...parts: string[]) => join(dir, ...parts);
  mkdirSync(path('samples'));
  for (const s of samples()) copyFileSync(s.path, path('samples', s.name));
  mkdirSync(path('andre udvalg'));
  writeFileSync(path('andre udvalg', 'a-byraadet.referat'), BYRAADET);
  writeFileSync(path('andre udvalg', 'uai-2024-03-19.referat.txt'), UAI_MARCH);
  writeFileSync(path('andre udvalg', 'socialudvalget.referat'), SOCIALUDVALGET);
  // Skipped: not minutes, and minutes inside node_modules and .git.
  writeFileSync(path('noter.txt'), 'Husk at læse referatet fra byrådet.\n');
  for (const skipped of ['node_modules', '.git']) {
    mkdirSync(path(skipped));
    writeFileSync(path(skipped, 'kopi.referat'), BYRAADET.replace('Byrådet', 'Kopiudvalget'));
  }
  return {
    dir,
    rootUri: pathToFileURL(dir).toString(),
    uri: (...parts) => pathToFileURL(path(...parts)).toString(),
    path,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
