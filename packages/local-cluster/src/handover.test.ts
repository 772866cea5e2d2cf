/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { deliverableFromConfigMap } from './handover';

describe('deliverableFromConfigMap', () => {
  const manifest = [
    'apiVersion: carto.run/v1alpha1',
    'kind: Deliverable',
    'metadata:',
    '  name: shop',
    '  labels: { carto.run/workload-name: shop }',
    'spec: { serviceAccountName: sa }',
  ].join('\n');

  it.each([
    [
      'places the Deliverable in the ConfigMap namespace',
      { metadata: { namespace: 'dev' }, data: { deliverable: manifest } },
      {
        apiVersion: 'carto.run/v1alpha1',
        kind: 'Deliverable',
        metadata: {
          name: 'shop',
          namespace: 'dev',
          labels: { 'carto.run/workload-name': 'shop' },
        },
        spec: { serviceAccountName: 'sa' },
      },
    ],
    ['ignores a ConfigMap without data', { metadata: {} }, undefined],
    [
      'ignores another kind',
      { data: { deliverable: 'kind: Workload\nmetadata: { name: x }' } },
      undefined,
    ],
    [
      'ignores a Deliverable without a name',
      { data: { deliverable: 'kind: Deliverable\nmetadata: {}' } },
      undefined,
    ],
  ])('%s', (_, configMap, expected) => {
    expect(deliverableFromConfigMap(configMap)).toEqual(expected);
  });
});
