/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { percentile, summarize } from './stats';

describe('stats', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });

  it('summarizes unsorted samples', () => {
    expect(summarize([3, 1, 2])).toEqual({
      count: 3,
      mean: 2,
      p50: 2,
      p95: 3,
      p99: 3,
      max: 3,
    });
    expect(summarize([]).count).toBe(0);
  });
});
