/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { labelsMatch, parseLabelSelector } from './labelSelectorString';

describe('parseLabelSelector', () => {
  it('parses every selector form', () => {
    expect(
      parseLabelSelector(
        'app.kubernetes.io/part-of=hello, tier==web,env!=prod,zone in (a, b),x notin (c),owner,!legacy',
      ),
    ).toEqual([
      { key: 'app.kubernetes.io/part-of', operator: 'In', values: ['hello'] },
      { key: 'tier', operator: 'In', values: ['web'] },
      { key: 'env', operator: 'NotIn', values: ['prod'] },
      { key: 'zone', operator: 'In', values: ['a', 'b'] },
      { key: 'x', operator: 'NotIn', values: ['c'] },
      { key: 'owner', operator: 'Exists' },
      { key: 'legacy', operator: 'DoesNotExist' },
    ]);
  });

  it('refuses what it cannot read', () => {
    expect(() => parseLabelSelector('a in b')).toThrow(
      'cannot parse label selector "a in b" at "a in b"',
    );
  });

  it.each([
    ['app=hello', { app: 'hello' }, true],
    ['app=hello', { app: 'other' }, false],
    ['app=hello,tier!=db', { app: 'hello' }, true],
    ['!legacy', { legacy: 'yes' }, false],
  ])('%s matches %j: %s', (selector, labels, expected) => {
    expect(labelsMatch(labels, parseLabelSelector(selector))).toBe(expected);
  });
});
