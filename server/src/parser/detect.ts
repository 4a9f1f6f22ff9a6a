// Is this text a referat? Used by the client to switch a .txt file's language. It reads only
// the start of the text, so opening a huge file costs nothing.

import type { DocumentKind, ReferatDocument } from './model';
import { parseReferat } from './parse';

const SAMPLE_LENGTH = 64 * 1024;

export function looksLikeMinutes(text: string): boolean {
  return detectMinutes(text).minutes;
}

/**
 * looksLikeMinutes, and the model it judged by when that is the whole text parsed with the
 * default options (a text no longer than the sample), so a caller need not parse it again.
 */
export function detectMinutes(text: string): { minutes: boolean; model: ReferatDocument | null } {
  const head = text.slice(0, SAMPLE_LENGTH);
  if (head.includes('\u0000')) return { minutes: false, model: null };
  const doc = parseReferat(head);
  return { minutes: judge(doc), model: head.length === text.length ? doc : null };
}

/**
 * Minutes show themselves by their body: items that carry section headings or case numbers,
 * under a meeting header or a table of contents. Numbered lines alone are any list (a README's
 * steps), so they never decide.
 */
function judge(doc: ReferatDocument): boolean {
  const withBody = doc.items.filter((it) => it.sections.length > 0 || it.caseNumber !== null).length;
  const header = doc.meeting.committee !== null || doc.meeting.meetingDate !== null || doc.meeting.headerDate !== null;
  if (withBody >= 1 && (header || doc.toc !== null || withBody >= 2)) return true;
  // One item's page (portals that publish each item alone): its case number and a section, or
  // two kinds of section, say minutes without a header.
  if (doc.items.length === 1 && ownBody(doc.items[0])) return true;
  // A copy with a page per line (a long numbered paragraph each) whose front page names the
  // document and its meeting: the items found inline there are the minutes' own.
  if (doc.format === 'page-per-line transcript' && doc.items.length > 0 && doc.meeting.kind !== null && header) return true;
  // A header that names the document ("Referat", "Dagsorden": without items the model's kind is
  // the header's word) and its meeting date, with items not (yet) read.
  return doc.items.length === 0 && doc.meeting.kind !== null && (doc.meeting.meetingDate !== null || doc.meeting.headerDate !== null);
}

function ownBody(item: ReferatDocument['items'][number]): boolean {
  const kinds = new Set(item.sections.filter((s) => s.prior === null).map((s) => s.kind));
  return kinds.size >= 2 || (kinds.size >= 1 && item.caseNumber !== null);
}

/** What the text is, as `referat outline --json` says it: minutes, an agenda, or null (not minutes). */
export function minutesKind(doc: ReferatDocument): DocumentKind | null {
  if (!judge(doc)) return null;
  return doc.meeting.kind ?? 'dagsorden';
}
