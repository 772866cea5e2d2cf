/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  DeliverableCandidate,
  deliverablesOfWorkload,
  matchDeliverable,
  WorkloadCandidate,
  workloadsOfDeliverable,
} from './correlateDeliverables';

const shop: WorkloadCandidate = {
  cluster: 'build',
  namespace: 'dev',
  name: 'shop',
};
const labelledFor = (namespace: string, name: string) => ({
  'carto.run/workload-name': name,
  'carto.run/workload-namespace': namespace,
});

describe('matchDeliverable', () => {
  it.each<
    [string, WorkloadCandidate, DeliverableCandidate, string | undefined]
  >([
    [
      'labels on another cluster, another namespace and name',
      shop,
      {
        cluster: 'run',
        namespace: 'prod',
        name: 'shop-prod',
        labels: labelledFor('dev', 'shop'),
      },
      'labels',
    ],
    [
      'labels naming another workload win over an equal name',
      shop,
      {
        cluster: 'run',
        namespace: 'dev',
        name: 'shop',
        labels: labelledFor('dev', 'cart'),
      },
      undefined,
    ],
    [
      'labels naming the same name in another namespace',
      shop,
      {
        cluster: 'run',
        namespace: 'dev',
        name: 'shop',
        labels: labelledFor('payments', 'shop'),
      },
      undefined,
    ],
    [
      'the name label alone: the namespace is the Deliverable’s',
      shop,
      {
        cluster: 'run',
        namespace: 'dev',
        name: 'x',
        labels: { 'carto.run/workload-name': 'shop' },
      },
      'labels',
    ],
    [
      'no labels: same name and namespace on any cluster',
      shop,
      { cluster: 'run-eu', namespace: 'dev', name: 'shop' },
      'name',
    ],
    [
      'no labels: another namespace',
      shop,
      { cluster: 'run', namespace: 'prod', name: 'shop' },
      undefined,
    ],
    [
      'no labels: another name',
      shop,
      { cluster: 'run', namespace: 'dev', name: 'shop-2' },
      undefined,
    ],
    [
      'the Deliverable the workload stamped on its own cluster',
      { ...shop, stampedDeliverable: { namespace: 'dev', name: 'shop-d' } },
      { cluster: 'build', namespace: 'dev', name: 'shop-d' },
      'stampedRef',
    ],
    [
      'a stampedRef does not reach another cluster',
      { ...shop, stampedDeliverable: { namespace: 'dev', name: 'shop-d' } },
      { cluster: 'run', namespace: 'dev', name: 'shop-d' },
      undefined,
    ],
  ])('%s', (_, workload, deliverable, expected) => {
    expect(matchDeliverable(workload, deliverable)).toBe(expected);
  });
});

describe('deliverablesOfWorkload', () => {
  it('finds one Deliverable per run cluster and leaves the others out', () => {
    const deliverables: DeliverableCandidate[] = [
      {
        cluster: 'run',
        namespace: 'dev',
        name: 'shop',
        labels: labelledFor('dev', 'shop'),
      },
      { cluster: 'run-eu', namespace: 'dev', name: 'shop' },
      {
        cluster: 'run',
        namespace: 'dev',
        name: 'cart',
        labels: labelledFor('dev', 'cart'),
      },
      { cluster: 'run', namespace: 'payments', name: 'shop' },
    ];
    expect(
      deliverablesOfWorkload(shop, deliverables).map(
        m => `${m.deliverable.cluster}/${m.deliverable.name}:${m.match}`,
      ),
    ).toEqual(['run/shop:labels', 'run-eu/shop:name']);
  });
});

describe('workloadsOfDeliverable', () => {
  const workloads: WorkloadCandidate[] = [
    shop,
    { cluster: 'build', namespace: 'dev', name: 'cart' },
  ];
  it.each<[string, DeliverableCandidate, string[]]>([
    [
      'its workload',
      {
        cluster: 'run',
        namespace: 'dev',
        name: 'cart',
        labels: labelledFor('dev', 'cart'),
      },
      ['cart'],
    ],
    [
      'none when the workload is gone',
      {
        cluster: 'run',
        namespace: 'dev',
        name: 'ledger',
        labels: labelledFor('dev', 'ledger'),
      },
      [],
    ],
    [
      'none for a hand-written Deliverable of no workload',
      { cluster: 'run', namespace: 'prod', name: 'site' },
      [],
    ],
  ])('%s', (_, deliverable, expected) => {
    expect(
      workloadsOfDeliverable(deliverable, workloads).map(w => w.name),
    ).toEqual(expected);
  });
});
