/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { TurnBatcher } from './TurnBatcher';

describe('TurnBatcher', () => {
  it('answers the calls of one turn with one run per batch, each its own share', async () => {
    const runs: number[][] = [];
    const batcher = new TurnBatcher(async (items: number[]) => {
      runs.push(items);
      return items.map(i => i * 10);
    }, 3);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(i => batcher.add(i)));
    expect(answers).toEqual([10, 20, 30, 40, 50]);
    expect(runs).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('runs again for calls of a later turn', async () => {
    const runs: string[][] = [];
    const batcher = new TurnBatcher(async (items: string[]) => {
      runs.push(items);
      return items;
    });
    await batcher.add('a');
    await batcher.add('b');
    expect(runs).toEqual([['a'], ['b']]);
  });

  it('fails every call of a batch whose run fails, and only those', async () => {
    const batcher = new TurnBatcher(async (items: number[]) => {
      if (items.includes(2)) throw new Error('database gone');
      return items;
    }, 2);
    const settled = await Promise.allSettled(
      [1, 2, 3].map(i => batcher.add(i)),
    );
    expect(settled.map(s => s.status)).toEqual([
      'rejected',
      'rejected',
      'fulfilled',
    ]);
  });
});
