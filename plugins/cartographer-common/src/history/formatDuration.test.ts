/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it.each<[number | undefined, string]>([
    [undefined, '–'],
    [0, '0s'],
    [400, '0s'],
    [45_000, '45s'],
    [200_000, '3m 20s'],
    [3_600_000, '1h'],
    [3_660_000, '1h 1m'],
    [3_601_000, '1h'],
    [187_200_000, '2d 4h'],
  ])('%p is %p', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
