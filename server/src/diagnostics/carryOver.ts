// Diagnostics after an edit, carrying over those that did not change. A letter typed into a
// 1 MB referat changes the findings of one item at most, but turning 300 findings into LSP
// ranges and messages again cost 0.8 ms and 360 kB per keystroke, and encoding them for the
// client as much again (bench: --only-typing). A finding the rules give again (same code,
// severity, message and related notes, where the edit moved it) keeps the diagnostic published
// before: the same object, which the encoder sends as the bytes it sent before, or a copy with
// its lines moved when the edit added or removed lines. The rules still run over the whole
// model: a finding far from the edit may depend on it (a contents entry and its item).
// test/diagnostics/carryOver.test.ts compares the result with a fresh conversion for random edits.

import type { Diagnostic, DiagnosticRelatedInformation, Position, Range } from 'vscode-languageserver-types';
import type { ReferatDocument, Span, TextEdit } from '../parser';
import type { Messages } from '../l10n';
import { notCancelled, type Cancellation } from '../languageFeatures/convert';
import { findingsOf, toDiagnostic, type DiagnosticOptions, type RatedFinding } from './run';
import type { MessageArg, Text } from './rule';

/** Diagnostics as published for one version, with what they were made from. */
export interface Published {
  readonly lineCount: number;
  readonly findings: readonly RatedFinding[];
  readonly diagnostics: readonly Diagnostic[];
  readonly messages: Messages;
  readonly levels: DiagnosticOptions['levels'];
  readonly kle: DiagnosticOptions['kle'];
}

/** Diagnostics published for an earlier version and the one edit that made `doc`'s text from its text. */
export interface Before {
  readonly published: Published;
  readonly edit: TextEdit;
}

/** Where an offset of the new text was in the old one, and whether its line moved; null inside the edit's lines. */
interface OldPlace {
  readonly offset: number;
  readonly moved: boolean;
}

/** The diagnostics of `doc`, those that did not change taken from `before`; with what they were made from. */
export function diagnosticsAfterEdit(
  doc: ReferatDocument,
  uri: string,
  messages: Messages,
  options: DiagnosticOptions,
  before: Before | null,
  token: Cancellation = notCancelled,
): Published {
  const findings = findingsOf(doc, options, token);
  const usable = before && before.published.messages === messages && before.published.levels === options.levels && before.published.kle === options.kle;
  const carry = usable ? carrier(doc, before) : null;
  const diagnostics = token.isCancellationRequested ? [] : findings.map((f) => carry?.(f) ?? toDiagnostic(doc, uri, f, messages));
  return { lineCount: doc.lines.lineCount, findings, diagnostics, messages, levels: options.levels, kle: options.kle };
}

/** A function giving the diagnostic published before for a finding that did not change, else null. */
function carrier(doc: ReferatDocument, before: Before): (finding: RatedFinding) => Diagnostic | null {
  const { published, edit } = before;
  const delta = edit.insertedLength - (edit.end - edit.start);
  const lineDelta = doc.lines.lineCount - published.lineCount;
  // Text after the line the edit ends on is the old text, on lines moved by lineDelta. Text
  // before the edit is unchanged, except that an edit right after a \r may join or split a \r\n.
  const afterLine = doc.lines.positionAt(edit.start + edit.insertedLength).line + 1;
  const afterStart = afterLine < doc.lines.lineCount ? doc.lines.lineStarts[afterLine] : Infinity;
  const oldPlace = (offset: number): OldPlace | null => {
    if (offset < edit.start || (offset === edit.start && doc.text.charCodeAt(offset - 1) !== 13)) return { offset, moved: false };
    if (offset >= afterStart) return { offset: offset - delta, moved: lineDelta !== 0 };
    return null;
  };
  // The findings published before, by where they start: few share a start.
  const byStart = new Map<number, number[]>();
  published.findings.forEach((f, i) => {
    const list = byStart.get(f.span.start);
    if (list) list.push(i);
    else byStart.set(f.span.start, [i]);
  });
  const taken = new Uint8Array(published.findings.length);
  const noRelated: ReadonlyArray<readonly [OldPlace, OldPlace]> = [];

  return (finding) => {
    const start = oldPlace(finding.span.start);
    const end = start && oldPlace(finding.span.end);
    if (!start || !end) return null;
    let related = noRelated;
    if (finding.related) {
      const places = finding.related.map((r) => [oldPlace(r.span.start), oldPlace(r.span.end)] as const);
      if (places.some(([a, b]) => !a || !b)) return null;
      related = places as ReadonlyArray<readonly [OldPlace, OldPlace]>;
    }
    const candidates = byStart.get(start.offset);
    if (!candidates) return null;
    let i = -1;
    for (const j of candidates) {
      const old = published.findings[j];
      if (!taken[j] && old.code === finding.code && old.span.end === end.offset && sameFinding(old, finding, related)) {
        i = j;
        break;
      }
    }
    if (i < 0) return null;
    taken[i] = 1;
    const old = published.diagnostics[i];
    const moved = start.moved || end.moved || related.some(([a, b]) => a.moved || b.moved);
    if (!moved) return old;
    return {
      ...old,
      range: movedRange(old.range, start, end, lineDelta),
      ...(old.relatedInformation ? { relatedInformation: old.relatedInformation.map((r, j) => movedRelated(r, related[j], lineDelta)) } : {}),
    };
  };
}

function sameFinding(old: RatedFinding, found: RatedFinding, related: ReadonlyArray<readonly [OldPlace, OldPlace]>): boolean {
  if (old.severity !== found.severity || !sameText(old.message, found.message)) return false;
  const oldRelated = old.related ?? [];
  if (oldRelated.length !== related.length) return false;
  return oldRelated.every((r, j) => sameSpan(r.span, related[j]) && sameText(r.message, found.related![j].message));
}

const sameSpan = (span: Span, [start, end]: readonly [OldPlace, OldPlace]) => span.start === start.offset && span.end === end.offset;

function sameText(a: Text, b: Text): boolean {
  return a.key === b.key && a.args.length === b.args.length && a.args.every((arg, i) => sameArg(arg, b.args[i]));
}

function sameArg(a: MessageArg, b: MessageArg): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if ('weekday' in a || 'weekday' in b) return 'weekday' in a && 'weekday' in b && a.weekday === b.weekday;
  if ('list' in a || 'list' in b) return 'list' in a && 'list' in b && a.list.length === b.list.length && a.list.every((t, i) => sameText(t, b.list[i]));
  return sameText(a, b);
}

const movedPosition = (p: Position, place: OldPlace, lineDelta: number): Position => (place.moved ? { line: p.line + lineDelta, character: p.character } : p);

function movedRange(range: Range, start: OldPlace, end: OldPlace, lineDelta: number): Range {
  return { start: movedPosition(range.start, start, lineDelta), end: movedPosition(range.end, end, lineDelta) };
}

function movedRelated(r: DiagnosticRelatedInformation, [start, end]: readonly [OldPlace, OldPlace], lineDelta: number): DiagnosticRelatedInformation {
  return start.moved || end.moved ? { location: { uri: r.location.uri, range: movedRange(r.location.range, start, end, lineDelta) }, message: r.message } : r;
}
