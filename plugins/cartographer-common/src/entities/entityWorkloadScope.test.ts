/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  entityWorkloadScope,
  workloadInEntityScope,
} from './entityWorkloadScope';

const workload = {
  cluster: 'local',
  namespace: 'dev',
  name: 'shop-web',
  labels: {
    'app.kubernetes.io/part-of': 'shop',
    'backstage.io/kubernetes-id': 'shop-id',
  },
};

describe('entityWorkloadScope and workloadInEntityScope', () => {
  it.each([
    [
      'the label selector',
      {
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=shop',
      },
      true,
    ],
    [
      'another selector',
      {
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=other',
      },
      false,
    ],
    [
      'the kubernetes-id annotation',
      { 'backstage.io/kubernetes-id': 'shop-id' },
      true,
    ],
    [
      'the namespace annotation',
      {
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=shop',
        'backstage.io/kubernetes-namespace': 'prod',
      },
      false,
    ],
    [
      'the cluster annotation',
      {
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=shop',
        'backstage.io/kubernetes-cluster': 'local',
      },
      true,
    ],
    [
      'another cluster',
      {
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=shop',
        'backstage.io/kubernetes-cluster': 'eu',
      },
      false,
    ],
    ['the entity name as kubernetes-id', {}, false],
    [
      'the workload-name label Cartographer stamps (not on the workload itself)',
      {
        'backstage.io/kubernetes-label-selector':
          'carto.run/workload-name=shop-web',
      },
      true,
    ],
    [
      'the workload-name label of another workload',
      {
        'backstage.io/kubernetes-label-selector':
          'carto.run/workload-name=shop-api',
      },
      false,
    ],
  ])('matches by %s', (_, annotations, expected) => {
    const scope = entityWorkloadScope({
      metadata: { name: 'shop', annotations },
    });
    expect(workloadInEntityScope(workload, scope)).toBe(expected);
  });

  it('defaults the kubernetes-id to the entity name', () => {
    const scope = entityWorkloadScope({ metadata: { name: 'shop-id' } });
    expect(workloadInEntityScope(workload, scope)).toBe(true);
  });

  it('throws on a malformed selector', () => {
    expect(() =>
      entityWorkloadScope({
        metadata: {
          name: 'x',
          annotations: { 'backstage.io/kubernetes-label-selector': 'a in (b' },
        },
      }),
    ).toThrow();
  });
});
