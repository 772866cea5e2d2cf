/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import {
  cartographerSupplyChainReadPermission,
  SupplyChainSummary,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import { CartographerSupplyChainCollatorFactory } from './CartographerSupplyChainCollatorFactory';
import { clusterInfo } from './__testUtils__';

function chain(cluster: string, name: string): SupplyChainSummary {
  return {
    cluster,
    kind: 'ClusterSupplyChain',
    name,
    ready: { status: 'True' },
    approved: false,
    approval: 'not approved',
    selector: [],
    graph: { nodes: [], edges: [], orphaned: [] },
  } as unknown as SupplyChainSummary;
}

describe('CartographerSupplyChainCollatorFactory', () => {
  it('indexes each cluster’s chains and skips a failing cluster', async () => {
    const logger = mockServices.logger.mock();
    const client = {
      getClusters: async () => ({
        clusters: [
          clusterInfo('one'),
          clusterInfo('down', 'error'),
          clusterInfo('two'),
        ],
      }),
      getSupplyChains: async ({ cluster }: { cluster: string }) => {
        if (cluster === 'down') throw new Error('connect ECONNREFUSED');
        return { items: [chain(cluster, `chain-${cluster}`)], clusters: [] };
      },
    } as unknown as CartographerBackendApi;
    const factory = new CartographerSupplyChainCollatorFactory({
      client,
      auth: mockServices.auth(),
      logger,
    });
    expect(factory.type).toBe('cartographer-supply-chain');
    expect(factory.visibilityPermission).toBe(
      cartographerSupplyChainReadPermission,
    );

    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    expect(documents.map(d => [d.title, d.location])).toEqual([
      ['chain-one', '/cartographer/supply-chains/one/chain-one'],
      ['chain-two', '/cartographer/supply-chains/two/chain-two'],
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Cartographer search: cannot read the supply chains of cluster down, left out of this index run: connect ECONNREFUSED',
    );
  });
});
