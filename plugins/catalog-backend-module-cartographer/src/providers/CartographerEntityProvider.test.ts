/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  ClusterInfo,
  WorkloadSummary,
} from '@internal/plugin-cartographer-common';
import { CartographerBackendApi } from '@internal/plugin-cartographer-node';
import { CartographerEntityProvider } from './CartographerEntityProvider';
import { CartographerMergeProcessor } from './CartographerMergeProcessor';
import { CartographerProviderConfig, defaults } from './config';
import { partOf, row } from './__testUtils__';

/** A mutable stand-in for the backend: tests change `rows` between syncs. */
function fakeBackend() {
  const state: {
    clusters: ClusterInfo[];
    rows: Record<string, WorkloadSummary[] | Error>;
  } = { clusters: [], rows: {} };
  const client = {
    getClusters: async () => ({ clusters: state.clusters }),
    getWorkloads: async ({ cluster }: { cluster: string }) => {
      const rows = state.rows[cluster] ?? [];
      if (rows instanceof Error) throw rows;
      return { items: rows, totalItems: rows.length, clusters: [] };
    },
  } as unknown as CartographerBackendApi;
  return { state, client };
}

const cluster = (name: string, state: ClusterInfo['state'] = 'ready') => ({
  name,
  state,
  apiRequests: 0,
  kinds: [],
});

function recordingConnection() {
  const mutations: EntityProviderMutation[] = [];
  const connection: EntityProviderConnection = {
    applyMutation: async m => void mutations.push(m),
    refresh: async () => undefined,
  };
  return { mutations, connection };
}

const names = (entities: Array<{ entity: Entity }>) =>
  entities.map(e => e.entity.metadata.name);

function setup(
  config: Partial<CartographerProviderConfig> = {},
  catalogEntities: Entity[] = [],
) {
  const backend = fakeBackend();
  const logger = mockServices.logger.mock();
  const provider = new CartographerEntityProvider({
    client: backend.client,
    auth: mockServices.auth(),
    catalog: catalogServiceMock({ entities: catalogEntities }),
    logger,
    config: { ...defaults, ...config },
  });
  const { mutations, connection } = recordingConnection();
  return { backend, logger, provider, mutations, connection };
}

/** With conflicts: merge, one cluster running the `shop` application. */
async function connectedMergeSetup(catalogEntities: Entity[]) {
  const replica = setup({ conflicts: 'merge' }, catalogEntities);
  replica.backend.state.clusters = [cluster('local')];
  replica.backend.state.rows.local = [
    row('local', 'dev', 'shop', partOf('shop')),
  ];
  await replica.provider.connect(replica.connection);
  return replica;
}

/** `shop`, registered from a catalog file of its own. */
function registeredElsewhere(): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'shop',
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': 'url:https://example.com/x.yaml',
      },
    },
    spec: { type: 'service', owner: 'team-web', lifecycle: 'production' },
  };
}

describe('CartographerEntityProvider', () => {
  it('applies a full mutation first, then deltas only for changes', async () => {
    const { backend, provider, mutations, connection } = setup();
    backend.state.clusters = [cluster('local')];
    backend.state.rows.local = [
      row('local', 'dev', 'shop-web', partOf('shop')),
      row('local', 'dev', 'shop-api', partOf('shop')),
      row('local', 'dev', 'ledger', partOf('ledger')),
    ];
    await provider.connect(connection);

    // Change checks wait for the first full sync.
    await provider.refresh({ full: false });
    expect(mutations).toEqual([]);

    await provider.refresh({ full: true });
    expect(mutations).toHaveLength(1);
    expect(mutations[0].type).toBe('full');
    expect(names((mutations[0] as any).entities)).toEqual(['ledger', 'shop']);
    expect((mutations[0] as any).entities[0].locationKey).toBe(
      'cartographer:applications/ledger',
    );

    // Unchanged: nothing is applied.
    await provider.refresh({ full: false });
    expect(mutations).toHaveLength(1);

    // A new app, a changed app (one workload fewer) and a deleted one.
    backend.state.rows.local = [
      row('local', 'dev', 'shop-web', partOf('shop')),
      row('local', 'dev', 'cart', partOf('cart')),
    ];
    await provider.refresh({ full: false });
    expect(mutations).toHaveLength(2);
    const delta = mutations[1] as Extract<
      EntityProviderMutation,
      { type: 'delta' }
    >;
    expect(delta.type).toBe('delta');
    expect(names(delta.added as any)).toEqual(['cart', 'shop']);
    expect(names(delta.removed as any)).toEqual(['ledger']);

    // The scheduled full sync always applies everything.
    await provider.refresh({ full: true });
    expect(mutations[2].type).toBe('full');
    expect(names((mutations[2] as any).entities)).toEqual(['cart', 'shop']);
  });

  it('skips an application whose name is registered from a catalog file', async () => {
    const { backend, provider, mutations, connection } = setup({}, [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'shop',
          namespace: 'default',
          annotations: {
            'backstage.io/managed-by-location': 'file:/examples/entities.yaml',
          },
        },
        spec: { type: 'service', owner: 'team-web', lifecycle: 'production' },
      },
    ]);
    backend.state.clusters = [cluster('local')];
    backend.state.rows.local = [
      row('local', 'dev', 'shop', partOf('shop')),
      row('local', 'dev', 'ledger', partOf('ledger')),
    ];
    await provider.connect(connection);
    await provider.refresh({ full: true });
    expect(names((mutations[0] as any).entities)).toEqual(['ledger']);
    await expect(
      provider.annotationsToMerge('component:default/shop'),
    ).resolves.toBeUndefined();
  });

  it('re-emits its own entities, which the catalog already holds', async () => {
    const { backend, provider, mutations, connection } = setup({}, [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'shop',
          annotations: {
            'backstage.io/managed-by-location':
              'cartographer:applications/shop',
          },
        },
        spec: {},
      },
    ]);
    backend.state.clusters = [cluster('local')];
    backend.state.rows.local = [row('local', 'dev', 'shop', partOf('shop'))];
    await provider.connect(connection);
    await provider.refresh({ full: true });
    expect(names((mutations[0] as any).entities)).toEqual(['shop']);
  });

  it('with conflicts: merge, adds the Kubernetes annotations to the existing entity', async () => {
    const existing = registeredElsewhere();
    const { backend, provider, mutations, connection } = setup(
      { conflicts: 'merge' },
      [existing],
    );
    backend.state.clusters = [cluster('local')];
    backend.state.rows.local = [row('local', 'dev', 'shop', partOf('shop'))];
    await provider.connect(connection);
    await provider.refresh({ full: true });
    expect(names((mutations[0] as any).entities)).toEqual([]);

    const processed = await new CartographerMergeProcessor(
      provider,
    ).preProcessEntity(existing);
    expect(processed.metadata.annotations).toEqual({
      'backstage.io/managed-by-location': 'url:https://example.com/x.yaml',
      'backstage.io/kubernetes-label-selector':
        'app.kubernetes.io/part-of=shop',
      'backstage.io/kubernetes-namespace': 'dev',
      'backstage.io/kubernetes-cluster': 'local',
    });
  });

  it('with conflicts: merge, a replica that never ran the full sync merges the same annotations', async () => {
    const existing = registeredElsewhere();
    // Two replicas of the catalog module over the same clusters and catalog;
    // the scheduler runs the full sync on the first one only.
    const first = await connectedMergeSetup([existing]);
    const second = await connectedMergeSetup([existing]);
    await first.provider.refresh({ full: true });
    await second.provider.refresh({ full: false });

    const [onFirst, onSecond] = await Promise.all(
      [first, second].map(r =>
        new CartographerMergeProcessor(r.provider).preProcessEntity(existing),
      ),
    );
    expect(onSecond.metadata.annotations).toEqual(onFirst.metadata.annotations);
    expect(onSecond.metadata.annotations).toMatchObject({
      'backstage.io/kubernetes-label-selector':
        'app.kubernetes.io/part-of=shop',
    });
    // The change check alone emits nothing before a full sync.
    expect(second.mutations).toEqual([]);
  });

  it('with conflicts: merge, keeps merging once the catalog returns the merged entity', async () => {
    const merged: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'shop',
        namespace: 'default',
        annotations: {
          'backstage.io/managed-by-location': 'url:https://example.com/x.yaml',
          // What an earlier processing added.
          'backstage.io/kubernetes-label-selector':
            'app.kubernetes.io/part-of=shop',
          'backstage.io/kubernetes-namespace': 'dev',
          'backstage.io/kubernetes-cluster': 'local',
        },
      },
      spec: {},
    };
    const { provider } = await connectedMergeSetup([merged]);
    await provider.refresh({ full: true });
    await expect(
      provider.annotationsToMerge('component:default/shop'),
    ).resolves.toEqual({
      'backstage.io/kubernetes-label-selector':
        'app.kubernetes.io/part-of=shop',
      'backstage.io/kubernetes-namespace': 'dev',
      'backstage.io/kubernetes-cluster': 'local',
    });

    // An entity that scopes its own, different workloads is left alone.
    const own = await connectedMergeSetup([
      {
        ...merged,
        metadata: {
          ...merged.metadata,
          annotations: {
            'backstage.io/kubernetes-label-selector': 'app=shop-v2',
          },
        },
      },
    ]);
    await own.provider.refresh({ full: true });
    await expect(
      own.provider.annotationsToMerge('component:default/shop'),
    ).resolves.toBeUndefined();
  });

  it('with conflicts: merge, waits for a starting replica to read the clusters before merging', async () => {
    const existing: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'shop', namespace: 'default' },
      spec: {},
    };
    const { provider } = await connectedMergeSetup([existing]);
    const pending = provider.annotationsToMerge('component:default/shop');
    await provider.refresh({ full: false });
    await expect(pending).resolves.toMatchObject({
      'backstage.io/kubernetes-namespace': 'dev',
    });
    // Without a reading in time it answers what it knows instead of hanging.
    const { provider: idle } = setup({ conflicts: 'merge' }, [existing]);
    await expect(
      idle.annotationsToMerge('component:default/shop', 10),
    ).resolves.toBeUndefined();
  });

  it('keeps the last known workloads of a cluster that cannot be read', async () => {
    const { backend, logger, provider, mutations, connection } = setup();
    backend.state.clusters = [cluster('local'), cluster('eu')];
    backend.state.rows.local = [row('local', 'dev', 'shop', partOf('shop'))];
    backend.state.rows.eu = [row('eu', 'prod', 'ledger', partOf('ledger'))];
    await provider.connect(connection);
    await provider.refresh({ full: true });

    backend.state.rows.eu = new Error('cluster eu is unreachable');
    backend.state.rows.local = [
      row('local', 'dev', 'shop', partOf('shop')),
      row('local', 'dev', 'cart', partOf('cart')),
    ];
    await provider.refresh({ full: true });
    expect(names((mutations[1] as any).entities)).toEqual([
      'cart',
      'ledger',
      'shop',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'CartographerEntityProvider: cannot read the workloads of cluster eu, keeping the last known ones: cluster eu is unreachable',
    );
  });

  it('waits while a cluster fills its cache for the first time', async () => {
    const { backend, provider, mutations, connection } = setup();
    backend.state.clusters = [cluster('local', 'syncing')];
    await provider.connect(connection);
    await provider.refresh({ full: true });
    expect(mutations).toEqual([]);

    backend.state.clusters = [cluster('local')];
    backend.state.rows.local = [row('local', 'dev', 'shop', partOf('shop'))];
    await provider.refresh({ full: true });
    expect(names((mutations[0] as any).entities)).toEqual(['shop']);
  });

  it('reads only the configured clusters and namespaces', async () => {
    const { backend, provider, mutations, connection } = setup({
      clusters: ['local'],
      namespaces: ['dev'],
    });
    backend.state.clusters = [cluster('local'), cluster('eu')];
    backend.state.rows.local = [
      row('local', 'dev', 'shop', partOf('shop')),
      row('local', 'kube-system', 'infra', partOf('infra')),
    ];
    backend.state.rows.eu = [row('eu', 'dev', 'ledger', partOf('ledger'))];
    await provider.connect(connection);
    await provider.refresh({ full: true });
    expect(names((mutations[0] as any).entities)).toEqual(['shop']);
  });

  it('schedules the full sync and the change check when given a scheduler', async () => {
    const scheduler = mockServices.scheduler.mock();
    const provider = new CartographerEntityProvider({
      client: fakeBackend().client,
      auth: mockServices.auth(),
      catalog: catalogServiceMock(),
      logger: mockServices.logger.mock(),
      scheduler,
      config: { ...defaults, refreshIntervalSeconds: 3 },
    });
    await provider.connect(recordingConnection().connection);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'CartographerEntityProvider:full',
        frequency: { minutes: 5 },
        timeout: { minutes: 3 },
      }),
    );
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'CartographerEntityProvider:changes',
        frequency: { seconds: 3 },
        scope: 'local',
      }),
    );
  });
});
