/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { pipeline } from 'node:stream/promises';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { LunrSearchEngine } from '@backstage/plugin-search-backend-node';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import { CartographerWorkloadCollatorFactory } from './CartographerWorkloadCollatorFactory';
import { clusterInfo, workloadRow } from './__testUtils__';

// The collator's documents through the real in-memory search engine.
describe('workload documents in the Lunr search engine', () => {
  const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });

  beforeAll(async () => {
    const rows = [
      workloadRow('local', 'dev', 'shop-frontend'),
      workloadRow('local', 'dev', 'search-ui'),
      workloadRow('local', 'payments', 'ledger'),
      workloadRow('local', 'payments', 'fraud-detector', {
        state: 'failed',
        reason: 'HealthyConditionFalse',
        summary: 'Stage image-builder is not healthy',
        message:
          'buildpack detection failed: no go.mod found in /workspace/service',
      }),
      workloadRow('local', 'dev', 'prebuilt', {
        source: { image: 'registry.example/team/prebuilt:1.2' },
      }),
    ];
    const client = {
      getClusters: async () => ({ clusters: [clusterInfo('local')] }),
      getWorkloads: async () => ({ items: rows, totalItems: rows.length }),
    } as unknown as CartographerBackendApi;
    const factory = new CartographerWorkloadCollatorFactory({
      client,
      auth: mockServices.auth(),
      catalog: catalogServiceMock(),
      logger: mockServices.logger.mock(),
    });
    await pipeline(
      await factory.getCollator(),
      await engine.getIndexer(factory.type),
    );
  });

  const search = async (term: string) =>
    (
      await engine.query({ term, types: ['cartographer-workload'] })
    ).results.map(r => r.document.title);

  it.each([
    ['its name', 'shop-frontend', 'shop-frontend'],
    ['its git repository', 'https://github.com/sample-org/ledger', 'ledger'],
    ['its image', 'registry.example/team/prebuilt', 'prebuilt'],
    ['its failure reason', 'buildpack', 'fraud-detector'],
  ])('finds a workload by %s', async (_, term, title) => {
    expect((await search(term))[0]).toBe(title);
  });

  it('returns only the failing workload for its reason', async () => {
    expect(await search('buildpack detection')).toEqual(['fraud-detector']);
  });
});
