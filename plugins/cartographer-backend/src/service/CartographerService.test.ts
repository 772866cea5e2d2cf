/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  entityWorkloadScope,
  Workload,
} from '@internal/plugin-cartographer-common';
import { ClusterFleet } from '../cache/ClusterFleet';
import { fakeKubeConfig } from '../__testUtils__/fakeApiServer';
import { ApprovalPolicy } from './ApprovalPolicy';
import { CartographerService } from './CartographerService';

// Loading client-node takes seconds on a busy 2-core machine.
jest.setTimeout(30_000);

const workload = (
  namespace: string,
  name: string,
  labels: Record<string, string>,
  state: 'True' | 'False' = 'True',
): Workload => ({
  kind: 'Workload',
  metadata: { namespace, name, labels, resourceVersion: '1' },
  status: { conditions: [{ type: 'Ready', status: state, reason: 'Ready' }] },
});

/**
 * Two clusters whose caches hold the workloads (no watch: the caches take
 * them as this backend's own writes). Cluster names chosen so that row
 * order is not cluster order: `a-b/…` sorts before `a/…`.
 */
function service() {
  const fleet = new ClusterFleet(
    ['a', 'a-b'].map(name => ({
      name,
      kubeConfig: () => fakeKubeConfig('http://127.0.0.1:1'),
    })) as any,
    mockServices.logger.mock(),
  );
  const part = (app: string) => ({ 'app.kubernetes.io/part-of': app });
  const a = fleet.cluster('a');
  const ab = fleet.cluster('a-b');
  a.remember('Workload', workload('dev', 'shop-web', part('shop')));
  a.remember('Workload', workload('dev', 'ledger', part('ledger'), 'False'));
  a.remember('Workload', workload('prod', 'shop-web', part('shop'), 'False'));
  ab.remember('Workload', workload('dev', 'shop-api', part('shop')));
  ab.remember(
    'Workload',
    workload('dev', 'outlet', {
      ...part('outlet'),
      'backstage.io/kubernetes-id': 'outlet',
    }),
  );
  return new CartographerService(
    fleet,
    ApprovalPolicy.fromConfig(new ConfigReader({})),
  );
}

const scope = (annotations: Record<string, string>) =>
  entityWorkloadScope({ metadata: { name: 'outlet', annotations } });
const refs = (
  rows: Array<{ cluster: string; namespace: string; name: string }>,
) => rows.map(r => `${r.cluster}/${r.namespace}/${r.name}`);
const selector = 'backstage.io/kubernetes-label-selector';

describe('CartographerService.workloads', () => {
  it.each<[string, Record<string, string>, string[]]>([
    [
      'a selector with one equality (looked up by label)',
      { [selector]: 'app.kubernetes.io/part-of=shop' },
      ['a-b/dev/shop-api', 'a/dev/shop-web', 'a/prod/shop-web'],
    ],
    [
      'a set selector (no single label: every workload is matched)',
      { [selector]: 'app.kubernetes.io/part-of in (shop,ledger)' },
      ['a-b/dev/shop-api', 'a/dev/ledger', 'a/dev/shop-web', 'a/prod/shop-web'],
    ],
    [
      'an equality and a namespace',
      {
        [selector]: 'app.kubernetes.io/part-of=shop',
        'backstage.io/kubernetes-namespace': 'prod',
      },
      ['a/prod/shop-web'],
    ],
    [
      'the kubernetes-id annotation',
      { 'backstage.io/kubernetes-id': 'outlet' },
      ['a-b/dev/outlet'],
    ],
    [
      'a selector nothing carries',
      { [selector]: 'app.kubernetes.io/part-of=none' },
      [],
    ],
  ])("an entity's workloads: %s", (_name, annotations, expected) => {
    expect(refs(service().workloads({ entity: scope(annotations) }))).toEqual(
      expected,
    );
  });

  it('lists every cluster in row order, as localeCompare sorts the keys', () => {
    const rows = refs(service().workloads({}));
    expect(rows).toEqual([...rows].sort((x, y) => x.localeCompare(y)));
    expect(rows).toEqual([
      'a-b/dev/outlet',
      'a-b/dev/shop-api',
      'a/dev/ledger',
      'a/dev/shop-web',
      'a/prod/shop-web',
    ]);
  });
});

describe('CartographerService.workloadsPage', () => {
  it.each<
    [
      string,
      object,
      (r: { namespace: string }) => boolean,
      number,
      number,
      string[],
      number,
    ]
  >([
    [
      'a first page',
      {},
      () => true,
      0,
      2,
      ['a-b/dev/outlet', 'a-b/dev/shop-api'],
      5,
    ],
    ['a later page', {}, () => true, 4, 2, ['a/prod/shop-web'], 5],
    [
      'what the caller may see',
      {},
      r => r.namespace === 'prod',
      0,
      10,
      ['a/prod/shop-web'],
      1,
    ],
    [
      'a state filter',
      { state: 'failed' },
      () => true,
      0,
      10,
      ['a/dev/ledger', 'a/prod/shop-web'],
      2,
    ],
    [
      'a state filter and a namespace the caller may see',
      { state: 'failed' },
      r => r.namespace === 'dev',
      0,
      10,
      ['a/dev/ledger'],
      1,
    ],
    [
      'a text search',
      { q: 'SHOP-' },
      () => true,
      0,
      1,
      ['a-b/dev/shop-api'],
      3,
    ],
  ])('%s', (_name, filter, visible, offset, limit, items, totalItems) => {
    const page = service().workloadsPage(filter, visible as any, {
      offset,
      limit,
    });
    expect(refs(page.items)).toEqual(items);
    expect(page.totalItems).toBe(totalItems);
  });

  it('answers the same rows as the whole list does', () => {
    const s = service();
    const page = s.workloadsPage({}, () => true, { offset: 0, limit: 100 });
    expect(page.items).toEqual(s.workloads({}));
  });

  it('names an unknown cluster', () => {
    expect(() =>
      service().workloadsPage({ cluster: 'nope' }, () => true, {
        offset: 0,
        limit: 1,
      }),
    ).toThrow('unknown cluster "nope"');
  });
});

describe('CartographerService summarizes on change', () => {
  function empty() {
    const fleet = new ClusterFleet(
      [
        {
          name: 'a',
          source: 'kubeconfig',
          kubeConfig: () => fakeKubeConfig('http://127.0.0.1:1'),
        },
      ],
      mockServices.logger.mock(),
    );
    // Constructing it subscribes it to the fleet's changes.
    const subscribed = new CartographerService(
      fleet,
      ApprovalPolicy.fromConfig(new ConfigReader({})),
    );
    return { cluster: fleet.cluster('a'), subscribed };
  }
  const chain = {
    kind: 'ClusterSupplyChain',
    metadata: { name: 'web', resourceVersion: '1' },
    spec: { selector: { type: 'web' }, resources: [] },
  };
  const selecting = (name: string, state: 'True' | 'False') => ({
    ...workload('dev', name, { type: 'web' }, state),
    status: {
      supplyChainRef: { kind: 'ClusterSupplyChain', name: 'web' },
      conditions: [{ type: 'Ready', status: state, reason: 'Ready' }],
    },
  });

  it('makes a changed workload’s row before any read asks for it', () => {
    const { cluster } = empty();
    cluster.remember('Workload', workload('dev', 'shop', {}, 'False'));
    expect(cluster.workloads.get('dev', 'shop')?.memo?.row.state).toBe(
      'failed',
    );
  });

  it('summarizes a chain’s workloads again with the chain once it arrives', () => {
    const { cluster, subscribed } = empty();
    cluster.remember('Workload', selecting('shop', 'True') as any);
    cluster.remember('Workload', selecting('ledger', 'False') as any);
    expect(cluster.workloads.get('dev', 'shop')?.memo?.chain).toBeUndefined();
    cluster.remember('ClusterSupplyChain', chain as any);
    const cached = cluster.get('ClusterSupplyChain', undefined, 'web');
    expect(cached).toBeDefined();
    for (const name of ['shop', 'ledger']) {
      expect(cluster.workloads.get('dev', name)?.memo?.chain).toBe(cached);
    }
    expect(subscribed.workloads({ state: 'failed' }).map(r => r.name)).toEqual([
      'ledger',
    ]);
  });
});
