/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import {
  entityWorkloadScope,
  labelsToAdd,
  workloadInScope,
} from './entityMatching';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shop', namespace: 'default', annotations },
});

const workload = (
  labels: Record<string, string>,
  cluster = 'dev',
  namespace = 'apps',
) => ({
  cluster,
  namespace,
  name: 'shop-web',
  labels,
});

describe('entityMatching', () => {
  it('matches workloads by the label selector, scoped by namespace and cluster', () => {
    const scope = entityWorkloadScope(
      entity({
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=shop,tier in (web)',
        'backstage.io/kubernetes-namespace': 'apps',
        'backstage.io/kubernetes-cluster': 'dev',
      }),
    )!;
    expect(scope.entityRef).toBe('component:default/shop');
    expect(
      workloadInScope(
        workload({ 'app.kubernetes.io/part-of': 'shop', tier: 'web' }),
        scope,
      ),
    ).toBe(true);
    expect(
      workloadInScope(workload({ 'app.kubernetes.io/part-of': 'shop' }), scope),
    ).toBe(false);
    expect(
      workloadInScope(
        workload({ 'app.kubernetes.io/part-of': 'shop', tier: 'web' }, 'edge'),
        scope,
      ),
    ).toBe(false);
    expect(labelsToAdd(scope)).toEqual([
      'app.kubernetes.io/part-of=shop',
      'tier=web',
    ]);
  });

  it('falls back to the kubernetes-id label', () => {
    const scope = entityWorkloadScope(
      entity({ 'backstage.io/kubernetes-id': 'shop-svc' }),
    )!;
    expect(
      workloadInScope(
        workload({ 'backstage.io/kubernetes-id': 'shop-svc' }),
        scope,
      ),
    ).toBe(true);
    expect(labelsToAdd(scope)).toEqual(['backstage.io/kubernetes-id=shop-svc']);
  });

  it('has no scope for an unparsable selector or without annotations', () => {
    expect(
      entityWorkloadScope(
        entity({ 'backstage.io/kubernetes-label-selector': 'a in (' }),
      ),
    ).toBeUndefined();
    expect(entityWorkloadScope(entity({}))).toBeUndefined();
  });

  it('offers no label text for selectors a label cannot satisfy', () => {
    const scope = entityWorkloadScope(
      entity({ 'backstage.io/kubernetes-label-selector': 'tier in (web,api)' }),
    )!;
    expect(labelsToAdd(scope)).toBeUndefined();
  });
});
