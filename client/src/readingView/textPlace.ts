// A place in the reading view back to an offset in the document. The webview holds a
// paragraph's text as HTML parsed it, where a "\r\n" of the document is one "\n": counting
// characters there undercounts by one per such line break.

import type { ViewPlace } from './messages';

/** The document offset of a place in the view, never past the text's end. */
export function offsetOfPlace(text: string, place: ViewPlace): number {
  let at = Math.max(0, Math.min(place.paragraph, text.length));
  for (let shown = 0; shown < place.offset && at < text.length; shown++) at += text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1;
  return at;
}
