// Running the rules on small texts: which findings of one code, where, and the text after a fix.

import { parseReferat, type Span } from '../../server/src/parser';
import { findingsOf, type DiagnosticOptions, type RatedFinding, type RuleCode } from '../../server/src/diagnostics';
import { KleTable } from '../../server/src/kle/kleTable';

/** The findings of `code` in `text`. */
export function findings(text: string, code: RuleCode, options: DiagnosticOptions = {}): RatedFinding[] {
  return findingsOf(parseReferat(text), options).filter((f) => f.code === code);
}

/** The spans of `code`'s findings, as the marked text would write them. */
export const spans = (text: string, code: RuleCode, options: DiagnosticOptions = {}): Span[] =>
  findings(text, code, options).map((f) => ({ start: f.span.start, end: f.span.end }));

/** The span of the n-th occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times`);
  }
  return { start: at, end: at + needle.length };
}

/** The text after applying the one fix of the one finding of `code`. */
export function fixed(text: string, code: RuleCode, options: DiagnosticOptions = {}): string {
  const found = findings(text, code, options);
  if (found.length !== 1 || !found[0].fix) throw new Error(`expected one ${code} finding with a fix, got ${found.length}`);
  const edits = [...found[0].fix.edits].sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const e of edits) result = result.slice(0, e.span.start) + e.newText + result.slice(e.span.end);
  return result;
}

/** A referat of 21 May 2024 (a Tuesday) with the given table of contents and items. */
export function referat(body: string, header = 'REFERAT Udvalget for arbejdsmarked og integration 2022-2025 d. 21-05-2024\n\nMødedato Tirsdag d. 21. maj 2024 kl. 14:00\n\n'): string {
  return header + body;
}

export const smallKle = new KleTable('00.01.00\tKommunens styrelse i almindelighed\n15.00.00\tBørn og unge i almindelighed\n', '3.23');
