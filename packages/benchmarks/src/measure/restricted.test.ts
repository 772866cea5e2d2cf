/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  assertNothingLeaked,
  leakedWorkloads,
  shownWorkloads,
} from './restricted';

describe('the restricted-answers assertion', () => {
  const ours = {
    items: [
      { cluster: 'local', namespace: 'bench-3', name: 'app-3' },
      { cluster: 'local', namespace: 'bench-4', name: 'app-4' },
    ],
    totalItems: 2,
  };
  const stock = {
    items: [
      {
        resources: [
          { type: 'pods', resources: [{ metadata: { namespace: 'x' } }] },
          {
            type: 'customresources',
            resources: [
              { metadata: { namespace: 'bench-3', name: 'app-13' } },
              { metadata: { namespace: 'bench-5', name: 'app-5' } },
            ],
          },
        ],
      },
    ],
  };

  it('reads the workloads of both backends’ answers', () => {
    expect(shownWorkloads('cartographer', ours)).toEqual([
      { namespace: 'bench-3', name: 'app-3' },
      { namespace: 'bench-4', name: 'app-4' },
    ]);
    // Only custom resources (Workloads), not the pods beside them.
    expect(shownWorkloads('kubernetes', stock)).toEqual([
      { namespace: 'bench-3', name: 'app-13' },
      { namespace: 'bench-5', name: 'app-5' },
    ]);
  });

  it('names exactly the workloads outside the allowed namespaces', () => {
    expect(
      leakedWorkloads(shownWorkloads('cartographer', ours), ['bench-3']),
    ).toEqual(['bench-4/app-4']);
    expect(
      leakedWorkloads(shownWorkloads('kubernetes', stock), ['bench-3']),
    ).toEqual(['bench-5/app-5']);
    expect(
      leakedWorkloads(shownWorkloads('cartographer', ours), [
        'bench-3',
        'bench-4',
      ]),
    ).toEqual([]);
  });

  it('fails the run on a leak and passes an answer that keeps to its namespace', () => {
    expect(() =>
      assertNothingLeaked(
        'the tab of app-4',
        shownWorkloads('cartographer', ours),
        ['bench-3'],
      ),
    ).toThrow(
      'the tab of app-4 shows 1 workload(s) outside bench-3 to the restricted user: bench-4/app-4',
    );
    expect(() =>
      assertNothingLeaked(
        'empty',
        shownWorkloads('cartographer', { items: [] }),
        ['bench-3'],
      ),
    ).not.toThrow();
  });
});
