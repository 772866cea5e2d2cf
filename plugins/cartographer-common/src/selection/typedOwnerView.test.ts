/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { workload } from '../__fixtures__/builders';
import { FieldSelectorRequirement } from '../types';
import { matchSelector } from './bestSelectorMatch';

const git = {
  git: { url: 'https://github.com/sample-org/hello', ref: { branch: 'main' } },
};

/** Whether one field requirement holds for a workload, as Cartographer sees it. */
function holds(spec: object, requirement: FieldSelectorRequirement) {
  return matchSelector(workload({ a: 'b' }, spec), {
    matchFields: [requirement],
  }).matched;
}

describe("selection reads Cartographer's typed view of a workload", () => {
  it.each([
    // Pointer fields whose parent exists are nil: NotIn and DoesNotExist hold.
    ['spec.image unset', {}, 'spec.image', 'NotIn', true, ['x']],
    ['spec.image unset', {}, 'spec.image', 'DoesNotExist', true, ['x']],
    ['spec.image unset', {}, 'spec.image', 'Exists', false, ['x']],
    ['spec.source unset', {}, 'spec.source', 'NotIn', true, ['x']],
    [
      'git ref tag unset',
      { source: git },
      'spec.source.git.ref.tag',
      'NotIn',
      true,
      ['x'],
    ],
    [
      'subPath unset',
      { source: git },
      'spec.source.subPath',
      'NotIn',
      true,
      ['x'],
    ],
    // A path through a missing parent is not found: only DoesNotExist holds.
    [
      'git url without source',
      {},
      'spec.source.git.url',
      'NotIn',
      false,
      ['x'],
    ],
    [
      'git url without source',
      {},
      'spec.source.git.url',
      'DoesNotExist',
      true,
      ['x'],
    ],
    // Plain strings are "" when unset.
    [
      'serviceAccountName unset',
      {},
      'spec.serviceAccountName',
      'Exists',
      true,
      ['x'],
    ],
    [
      'serviceAccountName unset',
      {},
      'spec.serviceAccountName',
      'In',
      true,
      [''],
    ],
    [
      'serviceAccountName unset',
      {},
      'spec.serviceAccountName',
      'DoesNotExist',
      false,
      ['x'],
    ],
    // spec.build is a value struct, always present.
    ['build unset', {}, 'spec.build', 'Exists', true, ['x']],
  ] as Array<
    [
      string,
      object,
      string,
      FieldSelectorRequirement['operator'],
      boolean,
      string[],
    ]
  >)('%s: %s %s → %s', (_what, spec, key, operator, expected, values) => {
    expect(holds(spec, { key, operator, values: [...values] })).toBe(expected);
  });

  it('does not change the workload itself', () => {
    const w = workload({ a: 'b' }, {});
    matchSelector(w, {
      matchFields: [{ key: 'spec.image', operator: 'DoesNotExist' }],
    });
    expect(w.spec).toEqual({});
  });

  it('treats Deliverables by their own type (no spec.image)', () => {
    const deliverable = {
      kind: 'Deliverable',
      metadata: { name: 'd', labels: { a: 'b' } },
      spec: {},
    };
    expect(
      matchSelector(deliverable, {
        matchFields: [{ key: 'spec.image', operator: 'NotIn', values: ['x'] }],
      }).matched,
    ).toBe(false);
  });
});
