// The committee of a page whose header names none (a portal's "Dato:" and "Sted:", then the
// items): the items name it, in their case-number lines ("Sagsnr. 299835 Kultur- og
// Idrætsudvalget Åbent punkt") and in this meeting's decision headings ("Kultur- og
// Idrætsudvalget, 03-04-2019, pkt. 42", "Beslutning i Byrådet den 24-04-2019"). Only a body
// every such line names alike: a page naming two is not read for one. An earlier meeting's
// decision (prior) names another body and does not count.

import type { AgendaItem, Located } from './model';
import { decisionBodyName } from './headings';
import { bodyName } from './bodyName';
import { namesBody } from './header';
import { ITEM_ACCESS_WORDS } from './vocabulary';

export function bodyFromItems(text: string, items: readonly AgendaItem[]): Located | null {
  let first: Located | null = null;
  const agrees = (found: Located | null): boolean => {
    if (found === null || !namesBody(found.value)) return true;
    if (first === null) first = found;
    return sameBody(first.value, found.value);
  };
  for (const item of items) {
    if (item.caseNumber !== null && !agrees(bodyAfterCaseNumber(text, item.caseNumber.span.end))) return null;
    for (const section of item.sections) {
      if (section.kind !== 'Beslutning' || section.prior !== null) continue;
      const named = decisionBodyName(section.heading.value);
      if (named === null) continue;
      const start = section.heading.span.start + named.at;
      if (!agrees({ value: named.name, span: { start, end: start + named.name.length } })) return null;
    }
  }
  // As every reader's committee, the body's name alone (bodyName.ts).
  return bodyName(first);
}

const sameBody = (a: string, b: string) => a.toLocaleLowerCase('da') === b.toLocaleLowerCase('da');

/** "Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt": the body between the case number and the item's openness, to the line's end. */
function bodyAfterCaseNumber(text: string, from: number): Located | null {
  const lineEnd = text.indexOf('\n', from);
  const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  const m = BODY_BEFORE_ACCESS.exec(rest);
  if (m === null) return null;
  const start = from + m[0].indexOf(m[1]);
  return { value: m[1], span: { start, end: start + m[1].length } };
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ACCESS = ITEM_ACCESS_WORDS.map(([w]) => escape(w)).sort((a, b) => b.length - a.length).join('|');
const BODY_BEFORE_ACCESS = new RegExp(`^[ \\t]+(\\p{Lu}[^\\n]{1,80}?)[ \\t]+(?:${ACCESS})[ \\t\\r]*$`, 'u');
