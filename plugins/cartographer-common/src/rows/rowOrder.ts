/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

// One collator for every comparison: the order of String#localeCompare,
// without looking a collator up on every call.
const collator = new Intl.Collator();

/** The key workload and Deliverable rows are ordered by. */
export function rowSortKey(
  cluster: string,
  namespace: string,
  name: string,
): string {
  return `${cluster}/${namespace}/${name}`;
}

/** Row order: `localeCompare` of the rows' sort keys. */
export function compareRowKeys(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Something kept in row order. */
export interface Sorted {
  readonly sortKey: string;
}

/** Where `sortKey` is, or would be inserted, in a list in row order. */
function positionOf(sorted: readonly Sorted[], sortKey: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRowKeys(sorted[middle].sortKey, sortKey) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Puts `item` into a list kept in row order, in place of an item with the
 * same key if there is one.
 */
export function sortedUpsert<T extends Sorted>(sorted: T[], item: T): void {
  const at = positionOf(sorted, item.sortKey);
  if (sorted[at]?.sortKey === item.sortKey) sorted[at] = item;
  else sorted.splice(at, 0, item);
}

/** Takes the item with `sortKey` out of a list in row order; whether it was there. */
export function sortedRemove(sorted: Sorted[], sortKey: string): boolean {
  const at = positionOf(sorted, sortKey);
  if (sorted[at]?.sortKey !== sortKey) return false;
  sorted.splice(at, 1);
  return true;
}

/** The items of several lists in row order, as one list in row order. */
export function mergeSorted<T extends Sorted>(
  lists: ReadonlyArray<readonly T[]>,
): readonly T[] {
  if (lists.length === 1) return lists[0];
  const merged: T[] = [];
  const next = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const item = lists[i][next[i]];
      if (
        item &&
        (best < 0 ||
          compareRowKeys(item.sortKey, lists[best][next[best]].sortKey) < 0)
      ) {
        best = i;
      }
    }
    if (best < 0) return merged;
    merged.push(lists[best][next[best]++]);
  }
}

/**
 * One page of the rows that match, and how many match in all: walks the
 * rows once, keeping only the page, so no list of every match is built.
 */
export function pageOfMatches<T>(
  rows: readonly T[],
  matches: (row: T) => boolean,
  offset: number,
  limit: number,
): { items: T[]; totalItems: number } {
  const items: T[] = [];
  let totalItems = 0;
  for (const row of rows) {
    if (!matches(row)) continue;
    if (totalItems >= offset && items.length < limit) items.push(row);
    totalItems++;
  }
  return { items, totalItems };
}
