// The KLE table shipped in data/kle, found next to dist/ (where the bundled CLI runs from).
// Without it the CLI still checks everything but unknown KLE emner.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KleTable } from '../kle/kleTable';

export function loadKleTable(): KleTable | null {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const file = join(dir, 'data', 'kle', 'kle-emner.tsv');
    if (existsSync(file)) {
      try {
        return new KleTable(readFileSync(file, 'utf8'));
      } catch {
        return null;
      }
    }
    dir = dirname(dir);
  }
  return null;
}
