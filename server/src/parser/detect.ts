// Is this text a referat? Used by the client to switch a .txt file's language. It reads only
// the start of the text, so opening a huge file costs nothing.

import type { ReferatDocument } from './model';
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

function judge(doc: ReferatDocument): boolean {
  if (doc.items.length >= 1 && (doc.meeting.kind !== null || doc.toc !== null)) return true;
  if (doc.items.length >= 2 && doc.items.some((it) => it.sections.length > 0)) return true;
  return doc.meeting.kind !== null && doc.meeting.meetingDate !== null;
}
