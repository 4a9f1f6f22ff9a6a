// `referat check FILE...`: the diagnostics of each file (text, PDF or saved web page), as
// `file:line:col: severity: message [code]` lines (1-based line and column, columns in UTF-16
// code units as editors count them, in the extracted text for a PDF or web page), as JSON, or
// as SARIF 2.1.0. Exit 0 clean, 1 on errors (and on warnings with --strict), 2 on
// unreadable input or bad usage.

import { parseReferat, type ReferatDocument } from '../parser';
import { Messages } from '../l10n';
import { findingsOf, format, ruleLevels, type RatedFinding, type RuleLevels } from '../diagnostics';
import type { KleTable } from '../kle/kleTable';
import { InputError, readDocument } from './readInput';
import { envLocale } from './locale';
import { UsageError } from './usage';
import { loadKleTable } from './kleData';
import { sarifLog } from './sarif';
import { place, region } from './positions';

export interface CheckOptions {
  readonly files: readonly string[];
  readonly output: 'text' | 'json' | 'sarif';
  readonly strict: boolean;
  readonly messages: Messages;
  readonly levels: RuleLevels;
}

export function parseCheckArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): CheckOptions {
  const files: string[] = [];
  const overrides: Record<string, string> = {};
  let output: CheckOptions['output'] = 'text';
  let strict = false;
  let lang: string | undefined = envLocale(env);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (name: string) => {
      const eq = arg.indexOf('=');
      if (eq >= 0) return arg.slice(eq + 1);
      if (i + 1 >= args.length) throw new UsageError(`${name} needs a value`);
      return args[++i];
    };
    if (arg === '--json') output = 'json';
    else if (arg === '--strict') strict = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format is text, json or sarif, not '${f}'`);
      output = f;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      lang = value('--lang');
      if (lang !== 'da' && lang !== 'en') throw new UsageError(`--lang is da or en, not '${lang}'`);
    } else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const rule = value('--rule');
      const eq = rule.indexOf('=');
      if (eq <= 0) throw new UsageError(`--rule takes code=off|error|warning|information|hint, not '${rule}'`);
      overrides[rule.slice(0, eq)] = rule.slice(eq + 1);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('check takes at least one FILE');
  const { levels, invalid } = ruleLevels(overrides);
  if (invalid.length > 0) throw new UsageError(`unknown rule or level: ${invalid.join(', ')}`);
  return { files, output, strict, messages: new Messages(lang), levels };
}

export interface CheckedFile {
  readonly file: string;
  readonly doc: ReferatDocument;
  readonly findings: readonly RatedFinding[];
}

export async function check(args: readonly string[]): Promise<number> {
  const options = parseCheckArgs(args);
  const kle: KleTable | null = loadKleTable();
  const checked: CheckedFile[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      const doc = parseReferat(await readDocument(file, options.messages));
      checked.push({ file, doc, findings: findingsOf(doc, { levels: options.levels, kle }) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`referat: ${e.message}\n`);
      unreadable = true;
    }
  }
  const m = options.messages;
  if (options.output === 'sarif') process.stdout.write(JSON.stringify(sarifLog(checked, options.levels, m), null, 2) + '\n');
  else if (options.output === 'json') process.stdout.write(JSON.stringify(checkJson(checked, m), null, 2) + '\n');
  else process.stdout.write(checked.flatMap((c) => c.findings.map((f) => textLine(c, f, m) + '\n')).join(''));
  if (unreadable) return 2;
  const all = checked.flatMap((c) => c.findings);
  return all.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning')) ? 1 : 0;
}

function textLine(c: CheckedFile, f: RatedFinding, m: Messages): string {
  const at = place(c.doc, f.span.start);
  return `${c.file}:${at.line}:${at.column}: ${f.severity}: ${format(m, f.message)} [${f.code}]`;
}

function checkJson(checked: readonly CheckedFile[], m: Messages): unknown {
  return checked.map((c) => ({
    file: c.file,
    diagnostics: c.findings.map((f) => ({
      ...region(c.doc, f.span),
      severity: f.severity,
      code: f.code,
      message: format(m, f.message),
      ...(f.related ? { related: f.related.map((r) => ({ ...region(c.doc, r.span), message: format(m, r.message) })) } : {}),
      ...(f.fix ? { fix: { title: format(m, f.fix.title), edits: f.fix.edits.map((e) => ({ ...region(c.doc, e.span), newText: e.newText })) } } : {}),
    })),
  }));
}
