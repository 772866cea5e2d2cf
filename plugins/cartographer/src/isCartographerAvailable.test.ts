/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Entity } from '@backstage/catalog-model';
import { isCartographerAvailable } from './isCartographerAvailable';

const entity = (annotations?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shop', annotations },
});

describe('isCartographerAvailable', () => {
  it('is true with the label selector or kubernetes-id annotation, like the Kubernetes tab', () => {
    expect(
      isCartographerAvailable(
        entity({
          'backstage.io/kubernetes-label-selector':
            'app.kubernetes.io/part-of=shop',
        }),
      ),
    ).toBe(true);
    expect(
      isCartographerAvailable(entity({ 'backstage.io/kubernetes-id': 'shop' })),
    ).toBe(true);
  });

  it('is false without them', () => {
    expect(isCartographerAvailable(entity())).toBe(false);
    expect(
      isCartographerAvailable(
        entity({ 'backstage.io/kubernetes-namespace': 'apps' }),
      ),
    ).toBe(false);
  });
});
