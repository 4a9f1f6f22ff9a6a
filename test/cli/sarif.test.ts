// `referat check --format sarif`: a structurally valid SARIF 2.1.0 log.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { repoRoot, samples } from '../testUtil';
import { cli, scratch } from './run';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const LEVELS = ['none', 'note', 'warning', 'error'];
const isPositiveInt = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;

/** The parts of SARIF 2.1.0 that viewers rely on, checked one by one with the path named. */
function assertSarif(log: Json): void {
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1, 'runs');
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const driver = run.tool.driver;
  assert.equal(typeof driver.name, 'string');
  assert.ok(Array.isArray(driver.rules) && driver.rules.length > 0, 'driver.rules');
  const ids = driver.rules.map((r: Json) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const r of driver.rules) {
    assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/, `rule id ${r.id}`);
    assert.ok(typeof r.shortDescription?.text === 'string' && r.shortDescription.text.length > 0, `${r.id}.shortDescription`);
    assert.ok(LEVELS.includes(r.defaultConfiguration?.level), `${r.id}.defaultConfiguration.level`);
  }
  assert.ok(Array.isArray(run.results), 'results');
  for (const [i, res] of run.results.entries()) {
    assert.ok(ids.includes(res.ruleId), `results[${i}].ruleId ${res.ruleId}`);
    assert.equal(driver.rules[res.ruleIndex].id, res.ruleId, `results[${i}].ruleIndex`);
    assert.ok(LEVELS.includes(res.level), `results[${i}].level`);
    assert.ok(typeof res.message?.text === 'string' && res.message.text.length > 0, `results[${i}].message.text`);
    assert.ok(Array.isArray(res.locations) && res.locations.length === 1, `results[${i}].locations`);
    const loc = res.locations[0].physicalLocation;
    assert.equal(typeof loc.artifactLocation.uri, 'string');
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(isPositiveInt(loc.region[k]), `results[${i}].region.${k}`);
    assert.ok(loc.region.endLine > loc.region.startLine || loc.region.endColumn >= loc.region.startColumn, `results[${i}] region is not reversed`);
  }
}

test('SARIF for the samples is valid 2.1.0, with every rule described and one result per diagnostic', () => {
  const files = samples().map((s) => relative(repoRoot, s.path));
  const r = cli(['check', '--format', 'sarif', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const log = JSON.parse(r.stdout);
  assertSarif(log);
  const json = JSON.parse(cli(['check', '--json', ...files]).stdout) as { diagnostics: unknown[] }[];
  assert.equal(log.runs[0].results.length, json.reduce((n, f) => n + f.diagnostics.length, 0));
  const gold = log.runs[0].results.find((x: Json) => x.ruleId === 'case-number');
  assert.deepEqual(gold.locations[0].physicalLocation, {
    artifactLocation: { uri: 'test/fixtures/samples/003_d675881337821316.txt' },
    region: { startLine: 112, startColumn: 1, endLine: 112, endColumn: 18 },
  });
  assert.equal(gold.level, 'warning');
});

test('SARIF levels follow --rule: a rule turned off is disabled, one raised reports at its new level', () => {
  const dir = scratch({ 'w.referat': 'Punkt 1: Første\n\nBilag\n\nBeslutning\n\nGodkendt.\n' });
  const log = JSON.parse(cli(['check', '--format=sarif', '--rule', 'empty-section=error', '--rule', 'toc-truncated=off', 'w.referat'], dir).stdout);
  assertSarif(log);
  const rules = log.runs[0].tool.driver.rules;
  assert.deepEqual(rules.find((r: Json) => r.id === 'empty-section').defaultConfiguration, { level: 'error' });
  assert.equal(rules.find((r: Json) => r.id === 'toc-truncated').defaultConfiguration.enabled, false);
  assert.deepEqual(log.runs[0].results.map((x: Json) => [x.ruleId, x.level]), [['empty-section', 'error']]);
  assert.deepEqual(log.runs[0].results[0].fixes[0].artifactChanges[0].replacements, [
    { deletedRegion: { startLine: 3, startColumn: 1, endLine: 5, endColumn: 1 }, insertedContent: { text: '' } },
  ]);
});
