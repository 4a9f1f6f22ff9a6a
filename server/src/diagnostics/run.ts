// The runner: model -> findings (each rule that is not off, in registry order, sorted by place)
// -> LSP diagnostics in the user's language.

import type { MessageArg } from './rule';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { ReferatDocument } from '../parser';
import type { KleTable } from '../kle/kleTable';
import type { Messages } from '../l10n';
import { toRange, type Cancellation, notCancelled } from '../languageFeatures/convert';
import { DEFAULT_LEVELS, RULES, type RuleLevels } from './registry';
import type { Finding, Severity, Text } from './rule';

export const DIAGNOSTIC_SOURCE = 'referat';

export interface DiagnosticOptions {
  readonly levels?: RuleLevels;
  readonly kle?: KleTable | null;
  /** Called when a rule throws; its findings are then left out. Without it the error propagates. */
  readonly onRuleError?: (code: string, error: unknown) => void;
}

export interface RatedFinding extends Finding {
  readonly severity: Severity;
}

/** The findings of every rule that is on, by place in the text. A failing rule costs only its own findings. */
export function findingsOf(doc: ReferatDocument, options: DiagnosticOptions = {}, token: Cancellation = notCancelled): RatedFinding[] {
  const levels = options.levels ?? DEFAULT_LEVELS;
  const found: RatedFinding[] = [];
  for (const rule of RULES) {
    if (token.isCancellationRequested) return [];
    const level = levels.get(rule.code) ?? rule.severity;
    if (level === 'off') continue;
    try {
      for (const f of rule.check({ doc, kle: options.kle ?? null })) found.push({ ...f, severity: level });
    } catch (e) {
      if (!options.onRuleError) throw e;
      options.onRuleError(rule.code, e);
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function format(messages: Messages, t: Text): string {
  return messages.t(t.key, ...t.args.map((a) => formatArg(messages, a)));
}

function formatArg(messages: Messages, a: MessageArg): string | number {
  if (typeof a !== 'object') return a;
  if ('weekday' in a) return messages.weekday(a.weekday);
  if ('list' in a) return a.list.map((t) => format(messages, t)).join(', ');
  return format(messages, a);
}

export function toDiagnostic(doc: ReferatDocument, uri: string, finding: RatedFinding, messages: Messages): Diagnostic {
  const related: DiagnosticRelatedInformation[] | undefined = finding.related?.map((r) => ({
    location: { uri, range: toRange(doc, r.span) },
    message: format(messages, r.message),
  }));
  return {
    range: toRange(doc, finding.span),
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: format(messages, finding.message),
    ...(related && related.length > 0 ? { relatedInformation: related } : {}),
  };
}

export function diagnosticsOf(doc: ReferatDocument, uri: string, messages: Messages, options: DiagnosticOptions = {}, token: Cancellation = notCancelled): Diagnostic[] {
  const findings = findingsOf(doc, options, token);
  return token.isCancellationRequested ? [] : findings.map((f) => toDiagnostic(doc, uri, f, messages));
}
