// Committee names as minutes write them vary: the header adds the term ("2022-2025",
// "til 31.12.25"), a quoted decision writes "Social- og sundhedsudvalget" or the name in lower
// case. Matching ignores all of that; display keeps the name without the term.

/** A trailing term of office: "2022-2025", "(2018-2021)", "til 31.12.25". */
const TERM_SUFFIX = /\s+(?:\(?\d{4}\s*[-–]\s*\d{2,4}\)?|til\s+\d{1,2}\.\d{1,2}\.\d{2,4})\s*$/i;

/** The committee's name without its term or trailing punctuation. */
export function committeeName(written: string): string {
  return written.trim().replace(/[.:,;]+$/, '').replace(TERM_SUFFIX, '').trim();
}

/** The matching key: letters and digits of the name, lower-cased, term removed. */
export function committeeKey(written: string): string {
  return committeeName(written)
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a committee as a reference writes it names the committee of a meeting's header. */
export function sameCommittee(reference: string, meeting: string): boolean {
  const a = committeeKey(reference);
  const b = committeeKey(meeting);
  return a.length > 0 && a === b;
}
