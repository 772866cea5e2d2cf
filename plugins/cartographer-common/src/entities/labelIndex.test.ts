/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { LabelSelectorRequirement } from '../types';
import { selectorIndexTerm } from './labelIndex';

describe('selectorIndexTerm', () => {
  const req = (
    key: string,
    operator: LabelSelectorRequirement['operator'],
    values?: string[],
  ): LabelSelectorRequirement => ({ key, operator, values });

  it.each<
    [
      string,
      LabelSelectorRequirement[],
      { key: string; value: string } | undefined,
    ]
  >([
    [
      'one equality',
      [req('app', 'In', ['shop'])],
      { key: 'app', value: 'shop' },
    ],
    [
      'the first equality of several',
      [
        req('tier', 'Exists'),
        req('app', 'In', ['shop']),
        req('x', 'In', ['y']),
      ],
      { key: 'app', value: 'shop' },
    ],
    [
      'a set of values: no single label',
      [req('app', 'In', ['a', 'b'])],
      undefined,
    ],
    ['only NotIn', [req('app', 'NotIn', ['shop'])], undefined],
    ['only Exists', [req('app', 'Exists')], undefined],
    ['no requirement', [], undefined],
  ])('%s', (_name, requirements, expected) => {
    expect(selectorIndexTerm(requirements)).toEqual(expected);
  });
});
