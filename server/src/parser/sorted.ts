// One binary search for the model's sorted lists (items, sections' points, case numbers,
// dates, pages are all in text order), so each caller states only its order's test.

/**
 * For a list of `n` where `before(j)` holds for a prefix and fails after it: the last index of
 * that prefix, or -1 when it is empty.
 */
export function lastWhere(n: number, before: (j: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
