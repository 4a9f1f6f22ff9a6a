// Answers whose elements outlive one document version: the Outline's item symbols, shared by
// the outline before a letter was typed and the one after it (documentSymbols.ts). The
// protocol layer may encode such an element once and send those bytes again, instead of
// encoding 1,400 symbols per keystroke (platform/jsonEncoder.ts). Marking is all this module
// does: it knows no protocol and no encoding. An element marked here is never changed again.

const shared = new WeakSet<readonly object[]>();

/** Marks `elements` as an answer whose elements are shared between versions and never changed. */
export function markShared<T extends object>(elements: T[]): T[] {
  shared.add(elements);
  return elements;
}

export function hasSharedElements(value: unknown): value is readonly object[] {
  return Array.isArray(value) && shared.has(value);
}
