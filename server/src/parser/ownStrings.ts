// Copies of strings (and of plain data holding them) that do not share the parsed text's
// memory. V8 keeps a substring of 13 characters or more as a view into its parent, and joins
// as a pair of pointers to their parts, so a title sliced from one version of a 1 MB document
// keeps that whole version alive. The incremental re-parse keeps items from version to version,
// each holding slices of the version it was parsed from: without copies, a few hundred
// keystrokes kept a few hundred versions of the text (issue 15, item 1).

/** A flat copy of `s` that keeps no larger string alive. */
export function ownString(s: string): string {
  // Shorter strings are always copied by V8. The join is flattened into a fresh string the
  // length of `s` (plus one) as soon as it is sliced, and the slice views that fresh string.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * A copy of plain data (objects, arrays, strings, numbers, booleans, null) with every string
 * its own. Model objects are a few levels deep whatever the input, so the recursion is bounded.
 */
export function withOwnStrings<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (value === null || typeof value !== 'object') return value;
  // Anything but plain data (the model has none) is kept as it is rather than flattened.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return value;
  if (Array.isArray(value)) {
    // An empty array may be a shared constant; nothing in it to copy.
    if (value.length === 0) return value;
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = withOwnStrings(value[i]);
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = withOwnStrings((value as Record<string, unknown>)[key]);
  return copy as T;
}
