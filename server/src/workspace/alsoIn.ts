// "Also in": the other meetings and items where a case number appears, for the hover on a
// case number. Answers from what is indexed so far; never waits for the index.

import type { Range } from 'vscode-languageserver-types';
import type { Outcome } from '../parser';
import type { MinutesSummary } from './summary';
import { caseKey } from './summary';
import { caseOccurrences } from './queries';
import { uriFileName, uriKey } from './uriKey';
import type { Messages } from '../l10n';

export interface OtherOccurrence {
  readonly uri: string;
  readonly committee: string | null;
  /** ISO date of the meeting, or null. */
  readonly date: string | null;
  /** The item's number, or null when the number stands outside any item. */
  readonly punkt: number | null;
  readonly title: string | null;
  readonly outcome: Outcome | null;
  /** The item's heading, or the occurrence when it stands outside any item. */
  readonly range: Range;
}

/** The case's items in other files, one entry per item, in meeting date order. */
export function alsoIn(summaries: Iterable<MinutesSummary>, currentUri: string, caseNumber: string): OtherOccurrence[] {
  const current = uriKey(currentUri);
  const seen = new Set<string>();
  const result: OtherOccurrence[] = [];
  for (const hit of caseOccurrences(summaries, caseKey(caseNumber))) {
    if (uriKey(hit.summary.uri) === current) continue;
    const once = `${hit.summary.uri}\u0000${hit.occurrence.item}`;
    if (hit.item && seen.has(once)) continue;
    seen.add(once);
    result.push({
      uri: hit.summary.uri,
      committee: hit.summary.meeting.committee,
      date: hit.summary.meeting.date,
      punkt: hit.item?.number ?? null,
      title: hit.item?.title ?? null,
      outcome: hit.item?.outcome ?? null,
      range: hit.item?.heading ?? hit.occurrence.range,
    });
  }
  return result;
}

/** How many other meetings a hover names before "… and N more". */
const MAX_SHOWN = 8;

const escape = (text: string) => text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);

/**
 * The hover's "Also in: Byrådet, 2024-06-18, Punkt 120; …" line, each entry a link to the
 * item, or null when the case appears in no other indexed file.
 */
export function alsoInMarkdown(summaries: Iterable<MinutesSummary>, currentUri: string, caseNumber: string, messages: Messages): string | null {
  const others = alsoIn(summaries, currentUri, caseNumber);
  if (others.length === 0) return null;
  const shown = others.slice(0, MAX_SHOWN).map((o) => {
    const label = [o.committee, o.date, o.punkt !== null ? `${messages.t('word.punkt')} ${o.punkt}` : null].filter(Boolean).join(', ') || uriFileName(o.uri);
    return `[${escape(label)}](${o.uri}#L${o.range.start.line + 1})`;
  });
  if (others.length > MAX_SHOWN) shown.push(messages.t('hover.more', others.length - MAX_SHOWN));
  return messages.t('hover.case.alsoIn', shown.join('; '));
}
