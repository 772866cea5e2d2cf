/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/** Search documents as the Cartographer collators index them. */
import {
  CartographerSupplyChainDocument,
  CartographerWorkloadDocument,
} from '@internal/plugin-cartographer-common';

/** The failing sample workload. */
export const fraudDetectorDocument: CartographerWorkloadDocument = {
  title: 'fraud-detector',
  text: 'Workload fraud-detector in namespace payments on cluster local. Supply chain: source-to-url. State: failed (BuildFailed). buildpack detection failed: no go.mod found.',
  location:
    '/catalog/default/component/fraud-detector/supply-chain?workload=local%2Fpayments%2Ffraud-detector',
  authorization: { resourceRef: 'local/payments/fraud-detector' },
  cluster: 'local',
  namespace: 'payments',
  name: 'fraud-detector',
  state: 'failed',
  reason: 'BuildFailed',
  supplyChain: 'source-to-url',
  owner: 'group:default/team-payments',
};

/** The sample chain that is not approved for onboarding. */
export const experimentalChainDocument: CartographerSupplyChainDocument = {
  title: 'experimental-chain',
  text: 'Supply chain experimental-chain on cluster local. Selects workloads with apps.tanzu.vmware.com/experimental=true.',
  location: '/cartographer/supply-chains/local/experimental-chain',
  cluster: 'local',
  kind: 'ClusterSupplyChain',
  name: 'experimental-chain',
  selectors: 'apps.tanzu.vmware.com/experimental=true',
  templates: ['source-provider (ClusterSourceTemplate git)'],
  approved: false,
  approval: 'missing label cartographer.backstage.io/approved=true',
  ready: 'True',
};
