/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { candidateScoreText } from './candidateScore';
import { SelectorTermResult } from './types';

const term = (matched: boolean): SelectorTermResult => ({
  kind: 'label',
  key: 'k',
  operator: 'In',
  values: ['v'],
  matched,
  reason: matched ? 'present' : 'absent',
});

describe('candidateScoreText', () => {
  it.each([
    ['a match of one term', true, 1, [true], '1 term matched'],
    ['a match of three terms', true, 3, [true, true, true], '3 terms matched'],
    ['one of two terms failed', false, 1, [true, false], '1 of 2 terms failed'],
    ['every term failed', false, 0, [false, false], '2 of 2 terms failed'],
    ['a single failed term', false, 0, [false], '1 of 1 term failed'],
    ['no selector at all', false, 0, [], 'no terms'],
  ])('%s', (_, matched, score, terms, expected) => {
    expect(candidateScoreText({ matched, score, terms: terms.map(term) })).toBe(
      expected,
    );
  });
});
