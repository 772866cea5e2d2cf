/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['500m', 0.5],
    ['1', 1],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1Ki', 1024],
    ['1Gi', 1024 ** 3],
    ['128M', 128e6],
    ['1e3', 1000],
    ['2E2', 200],
    ['100n', 100e-9],
  ])('%s = %d', (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value, 12);
  });

  it.each(['', 'abc', '1 Gi', '1GB', '1.2.3', ' 1', 'Gi'])(
    'refuses %j',
    text => {
      expect(parseQuantity(text)).toBeUndefined();
    },
  );
});
