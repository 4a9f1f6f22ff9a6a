// The registry: stable codes, levels from settings and flags, and every string in both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_CODES, ruleLevels } from '../../server/src/diagnostics';
import { DIAGNOSTIC_MESSAGES } from '../../server/src/l10n/diagnosticMessages';
import { repoRoot } from '../testUtil';

test('rule codes are unique, and the settings schema (referat.rules) offers exactly them', () => {
  assert.equal(new Set(RULE_CODES).size, RULE_CODES.length);
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const rules = manifest.contributes.configuration.properties['referat.rules'];
  assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_CODES].sort());
  for (const code of RULE_CODES) assert.deepEqual(rules.properties[code].enum, ['off', 'error', 'warning', 'information', 'hint']);
  assert.equal(manifest.contributes.configuration.properties['referat.workspaceDiagnostics'].default, true);
});

test('the README lists every rule code', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  for (const code of RULE_CODES) assert.ok(readme.includes(`\`${code}\``), `README lacks ${code}`);
});

test('overrides change levels by code; unknown codes and levels are reported, not applied', () => {
  const { levels, invalid } = ruleLevels({ 'toc-truncated': 'off', 'empty-section': 'Error', 'kle-unknown': 'info', 'toc-typo': 'off', 'case-number': 'loud' });
  assert.equal(levels.get('toc-truncated'), 'off');
  assert.equal(levels.get('empty-section'), 'error');
  assert.equal(levels.get('kle-unknown'), 'information');
  assert.equal(levels.get('case-number'), 'warning', 'an invalid level leaves the default');
  assert.deepEqual(invalid, ['toc-typo=off', 'case-number=loud']);
});

test('default severities: errors break navigation, hints are for what is merely untidy', () => {
  const severity = Object.fromEntries(RULES.map((r) => [r.code, r.severity]));
  assert.equal(severity['item-number-order'], 'error');
  assert.equal(severity['toc-truncated'], 'hint');
  assert.equal(severity['kle-unknown'], 'hint');
  assert.equal(severity['toc-mismatch'], 'warning');
});

test('every diagnostic string exists in English and Danish, and every rule has a description', () => {
  assert.deepEqual(Object.keys(DIAGNOSTIC_MESSAGES.da).sort(), Object.keys(DIAGNOSTIC_MESSAGES.en).sort());
  for (const rule of RULES) assert.ok(rule.description in DIAGNOSTIC_MESSAGES.en, rule.code);
  for (const [key, en] of Object.entries(DIAGNOSTIC_MESSAGES.en)) {
    const da: string = DIAGNOSTIC_MESSAGES.da[key as keyof typeof DIAGNOSTIC_MESSAGES.da];
    assert.deepEqual(da.match(/\{\d\}/g)?.sort() ?? [], en.match(/\{\d\}/g)?.sort() ?? [], `placeholders of ${key}`);
  }
});
