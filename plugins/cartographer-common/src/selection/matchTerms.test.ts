/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { matchFieldRequirement, matchLabelExpression } from './matchTerms';

describe('matchLabelExpression', () => {
  const labels = { tier: 'web' };
  it.each([
    ['In', ['web', 'api'], true],
    ['In', ['api'], false],
    ['NotIn', ['api'], true],
    ['NotIn', ['web'], false],
    ['Exists', undefined, true],
    ['DoesNotExist', undefined, false],
  ] as const)('present label: %s %j → %s', (operator, values, matched) => {
    expect(
      matchLabelExpression(labels, {
        key: 'tier',
        operator,
        values: values && [...values],
      }).matched,
    ).toBe(matched);
  });

  it.each([
    ['In', ['web'], false],
    ['NotIn', ['web'], true],
    ['Exists', undefined, false],
    ['DoesNotExist', undefined, true],
  ] as const)(
    'absent label follows Kubernetes: %s %j → %s',
    (operator, values, matched) => {
      const result = matchLabelExpression(
        {},
        { key: 'tier', operator, values: values && [...values] },
      );
      expect(result.matched).toBe(matched);
      expect(result.reason).toContain('label tier is absent');
    },
  );
});

describe('matchFieldRequirement', () => {
  const owner = {
    spec: {
      image: 'registry.local/hello:1',
      replicas: 3,
      source: { git: { url: 'https://github.com/sample-org/hello' } },
      params: [
        { name: 'a', value: 'x' },
        { name: 'b', value: 'y' },
      ],
      nothing: null,
    },
  };
  it.each([
    [
      'spec.source.git.url',
      'In',
      ['https://github.com/sample-org/hello'],
      true,
    ],
    ['spec.source.git.url', 'In', ['https://github.com/other'], false],
    ['spec.source.git.url', 'NotIn', ['https://github.com/other'], true],
    [
      'spec.source.git.url',
      'NotIn',
      ['https://github.com/sample-org/hello'],
      false,
    ],
    ['spec.source.git.url', 'Exists', undefined, true],
    ['spec.source.git.url', 'DoesNotExist', undefined, false],
    // A missing path fails NotIn, unlike a missing label.
    ['spec.source.image', 'NotIn', ['anything'], false],
    ['spec.source.image', 'In', ['anything'], false],
    ['spec.source.image', 'Exists', undefined, false],
    ['spec.source.image', 'DoesNotExist', undefined, true],
    // Present but null counts as not set.
    ['spec.nothing', 'Exists', undefined, false],
    ['spec.nothing', 'DoesNotExist', undefined, true],
    // Only strings compare equal: the number 3 is not "3".
    ['spec.replicas', 'In', ['3'], false],
    ['spec.replicas', 'NotIn', ['3'], true],
    ['spec.replicas', 'Exists', undefined, true],
    ["spec['image']", 'In', ['registry.local/hello:1'], true],
    ['spec.params[0].value', 'In', ['x'], true],
    ['spec.params[-1].value', 'In', ['y'], true],
    ['spec.params[?(@.name=="b")].value', 'In', ['y'], true],
    ["spec.params[?(@.name=='zz')].value", 'DoesNotExist', undefined, true],
  ] as const)('%s %s %j → %s', (key, operator, values, matched) => {
    const result = matchFieldRequirement(owner, {
      key,
      operator,
      values: values && [...values],
    });
    expect(result.matched).toBe(matched);
    expect(result.error).toBeUndefined();
  });

  it('reports a path with several values as an error', () => {
    const result = matchFieldRequirement(owner, {
      key: 'spec.params[*].name',
      operator: 'Exists',
    });
    expect(result).toMatchObject({
      matched: false,
      error:
        'spec.params[*].name yields 2 values; a field selector needs exactly one',
    });
  });

  it('reports an unparseable path as an error', () => {
    const result = matchFieldRequirement(owner, {
      key: 'spec.params[?(bad',
      operator: 'Exists',
    });
    expect(result.matched).toBe(false);
    expect(result.error).toMatch(
      /cannot evaluate spec\.params\[\?\(bad: invalid jsonpath/,
    );
  });
});
