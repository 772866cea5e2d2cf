/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import {
  cartographerWorkloadReadPermission,
  ClusterInfo,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import { CartographerWorkloadCollatorFactory } from './CartographerWorkloadCollatorFactory';
import { clusterInfo, workloadRow } from './__testUtils__';

/** A backend holding rows per cluster, paging by offset like the real one. */
function fakeClient(
  clusters: ClusterInfo[],
  rows: Record<string, WorkloadSummary[] | Error>,
) {
  const getWorkloads = jest.fn(async ({ cluster, limit, cursor }) => {
    const all = rows[cluster];
    if (all instanceof Error) throw all;
    const offset = cursor ? Number(cursor) : 0;
    const end = offset + limit;
    return {
      items: all.slice(offset, end),
      totalItems: all.length,
      nextCursor: end < all.length ? String(end) : undefined,
      clusters,
    };
  });
  const client = {
    getClusters: jest.fn(async () => ({ clusters })),
    getWorkloads,
  } as unknown as CartographerBackendApi;
  return { client, getWorkloads };
}

describe('CartographerWorkloadCollatorFactory', () => {
  const auth = mockServices.auth();
  const logger = mockServices.logger.mock();

  afterEach(() => jest.clearAllMocks());

  it('declares its type and the workload read permission', () => {
    const factory = new CartographerWorkloadCollatorFactory({
      client: fakeClient([], {}).client,
      auth,
      catalog: catalogServiceMock(),
      logger,
    });
    expect(factory.type).toBe('cartographer-workload');
    expect(factory.visibilityPermission).toBe(
      cartographerWorkloadReadPermission,
    );
  });

  it('reads each cluster page by page using batchSize, with service credentials', async () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const { client, getWorkloads } = fakeClient([clusterInfo('one')], {
      one: names.map(n => workloadRow('one', 'dev', n)),
    });
    const factory = new CartographerWorkloadCollatorFactory({
      client,
      auth,
      catalog: catalogServiceMock(),
      logger,
      batchSize: 2,
    });

    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    expect(documents.map(d => d.title)).toEqual(names);
    expect(getWorkloads.mock.calls).toEqual([
      [
        { cluster: 'one', limit: 2, cursor: undefined },
        { credentials: mockCredentials.service('plugin:test') },
      ],
      [
        { cluster: 'one', limit: 2, cursor: '2' },
        { credentials: mockCredentials.service('plugin:test') },
      ],
      [
        { cluster: 'one', limit: 2, cursor: '4' },
        { credentials: mockCredentials.service('plugin:test') },
      ],
    ]);
  });

  it('indexes the other clusters when one cannot be read, without throwing', async () => {
    const { client } = fakeClient(
      [
        clusterInfo('one'),
        clusterInfo('down', 'error', 'connect ECONNREFUSED'),
        clusterInfo('three'),
      ],
      {
        one: [workloadRow('one', 'dev', 'first')],
        down: new ServiceUnavailableError('cluster down is unreachable'),
        three: [workloadRow('three', 'dev', 'third')],
      },
    );
    const factory = new CartographerWorkloadCollatorFactory({
      client,
      auth,
      catalog: catalogServiceMock(),
      logger,
    });

    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    expect(documents.map(d => d.authorization?.resourceRef)).toEqual([
      'one/dev/first',
      'three/dev/third',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Cartographer search: cannot read the workloads of cluster down, left out of this index run: cluster down is unreachable',
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'cluster down is error (connect ECONNREFUSED); indexing its last known workloads',
      ),
    );
  });

  it('drops a row repeated across pages', async () => {
    const row = workloadRow('one', 'dev', 'twice');
    const { client } = fakeClient([clusterInfo('one')], {
      one: [row, row, workloadRow('one', 'dev', 'once')],
    });
    const factory = new CartographerWorkloadCollatorFactory({
      client,
      auth,
      catalog: catalogServiceMock(),
      logger,
      batchSize: 1,
    });
    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();
    expect(documents.map(d => d.title)).toEqual(['twice', 'once']);
  });

  it("links to the entity's Supply Chain tab when an entity owns the workload", async () => {
    const { client } = fakeClient([clusterInfo('local')], {
      local: [
        workloadRow('local', 'dev', 'shop', {
          entityRefs: ['component:web/shop', 'component:web/zz-shop-too'],
        }),
        workloadRow('local', 'dev', 'annotated', {
          labels: { 'app.kubernetes.io/part-of': 'shop' },
          annotations: { 'backstage.io/owner': 'group:default/team-a' },
          entityRefs: ['component:web/shop'],
        }),
        workloadRow('local', 'dev', 'loner'),
      ],
    });
    const catalog = catalogServiceMock({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: {
            name: 'shop',
            namespace: 'web',
            annotations: {
              'backstage.io/kubernetes-label-selector':
                'app.kubernetes.io/part-of=shop',
            },
          },
          spec: { type: 'service', owner: 'team-web', lifecycle: 'x' },
        },
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'zz-shop-too', namespace: 'web' },
          spec: { type: 'service', owner: 'team-other', lifecycle: 'x' },
        },
      ],
    });
    const factory = new CartographerWorkloadCollatorFactory({
      client,
      auth,
      catalog,
      logger,
    });

    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    expect(
      documents.map(d => ({
        title: d.title,
        location: d.location,
        owner: (d as any).owner,
        entityRef: (d as any).entityRef,
      })),
    ).toEqual([
      {
        title: 'shop',
        location:
          '/catalog/web/component/shop/supply-chain?workload=local%2Fdev%2Fshop',
        owner: 'group:web/team-web',
        entityRef: 'component:web/shop',
      },
      {
        title: 'annotated',
        location:
          '/catalog/web/component/shop/supply-chain?workload=local%2Fdev%2Fannotated',
        owner: 'group:default/team-a',
        entityRef: 'component:web/shop',
      },
      {
        title: 'loner',
        location: '/cartographer/workloads/local/dev/loner',
        owner: undefined,
        entityRef: undefined,
      },
    ]);
  });

  it('links to the entity tab without an owner when the catalog cannot be read', async () => {
    const { client } = fakeClient([clusterInfo('local')], {
      local: [
        workloadRow('local', 'dev', 'shop', {
          entityRefs: ['component:default/shop'],
        }),
        workloadRow('local', 'dev', 'loner'),
      ],
    });
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: async () => {
        throw new Error('catalog is down');
      },
    });
    const factory = new CartographerWorkloadCollatorFactory({
      client,
      auth,
      catalog,
      logger,
    });
    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();
    expect(
      documents.map(d => ({ location: d.location, owner: (d as any).owner })),
    ).toEqual([
      {
        location:
          '/catalog/default/component/shop/supply-chain?workload=local%2Fdev%2Fshop',
        owner: undefined,
      },
      { location: '/cartographer/workloads/local/dev/loner', owner: undefined },
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('cannot read the catalog'),
    );
  });

  it('takes batchSize from config', async () => {
    const { client, getWorkloads } = fakeClient([clusterInfo('one')], {
      one: [],
    });
    const factory = CartographerWorkloadCollatorFactory.fromConfig(
      mockServices.rootConfig({
        data: { search: { collators: { cartographer: { batchSize: 7 } } } },
      }),
      { client, auth, catalog: catalogServiceMock(), logger },
    );
    await TestPipeline.fromCollator(await factory.getCollator()).execute();
    expect(getWorkloads.mock.calls[0][0]).toEqual({
      cluster: 'one',
      limit: 7,
      cursor: undefined,
    });
  });
});
