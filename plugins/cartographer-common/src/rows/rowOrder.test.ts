/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  compareRowKeys,
  mergeSorted,
  pageOfMatches,
  rowSortKey,
  sortedRemove,
  sortedUpsert,
} from './rowOrder';

const row = (sortKey: string, v = 0) => ({ sortKey, v });
const keys = (rows: Array<{ sortKey: string }>) => rows.map(r => r.sortKey);

describe('compareRowKeys', () => {
  // The order GET /workloads has always had: localeCompare of the keys.
  const names = [
    'b/dev/x',
    'a-b/dev/x',
    'a/dev/y',
    'a/Dev/x',
    'a/dev/x10',
    'a/dev/x9',
    'a/dév/x',
    'A/dev/x',
  ];
  it('orders as localeCompare does', () => {
    expect([...names].sort(compareRowKeys)).toEqual(
      [...names].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('keys rows by cluster, namespace and name', () => {
    expect(rowSortKey('local', 'dev', 'shop')).toBe('local/dev/shop');
  });
});

describe('sortedUpsert and sortedRemove', () => {
  it.each<[string, string[], string, string[]]>([
    ['into an empty list', [], 'a/x/1', ['a/x/1']],
    ['at the front', ['a/x/2', 'a/x/3'], 'a/x/1', ['a/x/1', 'a/x/2', 'a/x/3']],
    ['in the middle', ['a/x/1', 'a/x/3'], 'a/x/2', ['a/x/1', 'a/x/2', 'a/x/3']],
    ['at the end', ['a/x/1', 'a/x/2'], 'a/x/3', ['a/x/1', 'a/x/2', 'a/x/3']],
  ])('inserts %s', (_name, before, key, after) => {
    const list = before.map(k => row(k));
    sortedUpsert(list, row(key));
    expect(keys(list)).toEqual(after);
  });

  it('replaces an item with the same key instead of adding one', () => {
    const list = [row('a/x/1'), row('a/x/2')];
    sortedUpsert(list, row('a/x/2', 7));
    expect(list).toEqual([row('a/x/1'), row('a/x/2', 7)]);
  });

  it('keeps the order of any insertion order', () => {
    const all = ['z/a/a', 'a/b/c', 'm/m/m', 'a/a/a', 'a-z/a/a', 'b/a/a'];
    const list: Array<{ sortKey: string }> = [];
    all.forEach(k => sortedUpsert(list, row(k)));
    expect(keys(list)).toEqual([...all].sort((a, b) => a.localeCompare(b)));
  });

  it.each<[string, string[], string, boolean, string[]]>([
    ['a present key', ['a/x/1', 'a/x/2'], 'a/x/1', true, ['a/x/2']],
    ['an absent key', ['a/x/1', 'a/x/3'], 'a/x/2', false, ['a/x/1', 'a/x/3']],
    ['from an empty list', [], 'a/x/1', false, []],
  ])('removes %s', (_name, before, key, removed, after) => {
    const list = before.map(k => row(k));
    expect(sortedRemove(list, key)).toBe(removed);
    expect(keys(list)).toEqual(after);
  });
});

describe('mergeSorted', () => {
  it.each<[string, string[][], string[]]>([
    ['no list', [], []],
    ['one list', [['a/1', 'a/2']], ['a/1', 'a/2']],
    ['an empty list among others', [[], ['b/1'], []], ['b/1']],
    [
      'interleaved lists',
      [
        ['a/1', 'c/1'],
        ['b/1', 'd/1'],
      ],
      ['a/1', 'b/1', 'c/1', 'd/1'],
    ],
    [
      'clusters whose names sort apart from their rows',
      [['a/dev/x'], ['a-b/dev/x']],
      ['a-b/dev/x', 'a/dev/x'],
    ],
  ])('%s', (_name, lists, expected) => {
    expect(keys([...mergeSorted(lists.map(l => l.map(k => row(k))))])).toEqual(
      expected,
    );
  });
});

describe('pageOfMatches', () => {
  const rows = [1, 2, 3, 4, 5, 6, 7];
  const even = (n: number) => n % 2 === 0;
  it.each<[string, (n: number) => boolean, number, number, number[], number]>([
    ['the first page of all', () => true, 0, 3, [1, 2, 3], 7],
    ['a later page', () => true, 3, 3, [4, 5, 6], 7],
    ['the last, short page', () => true, 6, 3, [7], 7],
    ['past the end', () => true, 9, 3, [], 7],
    ['the matches only', even, 0, 2, [2, 4], 3],
    ['a page of the matches', even, 1, 5, [4, 6], 3],
    ['nothing matching', () => false, 0, 5, [], 0],
  ])('%s', (_name, matches, offset, limit, items, totalItems) => {
    expect(pageOfMatches(rows, matches, offset, limit)).toEqual({
      items,
      totalItems,
    });
  });
});
