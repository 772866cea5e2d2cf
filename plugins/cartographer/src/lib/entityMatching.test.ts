/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import { entityWorkloadScope, labelsToAdd } from './entityMatching';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shop', namespace: 'default', annotations },
});

describe('entityMatching', () => {
  // Which workloads match is decided in the backend (`entityRefs` on each
  // row, common's workloadInEntityScope); the tab only suggests labels.
  it('reads the scope of the label selector, namespace and cluster', () => {
    const scope = entityWorkloadScope(
      entity({
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/part-of=shop,tier in (web)',
        'backstage.io/kubernetes-namespace': 'apps',
        'backstage.io/kubernetes-cluster': 'dev',
      }),
    )!;
    expect(scope).toMatchObject({ namespace: 'apps', cluster: 'dev' });
    expect(labelsToAdd(scope)).toEqual([
      'app.kubernetes.io/part-of=shop',
      'tier=web',
    ]);
  });

  it('falls back to the kubernetes-id label', () => {
    const scope = entityWorkloadScope(
      entity({ 'backstage.io/kubernetes-id': 'shop-svc' }),
    )!;
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
