// Quick fixes: the fixes the diagnostics rules offer, for the diagnostics the editor sends that
// touch the range it asks about. Each action names the diagnostic it fixes (same code and range)
// so the editor shows it in that diagnostic's light bulb.

import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ReferatDocument } from '../parser';
import type { Messages } from '../l10n';
import { DEFAULT_LEVELS, DIAGNOSTIC_SOURCE, findingsOf, format, toDiagnostic, type DiagnosticOptions } from '../diagnostics';
import { toRange, type Cancellation } from './convert';

export function codeActions(
  doc: ReferatDocument,
  uri: string,
  range: Range,
  contextDiagnostics: readonly Diagnostic[],
  messages: Messages,
  options: DiagnosticOptions,
  token: Cancellation,
): CodeAction[] {
  // Editors ask on every cursor move; only the rules of the diagnostics at hand need to run.
  const wanted = new Set(contextDiagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE).map((d) => String(d.code)));
  if (wanted.size === 0) return [];
  const levels = new Map([...(options.levels ?? DEFAULT_LEVELS)].map(([code, level]) => [code, wanted.has(code) ? level : ('off' as const)]));
  const from = doc.lines.offsetAt(range.start);
  const to = doc.lines.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const finding of findingsOf(doc, { ...options, levels }, token)) {
    if (!finding.fix || finding.span.end < from || finding.span.start > to) continue;
    const own = toDiagnostic(doc, uri, finding, messages);
    const reported = contextDiagnostics.find((d) => d.code === own.code && sameRange(d.range, own.range));
    actions.push({
      title: format(messages, finding.fix.title),
      kind: CodeActionKind.QuickFix,
      diagnostics: [reported ?? own],
      isPreferred: finding.fix.preferred !== false,
      edit: { changes: { [uri]: finding.fix.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })) } },
    });
  }
  return token.isCancellationRequested ? [] : actions;
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
