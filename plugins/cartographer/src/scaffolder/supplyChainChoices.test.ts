/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { SupplyChainSummary } from '@internal/plugin-cartographer-common';
import {
  experimentalSummary,
  sourceToUrlSummary,
} from '../__fixtures__/cartographer';
import { labelsForChain, onboardableChains } from './supplyChainChoices';

function withRequired(
  requiredLabels: Partial<SupplyChainSummary['requiredLabels']>,
): SupplyChainSummary {
  return {
    ...sourceToUrlSummary,
    requiredLabels: {
      labels: {},
      choices: {},
      present: [],
      absent: [],
      fields: [],
      workloadTypes: [],
      ...requiredLabels,
    },
  };
}

describe('onboardableChains', () => {
  it('keeps only approved, Ready supply chains', () => {
    const notReady = {
      ...sourceToUrlSummary,
      name: 'broken',
      ready: { status: 'False' as const },
    };
    const delivery = {
      ...sourceToUrlSummary,
      name: 'delivery',
      kind: 'ClusterDelivery' as const,
    };
    expect(
      onboardableChains([
        sourceToUrlSummary,
        experimentalSummary,
        notReady,
        delivery,
      ]).map(c => c.name),
    ).toEqual([sourceToUrlSummary.name]);
  });
});

describe('labelsForChain', () => {
  it('sets fixed labels, the first allowed value and present labels', () => {
    expect(
      labelsForChain(
        withRequired({
          labels: { 'apps.tanzu.vmware.com/has-tests': 'true' },
          choices: { 'apps.tanzu.vmware.com/workload-type': ['web', 'server'] },
          present: ['example.com/team'],
        }),
      ),
    ).toEqual({
      'apps.tanzu.vmware.com/has-tests': 'true',
      'apps.tanzu.vmware.com/workload-type': 'web',
      'example.com/team': 'true',
    });
  });
});
