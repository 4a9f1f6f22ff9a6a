// The KLE table behind the case-number hover: read from the shipped TSV, emner only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KleTable, KLE_VERSION } from '../../server/src/kle/kleTable';
import { repoRoot } from '../testUtil';

const tsv = readFileSync(join(repoRoot, 'data', 'kle', 'kle-emner.tsv'), 'utf8');
const rows = tsv.split('\n').filter((l) => l.includes('\t'));

test('every row of data/kle/kle-emner.tsv is an emne with its title', () => {
  const table = new KleTable(tsv);
  assert.equal(table.size, rows.length);
  for (const row of rows) {
    const [number, title] = row.split('\t');
    assert.deepEqual(table.emne(number), { number, title: title.trim() });
  }
});

test('the version named is the one data/kle/README.md gives', () => {
  const readme = readFileSync(join(repoRoot, 'data', 'kle', 'README.md'), 'utf8');
  assert.ok(readme.includes(`version ${KLE_VERSION}`), `README names version ${KLE_VERSION}`);
});

test('a main group is the first two digits, titled by its NN.00.00 row, or untitled when there is none', () => {
  const table = new KleTable('15.00.00\tBeskæftigelse i almindelighed\r\n15.00.15\tBeskæftigelsesplaner\r\n00.30.14\tBudgetopfølgninger\r\n');
  assert.deepEqual(table.mainGroup('15.00.15'), { number: '15', title: 'Beskæftigelse i almindelighed' });
  assert.deepEqual(table.mainGroup('00.30.14'), { number: '00', title: null });
  assert.equal(table.emne('15.00.15')?.title, 'Beskæftigelsesplaner', 'CRLF rows are read');
  assert.equal(table.emne('99.99.99'), null);
});

test('rows that are no KLE number and title are skipped, and an empty table knows nothing', () => {
  const table = new KleTable('KLE-nummer\ttitel\n00.01.00\t\n\tno number\n00.01.10\tOpgaver\n');
  assert.equal(table.size, 1);
  assert.equal(KleTable.empty.emne('00.01.00'), null);
});
