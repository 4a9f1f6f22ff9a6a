// Is this text a referat? Used by the client to switch a .txt file's language. It reads only
// the start of the text, so opening a huge file costs nothing.

import { parseReferat } from './parse';

const SAMPLE_LENGTH = 64 * 1024;

export function looksLikeMinutes(text: string): boolean {
  const head = text.slice(0, SAMPLE_LENGTH);
  if (head.includes('\u0000')) return false;
  const doc = parseReferat(head);
  if (doc.items.length >= 1 && (doc.meeting.kind !== null || doc.toc !== null)) return true;
  if (doc.items.length >= 2 && doc.items.some((it) => it.sections.length > 0)) return true;
  return doc.meeting.kind !== null && doc.meeting.meetingDate !== null;
}
