// Hover on a case number (sagsnummer): its parts in words, and where else in this document it
// stands. KLE titles come from the shipped table; an emne the table lacks is said to be unknown,
// and handlingsfacetter are named, never titled (the table has none).

import type { CaseNumber, ReferatDocument } from '../parser';
import { itemAt } from '../parser';
import type { Messages } from '../l10n';
import type { KleTable } from '../kle/kleTable';
import { escapeMarkdown } from './markdown';

/** How many other places a hover lists before "… and N more". */
const MAX_PLACES = 12;

export function caseNumberHover(doc: ReferatDocument, found: CaseNumber, messages: Messages, kle: KleTable): string {
  const lines = [`**${escapeMarkdown(found.text)}** · ${styleName(found, messages)}`, ''];
  const parts = partsOf(found, messages, kle);
  lines.push(...parts.map((p) => `- ${p}`), '');
  lines.push(...placesOf(doc, found, messages));
  return lines.join('\n').trimEnd();
}

function styleName(c: CaseNumber, messages: Messages): string {
  switch (c.style) {
    case 'kle':
      return messages.t('hover.case.kle');
    case 'year-serial':
      return messages.t('hover.case.yearSerial');
    case 'emn':
      return messages.t('hover.case.emn');
    case 'year-prefixed':
      return messages.t('hover.case.yearPrefixed');
    case 'custom':
      return messages.t('hover.case.custom', escapeMarkdown(c.patternName ?? ''));
  }
}

function partsOf(c: CaseNumber, messages: Messages, kle: KleTable): string[] {
  const parts: string[] = [];
  const code = (s: string) => `\`${s}\``;
  if (c.kle) {
    const emne = kle.emne(c.kle.emne);
    parts.push(
      emne
        ? messages.t('hover.case.emne', code(c.kle.emne), escapeMarkdown(emne.title), kle.version)
        : messages.t('hover.case.emneUnknown', code(c.kle.emne), kle.version),
    );
    const group = kle.mainGroup(c.kle.emne);
    parts.push(
      group.title
        ? messages.t('hover.case.mainGroup', code(group.number), escapeMarkdown(group.title))
        : messages.t('hover.case.mainGroupUnknown', code(group.number), kle.version),
    );
    parts.push(messages.t(c.problem === 'facet' ? 'hover.case.facetMalformed' : 'hover.case.facet', code(c.kle.facet)));
    parts.push(messages.t('hover.case.serial', c.kle.serial));
  } else if (c.serial !== undefined) {
    parts.push(messages.t('hover.case.serial', c.serial));
  }
  if (c.fullYear !== null) parts.push(messages.t('hover.case.year', c.fullYear));
  return parts;
}

/** The other places the same case number stands, as "Punkt 65, line 167" (1-based lines). */
function placesOf(doc: ReferatDocument, c: CaseNumber, messages: Messages): string[] {
  const others = doc.caseNumbers.filter((o) => o.text === c.text && o.span.start !== c.span.start);
  if (others.length === 0) return [messages.t('hover.case.nowhereElse')];
  const shown = others.slice(0, MAX_PLACES).map((o) => {
    const line = doc.lines.positionAt(o.span.start).line + 1;
    const item = itemAt(doc.items, o.span.start);
    return `- ${item ? messages.t('hover.place.item', item.number, line) : messages.t('hover.place.line', line)}`;
  });
  if (others.length > MAX_PLACES) shown.push(`- ${messages.t('hover.more', others.length - MAX_PLACES)}`);
  return [messages.t('hover.case.elsewhere'), '', ...shown];
}
