/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import {
  deliverableFromConfigMap,
  deliverablesToPrune,
  HANDED_OVER_FROM_LABEL,
} from './handover';

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

describe('deliverableFromConfigMap with a source', () => {
  it('labels the Deliverable with the build cluster it came from', () => {
    const manifest =
      'kind: Deliverable\nmetadata: { name: shop, labels: { a: b } }';
    expect(
      deliverableFromConfigMap(
        { metadata: { namespace: 'dev' }, data: { deliverable: manifest } },
        'uid-1',
      )?.metadata?.labels,
    ).toEqual({ a: 'b', [HANDED_OVER_FROM_LABEL]: 'uid-1' });
  });
});

describe('deliverablesToPrune', () => {
  const d = (namespace: string, name: string) => ({
    metadata: { namespace, name },
  });

  it.each([
    [
      'nothing when every one is still published',
      [d('dev', 'a')],
      [d('dev', 'a')],
      [],
    ],
    [
      'one whose manifest is gone',
      [d('dev', 'a'), d('dev', 'b')],
      [d('dev', 'a')],
      [d('dev', 'b')],
    ],
    ['by namespace too', [d('qa', 'a')], [d('dev', 'a')], [d('qa', 'a')]],
    ['all when build publishes none', [d('dev', 'a')], [], [d('dev', 'a')]],
    ['nothing when none was handed over', [], [d('dev', 'a')], []],
  ])('%s', (_, handedOver, published, expected) => {
    expect(deliverablesToPrune(handedOver, published)).toEqual(expected);
  });
});
