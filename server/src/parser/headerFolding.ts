// The meeting header read as a reader sees it. A copy may carry characters no reader sees inside
// a header's words (a web page's soft hyphen in "Møde­sted", a zero-width space after a label's
// colon) and letters decomposed as macOS copies them ("Byrådet" as "a" and a combining ring), and
// the header's readers compare words and labels in many shapes. So the header's lines are folded
// (whitespace.ts: invisible characters dropped, decomposed letters composed) before they are read,
// and every span read from them is mapped back to the text as written. The values are the folded
// words: a committee or a place is a name shown and compared apart from the text.
//
// The stages that cut a name out of its value by the value's own offsets (bodyName, placeName) run
// here too, over the folded value, so their cuts land right once mapped; they keep a name they made
// as it is, so parse.ts running them again changes nothing.

import type { Located, MeetingHeader } from './model';
import type { Line } from './lines';
import { FOLDABLE, isCombiningMark, isInvisible } from './whitespace';
import { bodyName } from './bodyName';
import { placeName } from './placeName';

/** A folded line, and where each of its characters stands in the text. */
interface Folded {
  readonly line: Line;
  /** The original line. */
  readonly original: Line;
  /** Per folded character: its offset in the text, and the offset after it (its combining marks included). */
  readonly from: readonly number[];
  readonly to: readonly number[];
}

/** `read` over the folded `lines`, its spans mapped back; `read` over `lines` as they are when no line needs folding. */
export function readFolded(lines: readonly Line[], read: (lines: readonly Line[]) => MeetingHeader): MeetingHeader {
  if (!lines.some((l) => FOLDABLE.test(l.text))) return read(lines);
  const folded = lines.map(foldLine);
  const header = read(folded.map((f) => f.line));
  const at = (p: number) => mapOffset(folded, p);
  const back = (l: Located | null): Located | null => (l === null ? null : { value: l.value, span: { start: at(l.span.start), end: endAt(folded, l.span.end) } });
  return {
    kind: header.kind,
    committee: back(bodyName(header.committee)),
    headerDate: back(header.headerDate),
    meetingDate: back(header.meetingDate),
    weekday: back(header.weekday),
    time: back(header.time),
    endTime: back(header.endTime),
    place: back(placeName(header.place)),
    participants: header.participants.map((p) => back(p)!),
    absent: header.absent.map((p) => back(p)!),
    span: header.span,
  };
}

function foldLine(line: Line): Folded {
  const t = line.text;
  if (!FOLDABLE.test(t)) return { line, original: line, from: [], to: [] };
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < t.length; ) {
    if (isInvisible(t.charCodeAt(i))) {
      i++;
      continue;
    }
    // A character with the combining marks after it (invisible ones between them skipped), composed.
    let j = i + (t.codePointAt(i)! > 0xffff ? 2 : 1);
    let cluster = t.slice(i, j);
    while (j < t.length && (isCombiningMark(t.charCodeAt(j)) || (isInvisible(t.charCodeAt(j)) && j + 1 < t.length && isCombiningMark(t.charCodeAt(j + 1))))) {
      if (!isInvisible(t.charCodeAt(j))) cluster += t[j];
      j++;
    }
    const composed = cluster.length > 1 ? cluster.normalize('NFC') : cluster;
    for (let q = 0; q < composed.length; q++) {
      text += composed[q];
      from.push(line.start + i);
      to.push(line.start + j);
    }
    i = j;
  }
  // The folded line keeps its start: a span read from it is the line's start plus a folded offset.
  return { line: { index: line.index, start: line.start, end: line.start + text.length, text }, original: line, from, to };
}

/** The folded line a position read from the folded lines falls on or after: the last one starting at or before it. */
function lineAt(folded: readonly Folded[], p: number): number {
  let lo = 0;
  let hi = folded.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (folded[mid].line.start <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where a span's start read from the folded lines stands in the text. */
function mapOffset(folded: readonly Folded[], p: number): number {
  const f = folded[lineAt(folded, p)];
  const k = p - f.line.start;
  if (f.line === f.original || k < 0) return p;
  // Past the folded line's last character: the line's end and what lies after it, as written.
  return k < f.from.length ? f.from[k] : f.original.end + (k - f.from.length);
}

/** Where a span's end read from the folded lines stands in the text: after the character before it. */
function endAt(folded: readonly Folded[], p: number): number {
  const f = folded[lineAt(folded, p - 1)];
  const k = p - f.line.start;
  if (f.line === f.original || k <= 0) return p;
  return k <= f.to.length ? f.to[k - 1] : f.original.end + (k - f.to.length);
}
