// What a diagnostic rule is: a stable code, a default severity, and a check from the model to
// findings. Findings are plain data over the model's offsets (no LSP, no language): the runner
// turns them into LSP diagnostics in the user's language, the CLI into lines or SARIF.

import type { ReferatDocument, Span } from '../parser';
import type { KleTable } from '../kle/kleTable';
import type { MessageKey } from '../l10n/messages';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * The rule codes. A table-of-contents entry that merges two items is reported as
 * `toc-mismatch` (it matches no item exactly), with a message and fix of its own.
 */
export type RuleCode =
  | 'toc-mismatch'
  | 'toc-missing-item'
  | 'toc-page-order'
  | 'toc-truncated'
  | 'item-number-order'
  | 'item-no-title'
  | 'no-items'
  | 'empty-section'
  | 'duplicate-section'
  | 'missing-decision'
  | 'empty-decision'
  | 'decision-date-mismatch'
  | 'case-number'
  | 'case-number-future'
  | 'kle-unknown'
  | 'weekday-mismatch'
  | 'invalid-date'
  | 'header-date-mismatch';

/**
 * An argument of a message: text as is, a Danish weekday the English reader gets glossed, or
 * another message (or a list of them) put in the reader's language too.
 */
export type MessageArg = string | number | { readonly weekday: string } | Text | { readonly list: readonly Text[] };

export interface Text {
  readonly key: MessageKey;
  readonly args: readonly MessageArg[];
}

export const text = (key: MessageKey, ...args: MessageArg[]): Text => ({ key, args });

export interface TextEditSpan {
  readonly span: Span;
  readonly newText: string;
}

export interface Finding {
  readonly code: RuleCode;
  /** Where the defect is: the exact text a reader should look at. */
  readonly span: Span;
  readonly message: Text;
  /** Other places that explain it (the item heading a table-of-contents entry should match). */
  readonly related?: ReadonlyArray<{ readonly span: Span; readonly message: Text }>;
  /** A quick fix, only where the right text is clear. */
  readonly fix?: {
    readonly title: Text;
    readonly edits: readonly TextEditSpan[];
    /** False where the fix is one of two readings (the weekday or the date may be the wrong one). */
    readonly preferred?: boolean;
  };
}

export interface RuleContext {
  readonly doc: ReferatDocument;
  /** The KLE emner to check case numbers against; null skips that check. */
  readonly kle: KleTable | null;
}

export interface Rule {
  readonly code: RuleCode;
  readonly severity: Severity;
  /** One line saying what the rule finds (settings, SARIF). */
  readonly description: MessageKey;
  check(context: RuleContext): Finding[];
}
