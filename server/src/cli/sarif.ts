// SARIF 2.1.0 for `referat check --format sarif`, for code-scanning tools. Lines and columns
// are 1-based; columns count UTF-16 code units, as the run's columnKind says.

import { pathToFileURL } from 'node:url';
import { isAbsolute, sep } from 'node:path';
import { RULES, format, type RatedFinding, type RuleLevels, type Severity } from '../diagnostics';
import type { Messages } from '../l10n';
import type { CheckedFile } from './check';
import { region } from './positions';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A file as a URI reference: relative paths stay relative (to the working directory), with forward slashes. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).toString();
  return file.split(sep).map(encodeURIComponent).join('/');
}

export function sarifLog(checked: readonly CheckedFile[], levels: RuleLevels, messages: Messages): unknown {
  const index = new Map(RULES.map((r, i) => [r.code, i]));
  const rules = RULES.map((r) => {
    const level = levels.get(r.code) ?? r.severity;
    return {
      id: r.code,
      shortDescription: { text: messages.t(r.description) },
      defaultConfiguration: level === 'off' ? { enabled: false, level: LEVEL[r.severity] } : { level: LEVEL[level] },
    };
  });
  const results = checked.flatMap((c) =>
    c.findings.map((f: RatedFinding) => {
      const artifactLocation = { uri: artifactUri(c.file) };
      return {
        ruleId: f.code,
        ruleIndex: index.get(f.code),
        level: LEVEL[f.severity],
        message: { text: format(messages, f.message) },
        locations: [{ physicalLocation: { artifactLocation, region: region(c.doc, f.span) } }],
        ...(f.related
          ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation, region: region(c.doc, r.span) }, message: { text: format(messages, r.message) } })) }
          : {}),
        ...(f.fix
          ? {
              fixes: [
                {
                  description: { text: format(messages, f.fix.title) },
                  artifactChanges: [{ artifactLocation, replacements: f.fix.edits.map((e) => ({ deletedRegion: region(c.doc, e.span), insertedContent: { text: e.newText } })) }],
                },
              ],
            }
          : {}),
      };
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'referat', rules } }, columnKind: 'utf16CodeUnits', results }],
  };
}
