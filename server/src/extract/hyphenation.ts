// A word broken at a line's end with a hyphen is joined again, but only where that is clearly
// what happened: a lower-case letter and a hyphen end the line and the next line starts with a
// lower-case letter. Danish shares a hyphen between compounds ("Børne- og Ungeudvalget",
// "Klima-, Teknik- og Miljøudvalget"): a line ending "Børne-" before "og" keeps its hyphen.

const HYPHENATED = /\p{Ll}[-\u2010]$/u;
const SOFT_HYPHEN = '\u00ad';
const CONTINUES = /^\p{Ll}/u;
/** Words after a hyphen that shares a compound's end, not a broken word. */
const SHARED = /^(?:og|eller|samt|såvel|and|or)(?![\p{L}\p{N}])/u;

/**
 * The two lines with the broken word joined on the first ("kommune-" + "planen blev" gives
 * "kommuneplanen" + "blev"), or null when the first line does not end in a hyphenation.
 * The second line is empty when the word was all it held.
 */
export function joinHyphenated(line: string, next: string): [string, string] | null {
  const soft = line.endsWith(SOFT_HYPHEN);
  if (!soft && !(HYPHENATED.test(line) && CONTINUES.test(next) && !SHARED.test(next))) return null;
  if (soft && !/^\S/.test(next)) return null;
  const word = /^\S+/.exec(next)![0];
  return [line.slice(0, -1) + word, next.slice(word.length).replace(/^[ \t]+/, '')];
}
