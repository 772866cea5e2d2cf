/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { ClusterSupplyChain } from '../types/carto';
import { historyStages } from './historyStages';

const chain = (kinds: string[]): ClusterSupplyChain => ({
  apiVersion: 'carto.run/v1alpha1',
  kind: 'ClusterSupplyChain',
  metadata: { name: 'c' },
  spec: {
    resources: kinds.map((kind, i) => ({
      name: `r${i}`,
      templateRef: { kind },
    })),
  },
});

describe('historyStages', () => {
  it.each<[string, ClusterSupplyChain | undefined, string[]]>([
    ['no chain has no stages', undefined, []],
    [
      'keeps the stages with outputs, in chain order, and leaves out ClusterTemplates',
      chain([
        'ClusterSourceTemplate',
        'ClusterImageTemplate',
        'ClusterConfigTemplate',
        'ClusterTemplate',
        'ClusterDeploymentTemplate',
      ]),
      ['r0', 'r1', 'r2', 'r4'],
    ],
  ])('%s', (_, given, expected) => {
    expect(historyStages(given)).toEqual(expected);
  });
});
