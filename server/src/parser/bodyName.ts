// The committee as the body's name alone. Every header reader finds a line that names a body,
// but a title line or a portal puts more around the name: the document's word ("Økonomiudvalget
// Åben beslutningsprotokol", "Kommunalbestyrelsen BESLUTNINGSPROTOKOL"), the meeting
// ("Frederikshavn Byråd Ordinært møde", "Byrådets møde"), a label before it ("Dagsorden. Forum:
// Handicaprådet Tid"), the department after it, the name twice, or a sentence that names the
// body at its end. This last stage keeps the words of the name: the word holding a body word,
// the words before it that belong to it (a town, "Børne- og", "Børn &"), and after it only a term
// ("2022-25", "til 31.12.25") or "for …"/"i …" and what follows it ("Udvalget for Økonomi og
// Erhverv", "Udvalg for regional udvikling"), up to a word that is no name's. A body's
// meeting written as one word ("Kommunalbestyrelsesmødet") names the body by its first part.

import type { Located } from './model';
import { BODY_WORDS, ROOM_WORD_ENDINGS, WEEKDAYS } from './vocabulary';

/** Words that end a body's name wherever they stand: the document's kind, its openness, the meeting, labels. */
const NOT_NAME_WORDS = new Set([
  'referat', 'dagsorden', 'beslutningsprotokol', 'beslutningsreferat', 'protokol', 'åben', 'åbent', 'åbne', 'lukket', 'lukkede',
  'ordinært', 'ordinære', 'ekstraordinært', 'ekstraordinære', 'møde', 'mødet', 'mødedato', 'dato', 'side', 'tid', 'kl', 'sted',
  'den', 'd', ...WEEKDAYS,
]);
/** Small words inside a name after the body word ("Udvalget for Børn og Unge", "Lokalrådet i Ejby"). */
const CONNECTORS = new Set(['for', 'og', 'i', '&', 'vedr.']);
/** A token that ends what stands before it: a full stop, a colon, a bracket, a bar or a middle dot. */
const CLOSES = /[.:;|·)]$/;
const OPENS = /^[(|·\-–]/;
const UPPER_FIRST = /^\p{Lu}/u;
/** "Fritid,": an area named before the last two of a list ("Kultur, Fritid, Idræt og Sundhedsudvalget"). */
const AREA_IN_LIST = /^\p{Lu}\p{L}*,$/u;
const TERM = /^\d/;
/** "Børne-", "Økonomi-,": the first part of a compound the name ends with. */
const COMPOUND_PART = /-,?$/;
const TRAILING_MARKS = /[.,:;]+$/;
/** A time of day, or a first character that starts no name ("'s møde …", the genitive of a name the copy lost). */
const NOT_A_NAME = /^[^\p{L}\d]|\b\d{1,2}[:.]\d\d\b/u;
const WEEKDAY_WORDS = new Set<string>(WEEKDAYS);
const MEETING_AFTER_BODY = /^s?møde/;
/** What follows the body word in its genitive: "Byråds", "Byrådets", "Kommunalbestyrelsens". */
const GENITIVE_AFTER_BODY = /^(?:e[tn]|n)?s$/;
/** "Nordby Kommune Kommunalbestyrelsen": the municipality before the body is no part of its name. */
const MUNICIPALITY_WORDS = new Set(['kommune', 'kommunes', 'region']);

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const bare = (t: Token) => t.text.toLowerCase().replace(TRAILING_MARKS, '');

/**
 * Where in `word` (lower case) a body word ends, or -1: not in a room's name ("Byrådssalen"), and
 * only where the word ends with it, its definite or genitive ending, or its meeting
 * ("Boligudvalget", "Byrådets", "Skolebestyrelsesmøde"): "rådgivende" holds "råd" but names none.
 */
function bodyWordEnd(word: string): number {
  if (ROOM_WORD_ENDINGS.some((e) => word.endsWith(e))) return -1;
  for (const w of BODY_WORDS) {
    for (let at = word.indexOf(w); at >= 0; at = word.indexOf(w, at + 1)) {
      if (BODY_WORD_REST.test(word.slice(at + w.length))) return at + w.length;
    }
  }
  return -1;
}
const BODY_WORD_REST = /^(?:(?:e[tn]|n)?s?|s?møde\p{L}*)$/u;

/** Whether `word` (lower case) names a body or its meeting: "Økonomiudvalget", "Byrådets", not "rådgivende" or "Byrådssalen". */
export const holdsBodyWord = (word: string): boolean => bodyWordEnd(word) >= 0;

/** The committee with only the body's name; null when the text names a body's meeting but no name can be cut from it. */
export function bodyName(committee: Located | null): Located | null {
  if (committee === null) return null;
  const { value, span } = committee;
  // Only a name written as it stands in the text can be cut by offsets.
  if (value.length !== span.end - span.start) return committee;
  const tokens: Token[] = [...value.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const b = tokens.findIndex((t) => bodyWordEnd(bare(t)) >= 0);
  // Without a body word a name is kept as written ("Social og sundhed"), but not a day, a time or a fragment.
  if (b < 0) return NOT_A_NAME.test(value) || tokens.some((t) => WEEKDAY_WORDS.has(bare(t))) ? null : committee;

  const word = bare(tokens[b]);
  const wordEnd = bodyWordEnd(word);
  // "Skolebestyrelsesmøde": the body is the word up to its body word.
  if (MEETING_AFTER_BODY.test(word.slice(wordEnd))) return at(committee, tokens[b].start, tokens[b].start + wordEnd);

  let first = b;
  while (first > 0 && belongsBefore(tokens, first - 1)) first--;
  let last = b;
  let connected = false;
  for (let k = b + 1; k < tokens.length && !CLOSES.test(tokens[k - 1].text); k++) {
    const t = tokens[k];
    const w = bare(t);
    if (NOT_NAME_WORDS.has(w) || OPENS.test(t.text)) break;
    if (CONNECTORS.has(w) || (w === 'til' && TERM.test(tokens[k + 1]?.text ?? ''))) connected = true;
    else if (!connected && !TERM.test(t.text)) break;
    last = k;
  }
  // A connector never ends the name.
  while (last > b && (CONNECTORS.has(bare(tokens[last])) || bare(tokens[last]) === 'til')) last--;
  // "Byrådets (møde)": the name, not its genitive.
  const genitive = last === b && GENITIVE_AFTER_BODY.test(word.slice(wordEnd));
  const end = tokens[last].start + tokens[last].text.replace(TRAILING_MARKS, '').length - (genitive ? 1 : 0);
  return at(committee, tokens[first].start, end);
}

/**
 * Whether `tokens[k]` belongs to the name before the token after it: a capitalised word, a
 * compound's first part, "og" after one, or "og" closing a list of the body's areas ("Teknik,
 * Plan og Miljøudvalget"; a word and "og" alone may be a sentence's, "Borgmesteren og …").
 */
function belongsBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1] as Token | undefined;
  if (CLOSES.test(t.text) || NOT_NAME_WORDS.has(bare(t)) || MUNICIPALITY_WORDS.has(bare(t))) return false;
  if (COMPOUND_PART.test(t.text)) return true;
  if (t.text === 'og') return before !== undefined && (COMPOUND_PART.test(before.text) || (UPPER_FIRST.test(before.text) && AREA_IN_LIST.test(tokens[k - 2]?.text ?? '')));
  // "Børn & Læringsudvalget": a portal writes "&" for "og" after a whole word; a sentence never does.
  if (t.text === '&') return before !== undefined && (COMPOUND_PART.test(before.text) || (UPPER_FIRST.test(before.text) && !CLOSES.test(before.text)));
  return UPPER_FIRST.test(t.text) && !OPENS.test(t.text);
}

function at(committee: Located, from: number, to: number): Located {
  if (from === 0 && to === committee.value.length) return committee;
  return { value: committee.value.slice(from, to), span: { start: committee.span.start + from, end: committee.span.start + to } };
}
