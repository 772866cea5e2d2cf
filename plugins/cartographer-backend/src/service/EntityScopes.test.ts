/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Workload } from '@internal/plugin-cartographer-common';
import { CacheChange } from '../cache/KindCache';
import { ClusterFleet } from '../cache/ClusterFleet';
import { EntityScopes } from './EntityScopes';
import { SignalClaimKey } from './SignalClaims';
import { SignalPublisher } from './SignalPublisher';

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

const entities = [
  component('shop', {
    'backstage.io/kubernetes-label-selector': 'app.kubernetes.io/part-of=shop',
  }),
  component('shop-dev-only', {
    'backstage.io/kubernetes-label-selector': 'app.kubernetes.io/part-of=shop',
    'backstage.io/kubernetes-namespace': 'dev',
  }),
  component('ledger', { 'backstage.io/kubernetes-id': 'ledger' }),
  // No single-value term to index it by: still found.
  component('shop-or-outlet', {
    'backstage.io/kubernetes-label-selector':
      'app.kubernetes.io/part-of in (shop, outlet)',
  }),
  component('broken', {
    'backstage.io/kubernetes-label-selector': 'app in (shop',
  }),
  component('no-annotations', {}),
];

async function loadedScopes() {
  const scopes = new EntityScopes(
    catalogServiceMock({ entities }),
    mockServices.auth(),
    mockServices.logger.mock(),
  );
  await scopes.refresh();
  return scopes;
}

const shopIn = (namespace: string) => ({
  cluster: 'local',
  namespace,
  name: 'shop-web',
  labels: { 'app.kubernetes.io/part-of': 'shop' },
});

describe('EntityScopes', () => {
  it.each([
    [
      'a part-of label in dev',
      shopIn('dev'),
      [
        'component:default/shop',
        'component:default/shop-dev-only',
        'component:default/shop-or-outlet',
      ],
    ],
    [
      'the same label in prod',
      shopIn('prod'),
      ['component:default/shop', 'component:default/shop-or-outlet'],
    ],
    [
      'a label only a set-based selector names',
      {
        cluster: 'local',
        namespace: 'dev',
        name: 'x',
        labels: { 'app.kubernetes.io/part-of': 'outlet' },
      },
      ['component:default/shop-or-outlet'],
    ],
    [
      'the kubernetes-id label',
      {
        cluster: 'local',
        namespace: 'dev',
        name: 'x',
        labels: { 'backstage.io/kubernetes-id': 'ledger' },
      },
      ['component:default/ledger'],
    ],
    [
      'no matching label',
      { cluster: 'local', namespace: 'dev', name: 'x', labels: {} },
      [],
    ],
  ])(
    'finds the entities of a workload with %s',
    async (_, workload, expected) => {
      expect((await loadedScopes()).entitiesOf(workload)).toEqual(expected);
    },
  );

  it('keeps the last scopes when the catalog fails', async () => {
    const catalog = catalogServiceMock({ entities });
    const scopes = new EntityScopes(
      catalog,
      mockServices.auth(),
      mockServices.logger.mock(),
    );
    await scopes.refresh();
    jest
      .spyOn(catalog, 'getEntities')
      .mockRejectedValue(new Error('catalog down'));
    await scopes.refresh();
    expect(scopes.entitiesOf(shopIn('prod'))).toEqual([
      'component:default/shop',
      'component:default/shop-or-outlet',
    ]);
  });
});

describe('EntityScopes refresh cadence', () => {
  afterEach(() => jest.useRealTimers());

  it('asks again within seconds while the catalog has no annotated entity, then once a minute', async () => {
    jest.useFakeTimers();
    const catalog = catalogServiceMock({ entities });
    const getEntities = jest
      .spyOn(catalog, 'getEntities')
      // A catalog still ingesting its files after a start.
      .mockResolvedValueOnce({ items: [] });
    const scopes = new EntityScopes(
      catalog,
      mockServices.auth(),
      mockServices.logger.mock(),
      60_000,
      5_000,
    );
    scopes.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(getEntities).toHaveBeenCalledTimes(1);
    expect(scopes.entitiesOf(shopIn('prod'))).toEqual([]);

    await jest.advanceTimersByTimeAsync(5_000);
    expect(getEntities).toHaveBeenCalledTimes(2);
    expect(scopes.entitiesOf(shopIn('prod'))).toContain(
      'component:default/shop',
    );

    // Found some: the next read waits the full interval.
    await jest.advanceTimersByTimeAsync(59_000);
    expect(getEntities).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(getEntities).toHaveBeenCalledTimes(3);
    scopes.stop();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(getEntities).toHaveBeenCalledTimes(3);
  });
});

/** A fleet whose changes the test emits by hand. */
function fakeFleet() {
  let listener: (
    cluster: string,
    kind: string,
    change: CacheChange,
  ) => void = () => {};
  const fleet = {
    onChange: (l: typeof listener) => {
      listener = l;
      return () => {};
    },
  } as unknown as ClusterFleet;
  return {
    fleet,
    emit: (cluster: string, kind: string, change: CacheChange) =>
      listener(cluster, kind, change),
  };
}

describe('SignalPublisher', () => {
  it("announces a change on the workload's, each entity's and the index channel", async () => {
    const { fleet, emit } = fakeFleet();
    const published: string[] = [];
    const signals = {
      publish: async ({ channel }: { channel: string }) =>
        void published.push(channel),
    };
    new SignalPublisher(
      signals as any,
      mockServices.logger.mock(),
      1,
      await loadedScopes(),
    ).attach(fleet);

    const workload: Workload = {
      metadata: {
        name: 'shop-web',
        namespace: 'dev',
        labels: { 'app.kubernetes.io/part-of': 'shop' },
      },
    };
    emit('local', 'Workload', {
      type: 'modified',
      object: workload,
    } as CacheChange);
    await new Promise(r => setTimeout(r, 50));
    expect(published).toEqual([
      'cartographer:workload:local/dev/shop-web',
      'cartographer:entity:component:default/shop',
      'cartographer:entity:component:default/shop-dev-only',
      'cartographer:entity:component:default/shop-or-outlet',
      'cartographer:workloads',
    ]);

    // Relabelled away from shop: the shop entities hear it one last time.
    published.length = 0;
    emit('local', 'Workload', {
      type: 'modified',
      object: { metadata: { ...workload.metadata, labels: {} } },
    } as CacheChange);
    await new Promise(r => setTimeout(r, 50));
    expect(published).toEqual([
      'cartographer:workload:local/dev/shop-web',
      'cartographer:entity:component:default/shop',
      'cartographer:entity:component:default/shop-dev-only',
      'cartographer:entity:component:default/shop-or-outlet',
      'cartographer:workloads',
    ]);
    published.length = 0;
    emit('local', 'Workload', {
      type: 'modified',
      object: { metadata: { ...workload.metadata, labels: {} } },
    } as CacheChange);
    await new Promise(r => setTimeout(r, 50));
    expect(published).toEqual([
      'cartographer:workload:local/dev/shop-web',
      'cartographer:workloads',
    ]);
  });

  it('publishes nothing for the initial list, once for a later change', async () => {
    const { fleet, emit } = fakeFleet();
    const published: string[] = [];
    new SignalPublisher(
      {
        publish: async ({ channel }: any) => void published.push(channel),
      } as any,
      mockServices.logger.mock(),
      1,
    ).attach(fleet);
    for (let i = 0; i < 100; i++) {
      emit('local', 'Workload', {
        type: 'added',
        object: { metadata: { name: `app-${i}`, namespace: 'dev' } },
        initial: true,
      });
    }
    await new Promise(r => setTimeout(r, 50));
    expect(published).toEqual([]);
    emit('local', 'Workload', {
      type: 'modified',
      object: { metadata: { name: 'app-1', namespace: 'dev' } },
    });
    await new Promise(r => setTimeout(r, 50));
    expect(published).toEqual([
      'cartographer:workload:local/dev/app-1',
      'cartographer:workloads',
    ]);
  });

  it('publishes only the changes this replica claims first, deletions once per uid', async () => {
    const { fleet, emit } = fakeFleet();
    const published: Array<{ channel: string; message: any }> = [];
    // The other replica already claimed resourceVersion 7.
    const claimed = new Set(['local/u-1/7']);
    const claims = {
      claim: jest.fn(async (key: SignalClaimKey) => {
        const id = `${key.cluster}/${key.uid}/${key.version}`;
        if (claimed.has(id)) return false;
        claimed.add(id);
        return true;
      }),
    };
    new SignalPublisher(
      { publish: async (s: any) => void published.push(s) } as any,
      mockServices.logger.mock(),
      1,
      undefined,
      claims,
    ).attach(fleet);
    const change = (type: CacheChange['type'], resourceVersion: string) => {
      emit('local', 'Workload', {
        type,
        object: {
          metadata: {
            name: 'shop',
            namespace: 'dev',
            uid: 'u-1',
            resourceVersion,
          },
        },
      } as CacheChange);
      return new Promise(r => setTimeout(r, 30));
    };

    await change('modified', '7');
    expect(published).toEqual([]);
    await change('modified', '8');
    expect(published.map(p => [p.channel, p.message.resourceVersion])).toEqual([
      ['cartographer:workload:local/dev/shop', '8'],
      ['cartographer:workloads', '8'],
    ]);
    published.length = 0;
    await change('deleted', '9');
    await change('deleted', '10');
    // One deletion (the second has another resourceVersion, as after a
    // relist), on its two channels.
    expect(published.map(p => [p.channel, p.message.change])).toEqual([
      ['cartographer:workload:local/dev/shop', 'deleted'],
      ['cartographer:workloads', 'deleted'],
    ]);
    expect(claims.claim).toHaveBeenLastCalledWith({
      cluster: 'local',
      uid: 'u-1',
      version: 'deleted',
    });
  });
});
